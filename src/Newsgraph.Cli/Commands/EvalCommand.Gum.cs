using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Newsgraph.Cli.Input;
using Newsgraph.Core;
using Newsgraph.Core.Evaluation;
using Newsgraph.Core.Tagging;
using Newsgraph.Core.Training;
using Spectre.Console;

namespace Newsgraph.Cli.Commands;

/// <summary>`newsgraph eval gum`: part-of-speech accuracy and name span scores of our taggers on GUM's dev documents.</summary>
internal static partial class EvalCommand
{
    private static Command CreateGum()
    {
        var data = new Option<string>("--data") { Description = "The shared data folder (../shared/data); reads gum/*.conllu and gum/files.dev.", Required = true };
        var models = new Option<string?>("--models") { Description = "Folder with pos.bin and ner.bin to score instead of the models built into newsgraph." };
        var json = new Option<bool>("--json") { Description = "Print the figures as JSON instead of a table." };
        var errors = new Option<bool>("--errors") { Description = "Also list each name missed or wrongly predicted, one a line." };
        var command = new Command("gum", """
            Score the part-of-speech tagger (PTB and universal tags) and the entity recogniser (PERSON, ORG, PLACE span
            precision, recall and F1; exact spans) on GUM's dev documents (files.dev), which no model is trained on.

            Example:
              newsgraph eval gum --data ../shared/data
            """) { data, models, json, errors };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            try
            {
                var dev = TaggerCorpora.Gum(parseResult.GetValue(data)!, dev: true)
                    ?? throw new BadInputException($"No GUM data: expected gum/*.conllu and gum/files.dev under {parseResult.GetValue(data)}.");
                var (pos, entities) = LoadTaggers(parseResult.GetValue(models));
                var scores = TaggingEvaluation.Score(dev, pos, entities);
                if (parseResult.GetValue(errors)) WriteNameErrors(dev, pos, entities, output);
                if (parseResult.GetValue(json)) output.WriteLine(TaggingJson(scores));
                else WriteTaggingTable(scores, output);
                return (int)ExitCode.Success;
            }
            catch (Exception exception) when (exception is BadInputException or IOException or UnauthorizedAccessException or FormatException)
            {
                parseResult.InvocationConfiguration.Error.WriteLine(exception.Message.ReplaceLineEndings(" "));
                return (int)ExitCode.BadInput;
            }
        });
        return command;
    }

    private static (PerceptronTagger Pos, PerceptronTagger Entities) LoadTaggers(string? folder)
    {
        if (folder is null) return (Models.PartOfSpeech, Models.Entities);
        PerceptronModel Load(string file)
        {
            var path = Path.Combine(folder, file);
            if (!File.Exists(path)) throw new BadInputException($"{path}: no such model file.");
            return PerceptronModel.FromBytes(File.ReadAllBytes(path));
        }

        return (new PerceptronTagger(Load("pos.bin"), NameLexicon.Empty), new PerceptronTagger(Load("ner.bin"), Models.Names));
    }

    private static void WriteNameErrors(IReadOnlyList<TreebankSentence> sentences, PerceptronTagger pos, PerceptronTagger entities, TextWriter output)
    {
        foreach (var document in sentences.GroupBy(s => s.Document))
        {
            var tagged = document.Select(s => s.Words.Select(w => w.Form).ToArray()).Select(words => (words, SentenceTagging.TagWords(pos, words))).ToArray();
            var found = SentenceTagging.FindDocumentNames(entities, tagged);
            foreach (var (sentence, s) in document.Select((sentence, s) => (sentence, s)))
            {
                var words = tagged[s].words;
                var predicted = found[s].ToHashSet();
                var gold = sentence.Names.Select(n => (n.First, n.End, n.Type)).ToHashSet();
                string Show((int First, int End, Core.Mentions.EntityType Type) name) =>
                    $"{EntityLabels.TypeName(name.Type)} {string.Join(' ', words[name.First..name.End])}";
                foreach (var missed in gold.Except(predicted)) output.WriteLine($"missed\t{Show(missed)}\t{string.Join(' ', words)}");
                foreach (var wrong in predicted.Except(gold)) output.WriteLine($"wrong\t{Show(wrong)}\t{string.Join(' ', words)}");
            }
        }
    }

    private static string TaggingJson(TaggingScores scores)
    {
        object Names(NameCounts counts) => new { gold = counts.Gold, predicted = counts.Predicted, correct = counts.Correct, precision = Round(counts.Precision), recall = Round(counts.Recall), f1 = Round(counts.F1) };
        return JsonSerializer.Serialize(new
        {
            tokens = scores.Tokens,
            posAccuracy = Round(scores.PosAccuracy),
            universalAccuracy = Round(scores.UniversalAccuracy),
            person = Names(scores.Names[Core.Mentions.EntityType.Person]),
            org = Names(scores.Names[Core.Mentions.EntityType.Organization]),
            place = Names(scores.Names[Core.Mentions.EntityType.Place]),
            all = Names(scores.AllNames),
        });
    }

    private static void WriteTaggingTable(TaggingScores scores, TextWriter output)
    {
        var table = new Table().AddColumn("figure").AddColumn(new TableColumn("value").RightAligned());
        string Figure(double figure) => figure.ToString("0.0000", CultureInfo.InvariantCulture);
        table.AddRow("tokens", scores.Tokens.ToString(CultureInfo.InvariantCulture));
        table.AddRow("POS accuracy (PTB)", Figure(scores.PosAccuracy));
        table.AddRow("POS accuracy (universal, mapped)", Figure(scores.UniversalAccuracy));
        foreach (var (label, counts) in TaggingScores.ScoredTypes.Select(t => (EntityLabels.TypeName(t), scores.Names[t])).Append(("all", scores.AllNames)))
        {
            table.AddRow(Markup.Escape($"{label} P / R / F1 ({counts.Gold} gold)"), $"{Figure(counts.Precision)} / {Figure(counts.Recall)} / {Figure(counts.F1)}");
        }

        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) }).Write(table);
    }
}
