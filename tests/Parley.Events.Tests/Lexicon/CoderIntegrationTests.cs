using Parley.Core.Records;
using Parley.Events.Coding;
using Parley.Events.Geo;
using Parley.Events.Lexicon;
using Parley.Events.Ontology;
using Parley.Events.Tests.Coding;

namespace Parley.Events.Tests.Lexicon;

/// <summary>The built-in ontology, lexicon and gazetteer driving the <see cref="EventCoder"/> on hand-built parses.</summary>
public sealed class CoderIntegrationTests
{
    private static readonly Dictionary<string, string> Actors = new(StringComparer.Ordinal)
    {
        ["Japan"] = "JPN",
        ["China"] = "CHN",
        ["Iran"] = "IRN",
        ["Korea"] = "PRK",
        ["Washington"] = "USA",
        ["Pompeo"] = "USAGOV",
        ["Russia"] = "RUS",
    };

    private static readonly EventCoder Coder = Create();

    private static EventCoder Create()
    {
        var ontology = CameoOntology.LoadBuiltIn();
        var gazetteer = Gazetteer.LoadBuiltIn();
        return EventCoder.Create(new EventCoderOptions
        {
            Patterns = CoderPatterns.FromLexicon(EventLexicon.LoadBuiltIn(ontology)),
            DescribeCode = ontology.Describe,
            FindPlace = gazetteer.FindLocation,
            ResolveActor = (phrase, _, _) =>
                [Actors.Where(kv => phrase.Contains(kv.Key, StringComparison.Ordinal))
                    .Select(kv => new ActorMatch(kv.Value, kv.Value[..3], kv.Value.Length > 3 ? kv.Value[3..] : null))
                    .FirstOrDefault() ?? ActorMatch.Unknown],
        });
    }

    private static List<EventRecord> Code(string conll) => ParsedDocument.Code(Coder, conll);

    [Fact]
    public void Light_verb_hold_talks_with()
    {
        var e = Assert.Single(Code("""
            Japan Japan PROPN 2 nsubj
            held hold VERB 0 root
            talks talk NOUN 2 obj
            with with ADP 5 case
            Korea Korea PROPN 2 obl
            . . PUNCT 2 punct
            """));
        Assert.Equal(("040", "JPN", "PRK"), (e.Code, e.Source.Code, e.Target!.Code));
        Assert.Equal("CONSULT", e.Plover!.Event);
        Assert.StartsWith("data/lexicon/04-consult.lex:", e.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Impose_sanctions_on()
    {
        var e = Assert.Single(Code("""
            Washington Washington PROPN 2 nsubj
            imposed impose VERB 0 root
            sanctions sanction NOUN 2 obj
            on on ADP 5 case
            Iran Iran PROPN 2 obl
            . . PUNCT 2 punct
            """));
        Assert.Equal(("163", "USA", "IRN", -8.0), (e.Code, e.Source.Code, e.Target!.Code, e.Goldstein));
        Assert.Equal(4, e.QuadClass);
    }

    [Fact]
    public void Express_irritation_at()
    {
        var e = Assert.Single(Code("""
            China China PROPN 2 nsubj
            expressed express VERB 0 root
            irritation irritation NOUN 2 obj
            at at ADP 5 case
            Japan Japan PROPN 2 obl
            . . PUNCT 2 punct
            """));
        Assert.Equal(("110", "CHN", "JPN"), (e.Code, e.Source.Code, e.Target!.Code));
    }

    [Fact]
    public void Called_off_trip_is_a_cancelled_visit()
    {
        var e = Assert.Single(Code("""
            Pompeo Pompeo PROPN 2 nsubj
            called call VERB 0 root
            off off ADP 2 compound:prt
            his his PRON 5 nmod:poss
            trip trip NOUN 2 obj
            to to ADP 7 case
            Korea Korea PROPN 5 nmod
            . . PUNCT 2 punct
            """));
        Assert.Equal(("042", "USAGOV", "PRK", "cancelled"), (e.Code, e.Source.Code, e.Target!.Code, e.Modality));
    }

    [Fact]
    public void Meeting_place_comes_from_the_gazetteer()
    {
        var e = Assert.Single(Code("""
            Japan Japan PROPN 2 nsubj
            met meet VERB 0 root
            Korea Korea PROPN 2 obj
            in in ADP 5 case
            Hanoi Hanoi PROPN 2 obl
            . . PUNCT 2 punct
            """));
        // Hanoi is in neither country, so the meeting is refined to "meet at a third location".
        Assert.Equal(("044", "JPN", "PRK"), (e.Code, e.Source.Code, e.Target!.Code));
        Assert.Equal("VNM", e.Location?.Country);
    }

    [Fact]
    public void Front_line_towns_and_regions_come_from_the_gazetteer()
    {
        var town = Assert.Single(Code("""
            Russia Russia PROPN 2 nsubj
            shelled shell VERB 0 root
            Japan Japan PROPN 2 obj
            in in ADP 5 case
            Avdiivka Avdiivka PROPN 2 obl
            . . PUNCT 2 punct
            """));
        Assert.Equal(("Avdiivka", "UKR"), (town.Location?.Text, town.Location?.Country));
        Assert.InRange(town.Location!.Lat ?? 0, 48.0, 48.3);

        var region = Assert.Single(Code("""
            Russia Russia PROPN 2 nsubj
            shelled shell VERB 0 root
            Japan Japan PROPN 2 obj
            in in ADP 7 case
            the the DET 7 det
            Kursk Kursk PROPN 7 compound
            region region NOUN 2 obl
            . . PUNCT 2 punct
            """));
        Assert.Equal("RUS", region.Location?.Country);
        Assert.InRange(region.Location!.Lat ?? 0, 51, 52.5);
    }

    [Fact]
    public void The_most_specific_line_wins_threaten_with_force()
    {
        var e = Assert.Single(Code("""
            Japan Japan PROPN 2 nsubj
            threatened threaten VERB 0 root
            China China PROPN 2 obj
            with with ADP 6 case
            military military ADJ 6 amod
            force force NOUN 2 obl
            . . PUNCT 2 punct
            """));
        Assert.Equal(("138", "JPN", "CHN"), (e.Code, e.Source.Code, e.Target!.Code));
    }

    [Fact]
    public void A_required_object_is_the_subject_of_a_passive()
    {
        var e = Assert.Single(Code("""
            Sanctions sanction NOUN 3 nsubj:pass
            were be AUX 3 aux:pass
            imposed impose VERB 0 root
            on on ADP 5 case
            Iran Iran PROPN 3 obl
            by by ADP 7 case
            Washington Washington PROPN 3 obl:agent
            . . PUNCT 3 punct
            """));
        Assert.Equal(("163", "USA", "IRN"), (e.Code, e.Source.Code, e.Target!.Code));
    }

    [Fact]
    public void Adjective_triggers_are_coded()
    {
        var e = Assert.Single(Code("""
            Japan Japan PROPN 3 nsubj
            was be AUX 3 cop
            skeptical skeptical ADJ 0 root
            . . PUNCT 3 punct
            """));
        Assert.Equal(("012", "JPN"), (e.Code, e.Source.Code));
    }

    [Fact]
    public void Readiness_to_act_is_an_intent_about_that_action()
    {
        var e = Assert.Single(Code("""
            Japan Japan PROPN 3 nsubj
            is be AUX 3 cop
            ready ready ADJ 0 root
            to to PART 5 mark
            send send VERB 3 xcomp
            peacekeepers peacekeeper NOUN 5 obj
            to to ADP 8 case
            Korea Korea PROPN 5 obl
            . . PUNCT 3 punct
            """));
        Assert.Equal(("0334", "JPN", "PRK"), (e.Code, e.Source.Code, e.Target!.Code));
    }

    [Fact]
    public void Rejecting_a_proposal_for_a_ceasefire_is_refusing_to_de_escalate()
    {
        var e = Assert.Single(Code("""
            Iran Iran PROPN 2 nsubj
            rejected reject VERB 0 root
            Japan Japan PROPN 5 nmod:poss
            's 's PART 3 case
            proposal proposal NOUN 2 obj
            for for ADP 8 case
            a a DET 8 det
            ceasefire ceasefire NOUN 5 nmod
            . . PUNCT 2 punct
            """));
        Assert.Equal(("1246", "IRN", "JPN"), (e.Code, e.Source.Code, e.Target!.Code));
    }

    [Fact]
    public void A_threat_to_impose_sanctions_targets_the_sanctioned()
    {
        var e = Assert.Single(Code("""
            Washington Washington PROPN 2 nsubj
            threatened threaten VERB 0 root
            to to PART 4 mark
            impose impose VERB 2 xcomp
            tariffs tariff NOUN 4 obj
            on on ADP 7 case
            China China PROPN 4 obl
            . . PUNCT 2 punct
            """));
        Assert.Equal(("1312", "USA", "CHN"), (e.Code, e.Source.Code, e.Target!.Code));
    }

    [Fact]
    public void An_event_kept_from_happening_is_not_coded()
    {
        Assert.Empty(Code("""
            Japan Japan PROPN 2 nsubj
            averted avert VERB 0 root
            a a DET 4 det
            war war NOUN 2 obj
            with with ADP 6 case
            China China PROPN 4 nmod
            . . PUNCT 2 punct
            """));
    }

    [Fact]
    public void A_call_on_a_weekday_is_a_phone_call_not_an_appeal()
    {
        var e = Assert.Single(Code("""
            Japan Japan PROPN 2 nsubj
            called call VERB 0 root
            China China PROPN 2 obj
            on on ADP 5 case
            Tuesday Tuesday PROPN 2 obl
            . . PUNCT 2 punct
            """));
        Assert.Equal(("041", "JPN", "CHN"), (e.Code, e.Source.Code, e.Target!.Code));
    }

    [Fact]
    public void Calling_something_a_name_is_no_phone_call()
    {
        // "Japan protested what China called a drill": naming, not 041.
        var events = Code("""
            Japan Japan PROPN 2 nsubj
            protested protest VERB 0 root
            what what PRON 2 obj
            China China PROPN 5 nsubj
            called call VERB 3 acl:relcl
            a a DET 7 det
            drill drill NOUN 5 obj
            . . PUNCT 2 punct
            """);
        Assert.DoesNotContain(events, e => e.Code == "041");
    }

    [Fact]
    public void A_treaty_mentioned_is_no_signing()
    {
        // "Japan's treaty with China covers the islands": an existing treaty, not a 057 event.
        var events = Code("""
            Japan Japan PROPN 3 nmod:poss
            's 's PART 1 case
            treaty treaty NOUN 4 nsubj
            covers cover VERB 0 root
            the the DET 6 det
            islands island NOUN 4 obj
            . . PUNCT 4 punct
            """);
        Assert.Empty(events);
    }

    [Fact]
    public void Firing_drones_at_a_target_is_an_aerial_attack()
    {
        var e = Assert.Single(Code("""
            Iran Iran PROPN 2 nsubj
            fired fire VERB 0 root
            drones drone NOUN 2 obj
            at at ADP 5 case
            Japan Japan PROPN 2 obl
            . . PUNCT 2 punct
            """));
        Assert.Equal(("195", "IRN", "JPN"), (e.Code, e.Source.Code, e.Target!.Code));
    }

    [Fact]
    public void Studying_is_no_policy_consideration_unless_a_policy_is_studied()
    {
        Assert.Empty(Code("""
            Japan Japan PROPN 2 nsubj
            studied study VERB 0 root
            at at ADP 4 case
            universities university NOUN 2 obl
            . . PUNCT 2 punct
            """));
        var e = Assert.Single(Code("""
            Japan Japan PROPN 2 nsubj
            studied study VERB 0 root
            the the DET 4 det
            proposal proposal NOUN 2 obj
            . . PUNCT 2 punct
            """));
        Assert.Equal("014", e.Code);
    }

    [Fact]
    public void A_bill_going_to_a_chamber_is_no_visit()
    {
        Assert.Empty(Code("""
            The the DET 2 det
            bill bill NOUN 3 nsubj
            goes go VERB 0 root
            to to ADP 6 case
            the the DET 6 det
            Washington Washington PROPN 3 obl
            . . PUNCT 3 punct
            """));
    }

    [Fact]
    public void Signing_it_is_no_formal_agreement()
    {
        Assert.Empty(Code("""
            Japan Japan PROPN 2 nsubj
            signed sign VERB 0 root
            it it PRON 2 obj
            . . PUNCT 2 punct
            """));
    }

    [Fact]
    public void An_object_pronoun_is_not_its_own_verbs_subject()
    {
        // "China blocked the road . Japan dispersed them": "them" is China, not Japan.
        var events = Code("""
            China China PROPN 2 nsubj
            blocked block VERB 0 root
            the the DET 4 det
            road road NOUN 2 obj
            . . PUNCT 2 punct

            Japan Japan PROPN 2 nsubj
            dispersed disperse VERB 0 root
            them they PRON 2 obj
            . . PUNCT 2 punct
            """);
        Assert.Contains(events, e => e.Code == "175" && e.Source.Code == "JPN" && e.Target?.Code == "CHN");
    }

    [Fact]
    public void The_purpose_of_a_march_is_no_second_event()
    {
        var events = Code("""
            Japan Japan PROPN 2 nsubj
            marched march VERB 0 root
            to to PART 4 mark
            protest protest VERB 2 advcl
            the the DET 6 det
            plan plan NOUN 4 obj
            . . PUNCT 2 punct
            """);
        var e = Assert.Single(events);
        Assert.StartsWith("14", e.Code, StringComparison.Ordinal);
    }

    [Fact]
    public void Going_to_the_wire_is_no_visit()
    {
        Assert.Empty(Code("""
            Japan Japan PROPN 2 nsubj
            went go VERB 0 root
            to to ADP 5 case
            the the DET 5 det
            wire wire NOUN 2 obl
            . . PUNCT 2 punct
            """));
    }

    [Fact]
    public void We_is_the_writer_not_an_earlier_actor()
    {
        var events = Code("""
            Japan Japan PROPN 2 nsubj
            criticized criticize VERB 0 root
            China China PROPN 2 obj
            . . PUNCT 2 punct

            We we PRON 2 nsubj
            met meet VERB 0 root
            Iran Iran PROPN 2 obj
            . . PUNCT 2 punct
            """);
        Assert.DoesNotContain(events, e => e.Code.StartsWith("04", StringComparison.Ordinal) && e.Source.Code == "JPN");
    }

    [Fact]
    public void Withdrawing_from_a_tournament_is_no_retreat()
    {
        Assert.Empty(Code("""
            Japan Japan PROPN 2 nsubj
            withdrew withdraw VERB 0 root
            from from ADP 5 case
            the the DET 5 det
            tournament tournament NOUN 2 obl
            . . PUNCT 2 punct
            """));
    }

    [Fact]
    public void An_unknown_subject_earlier_in_the_sentence_is_the_pronouns_antecedent()
    {
        // "Japan met Iran . A group broke away before China dispersed them": "them" is the group, not Japan.
        var events = Code("""
            Japan Japan PROPN 2 nsubj
            met meet VERB 0 root
            Iran Iran PROPN 2 obj
            . . PUNCT 2 punct

            A a DET 2 det
            group group NOUN 3 nsubj
            broke break VERB 0 root
            away away ADV 3 advmod
            before before SCONJ 7 mark
            China China PROPN 7 nsubj
            dispersed disperse VERB 3 advcl
            them they PRON 7 obj
            . . PUNCT 3 punct
            """);
        var e = Assert.Single(events, e => e.Code == "175");
        Assert.Equal(("CHN", "---"), (e.Source.Code, e.Target!.Code));
    }

    [Fact]
    public void Markets_do_not_fight_and_movers_do_not_occupy()
    {
        Assert.Empty(Code("""
            Japan Japan PROPN 2 nmod:poss
            shares share NOUN 3 nsubj
            hit hit VERB 0 root
            a a DET 6 det
            record record ADJ 6 amod
            high high NOUN 3 obj
            . . PUNCT 3 punct
            """));
        Assert.Empty(Code("""
            Families family NOUN 2 nsubj
            moved move VERB 0 root
            into into ADP 4 case
            Japan Japan PROPN 2 obl
            . . PUNCT 2 punct
            """));
    }

    [Fact]
    public void Seizing_power_confiscates_nothing_and_sheltering_somewhere_aids_nobody()
    {
        Assert.Empty(Code("""
            Japan Japan PROPN 2 nsubj
            seized seize VERB 0 root
            power power NOUN 2 obj
            . . PUNCT 2 punct
            """));
        Assert.Empty(Code("""
            Japan Japan PROPN 2 nsubj
            sheltered shelter VERB 0 root
            in in ADP 5 case
            a a DET 5 det
            school school NOUN 2 obl
            . . PUNCT 2 punct
            """));
    }

    [Fact]
    public void A_general_strike_is_a_labour_strike_with_no_time_as_target()
    {
        var e = Assert.Single(Code("""
            Japan Japan PROPN 2 nsubj
            staged stage VERB 0 root
            a a DET 5 det
            general general ADJ 5 amod
            strike strike NOUN 2 obj
            on on ADP 7 case
            Wednesday Wednesday PROPN 2 obl
            . . PUNCT 2 punct
            """));
        Assert.Equal("143", e.Code);
        Assert.Null(e.Target);
    }

    [Theory]
    [InlineData("agreement")]
    [InlineData("plan")]
    public void Calling_a_thing_something_is_naming(string noun)
    {
        Assert.DoesNotContain(Code($"""
            Japan Japan PROPN 2 nsubj
            called call VERB 0 root
            the the DET 4 det
            {noun} {noun} NOUN 2 obj
            a a DET 6 det
            mistake mistake NOUN 2 obj
            . . PUNCT 2 punct
            """), e => e.Code == "041");
    }

    [Fact]
    public void Being_called_to_a_place_is_no_phone_call()
    {
        Assert.DoesNotContain(Code("""
            officers officer NOUN 3 nsubj:pass
            were be AUX 3 aux:pass
            called call VERB 0 root
            to to ADP 5 case
            Japan Japan PROPN 3 obl
            . . PUNCT 3 punct
            """), e => e.Code == "041");
    }

    [Fact]
    public void A_march_is_a_target_not_a_month()
    {
        var e = Assert.Single(Code("""
            Japan Japan PROPN 2 nsubj
            attacked attack VERB 0 root
            the the DET 4 det
            march march NOUN 2 obj
            . . PUNCT 2 punct
            """));
        Assert.Equal("the march", e.Target?.Text);
    }
}
