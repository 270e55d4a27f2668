using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Newsgraph.Core.Tests.Pipeline;

/// <summary>
/// Whatever the text, the default pipeline finishes, and every annotation is a well-formed span of that text.
/// Texts are drawn from news-like pieces (words, names, quotation marks of every kind, line breaks, punctuation)
/// so that random inputs reach the quote and mention logic, not only the tokenizer.
/// </summary>
public sealed class PipelinePropertyTests
{
    private static readonly string[] Pieces =
    [
        "said", "told", "according to", "Ivo Brandt", "Brandt", "the minister", "Foreign Minister", "he", "she", "The two",
        "“", "”", "\"", "''", "‘", "’", "'s", ",", ".", ":", ";", "—", "…", "...", "\n", "\n\n", " ", "  ", "on Monday",
        "Velmora", "U.S.", "Dr.", "that", "the harbour will reopen", "(", ")", "\t", "é", "🙂", "1,200", "3 p.m.",
    ];

    private static Arbitrary<string> NewsLikeText() =>
        Gen.Elements(Pieces).ArrayOf().Select(parts => string.Join(" ", parts)).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property EveryAnnotationIsASpanOfTheText() => Prop.ForAll(NewsLikeText(), text =>
    {
        var document = NewsgraphPipelines.Default.Process(text, "p", new DateOnly(2014, 7, 23));
        var spans = document.Tokens.Select(t => t.Span)
            .Concat(document.Sentences.Select(s => s.Span))
            .Concat(document.Paragraphs.Select(p => p.Span))
            .Concat(document.Mentions.Select(m => m.Span))
            .Concat(document.Mentions.Where(m => m.Title is not null).Select(m => m.Title!.Value))
            .Concat(document.Quotes.SelectMany(q => q.Parts.Append(q.Content)))
            .Concat(document.Quotes.Where(q => q.Cue is not null).Select(q => q.Cue!.Value))
            .Concat(document.Quotes.Where(q => q.Source is not null).Select(q => q.Source!.Value))
            .Concat(document.Timexes.Select(t => t.Span));
        return spans.All(span => span.Start >= 0 && span.Start < span.End && span.End <= text.Length
                && !char.IsLowSurrogate(text[span.Start]) && !char.IsHighSurrogate(text[span.End - 1]))
            && document.Quotes.All(q => q.Parts.All(part => q.Content.Contains(part)))
            && document.Quotes.All(q => q.Speakers.All(s => s >= 0 && s < document.Entities.Count));
    });

    [Property(MaxTest = 300)]
    public Property TokensAreOrderedAndSentencesCoverThem() => Prop.ForAll(NewsLikeText(), text =>
    {
        var document = NewsgraphPipelines.Default.Process(text);
        var tokens = document.Tokens;
        var ordered = tokens.Zip(tokens.Skip(1)).All(pair => pair.First.End <= pair.Second.Start);
        var covered = document.Sentences.Sum(s => s.TokenCount) == tokens.Count
            && document.Sentences.Zip(document.Sentences.Skip(1)).All(pair => pair.First.EndToken == pair.Second.FirstToken);
        return ordered && covered;
    });

    [Property(MaxTest = 100)]
    public Property TheSameTextGivesTheSameAnnotations() => Prop.ForAll(NewsLikeText(), text =>
    {
        var first = NewsgraphPipelines.Default.Process(text);
        var second = NewsgraphPipelines.Default.Process(text);
        return first.Quotes.SequenceEqual(second.Quotes) && first.Mentions.SequenceEqual(second.Mentions)
            && first.Entities.Select(e => e.Name).SequenceEqual(second.Entities.Select(e => e.Name));
    });
}
