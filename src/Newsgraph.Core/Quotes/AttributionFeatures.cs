using Newsgraph.Core.Tagging;
using Newsgraph.Core.Text;

namespace Newsgraph.Core.Quotes;

/// <summary>Receives the features of one decision; a struct sink lets scoring sum weights without allocating.</summary>
internal interface IFeatureSink
{
    void Add(FeatureHash feature);
}

/// <summary>
/// The features of the attribution model's two decisions, shared by training and scoring: whether a word outside
/// quotation marks is a cue, and where the content after a cue ends. Words are lower-cased into a stack buffer;
/// part-of-speech tags come from the tagger's layer.
/// </summary>
internal static class AttributionFeatures
{
    /// <summary>Longer words are never cues and are hashed as one placeholder.</summary>
    public const int MaxWordLength = 32;

    /// <summary>The key of every word longer than <see cref="MaxWordLength"/>.</summary>
    public static readonly WordKey LongWord = FeatureHash.KeyOf("<long>");

    private static readonly WordKey SentenceBefore = FeatureHash.KeyOf("<s>");
    private static readonly WordKey SentenceAfter = FeatureHash.KeyOf("</s>");
    private static readonly WordKey AtLimit = FeatureHash.KeyOf("</limit>");
    private static readonly WordKey RightAfterCue = FeatureHash.KeyOf("<cue>");

    private static readonly FeatureHash Bias = FeatureHash.Of("bias");
    private static readonly FeatureHash WordTemplate = FeatureHash.Of("w");
    private static readonly FeatureHash WordTag = FeatureHash.Of("w|t");
    private static readonly FeatureHash Tag = FeatureHash.Of("t");
    private static readonly FeatureHash Previous = FeatureHash.Of("p1");
    private static readonly FeatureHash PreviousTag = FeatureHash.Of("p1t");
    private static readonly FeatureHash Next = FeatureHash.Of("n1");
    private static readonly FeatureHash NextTag = FeatureHash.Of("n1t");
    private static readonly FeatureHash SecondPrevious = FeatureHash.Of("p2");
    private static readonly FeatureHash SecondNext = FeatureHash.Of("n2");
    private static readonly FeatureHash WordNext = FeatureHash.Of("w|n1");
    private static readonly FeatureHash PreviousWord = FeatureHash.Of("p1|w");
    private static readonly FeatureHash TagNextTag = FeatureHash.Of("t|n1t");
    private static readonly FeatureHash WordNextTag = FeatureHash.Of("w|n1t");
    private static readonly FeatureHash Share = FeatureHash.Of("share");
    private static readonly FeatureHash WordShare = FeatureHash.Of("share|t");
    private static readonly FeatureHash SeenAsCue = FeatureHash.Of("ascue");
    private static readonly FeatureHash SentenceStart = FeatureHash.Of("first");
    private static readonly FeatureHash SentenceQuoted = FeatureHash.Of("quoted-sentence");
    private static readonly FeatureHash SubjectBefore = FeatureHash.Of("subject");
    private static readonly FeatureHash WordSubject = FeatureHash.Of("w|subject");
    private static readonly FeatureHash ThatLater = FeatureHash.Of("that-later");

    private static readonly FeatureHash EndAt = FeatureHash.Of("at");
    private static readonly FeatureHash EndAtTag = FeatureHash.Of("at-t");
    private static readonly FeatureHash EndLast = FeatureHash.Of("last");
    private static readonly FeatureHash EndLastTag = FeatureHash.Of("last-t");
    private static readonly FeatureHash EndAfter = FeatureHash.Of("after");
    private static readonly FeatureHash EndLength = FeatureHash.Of("len");
    private static readonly FeatureHash CueAt = FeatureHash.Of("cue|at");
    private static readonly FeatureHash CueAtTag = FeatureHash.Of("cue|at-t");
    private static readonly FeatureHash CueLength = FeatureHash.Of("cue|len");
    private static readonly FeatureHash LastTagAtTag = FeatureHash.Of("last-t|at-t");
    private static readonly FeatureHash AtAfter = FeatureHash.Of("at|after");
    private static readonly FeatureHash FirstAt = FeatureHash.Of("first|at");
    private static readonly FeatureHash FirstLength = FeatureHash.Of("first|len");
    private static readonly FeatureHash VerbAt = FeatureHash.Of("verb|at");
    private static readonly FeatureHash VerbLength = FeatureHash.Of("verb|len");
    private static readonly FeatureHash CueVerb = FeatureHash.Of("cue|verb");
    private static readonly FeatureHash CommasAt = FeatureHash.Of("commas|at");
    private static readonly FeatureHash QuoteInside = FeatureHash.Of("quote-inside");
    private static readonly FeatureHash RestAt = FeatureHash.Of("rest|at");
    private static readonly FeatureHash RestLength = FeatureHash.Of("rest-len|verb");
    private static readonly FeatureHash LastAt = FeatureHash.Of("last|at");

    private static readonly FeatureHash StartAt = FeatureHash.Of("s-at");
    private static readonly FeatureHash StartAtTag = FeatureHash.Of("s-at-t");
    private static readonly FeatureHash StartBefore = FeatureHash.Of("s-before");
    private static readonly FeatureHash StartBeforeTag = FeatureHash.Of("s-before-t");
    private static readonly FeatureHash StartSkipped = FeatureHash.Of("s-skipped");
    private static readonly FeatureHash CueStartAt = FeatureHash.Of("cue|s-at");
    private static readonly FeatureHash CueStartBefore = FeatureHash.Of("cue|s-before");
    private static readonly FeatureHash CueSkipped = FeatureHash.Of("cue|s-skipped");
    private static readonly FeatureHash BeforeAtTags = FeatureHash.Of("s-before-t|s-at-t");
    private static readonly FeatureHash SkippedTags = FeatureHash.Of("s-skipped-t");

    /// <summary>Most tokens a content's start lies after its cue: "calling on [...]", "has taken an interest in [...]".</summary>
    public const int MaxStartSkip = 6;

    /// <summary>
    /// The features of a content that starts at <paramref name="start"/> after the cue whose last token is
    /// <paramref name="cueLast"/>: the words skipped between them belong to the cue phrase or to an adjunct.
    /// </summary>
    public static void ContentStart<TSink>(QuoteContext context, Sentence sentence, int cueLast, int start, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        var cue = Key(context, sentence, cueLast);
        var at = Key(context, sentence, start);
        var before = start - 1 == cueLast ? RightAfterCue : Key(context, sentence, start - 1);
        var atTag = TagOf(context, sentence, start);
        var beforeTag = start - 1 == cueLast ? -2 : TagOf(context, sentence, start - 1);
        var skipped = start - cueLast - 1;
        var skippedTags = SkippedTags;
        for (var k = cueLast + 1; k < start; k++) skippedTags = skippedTags.With(TagOf(context, sentence, k));

        sink.Add(Bias);
        sink.Add(StartAt.With(at));
        sink.Add(StartAtTag.With(atTag));
        sink.Add(StartBefore.With(before));
        sink.Add(StartBeforeTag.With(beforeTag));
        sink.Add(StartSkipped.With(skipped));
        sink.Add(CueStartAt.With(cue).With(at));
        sink.Add(CueStartBefore.With(cue).With(before));
        sink.Add(CueSkipped.With(cue).With(skipped));
        sink.Add(BeforeAtTags.With(beforeTag).With(atTag));
        sink.Add(skippedTags.With(atTag));
    }

    /// <summary>The features of token <paramref name="token"/> of sentence <paramref name="sentenceIndex"/> as a cue candidate, with what the lexicon said of its word.</summary>
    public static void Cue<TSink>(QuoteContext context, CueCandidate candidate, int sentenceIndex, int token, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        var sentence = context.Document.Sentences[sentenceIndex];
        var (precision, asCue) = (candidate.Share, candidate.AsCue);
        var word = Key(context, sentence, token);
        var previous = Key(context, sentence, token - 1);
        var next = Key(context, sentence, token + 1);
        var secondPrevious = Key(context, sentence, token - 2);
        var secondNext = Key(context, sentence, token + 2);
        var tag = TagOf(context, sentence, token);
        var nextTag = TagOf(context, sentence, token + 1);

        sink.Add(Bias);
        sink.Add(WordTemplate.With(word));
        sink.Add(WordTag.With(word).With(tag));
        sink.Add(Tag.With(tag));
        sink.Add(Previous.With(previous));
        sink.Add(PreviousTag.With(TagOf(context, sentence, token - 1)));
        sink.Add(Next.With(next));
        sink.Add(NextTag.With(nextTag));
        sink.Add(SecondPrevious.With(secondPrevious));
        sink.Add(SecondNext.With(secondNext));
        sink.Add(WordNext.With(word).With(next));
        sink.Add(PreviousWord.With(previous).With(word));
        sink.Add(TagNextTag.With(tag).With(nextTag));
        sink.Add(WordNextTag.With(word).With(nextTag));
        var shareBin = (int)(precision * 10);
        sink.Add(Share.With(shareBin));
        sink.Add(WordShare.With(shareBin).With(tag));
        sink.Add(SeenAsCue.With(CountBin(asCue)));
        if (token == sentence.FirstToken) sink.Add(SentenceStart);
        if (context.HasQuotation(sentenceIndex)) sink.Add(SentenceQuoted);
        var subject = SubjectKind(context, sentence, token);
        sink.Add(SubjectBefore.With(subject));
        sink.Add(WordSubject.With(word).With(subject));
        if (HasThatWithin(context, sentence, token + 1, 6)) sink.Add(ThatLater);
    }

    /// <summary>
    /// The features of the content [<paramref name="first"/>, <paramref name="end"/>) after the cue whose last token
    /// is <paramref name="cueLast"/>; <paramref name="limit"/> is where the content must stop at the latest.
    /// </summary>
    public static void ContentEnd<TSink>(QuoteContext context, Sentence sentence, int cueLast, int first, int end, int limit, in SentenceCounts counts, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        var cue = Key(context, sentence, cueLast);
        var at = end >= limit ? AtLimit : Key(context, sentence, end);
        var last = Key(context, sentence, end - 1);
        var after = end >= limit ? AtLimit : Key(context, sentence, end + 1);
        var firstWord = Key(context, sentence, first);
        var atTag = end >= limit ? -2 : TagOf(context, sentence, end);
        var lastTag = TagOf(context, sentence, end - 1);
        var length = LengthBin(end - first);
        var hasVerb = counts.Verbs(first, end) > 0;
        var commas = counts.Commas(first, end);
        var hasQuote = counts.Quoted(first, end) > 0;
        var rest = counts.Verbs(end, limit) > 0 ? 1 : 0;

        sink.Add(Bias);
        sink.Add(EndAt.With(at));
        sink.Add(EndAtTag.With(atTag));
        sink.Add(EndLast.With(last));
        sink.Add(EndLastTag.With(lastTag));
        sink.Add(EndAfter.With(after));
        sink.Add(EndLength.With(length));
        sink.Add(CueAt.With(cue).With(at));
        sink.Add(CueAtTag.With(cue).With(atTag));
        sink.Add(CueLength.With(cue).With(length));
        sink.Add(LastTagAtTag.With(lastTag).With(atTag));
        sink.Add(AtAfter.With(at).With(after));
        sink.Add(FirstAt.With(firstWord).With(at));
        sink.Add(FirstLength.With(firstWord).With(length));
        sink.Add(VerbAt.With(hasVerb ? 1 : 0).With(at));
        sink.Add(VerbLength.With(hasVerb ? 1 : 0).With(length));
        sink.Add(CueVerb.With(cue).With(hasVerb ? 1 : 0));
        sink.Add(CommasAt.With(Math.Min(commas, 2)).With(at));
        if (hasQuote) sink.Add(QuoteInside);
        sink.Add(RestAt.With(rest).With(at));
        sink.Add(RestLength.With(LengthBin(limit - end)).With(rest).With(hasVerb ? 1 : 0));
        sink.Add(LastAt.With(last).With(at));
    }

    /// <summary>The key of the token's lower-cased word, or a boundary marker outside the sentence.</summary>
    private static WordKey Key(QuoteContext context, Sentence sentence, int token) =>
        token < sentence.FirstToken ? SentenceBefore : token >= sentence.EndToken ? SentenceAfter : context.WordKeys[token];

    private static int TagOf(QuoteContext context, Sentence sentence, int token) =>
        token < sentence.FirstToken || token >= sentence.EndToken ? -1 : (int)context.Document.PartOfSpeechSpan[token];

    private static int CountBin(int count) => count switch { 0 => 0, < 3 => 1, < 10 => 2, < 50 => 3, _ => 4 };

    private static int LengthBin(int length) => length switch { <= 4 => length, <= 6 => 5, <= 9 => 6, <= 14 => 7, <= 20 => 8, <= 30 => 9, _ => 10 };

    private static bool HasThatWithin(QuoteContext context, Sentence sentence, int from, int count)
    {
        for (var k = from; k < sentence.EndToken && k < from + count; k++)
        {
            if (context.Word(k) is "that") return true;
        }

        return false;
    }

    /// <summary>What stands just before the cue as its possible subject: 1 a person, 2 an organisation, 3 a pronoun, 0 none.</summary>
    private static int SubjectKind(QuoteContext context, Sentence sentence, int token)
    {
        for (var k = token - 1; k >= sentence.FirstToken && k >= token - 4; k--)
        {
            var mention = context.MentionAt(k);
            if (mention >= 0)
            {
                var found = context.Document.Mentions[mention];
                return found.Kind == Mentions.MentionKind.Pronoun ? 3 : found.Type == Mentions.EntityType.Person ? 1 : 2;
            }

            if (context.Document.TokenSpan[k].Kind != TokenKind.Word) return 0;
        }

        return 0;
    }
}

/// <summary>
/// Running counts of finite verbs, commas and quoted words over one sentence, so that a content's counts cost two
/// subtractions whichever end is tried. The buffer holds three counts per token plus one.
/// </summary>
internal readonly ref struct SentenceCounts
{
    private readonly Span<int> _prefix;
    private readonly int _first;

    public SentenceCounts(QuoteContext context, Sentence sentence, Span<int> buffer)
    {
        var length = sentence.EndToken - sentence.FirstToken;
        _prefix = buffer[..(3 * (length + 1))];
        _first = sentence.FirstToken;
        var tags = context.Document.PartOfSpeechSpan;
        _prefix[..3].Clear();
        for (var i = 0; i < length; i++)
        {
            var k = _first + i;
            _prefix[3 * (i + 1)] = _prefix[3 * i] + (tags[k].IsFiniteVerb() ? 1 : 0);
            _prefix[3 * (i + 1) + 1] = _prefix[3 * i + 1] + (context.Word(k) is "," ? 1 : 0);
            _prefix[3 * (i + 1) + 2] = _prefix[3 * i + 2] + (context.IsQuoted(k) ? 1 : 0);
        }
    }

    /// <summary>Ints a buffer needs for a sentence of <paramref name="tokens"/> tokens.</summary>
    public static int BufferLength(int tokens) => 3 * (tokens + 1);

    public int Verbs(int first, int end) => Count(first, end, 0);

    public int Commas(int first, int end) => Count(first, end, 1);

    public int Quoted(int first, int end) => Count(first, end, 2);

    private int Count(int first, int end, int kind) => _prefix[3 * (end - _first) + kind] - _prefix[3 * (first - _first) + kind];
}
