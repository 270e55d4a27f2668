using System.CommandLine;
using Newsgraph.Cli.Output;
using Newsgraph.Store;

namespace Newsgraph.Cli.Commands;

internal static class PeopleCommand
{
    private const string Description = """
        List the people in the store, most quoted first, with their titles and the names they go by.

        Examples:
          newsgraph people --title "secretary of state"
          newsgraph people --name Clinton --json
        """;

    public static Command Create()
    {
        var title = new Option<string?>("--title") { Description = "Words of a title the person held.", HelpName = "WORDS" };
        var name = new Option<string?>("--name") { Description = "Words of a name the person goes by.", HelpName = "WORDS" };
        var limit = StoreOptions.Limit(50);
        var json = StoreOptions.Json();
        var database = StoreOptions.Database();
        var command = new Command("people", Description) { title, name, limit, json, database };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var query = new PeopleQuery(parseResult.GetValue(name), parseResult.GetValue(title), parseResult.GetValue(limit));
            return StoreQuery.ListAsync(parseResult, database, json, cancellationToken,
                store => store.FindPeopleAsync(query, cancellationToken), StoreTables.People);
        });
        return command;
    }
}
