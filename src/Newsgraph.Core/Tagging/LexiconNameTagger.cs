using Newsgraph.Core.Mentions;
using Newsgraph.Core.Pipeline;
using Newsgraph.Core.Text;

namespace Newsgraph.Core.Tagging;

/// <summary>
/// Finds proper names from capitalisation and types them from lexicon evidence. A run of capitalised words
/// ("UN Secretary General Ban Ki-moon") loses its leading title words, so the name is "Ban Ki-moon". A capitalised
/// word at the start of a sentence counts only if the lexicon or the rest of the document says it is a name.
/// The trained recogniser's names (<see cref="Layers.NamedEntities"/>) type the names the lexicon has no evidence for.
/// </summary>
public sealed class LexiconNameTagger(NameLexicon lexicon) : IPipelineStage
{
    private static readonly HashSet<string> NeverNames = new(StringComparer.Ordinal)
    {
        "I", "I'm", "I’m", "I've", "I’ve", "I'd", "I’d", "I'll", "I’ll", "Mr.", "Mrs.", "Ms.", "Dr.", "OK",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
        "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "for", "de", "al", "bin", "van", "von", "la", "da", "&" };

    /// <summary>Last words that make a name a place: "Korvan Strait", "Gaza Strip", "Jordan Valley".</summary>
    private static readonly HashSet<string> PlaceTails = new(StringComparer.Ordinal)
    {
        "Strait", "Straits", "Sea", "Ocean", "River", "Island", "Islands", "Bay", "Gulf", "Lake", "Mountain", "Mountains",
        "Valley", "Peninsula", "Coast", "Strip", "County", "Province", "City", "Street", "Avenue", "Square", "Heights",
        "Canal", "Desert", "Plateau", "Harbour", "Harbor", "Airport", "Beach", "Region", "District", "Hills",
    };

    /// <summary>First words that make a name a place: "Port Halden", "Mount Kenya".</summary>
    private static readonly HashSet<string> PlaceHeads = new(StringComparer.Ordinal) { "Port", "Mount", "Lake", "Fort", "Cape", "Saint", "San", "Santa", "Los", "Las", "New" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceHeadsLookup = PlaceHeads.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceTailsLookup = PlaceTails.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NeverNamesLookup = NeverNames.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ConnectorsLookup = Connectors.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Name => "lexicon-name-tagger";

    public Layers Requires => Layers.Tokens | Layers.Sentences | Layers.Quotations | Layers.NamedEntities;

    public Layers Produces => Layers.Names;

    public void Process(Document document) => document.SetNames(Tag(document));

    private NameSpan[] Tag(Document document)
    {
        var text = document.Text;
        var tokens = document.TokenSpan;
        var midSentenceCapitals = CapitalisedMidSentence(document);
        var afterOpeningMark = new bool[tokens.Length];
        foreach (var quotation in document.Quotations)
        {
            if (quotation.FirstToken + 1 < tokens.Length) afterOpeningMark[quotation.FirstToken + 1] = true;
        }

        var recognized = RecognizedTypes(document);
        var names = new List<NameSpan>();
        var unknownSingles = new List<int>();
        foreach (var sentence in document.Sentences)
        {
            var i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                if (!Chars.IsCapitalisedWord(text, tokens[i]) || !StartsName(document, tokens, i, sentence, midSentenceCapitals, afterOpeningMark[i]))
                {
                    i++;
                    continue;
                }

                var end = i + 1;
                while (end < sentence.EndToken)
                {
                    if (Chars.IsCapitalisedWord(text, tokens[end]) && !IsNever(text, tokens[end])) end++;
                    else if (end + 1 < sentence.EndToken && IsConnector(text, tokens, end) && Chars.IsCapitalisedWord(text, tokens[end + 1])) end += 2;
                    else break;
                }

                AddRun(document, tokens, i, end, names, unknownSingles, recognized);
                i = end;
            }
        }

        if (unknownSingles.Count > 0) AddUnknownSingles(document, unknownSingles, names, recognized);
        return [.. names];
    }

    /// <summary>The recogniser's type of each token inside one of its names, or null; all null when it is not used.</summary>
    private EntityType?[] RecognizedTypes(Document document)
    {
        var types = new EntityType?[document.TokenSpan.Length];
        foreach (var name in document.NamedEntities)
        {
            for (var k = name.FirstToken; k < name.EndToken; k++) types[k] = name.Type;
        }

        return types;
    }

    /// <summary>
    /// Types lone capitalised words the lexicon could not, from the article around them: part of a person's full
    /// name elsewhere ("Ban" after "Ban Ki-moon"), a possessor of a title ("Norland’s Foreign Minister"), after a
    /// place preposition ("in Velmora"), or an unknown word that opens a clause after a quote or comma
    /// ("”, Brandt said").
    /// </summary>
    private void AddUnknownSingles(Document document, List<int> unknownSingles, List<NameSpan> names, EntityType?[] recognized)
    {
        var tokens = document.TokenSpan;
        var personWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (name.Type != EntityType.Person || name.EndToken - name.FirstToken < 2) continue;
            for (var k = name.FirstToken; k < name.EndToken; k++) personWords.Add(document.Text[tokens[k].Start..tokens[k].End]);
        }

        var personLookup = personWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var typedHere = new Dictionary<string, EntityType>(StringComparer.Ordinal);
        var untyped = new List<int>();
        var added = false;
        foreach (var k in unknownSingles)
        {
            var type = personLookup.Contains(document.CharsOf(tokens[k])) ? EntityType.Person : ContextType(document, tokens, k);
            if (type is not { } found)
            {
                untyped.Add(k);
                continue;
            }

            typedHere.TryAdd(document.Text[tokens[k].Start..tokens[k].End], found);
            names.Add(new NameSpan(tokens[k].Start, tokens[k].End, k, k + 1, found));
            added = true;
        }

        // Another occurrence of the word told us its type ("in Velmora"); a word the lexicon has never seen is a
        // name of unknown type rather than nothing.
        var typedLookup = typedHere.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var k in untyped)
        {
            var word = document.CharsOf(tokens[k]);
            EntityType? type = typedLookup.TryGetValue(word, out var known) ? known
                : lexicon.Token(word).Total > 0 ? null
                : IsNationality(document, tokens, k) ? EntityType.Norp
                : recognized[k] ?? EntityType.Other;
            if (type is not { } found) continue;
            names.Add(new NameSpan(tokens[k].Start, tokens[k].End, k, k + 1, found));
            added = true;
        }

        if (added) names.Sort((a, b) => a.Span.CompareTo(b.Span));
    }

    /// <summary>"Norland’s Foreign Minister": a word whose possessive is followed by a title.</summary>
    private static bool PossessesTitle(Document document, ReadOnlySpan<Token> tokens, int k) =>
        k + 2 < tokens.Length && document.CharsOf(tokens[k + 1]) is "’s" or "'s"
        && (TitleLexicon.IsRole(document.CharsOf(tokens[k + 2])) || TitleLexicon.IsQualifier(document.CharsOf(tokens[k + 2])));

    private EntityType? ContextType(Document document, ReadOnlySpan<Token> tokens, int k)
    {
        var previous = k > 0 ? document.CharsOf(tokens[k - 1]) : [];
        var next = k + 1 < tokens.Length ? document.CharsOf(tokens[k + 1]) : [];
        if (PossessesTitle(document, tokens, k)) return EntityType.Place;
        var afterAccordingTo = previous is "to" && k > 1 && document.CharsOf(tokens[k - 2]).Equals("according", StringComparison.OrdinalIgnoreCase);
        if (IsPlacePreposition(previous) && !afterAccordingTo) return EntityType.Place;
        var opensClause = k > 0 && (tokens[k - 1].Kind == TokenKind.QuoteMark || previous is ",");
        var unknown = lexicon.Token(document.CharsOf(tokens[k])).Total == 0;
        return unknown && opensClause && next.Length > 0 && char.IsLower(next[0]) ? EntityType.Person : null;
    }

    private void AddRun(Document document, ReadOnlySpan<Token> tokens, int first, int end, List<NameSpan> names, List<int> unknownSingles, EntityType?[] recognized)
    {
        var text = document.Text;
        var nameStart = TitlePrefixEnd(text, tokens, first, end);
        var hasTitle = nameStart > first;
        if (hasTitle)
        {
            // Names inside the title (the "UN" of "UN Secretary General") are names too.
            for (var k = first; k < nameStart; k++)
            {
                var word = document.CharsOf(tokens[k]);
                if (TitleLexicon.IsRole(word) || TitleLexicon.IsQualifier(word) && !IsAcronym(word)) continue;
                var evidence = lexicon.Token(word);
                if (evidence.BestType() is { } type) names.Add(new NameSpan(tokens[k].Start, tokens[k].End, k, k + 1, type));
            }
        }

        if (nameStart >= end) return;
        var typeOfName = Classify(document, tokens, nameStart, end, hasTitle || PrecededByRole(document, tokens, nameStart), recognized);
        if (typeOfName is not { } nameType)
        {
            unknownSingles.Add(nameStart);
            return;
        }

        names.Add(new NameSpan(tokens[nameStart].Start, tokens[end - 1].End, nameStart, end, nameType));
    }

    /// <summary>The index of the first token after a leading title ("US Secretary of State", "Foreign Minister").</summary>
    private static int TitlePrefixEnd(string text, ReadOnlySpan<Token> tokens, int first, int end)
    {
        var lastRole = -1;
        for (var k = first; k < end - 1; k++)
        {
            var word = text.AsSpan(tokens[k].Start, tokens[k].Length);
            if (TitleLexicon.IsRole(word)) lastRole = k;
            else if (word.SequenceEqual("of") && lastRole == k - 1) k++; // Secretary of State
            else if (!TitleLexicon.IsQualifier(word) && !IsAcronym(word)) break;
        }

        return lastRole < 0 ? first : FirstNonTitle(text, tokens, lastRole + 1, end);
    }

    private static int FirstNonTitle(string text, ReadOnlySpan<Token> tokens, int k, int end)
    {
        // "Secretary of State John Kerry": skip the "of State" that completes the role.
        if (k + 1 < end && text.AsSpan(tokens[k].Start, tokens[k].Length).SequenceEqual("of")) return k + 2;
        return k;
    }

    private EntityType? Classify(Document document, ReadOnlySpan<Token> tokens, int first, int end, bool titled, EntityType?[] recognized)
    {
        var name = document.Text.AsSpan(tokens[first].Start, tokens[end - 1].End - tokens[first].Start);
        if (titled) return EntityType.Person;
        if (IsDateline(document, tokens, first, end) || IsPlaceWord(document.CharsOf(tokens[end - 1])) || end - first > 1 && PlaceHeadsLookup.Contains(document.CharsOf(tokens[first])))
            return EntityType.Place;
        var key = IsSingleSpaced(document, tokens, first, end) ? name : SingleSpacedCopy(document, tokens, first, end);
        if (end - first > 1 && lexicon.Span(key).BestType() is { } spanType) return spanType;
        for (var k = first; k < end; k++)
        {
            if (TitleLexicon.IsOrganizationWord(document.CharsOf(tokens[k])) && k > first) return EntityType.Organization;
        }

        var person = 0;
        var organization = 0;
        var place = 0;
        var norp = 0;
        var other = 0;
        for (var k = first; k < end; k++)
        {
            var evidence = lexicon.Token(document.CharsOf(tokens[k]));
            var weight = k == end - 1 ? 2 : 1; // the last word heads an English name
            person += evidence.Person * weight;
            organization += evidence.Organization * weight;
            place += evidence.Place * weight;
            norp += evidence.Norp * weight;
            other += evidence.Other * weight;
        }

        var votes = new NameEvidence(person, organization, place, norp, other);
        if (votes.Named > 0 && votes.Named * 2 >= votes.Other) return votes.BestType();
        if (IsAcronym(name)) return EntityType.Organization;
        // A single word is typed later, from the rest of the article first; a longer name by the recogniser here.
        if (end - first >= 2) return recognized[end - 1] ?? EntityType.Person;
        return null;
    }

    private bool StartsName(Document document, ReadOnlySpan<Token> tokens, int i, Sentence sentence, HashSet<string> midSentenceCapitals, bool afterOpeningMark)
    {
        var word = document.CharsOf(tokens[i]);
        if (IsNever(document.Text, tokens[i])) return false;
        // After an opening quotation mark or a dash (as after a dateline) a word is capitalised as at a sentence start.
        var atStart = i == sentence.FirstToken || afterOpeningMark
            || Chars.IsDash(document.Text[tokens[i - 1].Start]);
        if (!atStart) return true;
        var evidence = lexicon.Token(word);
        // Sentence-initial words are often capitalised common words the silver NER mislabelled now and then.
        if (evidence.Named > evidence.Other && (IsAcronym(word) || evidence.Named > 3 * evidence.Other)) return true;
        if (TitleLexicon.IsRole(word) || TitleLexicon.IsQualifier(word))
        {
            // "Secretary of State Lara Quist" opens a sentence with a title.
            var next = i + 1;
            if (next + 1 < sentence.EndToken && document.CharsOf(tokens[next]) is "of") next++;
            return next < sentence.EndToken && Chars.IsCapitalisedWord(document.Text, tokens[next]);
        }

        if (evidence.Other > 0) return false;
        return midSentenceCapitals.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
            || i + 1 < sentence.EndToken && Chars.IsCapitalisedWord(document.Text, tokens[i + 1])
            || PossessesTitle(document, tokens, i);
    }

    /// <summary>Capitalised words seen after the first word of a sentence: evidence that they are names here.</summary>
    private static HashSet<string> CapitalisedMidSentence(Document document)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
        var tokens = document.TokenSpan;
        foreach (var sentence in document.Sentences)
        {
            for (var k = sentence.FirstToken + 1; k < sentence.EndToken; k++)
            {
                if (Chars.IsCapitalisedWord(document.Text, tokens[k]) && tokens[k - 1].Kind == TokenKind.Word) lookup.Add(document.CharsOf(tokens[k]));
            }
        }

        return set;
    }

    /// <summary>A singular role right before the name ("president Mahmoud Abbas"); a plural one ("officials") titles no one person.</summary>
    private static bool PrecededByRole(Document document, ReadOnlySpan<Token> tokens, int first)
    {
        if (first == 0) return false;
        var word = document.CharsOf(tokens[first - 1]);
        return TitleLexicon.IsRole(word) && !word.EndsWith('s');
    }

    private static bool IsNever(string text, Token token) => NeverNamesLookup.Contains(text.AsSpan(token.Start, token.Length));

    private static bool IsConnector(string text, ReadOnlySpan<Token> tokens, int k) =>
        ConnectorsLookup.Contains(text.AsSpan(tokens[k].Start, tokens[k].Length));

    /// <summary>"Dravian officials": an unknown word with a nationality ending before a common noun.</summary>
    private static bool IsNationality(Document document, ReadOnlySpan<Token> tokens, int k)
    {
        var word = document.CharsOf(tokens[k]);
        var nationalEnding = word.EndsWith("an") || word.EndsWith("ese") || word.EndsWith("ish");
        return nationalEnding && k + 1 < tokens.Length && tokens[k + 1].Kind == TokenKind.Word && char.IsLower(document.Text[tokens[k + 1].Start]);
    }

    /// <summary>The name's words joined by single spaces, as the lexicon stores multi-word names.</summary>
    private static string SingleSpacedCopy(Document document, ReadOnlySpan<Token> tokens, int first, int end)
    {
        var words = new string[end - first];
        for (var k = first; k < end; k++) words[k - first] = document.Text[tokens[k].Start..tokens[k].End];
        return string.Join(' ', words);
    }

    private static bool IsSingleSpaced(Document document, ReadOnlySpan<Token> tokens, int first, int end)
    {
        for (var k = first + 1; k < end; k++)
        {
            var gap = tokens[k].Start - tokens[k - 1].End;
            if (gap > 1 || gap == 1 && document.Text[tokens[k - 1].End] != ' ') return false;
        }

        return true;
    }

    private static bool IsPlaceWord(ReadOnlySpan<char> word) => PlaceTailsLookup.Contains(word);

    /// <summary>A dateline: capitals before a dash at the start of a story, "PORT HALDEN —".</summary>
    private static bool IsDateline(Document document, ReadOnlySpan<Token> tokens, int first, int end)
    {
        if (end >= tokens.Length || !Chars.IsDash(document.Text[tokens[end].Start])) return false;
        for (var k = first; k < end; k++)
        {
            foreach (var c in document.CharsOf(tokens[k]))
            {
                if (char.IsLower(c)) return false;
            }
        }

        return true;
    }

    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || word.Length > 6) return false;
        foreach (var c in word)
        {
            if (!char.IsUpper(c) && c != '.') return false;
        }

        return true;
    }

    private static bool IsPlacePreposition(ReadOnlySpan<char> word) =>
        word is "in" or "to" or "from" or "at" or "near" or "across" or "outside" or "inside" or "into";
}
