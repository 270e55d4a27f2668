using Newsgraph.Core.Mentions;
using Newsgraph.Core.Text;

namespace Newsgraph.Core.Quotes;

/// <summary>
/// Finds the source phrase of a cue: the subject before it (skipping adverbs, auxiliaries, time phrases and
/// parentheticals between commas), the inverted subject after it ("said Kerry"), the subject of the clause a
/// participle hangs from (", saying"), or the object of "according to".
/// </summary>
internal static class SourceFinder
{
    private static readonly HashSet<string> SkippedBeforeCue = new(StringComparer.OrdinalIgnoreCase)
    {
        "also", "has", "have", "had", "will", "would", "could", "may", "might", "did", "does", "do", "not", "never",
        "previously", "later", "then", "again", "recently", "repeatedly", "once", "reportedly", "publicly", "privately",
        "initially", "first", "further", "quickly", "often", "frequently", "already", "even", "still", "just", "long",
        "was", "is", "are", "were", "been", "be", "simply", "flatly", "openly", "explicitly", "strongly",
        "clearly", "directly", "specifically", "subsequently", "ultimately", "finally", "now", "always", "n't",
    };

    private static readonly HashSet<string> TimeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
        "week", "month", "year", "night", "morning", "afternoon", "evening", "weekend",
    };

    private static readonly HashSet<string> TimeLeaders = new(StringComparer.OrdinalIgnoreCase) { "on", "last", "this", "earlier", "late", "early", "in" };

    private static readonly HashSet<string> Boundaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "and", "but", "because", "which", "when", "while", "as", "if", "so", "than", "where", "after",
        "before", "since", "although", "though", "or", "nor", "yet", "whether", "until", "unless", "once", "what",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Skipped = SkippedBeforeCue.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Times = TimeWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Leaders = TimeLeaders.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Stops = Boundaries.GetAlternateLookup<ReadOnlySpan<char>>();

    private const int MaxSourceTokens = 9;

    /// <summary>Long enough for ", the founder of a group that encourages libertarians to move to New Hampshire,".</summary>
    private const int MaxParentheticalTokens = 30;

    private static readonly HashSet<string> ParentheticalOpenerWords = new(StringComparer.Ordinal)
    {
        "who", "whose", "which", "the", "a", "an", "now", "then", "himself", "herself", "both", "all", "each", "in",
        "at", "during", "speaking", "like", "unlike", "also", "once", "formerly", "citing", "meanwhile", "however",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ParentheticalOpeners = ParentheticalOpenerWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words of a time phrase: "Tuesday", "on", "last", "week".</summary>
    public static bool IsTimeWord(ReadOnlySpan<char> word) => Times.Contains(word) || Leaders.Contains(word);

    /// <summary>Adverbs and auxiliaries that stand between a subject and its cue: "also", "has", "repeatedly".</summary>
    public static bool IsSkippedBeforeCue(ReadOnlySpan<char> word) => Skipped.Contains(word);

    /// <summary>The subject before a cue: "US Secretary of State John Kerry on Wednesday said".</summary>
    public static TextSpan? Before(QuoteContext context, Sentence sentence, int cueFirst)
    {
        var k = cueFirst - 1;
        while (k >= sentence.FirstToken)
        {
            var word = context.Word(k);
            // Listed auxiliaries and adverbs, and any word tagged an adverb: "possibly calling", "eventually discussing".
            if (Skipped.Contains(word) || context.Document.PartOfSpeechSpan[k] is Tagging.PennTag.Rb) k--;
            else if (Times.Contains(word)) k -= k - 1 >= sentence.FirstToken && Leaders.Contains(context.Word(k - 1)) ? 2 : 1;
            else if (word.SequenceEqual(",") && TryParenthetical(context, sentence, k, out var before)) k = before;
            else if (word is ")" or "—" or "―" && TryBracketed(context, sentence, k, out var opening)) k = opening;
            else break;
        }

        if (k < sentence.FirstToken || context.IsQuoted(k)) return null;
        // "a spokesman, who said ...": PolNeAR marks the relative pronoun itself as the source.
        if (context.Word(k) is "who" or "which") return context.SpanOf(k, k + 1);
        return PhraseEndingAt(context, sentence, k);
    }

    /// <summary>The subject after a cue, as in "..., said Kerry" or "..., said a spokesman for the campaign".</summary>
    public static TextSpan? After(QuoteContext context, Sentence sentence, int cueEnd)
    {
        var k = cueEnd;
        if (k >= sentence.EndToken || context.IsQuoted(k)) return null;
        var mention = context.MentionAt(k);
        if (mention >= 0) return WithTitle(context, mention);
        var end = k;
        while (end < sentence.EndToken && end < k + MaxSourceTokens && context.Document.TokenSpan[end].Kind == TokenKind.Word && !Stops.Contains(context.Word(end))) end++;
        return end > k && IsNounPhraseStart(context.Word(k)) ? context.SpanOf(k, end) : null;
    }

    /// <summary>The subject of the clause a participle cue hangs from: "Kerry also offered a message, saying ...".</summary>
    public static TextSpan? ClauseSubject(QuoteContext context, Sentence sentence, int cueFirst)
    {
        for (var k = sentence.FirstToken; k < cueFirst; k++)
        {
            if (context.IsQuoted(k)) continue;
            var mention = context.MentionAt(k);
            if (mention >= 0 && context.Document.Mentions[mention].Type == EntityType.Person) return WithTitle(context, mention);
        }

        return Before(context, sentence, ClauseStart(context, sentence, cueFirst));
    }

    /// <summary>The phrase after "according to", up to the next comma or the sentence's end.</summary>
    public static TextSpan? AccordingTo(QuoteContext context, Sentence sentence, int cueEnd, out int phraseEnd)
    {
        phraseEnd = cueEnd;
        while (phraseEnd < sentence.EndToken && phraseEnd < cueEnd + 12 && context.Document.TokenSpan[phraseEnd].Kind is TokenKind.Word or TokenKind.Number) phraseEnd++;
        return phraseEnd > cueEnd ? context.SpanOf(cueEnd, phraseEnd) : null;
    }

    private static int ClauseStart(QuoteContext context, Sentence sentence, int cueFirst)
    {
        var k = cueFirst - 1;
        while (k > sentence.FirstToken && context.Word(k) is not ",") k--;
        return k;
    }

    private static TextSpan? PhraseEndingAt(QuoteContext context, Sentence sentence, int last)
    {
        var mention = context.MentionAt(last);
        if (mention >= 0) return WithTitle(context, mention);
        var tokens = context.Document.TokenSpan;
        if (tokens[last].Kind != TokenKind.Word || Stops.Contains(context.Word(last))) return null;
        var first = last;
        while (first - 1 >= sentence.FirstToken && first > last - MaxSourceTokens)
        {
            var previous = tokens[first - 1];
            var word = context.Word(first - 1);
            if (previous.Kind is not (TokenKind.Word or TokenKind.Number) || Stops.Contains(word) || context.IsQuoted(first - 1)) break;
            first--;
        }

        var phraseMention = context.MentionAt(first);
        // A phrase that starts inside a titled name takes the whole title: "[Foreign Minister] Ana Torres".
        if (phraseMention >= 0) first = Math.Min(first, context.Document.TokenIndexAt(WithTitle(context, phraseMention).Start));
        return context.SpanOf(first, last + 1);
    }

    /// <summary>A name mention with its title before it: "UK Foreign Secretary Philip Hammond".</summary>
    private static TextSpan WithTitle(QuoteContext context, int mention)
    {
        var m = context.Document.Mentions[mention];
        return m.Title is { } title && title.End <= m.Span.Start ? new TextSpan(title.Start, m.Span.End) : m.Span;
    }

    /// <summary>
    /// "Sen. Chris Murphy (a Connecticut Democrat) says", "Officials — including the director — argued": an aside in
    /// brackets or dashes between a subject and its cue; <paramref name="beforeOpening"/> is the token before it.
    /// </summary>
    private static bool TryBracketed(QuoteContext context, Sentence sentence, int closing, out int beforeOpening)
    {
        beforeOpening = -1;
        var close = context.Word(closing);
        for (var k = closing - 1; k > sentence.FirstToken && closing - k <= MaxParentheticalTokens; k--)
        {
            var word = context.Word(k);
            if (close is ")" ? word is not "(" : !word.SequenceEqual(close)) continue;
            beforeOpening = k - 1;
            return true;
        }

        return false;
    }

    /// <summary>", who ...,", ", the campaign's manager," or ", in her dissent," between a subject and its cue.</summary>
    private static bool TryParenthetical(QuoteContext context, Sentence sentence, int closingComma, out int beforeOpening)
    {
        beforeOpening = -1;
        var k = closingComma - 1;
        while (k > sentence.FirstToken && context.Word(k) is not ("," or "(" or "—")) k--;
        if (k <= sentence.FirstToken || k + 1 >= closingComma || closingComma - k > MaxParentheticalTokens) return false;
        var opener = context.Word(k + 1);
        var openerToken = context.Document.TokenSpan[k + 1];
        var isParenthetical = ParentheticalOpeners.Contains(opener) || TitleLexicon.IsRole(opener) || TitleLexicon.IsQualifier(opener)
            || openerToken.Kind == TokenKind.Number || Chars.IsCapitalisedWord(context.Document.Text, openerToken);
        if (!isParenthetical) return false;
        beforeOpening = k - 1;
        return true;
    }

    private static bool IsNounPhraseStart(ReadOnlySpan<char> word) =>
        word is "the" or "a" or "an" or "his" or "her" or "their" or "its" or "one" or "two" or "several" or "many" or "some"
        || word.Length > 0 && char.IsUpper(word[0]);
}
