using System.CommandLine;
using Newsgraph.Store;

namespace Newsgraph.Cli.Commands;

/// <summary>The options every command on the store shares.</summary>
internal static class StoreOptions
{
    public static Option<string> Database() => new("--db")
    {
        Description = "The store: a SQLite file (ingest creates it) or postgres://user:password@host[:port]/database[?schema=NAME].",
        HelpName = "FILE|URL",
        DefaultValueFactory = _ => NewsStores.DefaultPath,
    };

    public static Option<bool> Json() => new("--json") { Description = "Print JSON instead of a table." };

    public static Option<int> Limit(int byDefault)
    {
        var limit = new Option<int>("--limit")
        {
            Description = "At most this many rows.",
            HelpName = "N",
            DefaultValueFactory = _ => byDefault,
        };
        limit.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1) result.AddError("--limit must be at least 1.");
        });
        return limit;
    }
}
