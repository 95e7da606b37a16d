using Parley.Core.Records;
using Parley.Events.Coding;

namespace Parley.Events.Tests.Coding;

public sealed class EventCoderTests
{
    private static readonly Dictionary<string, string> Countries = new(StringComparer.Ordinal)
    {
        ["Japan"] = "JPN",
        ["China"] = "CHN",
        ["Russia"] = "RUS",
        ["France"] = "FRA",
        ["US"] = "USA",
        ["Iran"] = "IRN",
        ["Iraq"] = "IRQ",
        ["North Korea"] = "PRK",
        ["Pompeo"] = "USAGOV",
        ["Moon"] = "KORGOV",
        ["Kim"] = "PRKGOV",
        ["Vietnam"] = "VNM",
        ["Kenya"] = "KEN",
        ["Uganda"] = "UGA",
        ["rebels"] = "---REB",
        ["officials"] = "---GOV",
    };

    private static readonly EventCoder Coder = EventCoder.Create(new EventCoderOptions
    {
        Patterns =
        [
            new EventPattern { Id = "t:1", Lemma = "criticize", Code = "111" },
            new EventPattern { Id = "t:2", Lemma = "accuse", Code = "112" },
            new EventPattern { Id = "t:3", Lemma = "meet", Code = "040" },
            new EventPattern { Id = "t:4", Lemma = "meet", TargetPreposition = "with", Code = "040" },
            new EventPattern { Id = "t:5", Lemma = "attack", Code = "190" },
            new EventPattern { Id = "t:6", Kind = PatternKind.Noun, Lemma = "trip", TargetPreposition = "to", Code = "042" },
            new EventPattern { Id = "t:7", Kind = PatternKind.Noun, Lemma = "meeting", Code = "040" },
            new EventPattern { Id = "t:8", Lemma = "hold", Object = "meeting", TargetPreposition = "with", Code = "040" },
            new EventPattern { Id = "t:9", Lemma = "express", Object = "irritation", TargetPreposition = "at", Code = "111" },
            new EventPattern { Id = "t:10", Lemma = "unknowncode", Code = "999" },
            new EventPattern { Id = "t:11", Lemma = "urge", Complement = "cooperate", Code = "021" },
            new EventPattern { Id = "t:12", Lemma = "urge", Code = "020" },
            new EventPattern { Id = "t:13", Lemma = "cooperate", TargetPreposition = "with", Code = "060" },
            new EventPattern { Id = "t:14", Lemma = "say", Code = "010" },
            new EventPattern { Id = "t:15", Lemma = "announce", Code = "010" },
            new EventPattern { Id = "t:16", Kind = PatternKind.Noun, Lemma = "cease-fire", Code = "0871" },
            new EventPattern { Id = "t:17", Lemma = "demonstrate", Code = "141" },
            new EventPattern { Id = "t:18", Lemma = "demand", Object = "resignation", Code = "1041" },
            new EventPattern { Id = "t:19", Kind = PatternKind.Adjective, Lemma = "prepared", Complement = "attack", Code = "138" },
        ],
        DescribeCode = code => code switch
        {
            "010" => new CodeInfo("010", "01", "Make statement", 1, 0.0, null, null),
            "040" => new CodeInfo("040", "04", "Consult", 1, 1.0, "CONSULT", null),
            "0871" => new CodeInfo("0871", "08", "Declare truce, ceasefire", 2, 9.0, "RETREAT", "ceasefire"),
            "141" => new CodeInfo("141", "14", "Demonstrate or rally", 3, -6.5, "PROTEST", "demo"),
            "1411" => new CodeInfo("1411", "14", "Demonstrate for leadership change", 3, -6.5, "PROTEST", "demo"),
            "1041" => new CodeInfo("1041", "10", "Demand leadership change", 3, -5.0, "REQUEST", null),
            "021" => new CodeInfo("021", "02", "Appeal for material cooperation", 1, 3.4, "REQUEST", null),
            "020" => new CodeInfo("020", "02", "Make an appeal or request", 1, 3.0, "REQUEST", null),
            "060" => new CodeInfo("060", "06", "Engage in material cooperation", 2, 6.0, "COOPERATE", null),
            "036" => new CodeInfo("036", "03", "Express intent to meet or negotiate", 1, 4.0, "AGREE", null),
            "042" => new CodeInfo("042", "04", "Make a visit", 1, 1.9, "CONSULT", "visit"),
            "111" => new CodeInfo("111", "11", "Criticize or denounce", 3, -2.0, "ACCUSE", null),
            "112" => new CodeInfo("112", "11", "Accuse", 3, -2.0, "ACCUSE", null),
            "190" => new CodeInfo("190", "19", "Use conventional military force", 4, -10.0, "ASSAULT", null),
            "138" => new CodeInfo("138", "13", "Threaten with military force", 3, -7.0, "THREATEN", null),
            _ => null,
        },
        ResolveActor = (phrase, head, _) =>
            [Countries.Where(kv => phrase.Contains(kv.Key, StringComparison.Ordinal)).OrderByDescending(kv => kv.Key.Length)
                .Select(kv => new ActorMatch(kv.Value, kv.Value.StartsWith('-') ? null : kv.Value[..3], kv.Value.Length > 3 ? kv.Value[3..] : null)).FirstOrDefault() ?? ActorMatch.Unknown],
        FindPlace = name => Countries.TryGetValue(name, out var code) && code.Length == 3 ? new LocationRecord { Text = name, Country = code } : null,
    });

    private static List<EventRecord> Code(string conll) => ParsedDocument.Code(Coder, conll);

    [Fact]
    public void Active_voice_subject_acts_on_object()
    {
        var e = Assert.Single(Code("""
            Japan Japan PROPN 2 nsubj
            criticized criticize VERB 0 root
            China China PROPN 2 obj
            . . PUNCT 2 punct
            """));

        Assert.Equal(("111", "JPN", "CHN"), (e.Code, e.Source.Code, e.Target!.Code));
        Assert.Equal("asserted", e.Modality);
        Assert.Equal("2018-08-29", e.Date);
        Assert.Equal(-2.0, e.Goldstein);
        Assert.Contains("t:1", e.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cop", "nsubj")]
    [InlineData("aux:pass", "nsubj:pass")]
    public void A_subject_prepared_to_act_acts_whether_the_participle_reads_adjectival_or_passive(string copula, string subject)
    {
        // "Iran is prepared to attack Iraq": parsers read "is prepared" either as a copula with an adjective or as a
        // passive; with "to" + verb after it, both mean Iran intends to act.
        var events = Code($"""
            Iran Iran PROPN 3 {subject}
            is be AUX 3 {copula}
            prepared prepare VERB 0 root
            to to PART 5 mark
            attack attack VERB 3 xcomp
            Iraq Iraq PROPN 5 obj
            . . PUNCT 3 punct
            """);

        Assert.Contains(events, e => e.Code == "138" && e.Source.Code == "IRN");
    }

    [Theory]
    [InlineData("accused", "accuse", "of")]
    [InlineData("criticized", "criticize", "for")]
    public void What_an_accusation_says_the_target_did_is_not_coded_as_a_fact(string form, string lemma, string marker)
    {
        // "Japan accused China of meeting Russia": the meeting is Japan's claim; no 040 with Japan (or anyone) as its doer.
        var events = Code($"""
            Japan Japan PROPN 2 nsubj
            {form} {lemma} VERB 0 root
            China China PROPN 2 obj
            {marker} {marker} SCONJ 5 mark
            meeting meet VERB 2 advcl
            Russia Russia PROPN 5 obj
            . . PUNCT 2 punct
            """);

        var e = Assert.Single(events);
        Assert.StartsWith("11", e.Code, StringComparison.Ordinal);
        Assert.Equal(("JPN", "CHN"), (e.Source.Code, e.Target!.Code));
    }

    [Fact]
    public void An_of_or_for_clause_under_a_verb_with_an_object_is_done_by_the_object()
    {
        // "Japan thanked China for meeting Russia": China met Russia.
        var e = Assert.Single(Code("""
            Japan Japan PROPN 2 nsubj
            thanked thank VERB 0 root
            China China PROPN 2 obj
            for for SCONJ 5 mark
            meeting meet VERB 2 advcl
            Russia Russia PROPN 5 obj
            . . PUNCT 2 punct
            """));

        Assert.Equal(("040", "CHN", "RUS"), (e.Code, e.Source.Code, e.Target!.Code));
    }

    [Fact]
    public void A_trailing_report_misread_as_a_conjunct_does_not_borrow_the_reported_subject()
    {
        // "Japan will meet China , officials in Tokyo said" with "said" as a conjunct of "meet" and "officials" elsewhere.
        var events = Code("""
            Japan Japan PROPN 3 nsubj
            will will AUX 3 aux
            meet meet VERB 0 root
            China China PROPN 3 obj
            , , PUNCT 9 punct
            officials official NOUN 3 conj
            in in ADP 8 case
            Tokyo Tokyo PROPN 6 nmod
            said say VERB 3 conj
            . . PUNCT 3 punct
            """);

        Assert.DoesNotContain(events, e => e.Code == "010" && e.Source.Code == "JPN");
        Assert.Contains(events, e => e.Code == "040" && e.Source.Code == "JPN");
    }

    [Fact]
    public void A_verb_coordinated_without_and_shares_its_subject()
    {
        // "Japan criticized China , accused Russia": no words of another subject between the comma and the verb.
        var events = Code("""
            Japan Japan PROPN 2 nsubj
            criticized criticize VERB 0 root
            China China PROPN 2 obj
            , , PUNCT 5 punct
            accused accuse VERB 2 conj
            Russia Russia PROPN 5 obj
            . . PUNCT 2 punct
            """);

        Assert.Contains(events, e => e.Code == "112" && e.Source.Code == "JPN");
    }

    [Fact]
    public void A_sentence_initial_pronoun_prefers_the_previous_main_clause_subject_to_a_reported_one()
    {
        var events = Code("""
            Iran Iran PROPN 2 nsubj
            denied deny VERB 0 root
            it it PRON 2 obj
            and and CCONJ 5 cc
            said say VERB 2 conj
            Iraq Iraq PROPN 8 nsubj
            was be AUX 8 aux
            lying lie VERB 5 ccomp
            . . PUNCT 2 punct

            It it PRON 2 nsubj
            criticized criticize VERB 0 root
            Japan Japan PROPN 2 obj
            . . PUNCT 2 punct
            """);

        Assert.Contains(events, e => e.Code == "111" && e.Source.Code == "IRN" && e.Target!.Code == "JPN");
    }

    [Fact]
    public void Actors_with_a_role_but_no_country_still_act()
    {
        var e = Assert.Single(Code("""
            rebels rebel NOUN 2 nsubj
            attacked attack VERB 0 root
            . . PUNCT 2 punct
            """));

        Assert.Equal(("190", "---REB"), (e.Code, e.Source.Code));
        Assert.Null(e.Target);
    }

    [Fact]
    public void A_statement_by_an_actor_without_country_is_only_a_frame()
    {
        Assert.Empty(Code("""
            officials official NOUN 2 nsubj
            said say VERB 0 root
            . . PUNCT 2 punct
            """));
    }

    [Fact]
    public void A_pronoun_with_no_antecedent_is_no_actor()
    {
        Assert.Empty(Code("""
            They they PRON 2 nsubj
            attacked attack VERB 0 root
            . . PUNCT 2 punct
            """));
    }

    [Fact]
    public void A_hyphenated_trigger_matches_the_split_tokens()
    {
        var e = Assert.Single(Code("""
            rebels rebel NOUN 2 nsubj
            declared declare VERB 0 root
            a a DET 6 det
            cease cease NOUN 6 compound
            ~- - PUNCT 4 punct
            ~fire fire NOUN 2 obj
            . . PUNCT 2 punct
            """));

        Assert.Equal(("0871", "---REB"), (e.Code, e.Source.Code));
    }

    [Fact]
    public void A_statement_reports_the_event_its_object_names()
    {
        var events = Code("""
            Japan Japan PROPN 2 nsubj
            announced announce VERB 0 root
            a a DET 4 det
            meeting meeting NOUN 2 obj
            with with ADP 6 case
            China China PROPN 4 nmod
            . . PUNCT 2 punct
            """);

        Assert.Contains(events, e => e.Code == "010" && e.Source.Code == "JPN");
        Assert.Contains(events, e => e.Code == "040" && e.Source.Code == "JPN");
    }

    [Fact]
    public void A_protest_takes_the_aim_it_demands()
    {
        var e = Assert.Single(Code("""
            rebels rebel NOUN 2 nsubj
            demonstrated demonstrate VERB 0 root
            to to PART 4 mark
            demand demand VERB 2 advcl
            the the DET 6 det
            resignation resignation NOUN 4 obj
            . . PUNCT 2 punct
            """), x => x.Root == "14");

        Assert.Equal(("1411", "---REB"), (e.Code, e.Source.Code));
    }

    [Fact]
    public void Passive_voice_swaps_subject_and_agent()
    {
        var e = Assert.Single(Code("""
            China China PROPN 3 nsubj:pass
            was be AUX 3 aux:pass
            criticized criticize VERB 0 root
            by by ADP 5 case
            Japan Japan PROPN 3 obl:agent
            . . PUNCT 3 punct
            """));

        Assert.Equal(("JPN", "CHN"), (e.Source.Code, e.Target!.Code));
    }

    [Fact]
    public void Coordinated_subjects_give_one_event_each()
    {
        var events = Code("""
            The the DET 2 det
            US US PROPN 5 nsubj
            and and CCONJ 4 cc
            France France PROPN 2 conj
            accused accuse VERB 0 root
            Russia Russia PROPN 5 obj
            """);

        Assert.Equal(["USA", "FRA"], events.Select(e => e.Source.Code));
        Assert.All(events, e => Assert.Equal("RUS", e.Target!.Code));
    }

    [Fact]
    public void Negation_is_kept_as_modality()
    {
        var e = Assert.Single(Code("""
            Japan Japan PROPN 4 nsubj
            did do AUX 4 aux
            not not PART 4 advmod
            meet meet VERB 0 root
            China China PROPN 4 obj
            """));

        Assert.Equal("negated", e.Modality);
        Assert.Null(e.Date);
    }

    [Fact]
    public void Control_verbs_pass_their_subject_and_make_the_event_future()
    {
        var e = Assert.Single(Code("""
            Moon Moon PROPN 2 nsubj
            plans plan VERB 0 root
            to to PART 4 mark
            meet meet VERB 2 xcomp
            with with ADP 6 case
            Kim Kim PROPN 4 obl
            """));

        Assert.Equal(("KORGOV", "PRKGOV", "future"), (e.Source.Code, e.Target!.Code, e.Modality));
        Assert.Contains("with TARGET", e.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_called_off_trip_is_a_cancelled_visit_to_the_place()
    {
        var e = Assert.Single(Code("""
            Pompeo Pompeo PROPN 2 nsubj
            called call VERB 0 root
            off off ADP 2 compound:prt
            his his PRON 5 nmod:poss
            trip trip NOUN 2 obj
            to to ADP 8 case
            North North PROPN 8 compound
            Korea Korea PROPN 5 nmod
            """));

        Assert.Equal(("042", "USAGOV", "PRK", "cancelled"), (e.Code, e.Source.Code, e.Target!.Code, e.Modality));
        Assert.Equal("trip", e.Trigger.Text);
    }

    [Fact]
    public void A_root_noun_is_the_subject_of_its_verb_whose_particle_was_read_as_a_preposition()
    {
        // "Pompeo" made the root, "called" a modifier of it and "off" the preposition of "his trip".
        var e = Assert.Single(Code("""
            Pompeo Pompeo PROPN 0 root
            called call VERB 1 acl
            off off ADP 5 case
            his his PRON 5 nmod:poss
            trip trip NOUN 2 obl
            to to ADP 8 case
            North North PROPN 8 compound
            Korea Korea PROPN 5 nmod
            """));

        Assert.Equal(("042", "USAGOV", "PRK", "cancelled"), (e.Code, e.Source.Code, e.Target!.Code, e.Modality));
    }

    [Fact]
    public void Light_verb_in_a_relative_clause_takes_the_modified_noun_as_object()
    {
        var e = Assert.Single(Code("""
            Japan Japan PROPN 2 nsubj
            concealed conceal VERB 0 root
            a a DET 4 det
            meeting meeting NOUN 2 obj
            they they PRON 6 nsubj
            held hold VERB 4 acl:relcl
            with with ADP 9 case
            North North PROPN 9 compound
            Korea Korea PROPN 6 obl
            """));

        Assert.Equal(("040", "JPN", "PRK"), (e.Code, e.Source.Code, e.Target!.Code));
        Assert.Equal(("held", "they"), (e.Trigger.Text, e.Source.Text));
    }

    [Fact]
    public void A_noun_event_takes_between_x_and_y_and_its_place()
    {
        var e = Assert.Single(Code("""
            The the DET 2 det
            meeting meeting NOUN 3 nsubj
            happened happen VERB 0 root
            in in ADP 5 case
            Vietnam Vietnam PROPN 3 obl
            between between ADP 7 case
            Japan Japan PROPN 3 obl
            and and CCONJ 9 cc
            China China PROPN 7 conj
            """));

        Assert.Equal(("JPN", "CHN", "VNM"), (e.Source.Code, e.Target!.Code, e.Location!.Country));
    }

    [Fact]
    public void Repeated_mentions_of_one_event_are_merged()
    {
        var events = Code("""
            Japan Japan PROPN 2 nsubj
            criticized criticize VERB 0 root
            China China PROPN 2 obj

            Japan Japan PROPN 2 nsubj
            criticized criticize VERB 0 root
            China China PROPN 2 obj
            again again ADV 2 advmod
            """);

        var e = Assert.Single(events);
        Assert.Equal([0, 1], e.Mentions.Select(m => m.Sentence));
    }

    [Fact]
    public void An_event_in_a_reported_clause_is_attributed_to_the_sayer()
    {
        var e = Assert.Single(Code("""
            Officials official NOUN 2 nsubj
            said say VERB 0 root
            Iran Iran PROPN 4 nsubj
            attacked attack VERB 2 ccomp
            Iraq Iraq PROPN 4 obj
            """));

        Assert.Equal(("IRN", "IRQ", "Officials"), (e.Source.Code, e.Target!.Code, e.Attribution!.Speaker));
    }

    [Fact]
    public void Light_verb_with_prepositional_target_on_the_noun()
    {
        var e = Assert.Single(Code("""
            Officials official NOUN 2 nsubj
            expressed express VERB 0 root
            irritation irritation NOUN 2 obj
            at at ADP 5 case
            Japan Japan PROPN 3 nmod
            """));

        Assert.Equal(("111", "JPN"), (e.Code, e.Target!.Code));
    }

    [Fact]
    public void Agreeing_to_meet_is_an_expressed_intent_to_meet()
    {
        var e = Assert.Single(Code("""
            Japan Japan PROPN 2 nsubj
            agreed agree VERB 0 root
            to to PART 4 mark
            meet meet VERB 2 xcomp
            China China PROPN 4 obj
            """));

        Assert.Equal(("036", "03", "asserted", "JPN", "CHN"), (e.Code, e.Root, e.Modality, e.Source.Code, e.Target!.Code));
    }

    [Fact]
    public void A_complement_pattern_codes_the_appeal_and_not_the_appealed_action()
    {
        var e = Assert.Single(Code("""
            Kenya Kenya PROPN 2 nsubj
            urged urge VERB 0 root
            Uganda Uganda PROPN 2 obj
            to to PART 5 mark
            cooperate cooperate VERB 2 xcomp
            """));

        Assert.Equal(("021", "KEN", "UGA"), (e.Code, e.Source.Code, e.Target!.Code));
    }

    [Fact]
    public void Patterns_with_codes_the_ontology_lacks_are_ignored()
    {
        Assert.Equal(18, Coder.PatternCount); // 19 patterns, one with the unknown code 999
    }

    [Fact]
    public void The_time_in_the_sentence_dates_the_event()
    {
        var document = ParsedDocument.Build("""
            Japan Japan PROPN 2 nsubj
            criticized criticize VERB 0 root
            China China PROPN 2 obj
            in in ADP 5 case
            July July PROPN 2 obl
            """);
        document.Times.Add(new TimeRecord { Start = document.GetTokenStart(3), End = document.GetTokenEnd(4), Text = "in July", Value = "2018-07" });

        Coder.Process(document);

        Assert.Equal("2018-07", Assert.Single(document.Events).Date);
    }

    [Fact]
    public void A_time_inside_a_clause_below_the_trigger_dates_that_clause_not_the_trigger()
    {
        // "Japan criticized China , which met Russia in July": July is when China met Russia.
        var document = ParsedDocument.Build("""
            Japan Japan PROPN 2 nsubj
            criticized criticize VERB 0 root
            China China PROPN 2 obj
            , , PUNCT 6 punct
            which which PRON 6 nsubj
            met meet VERB 3 acl:relcl
            Russia Russia PROPN 6 obj
            in in ADP 9 case
            July July PROPN 6 obl
            """, published: "2018-08-29");
        document.Times.Add(new TimeRecord { Start = document.GetTokenStart(7), End = document.GetTokenEnd(8), Text = "in July", Value = "2018-07" });

        Coder.Process(document);

        Assert.Equal("2018-08-29", Assert.Single(document.Events, e => e.Code == "111").Date);
        Assert.Equal("2018-07", Assert.Single(document.Events, e => e.Code == "040").Date);
    }

    [Fact]
    public void A_year_that_modifies_another_noun_does_not_date_the_event()
    {
        // "Japan criticized the 1960 treaty": the treaty is from 1960, the criticism is not.
        var document = ParsedDocument.Build("""
            Japan Japan PROPN 2 nsubj
            criticized criticize VERB 0 root
            the the DET 5 det
            1960 1960 NUM 5 compound
            treaty treaty NOUN 2 obj
            """, published: "2018-08-29");
        document.Times.Add(new TimeRecord { Start = document.GetTokenStart(3), End = document.GetTokenEnd(3), Text = "1960", Value = "1960" });

        Coder.Process(document);

        Assert.Equal("2018-08-29", Assert.Single(document.Events).Date);
    }

    [Fact]
    public void A_score_read_as_a_subject_is_no_actor()
    {
        // "Japan voted 13 - 0 to attack China" with "13" parsed as the subject of "attack".
        var e = Assert.Single(Code("""
            Japan Japan PROPN 2 nsubj
            voted vote VERB 0 root
            13 13 NUM 7 nsubj
            - - SYM 5 case
            0 0 NUM 3 nmod
            to to PART 7 mark
            attack attack VERB 2 advcl
            China China PROPN 7 obj
            """));

        Assert.Equal(("190", "JPN", "CHN"), (e.Code, e.Source.Code, e.Target!.Code));
    }

    [Theory]
    [InlineData("began", "begin", true)]
    [InlineData("feared", "fear", false)]
    public void Only_a_support_verb_makes_its_subject_the_doer_of_a_noun_event(string form, string lemma, bool doer)
    {
        // "Japan began the meeting" is Japan's meeting; "Japan feared the meeting" is not.
        var events = Code($"""
            Japan Japan PROPN 2 nsubj
            {form} {lemma} VERB 0 root
            the the DET 4 det
            meeting meeting NOUN 2 obj
            . . PUNCT 2 punct
            """);

        Assert.Equal(doer, events.Any(e => e.Code == "040" && e.Source.Code == "JPN"));
    }

    [Fact]
    public void A_people_noun_before_a_present_participle_does_what_it_says()
    {
        // "Japan criticized rebels meeting China": the rebels meet China, not Japan.
        var events = Code("""
            Japan Japan PROPN 2 nsubj
            criticized criticize VERB 0 root
            rebels rebel NOUN 2 obj
            meeting meet VERB 3 acl VBG
            China China PROPN 4 obj
            . . PUNCT 2 punct
            """);

        Assert.Contains(events, e => e.Code == "040" && e.Source.Code == "---REB" && e.Target!.Code == "CHN");
        Assert.DoesNotContain(events, e => e.Code == "040" && e.Source.Code == "JPN");
    }

    [Fact]
    public void A_subject_with_no_negates_the_event()
    {
        // "No rebels attacked Japan".
        var e = Assert.Single(Code("""
            No no DET 2 det
            rebels rebel NOUN 3 nsubj
            attacked attack VERB 0 root
            Japan Japan PROPN 3 obj
            . . PUNCT 3 punct
            """));
        Assert.Equal(("190", "negated"), (e.Code, e.Modality));
    }

    [Fact]
    public void An_if_clause_is_hypothetical()
    {
        // "If Russia attacked Japan, China would meet Iran".
        var events = Code("""
            If if SCONJ 3 mark
            Russia Russia PROPN 3 nsubj
            attacked attack VERB 9 advcl
            Japan Japan PROPN 3 obj
            , , PUNCT 3 punct
            China China PROPN 9 nsubj
            would would AUX 9 aux
            really really ADV 9 advmod
            meet meet VERB 0 root
            Iran Iran PROPN 9 obj
            . . PUNCT 9 punct
            """);
        Assert.Contains(events, e => (e.Code, e.Source.Code, e.Modality) == ("190", "RUS", "hypothetical"));
        Assert.Contains(events, e => (e.Code, e.Source.Code, e.Modality) == ("040", "CHN", "hypothetical"));
    }

    [Theory]
    [InlineData("denied", "deny")]
    [InlineData("dismissed", "dismiss")]
    public void What_a_denial_denies_is_negated(string form, string lemma)
    {
        // "Japan denied that Russia had attacked China" / "Japan dismissed reports that Russia had attacked China".
        var direct = Code($"""
            Japan Japan PROPN 2 nsubj
            {form} {lemma} VERB 0 root
            that that SCONJ 6 mark
            Russia Russia PROPN 6 nsubj
            had have AUX 6 aux
            attacked attack VERB 2 ccomp
            China China PROPN 6 obj
            . . PUNCT 2 punct
            """);
        Assert.Equal("negated", Assert.Single(direct, e => e.Code == "190").Modality);

        var reports = Code($"""
            Japan Japan PROPN 2 nsubj
            {form} {lemma} VERB 0 root
            reports report NOUN 2 obj
            that that SCONJ 7 mark
            Russia Russia PROPN 7 nsubj
            had have AUX 7 aux
            attacked attack VERB 3 acl
            China China PROPN 7 obj
            . . PUNCT 2 punct
            """);
        Assert.Equal("negated", Assert.Single(reports, e => e.Code == "190").Modality);
    }
}
