using Parley.Core;
using Parley.Core.Records;

namespace Parley.Nlp.Ner;

/// <summary>
/// The named-entity pipeline component: labels each sentence with a <see cref="NerModel"/> and fills
/// <see cref="Document.Entities"/> (PER, ORG, LOC) in text order. Afterwards, a name the model found once
/// is also recognised where it recurs unlabelled in the same document (a surname after a full name, an
/// organisation repeated in a sentence the model was unsure about). Immutable and thread-safe.
/// </summary>
public sealed class EntityRecognizer : IPipe
{
    private static readonly string[] Required = [Annotations.Tokens, Annotations.Sentences];
    private static readonly string[] RequiredWithTags = [Annotations.Tokens, Annotations.Sentences, Annotations.Tags];
    private static readonly string[] Assigned = [Annotations.Entities];

    // Institution words that head no place or person name (unlike "Bank", "Centre", "Office", "House", "Union").
    private static readonly HashSet<string> StrongInstitutionWords = new(StringComparer.Ordinal)
    {
        "University", "College", "School", "Academy", "Institute", "Ministry", "Department", "Agency", "Commission", "Committee",
        "Council", "Party", "Association", "Foundation", "Corporation", "Company", "Bureau", "Federation", "League", "Society",
        "Organization", "Organisation", "Airlines", "Airways", "Inc.", "Ltd.", "Corp.", "LLC", "PLC", "Times", "Post", "Journal",
        "Herald", "Tribune", "Gazette", "Bulletin", "Telegraph", "Magazine", "Conservatory", "Library",
    };

    private static readonly HashSet<string> FileExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "htm", "html", "txt", "csv", "zip", "jpg", "jpeg", "png", "gif", "xml", "json", "exe", "rtf", "wpd", "mp3", "mp4",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FileExtensionLookup = FileExtensions.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Creates the component over a loaded model.</summary>
    public EntityRecognizer(NerModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
    }

    /// <summary>The model.</summary>
    public NerModel Model { get; }

    /// <inheritdoc/>
    public string Name => "ner";

    /// <inheritdoc/>
    public IReadOnlyList<string> Requires => Model.Features.UsesTags ? RequiredWithTags : Required;

    /// <inheritdoc/>
    public IReadOnlyList<string> Assigns => Assigned;

    /// <inheritdoc/>
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var spans = Predict(document, cancellationToken);
        document.Entities.Clear();
        foreach (var (first, end, type) in spans)
        {
            var start = document.GetTokenStart(first);
            var stop = document.GetTokenEnd(end - 1);
            document.Entities.Add(new EntityRecord
            {
                Start = start,
                End = stop,
                Text = document.Text[start..stop],
                Type = type,
                Sentence = document.GetTokenSentence(first),
            });
        }

        document.MarkAssigned(Annotations.Entities);
    }

    /// <summary>The entities of <paramref name="document"/> as document token ranges <c>[First, End)</c>, without writing them.</summary>
    public List<(int First, int End, string Type)> Predict(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var labelled = new bool[document.TokenCount];
        var found = new List<(int First, int End, string Type)>();
        var tokens = new List<string>();
        var xpos = Model.Features.UsesTags ? document.Xpos ?? throw new InvalidOperationException("The NER model reads part-of-speech tags but the document has none: run Parley's tagger before the recogniser.") : null;
        var tags = xpos is null ? null : new List<string>();
        var texts = new string[document.TokenCount];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = document.GetTokenSpan(i).ToString();
        }

        var history = new NerDocumentHistory();

        // The model's gazetteer matches of each token (as written and in any case), kept for the rules below.
        var matches = new uint[document.TokenCount];
        var lowerMatches = new uint[document.TokenCount];
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            tokens.Clear();
            tags?.Clear();
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                tokens.Add(texts[t]);
                tags?.Add(xpos![t]);
            }

            if (tokens.Count == 0)
            {
                continue;
            }

            var context = Model.Features.Prepare(tokens, tags);
            context.Gazetteer.CopyTo(matches, sentence.FirstToken);
            context.LowerGazetteer.CopyTo(lowerMatches, sentence.FirstToken);
            foreach (var span in Model.Predict(context, history))
            {
                found.Add((sentence.FirstToken + span.Start, sentence.FirstToken + span.End, span.Type));
                for (var t = span.Start; t < span.End; t++)
                {
                    labelled[sentence.FirstToken + t] = true;
                }
            }
        }

        Propagate(document, texts, labelled, found);
        Repair(document, texts, labelled, found);
        FindLowerCasePlaces(document, texts, lowerMatches, labelled, found);
        FindListedOrganisations(document, texts, matches, labelled, found);
        FindPeopleByContext(document, texts, labelled, found);
        FindInstitutionNames(document, texts, labelled, found);
        TakeInLeadingArticles(document, texts, labelled, found);
        TrimSpans(texts, labelled, found);
        DropRoleWords(texts, labelled, found);
        DropAddresses(texts, labelled, found);
        found.Sort((a, b) => a.First.CompareTo(b.First));
        MergeAdjacentPersons(document, found);
        CountriesNotPersons(texts, found);
        return found;
    }

    // "Chad ordered French troops to leave" with "Chad Meyer" later in the story: a lone country name that is no
    // person's surname here is the country, whatever given name it shares ("Chad", "Jordan", "Georgia").
    private void CountriesNotPersons(string[] texts, List<(int First, int End, string Type)> found)
    {
        var gazetteer = Model.Features.Gazetteer;
        HashSet<string>? surnames = null;
        for (var k = 0; k < found.Count; k++)
        {
            var (first, end, type) = found[k];
            if (type != "PER" || end - first != 1 || !gazetteer.ContainsEntry(texts.AsSpan(first, 1), GazetteerCategory.Country))
            {
                continue;
            }

            surnames ??= [.. found.Where(f => f.Type == "PER" && f.End - f.First >= 2).Select(f => texts[f.End - 1])];
            if (!surnames.Contains(texts[first]) && (first == 0 || !gazetteer.Contains(texts[first - 1], GazetteerCategory.Title)))
            {
                found[k] = (first, end, "LOC");
            }
        }
    }

    // Two person spans a single space apart in one sentence are one name cut in two ("Moon" + "Jae-in"):
    // English text never puts two people's names side by side without a comma, "and" or a verb between them.
    private static void MergeAdjacentPersons(Document document, List<(int First, int End, string Type)> found)
    {
        for (var k = found.Count - 2; k >= 0; k--)
        {
            var (first, end, type) = found[k];
            var next = found[k + 1];
            if (type != "PER" || next.Type != "PER" || first < 0 || next.First != end ||
                document.GetTokenStart(next.First) - document.GetTokenEnd(end - 1) != 1 ||
                document.Text[document.GetTokenEnd(end - 1)] != ' ' ||
                document.GetTokenSentence(first) != document.GetTokenSentence(next.First))
            {
                continue;
            }

            found[k] = (first, next.End, type);
            found.RemoveAt(k + 1);
        }
    }

    // Names the model found are looked for again where it labelled nothing: whole names of any type, and the
    // last token of multi-token person names (surnames). Only capitalised, unlabelled runs in the same
    // sentence-free token stream are taken, and never a sentence-initial single word that is also a common word.
    private static void Propagate(Document document, string[] texts, bool[] labelled, List<(int First, int End, string Type)> found)
    {
        if (found.Count == 0)
        {
            return;
        }

        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (first, end, type) in found)
        {
            Add(names, ambiguous, string.Join(' ', texts[first..end]), type);
            if (type == "PER" && end - first >= 2 && IsCapitalised(texts[end - 1]) && texts[end - 1].Length > 1)
            {
                Add(names, ambiguous, texts[end - 1], type);
            }
        }

        for (var i = 0; i < texts.Length; i++)
        {
            if (labelled[i] || !IsCapitalised(texts[i]))
            {
                continue;
            }

            for (var length = Math.Min(4, texts.Length - i); length >= 1; length--)
            {
                var end = i + length;
                var free = true;
                for (var t = i; t < end && free; t++)
                {
                    free = !labelled[t] && document.GetTokenSentence(t) == document.GetTokenSentence(i);
                }

                if (!free)
                {
                    continue;
                }

                var key = length == 1 ? texts[i] : string.Join(' ', texts[i..end]);
                if (ambiguous.Contains(key) || !names.TryGetValue(key, out var type))
                {
                    continue;
                }

                // A capitalised word continuing the run means a longer, different name ("Lewis Hamilton").
                if ((type != "PER" && end < texts.Length && IsCapitalised(texts[end]) && document.GetTokenSentence(end) == document.GetTokenSentence(i)) ||
                    (i > 0 && IsCapitalised(texts[i - 1]) && document.GetTokenSentence(i - 1) == document.GetTokenSentence(i) && !IsTitle(texts[i - 1])))
                {
                    continue;
                }

                found.Add((i, end, type));
                for (var t = i; t < end; t++)
                {
                    labelled[t] = true;
                }

                break;
            }
        }

    }

    // Person names: drop bare titles and leading titles the model swallowed ("State Mike Pompeo" after "Secretary of"),
    // and take in a trailing name part it missed: "Jae-in" in "Moon Jae-in", "Sisi" in "Abdel Fattah el-Sisi",
    // "Hye" in "Kim Song Hye".
    private void Repair(Document document, string[] texts, bool[] labelled, List<(int First, int End, string Type)> found)
    {
        var gazetteer = Model.Features.Gazetteer;
        for (var k = 0; k < found.Count; k++)
        {
            var (first, end, type) = found[k];

            // A bare title is no name ("Japan's Prime Minister Doesn't Trust Trump" in a headline).
            if (type == "PER" && gazetteer.Contains(string.Join(' ', texts[first..end]), GazetteerCategory.Title))
            {
                for (var t = first; t < end; t++)
                {
                    labelled[t] = false;
                }

                found[k] = (-1, -1, type);
                continue;
            }

            var trimmed = false;

            // A nationality is no name in Universal NER ("North Korean" officials).
            if (gazetteer.ContainsEntry(texts.AsSpan(first, end - first), GazetteerCategory.Nationality))
            {
                for (var t = first; t < end; t++)
                {
                    labelled[t] = false;
                }

                found[k] = (-1, -1, type);
                continue;
            }

            // "[Homeland Security Secretary Robert Lyle]ORG": a given name after a title inside a span starts a person's name.
            if (type != "PER")
            {
                for (var t = end - 2; t > first; t--)
                {
                    if (gazetteer.Contains(texts[t], GazetteerCategory.Title) && gazetteer.Contains(texts[t + 1], GazetteerCategory.FirstName))
                    {
                        for (var u = first; u <= t; u++)
                        {
                            labelled[u] = false;
                        }

                        first = t + 1;
                        type = "PER";
                        break;
                    }
                }
            }

            // "North [Korea]": a place or organisation span grows to the whole gazetteer name around it.
            if (type != "PER")
            {
                (first, end) = Widen(document, texts, labelled, gazetteer, first, end);
            }

            if (type == "PER")
            {
                // "Homeland Security Secretary Robert Lyle": the name starts after the last title word in the span.
                for (var t = end - 2; t >= first; t--)
                {
                    if (gazetteer.Contains(texts[t], GazetteerCategory.Title))
                    {
                        for (var u = first; u <= t; u++)
                        {
                            labelled[u] = false;
                        }

                        first = t + 1;
                        trimmed = true;
                        break;
                    }
                }

                // "[Homeland Security Secretary] Robert Lyle": the name is the capitalised words after the title.
                if (gazetteer.Contains(texts[end - 1], GazetteerCategory.Title))
                {
                    var sentenceOf = document.GetTokenSentence(first);
                    var nameEnd = end;
                    while (nameEnd < texts.Length && nameEnd - end < 3 && !labelled[nameEnd] && document.GetTokenSentence(nameEnd) == sentenceOf &&
                        texts[nameEnd].Length > 1 && char.IsUpper(texts[nameEnd][0]) && IsWord(texts[nameEnd]) && !gazetteer.Contains(texts[nameEnd], GazetteerCategory.Title))
                    {
                        nameEnd++;
                    }

                    for (var u = first; u < end; u++)
                    {
                        labelled[u] = false;
                    }

                    if (nameEnd == end)
                    {
                        found[k] = (-1, -1, type);
                        continue;
                    }

                    first = end;
                    end = nameEnd;
                    for (var u = first; u < end; u++)
                    {
                        labelled[u] = true;
                    }
                }
            }

            while (end - first > 1 && (gazetteer.Contains(texts[first], GazetteerCategory.Title) || (texts[first] == "State" && first >= 2 && texts[first - 1] == "of")))
            {
                labelled[first] = false;
                first++;
                trimmed = true;
            }

            if (trimmed && gazetteer.Contains(texts[first], GazetteerCategory.FirstName))
            {
                type = "PER";
            }

            if (type != "PER")
            {
                found[k] = (first, end, type);
                continue;
            }

            var sentence = document.GetTokenSentence(first);
            while (end < texts.Length && !labelled[end] && document.GetTokenSentence(end) == sentence && end - first < 5)
            {
                var next = texts[end];
                if (next is "-" or "‐" && end + 1 < texts.Length && document.GetTokenStart(end) == document.GetTokenEnd(end - 1) &&
                    document.GetTokenStart(end + 1) == document.GetTokenEnd(end) && IsWord(texts[end + 1]) &&
                    (char.IsLower(texts[end + 1][0]) || char.IsLower(texts[end - 1][0])))
                {
                    labelled[end] = labelled[end + 1] = true;
                    end += 2;
                    continue;
                }

                if (next.Length >= 2 && char.IsUpper(next[0]) && IsWord(next) && IsNameLike(next, gazetteer) && end - first < 3)
                {
                    labelled[end] = true;
                    end++;
                    continue;
                }

                break;
            }

            found[k] = (first, end, type);
        }

        found.RemoveAll(f => f.First < 0);
    }

    // The longest country, place or organisation entry of at most two more tokens each side that contains the span,
    // made only of unlabelled, capitalised tokens of the same sentence (a leading "The" is left out, as Universal NER does).
    private static (int First, int End) Widen(Document document, string[] texts, bool[] labelled, Gazetteer gazetteer, int first, int end)
    {
        var sentence = document.GetTokenSentence(first);
        var best = (first, end);
        for (var left = 0; left <= 2; left++)
        {
            var from = first - left;
            if (from < 0 || (left > 0 && (labelled[from] || !IsCapitalised(texts[from]) || texts[from] == "The" || document.GetTokenSentence(from) != sentence)))
            {
                break;
            }

            for (var right = 0; right <= 2; right++)
            {
                var to = end + right;
                if (to > texts.Length || (right > 0 && (labelled[to - 1] || !IsCapitalised(texts[to - 1]) || document.GetTokenSentence(to - 1) != sentence)))
                {
                    break;
                }

                if ((left > 0 || right > 0) && to - from > best.Item2 - best.Item1 &&
                    (gazetteer.ContainsEntry(texts.AsSpan(from, to - from), GazetteerCategory.Country) ||
                     gazetteer.ContainsEntry(texts.AsSpan(from, to - from), GazetteerCategory.Place) ||
                     gazetteer.ContainsEntry(texts.AsSpan(from, to - from), GazetteerCategory.Organisation)))
                {
                    best = (from, to);
                }
            }
        }

        for (var t = best.Item1; t < best.Item2; t++)
        {
            labelled[t] = true;
        }

        return best;
    }

    private bool IsNameLike(string token, Gazetteer gazetteer)
    {
        if (gazetteer.Contains(token, GazetteerCategory.Title) || gazetteer.Contains(token, GazetteerCategory.OrgWord) || gazetteer.Contains(token, GazetteerCategory.Country))
        {
            return false;
        }

        var cls = Model.Features.Lexicon.ClassOf(token);
        return cls == 0 || (cls - 1) / 3 >= 2;
    }

    // Country and place names written in lower case ("living in malaysia", "from san francisco") in text without
    // standard capitals. Only names whose every word is (nearly) never lower-case in the word-class lexicon, or
    // unknown to it, so "china" the porcelain and "turkey" the bird are left alone when the lexicon knows them so.
    private void FindLowerCasePlaces(Document document, string[] texts, uint[] lowerMatches, bool[] labelled, List<(int First, int End, string Type)> found)
    {
        var lexicon = Model.Features.Lexicon;
        foreach (var sentence in document.Sentences)
        {
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                foreach (var category in (ReadOnlySpan<GazetteerCategory>)[GazetteerCategory.Country, GazetteerCategory.Place])
                {
                    var end = EntryEnd(lowerMatches, i, sentence.EndToken, category);
                    if (end < 0)
                    {
                        continue;
                    }

                    var ok = true;
                    for (var t = i; t < end && ok; t++)
                    {
                        var cls = lexicon.ClassOf(texts[t]);
                        ok = !labelled[t] && texts[t].All(char.IsLower) && (cls == 0 || (cls - 1) % 3 == 0);
                    }

                    if (ok)
                    {
                        found.Add((i, end, "LOC"));
                        labelled.AsSpan(i, end - i).Fill(true);
                        i = end - 1;
                        break;
                    }
                }
            }
        }
    }

    // An organisation of the gazetteer that the model passed over ("Google has finally had…", "the US, EU and
    // IAEA") when it stands alone: written as listed, the whole capitalised run, unlabelled, and not also a place,
    // country or person name.
    private void FindListedOrganisations(Document document, string[] texts, uint[] matches, bool[] labelled, List<(int First, int End, string Type)> found)
    {
        var gazetteer = Model.Features.Gazetteer;
        foreach (var sentence in document.Sentences)
        {
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var end = EntryEnd(matches, i, sentence.EndToken, GazetteerCategory.Organisation);
                if (end < 0 || (i > sentence.FirstToken && IsCapitalised(texts[i - 1]) && IsWord(texts[i - 1])) || (end < sentence.EndToken && IsCapitalised(texts[end]) && IsWord(texts[end])) ||
                    labelled.AsSpan(i, end - i).Contains(true) ||
                    (end == i + 1 && (gazetteer.Contains(texts[i], GazetteerCategory.Place) || gazetteer.Contains(texts[i], GazetteerCategory.Country) ||
                        gazetteer.Contains(texts[i], GazetteerCategory.FirstName) || gazetteer.Contains(texts[i], GazetteerCategory.Surname))))
                {
                    continue;
                }

                found.Add((i, end, "ORG"));
                labelled.AsSpan(i, end - i).Fill(true);
                i = end - 1;
            }
        }
    }

    // People the context gives away: a name after an honorific ("Mr Osborne", "Ms. Pugh") is a person whatever
    // the model said; an unlabelled run of capitalised words after a capitalised title ("Foreign Minister Park
    // Ji-hoon") or that says something ("Mailis said", "says Dietrich") is a person unless the gazetteer lists
    // it as a place, country or organisation.
    private void FindPeopleByContext(Document document, string[] texts, bool[] labelled, List<(int First, int End, string Type)> found)
    {
        var gazetteer = Model.Features.Gazetteer;
        for (var k = 0; k < found.Count; k++)
        {
            var (first, end, type) = found[k];
            if (first > 0 && type != "PER" && IsHonorific(texts[first - 1]) && document.GetTokenSentence(first - 1) == document.GetTokenSentence(first))
            {
                found[k] = (first, end, "PER");
            }
        }

        foreach (var sentence in document.Sentences)
        {
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (labelled[i] || !IsName(texts[i]) || IsHonorific(texts[i]) || gazetteer.Contains(texts[i], GazetteerCategory.Title))
                {
                    continue;
                }

                var end = i + 1;
                while (end < sentence.EndToken && end - i < 3 && !labelled[end] && IsName(texts[end]))
                {
                    end++;
                }

                var afterTitle = i > sentence.FirstToken && (IsHonorific(texts[i - 1]) || (IsCapitalised(texts[i - 1]) && gazetteer.Contains(texts[i - 1], GazetteerCategory.Title)));
                var speaks = (end < sentence.EndToken && IsSpeechVerb(texts[end]) && (i == sentence.FirstToken || !IsName(texts[i - 1]))) ||
                    (i > sentence.FirstToken && IsSpeechVerb(texts[i - 1]) && (end == sentence.EndToken || !char.IsLetterOrDigit(texts[end][0])));
                var listed = false;
                foreach (var category in (ReadOnlySpan<GazetteerCategory>)[GazetteerCategory.Place, GazetteerCategory.Country, GazetteerCategory.Organisation, GazetteerCategory.Nationality, GazetteerCategory.Title, GazetteerCategory.OrgWord])
                {
                    listed |= gazetteer.ContainsEntry(texts.AsSpan(i, end - i), category) || gazetteer.Contains(texts[i], category) || gazetteer.Contains(texts[end - 1], category);
                }

                if ((afterTitle || speaks) && !listed && (i > sentence.FirstToken || !IsCommonWord(texts[i])))
                {
                    found.Add((i, end, "PER"));
                    labelled.AsSpan(i, end - i).Fill(true);
                }

                i = end - 1;
            }
        }

        bool IsName(string token) => token.Length > 1 && IsCapitalised(token) && IsWord(token) && token.Skip(1).Any(char.IsLower);

        bool IsCommonWord(string token)
        {
            var cls = Model.Features.Lexicon.ClassOf(token);
            return cls != 0 && (cls - 1) % 3 != 0;
        }
    }

    // The end of the gazetteer entry of category that starts at token i (from Gazetteer.Match's masks), within the
    // sentence ending at sentenceEnd, or -1.
    private static int EntryEnd(uint[] masks, int i, int sentenceEnd, GazetteerCategory category)
    {
        var shift = (int)category * Gazetteer.BitsPerCategory;
        if ((masks[i] >> shift & 1) != 0)
        {
            return i + 1;
        }

        if ((masks[i] >> shift & 2) == 0)
        {
            return -1;
        }

        var j = i + 1;
        while (j < sentenceEnd && (masks[j] >> shift & 4) != 0)
        {
            j++;
        }

        return j < sentenceEnd && (masks[j] >> shift & 8) != 0 ? j + 1 : -1;
    }

    // A run of capitalised words whose head is an institution word is one organisation name, whatever pieces the
    // model made of it: "[United States Department of Housing and Urban Development]" (not "[United States]" LOC +
    // "[Urban Development]" ORG), "[School of Industrial and Systems Engineering]", "[Fair Housing Action Center]".
    // The head is the last word before the first "of"/"for" (or the run's last word). Runs in title-case headlines are
    // left alone, as are a run the model already labelled whole ("West Bank" LOC), a run a longer span crosses, and
    // a listed place.
    private void FindInstitutionNames(Document document, string[] texts, bool[] labelled, List<(int First, int End, string Type)> found)
    {
        var gazetteer = Model.Features.Gazetteer;
        foreach (var sentence in document.Sentences)
        {
            if (IsTitleCase(texts, sentence.FirstToken, sentence.EndToken))
            {
                continue;
            }

            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                // A run starts at a name word: not an article, nor a sentence-initial common word ("Per", "After").
                if (!IsNamePart(texts[i]) || IsArticle(texts[i]) || (i == sentence.FirstToken && IsCommonWord(Model.Features.Lexicon.ClassOf(texts[i]))))
                {
                    continue;
                }

                var end = i + 1;
                var head = -1;
                while (end < sentence.EndToken)
                {
                    if (IsNamePart(texts[end]) && !IsArticle(texts[end]))
                    {
                        end++;
                        continue;
                    }

                    var connectors = texts[end] is "of" or "for" ? (end + 1 < sentence.EndToken && texts[end + 1] == "the" ? 2 : 1) : texts[end] is "and" or "&" ? 1 : 0;
                    if (connectors == 0 || end + connectors >= sentence.EndToken || !IsNamePart(texts[end + connectors]))
                    {
                        break;
                    }

                    if (head < 0 && texts[end] is "of" or "for")
                    {
                        head = end - 1;
                    }

                    end += connectors;
                }

                head = head < 0 ? end - 1 : head;

                // The model labelled the run whole: an unambiguous institution word still makes it an organisation
                // ("[Squadron Officer School]" PER, "[St. Andrews University]" PER, "[San Francisco Bulletin]" LOC).
                var whole = found.FindIndex(f => f.First == i && f.End == end);
                if (whole >= 0)
                {
                    if (end - i >= 2 && found[whole].Type != "ORG" && StrongInstitutionWords.Contains(texts[head]))
                    {
                        found[whole] = (i, end, "ORG");
                    }

                    i = end - 1;
                    continue;
                }

                if (end - i < 2 || !gazetteer.Contains(texts[head], GazetteerCategory.OrgWord) || texts[head] is "Summit" or "Conference" or "Program" or "Programme" or "Project" or "Initiative" ||
                    found.Any(f => f.First >= 0 && f.First < end && f.End > i && (f.First < i || f.End > end)) ||
                    gazetteer.ContainsEntry(texts.AsSpan(i, end - i), GazetteerCategory.Place))
                {
                    i = end - 1;
                    continue;
                }

                found.RemoveAll(f => f.First >= i && f.End <= end);
                found.Add((i, end, "ORG"));
                labelled.AsSpan(i, end - i).Fill(true);
                i = end - 1;
            }
        }
    }

    // A word the lexicon knows as rarely a proper noun and mostly written in lower case.
    private static bool IsCommonWord(byte wordClass) => wordClass != 0 && (wordClass - 1) / 3 == 0 && (wordClass - 1) % 3 >= 1;

    private static bool IsArticle(string token) => token is "The" or "A" or "An";

    // A capitalised word or abbreviation ("Department", "U.S.", "St.").
    private static bool IsNamePart(string token) =>
        IsCapitalised(token) && (IsWord(token) || (token.Contains('.', StringComparison.Ordinal) && token.All(c => char.IsLetter(c) || c == '.')));

    // Nearly every longer word of a headline is capitalised ("Japan Held Secret Talks With North Korea").
    private static bool IsTitleCase(string[] texts, int first, int end)
    {
        var words = 0;
        var capitalised = 0;
        for (var t = first; t < end; t++)
        {
            if (texts[t].Length > 3 && char.IsLetter(texts[t][0]))
            {
                words++;
                capitalised += char.IsUpper(texts[t][0]) ? 1 : 0;
            }
        }

        return words >= 3 && capitalised * 10 >= words * 9;
    }

    // A capitalised Romance or Arabic article inside a sentence belongs to the name after it ("the newspaper
    // [El Universal]", "[Al Jazeera]"); when the whole name is a listed organisation it is one.
    private void TakeInLeadingArticles(Document document, string[] texts, bool[] labelled, List<(int First, int End, string Type)> found)
    {
        var gazetteer = Model.Features.Gazetteer;
        for (var k = 0; k < found.Count; k++)
        {
            var (first, end, type) = found[k];
            if (first < 2 || labelled[first - 1] || texts[first - 1] is not ("El" or "La" or "Los" or "Las" or "Le" or "Les" or "Al" or "Il") ||
                document.GetTokenSentence(first - 2) != document.GetTokenSentence(first))
            {
                continue;
            }

            labelled[first - 1] = true;
            var organisation = gazetteer.ContainsEntry(texts.AsSpan(first - 1, end - first + 1), GazetteerCategory.Organisation);
            found[k] = (first - 1, end, organisation ? "ORG" : type);
        }
    }

    /// <summary>
    /// No name ends in a connector ("[National Library of the] Netherlands"): trailing "of", "the", "and"… are cut
    /// off. Laws, treaties and declarations ("the HEROES Act", "the Paris Agreement") are documents, not
    /// organisations, places or people, and Universal NER leaves them out: such spans are dropped.
    /// </summary>
    /// <param name="texts">The document's token texts.</param>
    /// <param name="labelled">Per token, whether a span covers it (updated).</param>
    /// <param name="found">Spans as token ranges (updated).</param>
    public static void TrimSpans(string[] texts, bool[] labelled, List<(int First, int End, string Type)> found)
    {
        for (var k = found.Count - 1; k >= 0; k--)
        {
            var (first, end, type) = found[k];
            if (first < 0)
            {
                continue;
            }

            var cut = end;
            while (cut > first + 1 && texts[cut - 1] is "of" or "the" or "and" or "for" or "de" or "du" or "la" or "von" or "van" or "der" or "on" or "&" or ",")
            {
                cut--;
            }

            var document = texts[cut - 1] is "Act" or "Acts" or "Agreement" or "Treaty" or "Amendment" or "Accord" or "Accords" or "Protocol" or "Declaration" or "Doctrine";
            for (var t = document ? first : cut; t < end; t++)
            {
                labelled[t] = false;
            }

            if (document)
            {
                found.RemoveAt(k);
            }
            else if (cut < end)
            {
                found[k] = (first, cut, type);
            }
        }
    }

    // A single word that is a title in the plural ("Senators will be asked") or a bare company suffix ("Inc.")
    // names no one.
    /// <summary>
    /// File names, web addresses and e-mail addresses name no person, organisation or place: a span holding one
    /// ("UnleadedStocks.pdf", "E-mail : jane@example.com", "www.example.org") is dropped.
    /// </summary>
    /// <param name="texts">The document's token texts.</param>
    /// <param name="labelled">Per token, whether a span covers it (updated).</param>
    /// <param name="found">Spans as token ranges (updated).</param>
    public static void DropAddresses(string[] texts, bool[] labelled, List<(int First, int End, string Type)> found)
    {
        for (var k = found.Count - 1; k >= 0; k--)
        {
            var (first, end, _) = found[k];
            var address = false;
            for (var t = first; t >= 0 && t < end && !address; t++)
            {
                address = IsAddress(texts[t]);
            }

            if (!address)
            {
                continue;
            }

            labelled.AsSpan(first, end - first).Clear();
            found.RemoveAt(k);
        }
    }

    private static bool IsAddress(string token)
    {
        if (token.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || token.StartsWith("https:", StringComparison.OrdinalIgnoreCase) ||
            token.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var at = token.IndexOf('@', StringComparison.Ordinal);
        if (at > 0 && token.IndexOf('.', at) > at + 1)
        {
            return true;
        }

        var dot = token.LastIndexOf('.');
        return dot > 0 && dot < token.Length - 1 && FileExtensionLookup.Contains(token.AsSpan(dot + 1));
    }

    private void DropRoleWords(string[] texts, bool[] labelled, List<(int First, int End, string Type)> found)
    {
        var gazetteer = Model.Features.Gazetteer;
        for (var k = found.Count - 1; k >= 0; k--)
        {
            var (first, end, _) = found[k];
            if (first < 0 || end != first + 1)
            {
                continue;
            }

            var word = texts[first];
            if (word is "Inc." or "Ltd." or "Corp." or "Co." or "Inc" or "Ltd" ||
                (word.Length > 3 && word[^1] == 's' && gazetteer.Contains(word.AsSpan(0, word.Length - 1), GazetteerCategory.Title)))
            {
                labelled[first] = false;
                found.RemoveAt(k);
            }
        }
    }

    private static bool IsHonorific(string token) => token is "Mr." or "Mrs." or "Ms." or "Dr." or "Mr" or "Mrs" or "Ms" or "Dr" or "Miss";

    private static bool IsSpeechVerb(string token) => token is "said" or "says" or "told" or "added" or "explained" or "wrote" or "asked" or "argued" or "recalled";

    private static bool IsWord(string token)
    {
        foreach (var c in token)
        {
            if (!char.IsLetter(c) && c != '-')
            {
                return false;
            }
        }

        return token.Length > 0;
    }

    private static void Add(Dictionary<string, string> names, HashSet<string> ambiguous, string key, string type)
    {
        if (names.TryGetValue(key, out var existing) && existing != type)
        {
            ambiguous.Add(key);
        }

        names[key] = type;
    }

    private static bool IsCapitalised(string token) => token.Length > 0 && char.IsUpper(token[0]);

    private static bool IsTitle(string token) => token is "Mr." or "Mrs." or "Ms." or "Dr." or "Mr" or "Mrs" or "Ms" or "Dr" or "President" or "Prof." or "Sen." or "Gen.";
}
