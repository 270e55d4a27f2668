using Newsgraph.Core.Mentions;

namespace Newsgraph.Core.Quotes;

/// <summary>Per-document lookups shared by the attribution steps: which tokens are quoted, which mention covers a token.</summary>
internal sealed class QuoteContext
{
    private readonly int[] _quotationOfToken;
    private readonly int[] _mentionOfToken;
    private WordKey[]? _wordKeys;
    private bool[]? _sentenceQuoted;

    public QuoteContext(Document document)
    {
        Document = document;
        var tokens = document.TokenSpan;
        _quotationOfToken = new int[tokens.Length];
        Array.Fill(_quotationOfToken, -1);
        var quotations = document.Quotations;
        for (var q = 0; q < quotations.Count; q++)
        {
            for (var k = quotations[q].FirstToken; k < quotations[q].EndToken; k++) _quotationOfToken[k] = q;
        }

        _mentionOfToken = new int[tokens.Length];
        Array.Fill(_mentionOfToken, -1);
        var mentions = document.Mentions;
        var t = 0;
        for (var m = 0; m < mentions.Count; m++)
        {
            var span = mentions[m].Span;
            while (t < tokens.Length && tokens[t].End <= span.Start) t++;
            for (var k = t; k < tokens.Length && tokens[k].Start < span.End; k++) _mentionOfToken[k] = m;
        }
    }

    public Document Document { get; }

    public bool IsQuoted(int token) => _quotationOfToken[token] >= 0;

    public int MentionAt(int token) => _mentionOfToken[token];

    /// <summary>True when any token of [first, end) lies inside a quotation (its marks included).</summary>
    public bool AnyQuoted(int first, int end) => _quotationOfToken.AsSpan(first, end - first).ContainsAnyExcept(-1);

    /// <summary>True when every token of [first, end) lies inside a quotation (its marks included).</summary>
    public bool AllQuoted(int first, int end) => !_quotationOfToken.AsSpan(first, end - first).Contains(-1);

    public ReadOnlySpan<char> Word(int token) => Document.CharsOf(Document.TokenSpan[token]);

    /// <summary>The key of each token's lower-cased word, built on first use: the attribution model's features read these.</summary>
    public ReadOnlySpan<WordKey> WordKeys => _wordKeys ??= BuildWordKeys();

    /// <summary>Whether a sentence holds a quoted word, for each sentence, built on first use.</summary>
    public bool HasQuotation(int sentence) => (_sentenceQuoted ??= BuildSentenceQuoted())[sentence];

    private bool[] BuildSentenceQuoted()
    {
        var sentences = Document.Sentences;
        var quoted = new bool[sentences.Count];
        for (var s = 0; s < quoted.Length; s++)
        {
            for (var k = sentences[s].FirstToken; k < sentences[s].EndToken && !quoted[s]; k++) quoted[s] = IsQuoted(k);
        }

        return quoted;
    }

    private WordKey[] BuildWordKeys()
    {
        var tokens = Document.TokenSpan;
        var keys = new WordKey[tokens.Length];
        Span<char> lower = stackalloc char[AttributionFeatures.MaxWordLength];
        for (var k = 0; k < tokens.Length; k++)
        {
            var word = Document.CharsOf(tokens[k]);
            keys[k] = word.Length > lower.Length ? AttributionFeatures.LongWord : FeatureHash.KeyOf(lower[..word.ToLowerInvariant(lower)]);
        }

        return keys;
    }

    public TextSpan SpanOf(int firstToken, int endToken) =>
        new(Document.TokenSpan[firstToken].Start, Document.TokenSpan[endToken - 1].End);

    /// <summary>
    /// The people a group source stands for: "The two" or "the three" after a sentence that names exactly that many
    /// people outside quotations. Empty when the source is not such a group or the count does not fit.
    /// </summary>
    public IReadOnlyList<int> GroupOf(TextSpan? source)
    {
        if (source is not { } span) return [];
        var mentions = Document.Mentions;
        for (var m = FirstMentionEndingAfter(span.Start); m < mentions.Count && mentions[m].Span.Start < span.End; m++)
        {
            var mention = mentions[m];
            if (mention.Kind != MentionKind.Nominal || mention.Number != GrammaticalNumber.Plural) continue;
            var lastToken = Document.TokenIndexAt(mention.Span.End - 1);
            var size = GroupNominals.SizeOf(Document.CharsOf(Document.TokenSpan[lastToken]));
            if (size > 0 && mention.Sentence > 0) return PeopleIn(mention.Sentence - 1, size);
        }

        return [];
    }

    private int[] PeopleIn(int sentence, int size)
    {
        var people = new List<int>();
        var mentions = Document.Mentions;
        for (var m = 0; m < mentions.Count; m++)
        {
            if (mentions[m].Sentence != sentence || IsQuoted(Document.TokenIndexAt(mentions[m].Span.Start))) continue;
            var entity = Document.EntityOf(m);
            if (entity >= 0 && Document.Entities[entity].Type == EntityType.Person && !people.Contains(entity)) people.Add(entity);
        }

        return people.Count == size ? [.. people] : [];
    }

    /// <summary>The first mention that ends after <paramref name="offset"/>: mentions do not overlap, so their ends rise with their starts.</summary>
    public int FirstMentionEndingAfter(int offset)
    {
        var mentions = Document.Mentions;
        int lo = 0, hi = mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (mentions[mid].Span.End <= offset) lo = mid + 1;
            else hi = mid;
        }

        return lo;
    }

    /// <summary>The speaker a source span names: the first person among its mentions, else the first organisation.</summary>
    public int SpeakerOf(TextSpan? source)
    {
        if (source is not { } span) return -1;
        var mentions = Document.Mentions;
        var fallback = -1;
        for (var m = FirstMentionEndingAfter(span.Start); m < mentions.Count && mentions[m].Span.Start < span.End; m++)
        {
            var entity = Document.EntityOf(m);
            if (entity < 0) continue;
            var type = Document.Entities[entity].Type;
            if (type == EntityType.Person) return entity;
            // Organisations speak ("the ministry said"); places and nationalities in a source only describe it.
            if (type == EntityType.Organization && fallback < 0) fallback = entity;
        }

        return fallback;
    }
}
