using System.CommandLine;
using System.Globalization;
using System.Text;
using Newsgraph.Core.Evaluation;
using Newsgraph.Core.Training;

namespace Newsgraph.Cli.Commands;

/// <summary>`newsgraph train &lt;model&gt;`: builds a model file from ../shared data; one subcommand per model.</summary>
internal static class TrainCommand
{
    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    public static Command Create() =>
        new("train", "Train model files from the shared corpora (dev split excluded).") { CreateCues() };

    private static Command CreateCues()
    {
        var data = new Option<string>("--data")
        {
            Description = "The shared data folder (../shared/data); reads polnear/metadata.tsv and polnear/train/{text,attributions}.",
            Required = true,
        };
        var output = new Option<string>("--out") { Description = "Folder to write cues.tsv and its model card cues.md into.", Required = true };
        var command = new Command("cues", "Count attribution cue words and phrases in PolNeAR train (dev split excluded).") { data, output };
        command.SetAction(parseResult =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            try
            {
                var written = TrainCues(parseResult.GetValue(data)!, parseResult.GetValue(output)!);
                if (written is null)
                {
                    error.WriteLine("No PolNeAR train data: expected polnear/metadata.tsv and polnear/train/{text,attributions} under --data.");
                    return 1;
                }

                parseResult.InvocationConfiguration.Output.WriteLine(
                    $"{written.Articles} articles: {written.WordCount} words, {written.PhraseCount} phrases -> {Path.Combine(parseResult.GetValue(output)!, "cues.tsv")}");
                return 0;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException)
            {
                error.WriteLine(exception.Message.ReplaceLineEndings(" "));
                return 1;
            }
        });
        return command;
    }

    /// <summary>Trains the cue lexicon and writes it with its card; null when the data folder lacks PolNeAR train.</summary>
    internal static CueLexiconCounts? TrainCues(string dataDir, string outputDir)
    {
        var polnear = Path.Combine(dataDir, "polnear");
        var metadataPath = Path.Combine(polnear, "metadata.tsv");
        var textDir = Path.Combine(polnear, "train", "text");
        var goldDir = Path.Combine(polnear, "train", "attributions");
        if (!File.Exists(metadataPath) || !Directory.Exists(textDir) || !Directory.Exists(goldDir)) return null;

        var split = PolnearSplit.FromMetadata(File.ReadAllText(metadataPath));
        var articles = EvalCommand.GoldFiles(goldDir, textDir)
            .Where(entry => split.Train.Contains(entry.Article))
            .Select(entry => (
                File.ReadAllText(Path.Combine(textDir, entry.Article + ".txt")),
                BratStandoff.Parse(File.ReadAllText(entry.AnnotationPath))))
            .ToArray();
        var lexicon = CueLexiconTrainer.Train(articles);

        Directory.CreateDirectory(outputDir);
        WriteAtomically(Path.Combine(outputDir, "cues.tsv"), lexicon.ToTsv());
        WriteAtomically(Path.Combine(outputDir, "cues.md"), ModelCard(lexicon, split));
        return lexicon;
    }

    /// <summary>Writes beside the target then renames, so a reader never sees a half-written model.</summary>
    private static void WriteAtomically(string path, string contents)
    {
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, contents, Utf8WithoutBom);
        File.Move(temporary, path, overwrite: true);
    }

    private static string ModelCard(CueLexiconCounts lexicon, PolnearSplit split)
    {
        var card = new StringBuilder();
        void Line(string line) => card.Append(line).Append('\n');
        string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

        Line("# Cue lexicon (cues.tsv)");
        Line("");
        Line("Which words and phrases report an attribution (\"said\", \"according to\", \"told reporters\"), counted from gold annotations.");
        Line("");
        Line("## Data");
        Line("");
        Line("PolNeAR v1.0, train compartment (`../shared/data/polnear/train`), gold attribution annotations in brat standoff.");
        Line("Where several annotators read an article, the alphabetically first annotator's file is used.");
        Line("The file holds counts of words and short phrases only, no corpus sentences; the news texts remain their publishers'.");
        Line("");
        Line("## Split");
        Line("");
        Line($"Train-compartment articles are sorted by (publication_date, filename); the last {Count(PolnearSplit.DevArticleCount)} are our dev split and are excluded here.");
        Line($"Articles counted: {Count(lexicon.Articles)} (of {Count(split.Train.Count)} in our training split; dev split: {Count(split.Dev.Count)}).");
        Line("");
        Line("## Contents");
        Line("");
        Line($"- `word` rows: {Count(lexicon.WordCount)}: a lowercased token (Newsgraph tokenizer); `as_cue` counts its tokens inside a gold cue span, `occurrences` all its tokens.");
        Line($"- `phrase` rows: {Count(lexicon.PhraseCount)}: a whole cue span of 2-4 tokens, lowercased and joined by spaces; `as_cue` counts cue spans equal to it, `occurrences` the same token sequence anywhere in the text.");
        Line($"- Only rows with `as_cue` >= {Count(CueLexiconTrainer.MinimumAsCue)} are kept. Rows are sorted by kind (word, phrase), `as_cue` descending, then form.");
        Line("");
        Line("## Retrain");
        Line("");
        Line("From the repository root:");
        Line("");
        Line("```");
        Line("dotnet run --project src/Newsgraph.Cli -- train cues --data ../shared/data --out models");
        Line("```");
        Line("");
        Line("The output is deterministic: the same data gives the same bytes.");
        return card.ToString();
    }
}
