using System.CommandLine;
using System.Globalization;
using System.Text;
using Newsgraph.Cli.Input;
using Newsgraph.Cli.Output;
using Newsgraph.Core;
using Newsgraph.Core.Events;
using Newsgraph.Core.Pipeline;

namespace Newsgraph.Cli.Commands;

/// <summary>`newsgraph code FILE.xml`: CAMEO events of each sentence of a PETRARCH input file, as PETRARCH-style TSV lines.</summary>
internal static class CodeCommand
{
    private const string Description = """
        Code the sentences of a PETRARCH input file (<Sentence date="YYYYMMDD" id="..."><Text>...</Text></Sentence>)
        with CAMEO events: one line per event, date<TAB>source<TAB>target<TAB>code<TAB>sentence-id.
        Each sentence goes through the whole pipeline (names, titles, coreference, dates), dated by its date attribute.
        Without dictionary options the Phoenix dictionaries shipped with Newsgraph are used; an option given replaces
        that dictionary only. Exit codes: 0 success, 1 bad input (nothing is written), 2 bad usage, 70 internal error.

        Examples:
          newsgraph code sentences.xml
          newsgraph code sentences.xml --verbs CAMEO.verbpatterns.txt --actors Countries.actors.txt,Intl.actors.txt --out events.tsv
        """;

    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "A PETRARCH XML file of <Sentence> elements." };
        var verbs = new Option<string?>("--verbs") { Description = "Verb pattern dictionaries (comma-separated), in PETRARCH's format.", HelpName = "F[,F...]" };
        var actors = new Option<string?>("--actors") { Description = "Actor dictionaries (comma-separated).", HelpName = "F[,F...]" };
        var agents = new Option<string?>("--agents") { Description = "The agents dictionary.", HelpName = "F" };
        var discards = new Option<string?>("--discards") { Description = "The discard list.", HelpName = "F" };
        var issues = new Option<string?>("--issues") { Description = "The issues dictionary.", HelpName = "F" };
        var output = new Option<string?>("--out") { Description = "Write the TSV to this file instead of stdout.", HelpName = "FILE" };
        var command = new Command("code", Description) { input, verbs, actors, agents, discards, issues, output };
        command.SetAction(parseResult =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            try
            {
                // A wrong --out fails before any work.
                if (parseResult.GetValue(output) is { } destination) OutputDestination.File(destination);
                var sentences = PetrarchXml.Read(parseResult.GetRequiredValue(input));
                var dictionaries = LoadDictionaries(
                    parseResult.GetValue(verbs), parseResult.GetValue(actors), parseResult.GetValue(agents), parseResult.GetValue(discards), parseResult.GetValue(issues));
                var tsv = Code(sentences, dictionaries);
                if (parseResult.GetValue(output) is { } path)
                {
                    // Staged and renamed, so a failure leaves no half-written file.
                    using var file = new StagedFile(path);
                    file.Stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(tsv));
                    file.Commit();
                }
                else
                {
                    parseResult.InvocationConfiguration.Output.Write(tsv);
                }
                return (int)ExitCode.Success;
            }
            catch (BadInputException exception)
            {
                error.WriteLine($"error: {exception.Message}");
                return (int)ExitCode.BadInput;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error: {exception.Message.ReplaceLineEndings(" ")}");
                return (int)ExitCode.BadInput;
            }
        });
        return command;
    }

    /// <summary>The TSV lines of all sentences' events, in input order.</summary>
    internal static string Code(IReadOnlyList<PetrarchSentence> sentences, EventDictionaries dictionaries)
    {
        var pipeline = Pipeline(dictionaries);
        var builder = new StringBuilder();
        foreach (var sentence in sentences)
        {
            var document = pipeline.Process(sentence.Text, sentence.Id, sentence.Date);
            var date = sentence.Date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            // PETRARCH's output names actors by code, so events of people no dictionary codes are left out.
            foreach (var item in document.Events.Where(e => e.Source.Code is not null && e.Target.Code is not null))
                builder.Append(date).Append('\t').Append(item.Source.Code).Append('\t').Append(item.Target.Code).Append('\t').Append(item.Code).Append('\t').Append(sentence.Id).Append('\n');
        }

        return builder.ToString();
    }

    private static NewsPipeline Pipeline(EventDictionaries dictionaries) =>
        ReferenceEquals(dictionaries, EventDictionaries.Phoenix) ? NewsgraphPipelines.Default : NewsgraphPipelines.WithEventDictionaries(dictionaries);

    private static EventDictionaries LoadDictionaries(string? verbs, string? actors, string? agents, string? discards, string? issues)
    {
        if (verbs is null && actors is null && agents is null && discards is null && issues is null) return EventDictionaries.Phoenix;
        return EventDictionaries.Load(
            verbs is null ? EventDictionaries.PhoenixVerbFiles.Select(EventDictionaries.ReadEmbedded) : ReadAll(verbs),
            actors is null ? EventDictionaries.PhoenixActorFiles.Select(EventDictionaries.ReadEmbedded) : ReadAll(actors),
            ReadDictionary(agents, EventDictionaries.PhoenixAgentsFile),
            ReadDictionary(discards, EventDictionaries.PhoenixDiscardsFile),
            ReadDictionary(issues, EventDictionaries.PhoenixIssuesFile));
    }

    private static string[] ReadAll(string paths) =>
        [.. paths.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ReadDictionary)];

    /// <summary>The file at <paramref name="path"/>, or the embedded Phoenix file when no path is given.</summary>
    private static string ReadDictionary(string? path, string phoenixFile) =>
        path is null ? EventDictionaries.ReadEmbedded(phoenixFile) : ReadDictionary(path);

    private static string ReadDictionary(string path)
    {
        if (!File.Exists(path)) throw new BadInputException($"{path}: no such dictionary file.");
        return File.ReadAllText(path);
    }
}
