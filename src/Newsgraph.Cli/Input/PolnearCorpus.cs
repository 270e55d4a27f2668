using Newsgraph.Core.Evaluation;

namespace Newsgraph.Cli.Input;

/// <summary>
/// Reads PolNeAR's gold attributions and texts the same way for evaluation and training, and texts the same way as
/// <c>extract</c> does, so gold offsets and our offsets always index the same string.
/// </summary>
internal static class PolnearCorpus
{
    /// <summary>
    /// Each article with a text and gold annotations, in ordinal order, with the alphabetically first annotator's file.
    /// </summary>
    public static IReadOnlyList<(string Article, string AnnotationPath)> GoldFiles(string goldDir, string textDir) =>
        [.. PolnearSplit.FirstAnnotatorFiles(Directory.EnumerateFiles(goldDir, "*.ann").Select(Path.GetFileName).OfType<string>())
            .Where(entry => File.Exists(TextPath(textDir, entry.Key)))
            .Select(entry => (entry.Key, Path.Combine(goldDir, entry.Value)))];

    /// <summary>An article's text, read strictly as <c>extract</c> reads it; a bad text is a <see cref="BadInputException"/>.</summary>
    public static string ReadText(string textDir, string article) => ArticleReader.ReadText(TextPath(textDir, article));

    private static string TextPath(string textDir, string article) => Path.Combine(textDir, article + ArticleReader.Extension);
}
