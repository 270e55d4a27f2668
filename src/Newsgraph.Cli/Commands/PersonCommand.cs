using System.CommandLine;
using Newsgraph.Cli.Output;

namespace Newsgraph.Cli.Commands;

internal static class PersonCommand
{
    private const string Description = """
        Show one person: the titles they held over time, their quotes, the people they appear with (mentioned in the
        same sentence) and the events they took part in (who met, visited, criticised whom). NAME is any name they go by; when it fits several people, the most quoted is shown and the others
        are listed on stderr.

        Examples:
          newsgraph person "Ban Ki-moon"
          newsgraph person Kerry --json --db news.db
        """;

    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "A name of the person." };
        var json = StoreOptions.Json();
        var database = StoreOptions.Database();
        var command = new Command("person", Description) { name, json, database };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var configuration = parseResult.InvocationConfiguration;
            var wanted = parseResult.GetRequiredValue(name);
            return StoreQuery.RunAsync(parseResult.GetRequiredValue(database), configuration.Output, configuration.Error, cancellationToken,
                async store =>
                {
                    var matches = await store.ResolvePersonAsync(wanted, cancellationToken).ConfigureAwait(false);
                    if (matches.Count == 0)
                    {
                        await configuration.Error.WriteLineAsync($"error: nobody named '{wanted}' in {store.Location}.").ConfigureAwait(false);
                        return ExitCode.BadInput;
                    }

                    if (matches.Count > 1)
                    {
                        var others = string.Join(", ", matches.Skip(1).Select(p => $"{p.Name} ({p.Quotes} quotes)"));
                        await configuration.Error.WriteLineAsync($"note: '{wanted}' also fits {others}.").ConfigureAwait(false);
                    }

                    var profile = await store.GetPersonAsync(matches[0].Id, cancellationToken).ConfigureAwait(false);
                    if (parseResult.GetValue(json)) StoreJson.Write(configuration.Output, profile);
                    else StoreTables.Person(StoreQuery.Console(configuration.Output), profile!);
                    return ExitCode.Success;
                });
        });
        return command;
    }
}
