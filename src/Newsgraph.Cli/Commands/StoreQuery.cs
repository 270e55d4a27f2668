using System.CommandLine;
using Newsgraph.Cli.Input;
using Newsgraph.Cli.Output;
using Newsgraph.Store;
using Spectre.Console;

namespace Newsgraph.Cli.Commands;

/// <summary>Runs a query command: opens the store, runs the query and turns failures into one-line errors and exit codes.</summary>
internal static class StoreQuery
{
    /// <summary>Width of tables written to a file or pipe, where there is no terminal to measure.</summary>
    private const int RedirectedWidth = 160;

    public static async Task<int> RunAsync(
        string database, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken,
        Func<INewsStore, Task<ExitCode>> query)
    {
        try
        {
            if (!NewsStores.IsPostgres(database) && !File.Exists(database))
                throw new BadInputException($"{database}: no such database; create it with 'newsgraph ingest PATH... --db {database}'.");
            using var opened = StoreOpener.Open(database, cancellationToken);
            return (int)await query(opened.Store).ConfigureAwait(false);
        }
        catch (StoreLocationException error)
        {
            stderr.WriteLine($"error: {error.Message}");
            return (int)ExitCode.BadUsage;
        }
        catch (BadInputException error)
        {
            stderr.WriteLine($"error: {error.Message}");
            return (int)ExitCode.BadInput;
        }
    }

    /// <summary>Runs a query that lists results, printed as JSON with --json or else as a table.</summary>
    public static Task<int> ListAsync<T>(
        ParseResult parseResult, Option<string> database, Option<bool> json, CancellationToken cancellationToken,
        Func<INewsStore, Task<IReadOnlyList<T>>> query, Action<IAnsiConsole, IReadOnlyList<T>> table)
    {
        var stdout = parseResult.InvocationConfiguration.Output;
        return RunAsync(parseResult.GetRequiredValue(database), stdout, parseResult.InvocationConfiguration.Error, cancellationToken,
            async store =>
            {
                var rows = await query(store).ConfigureAwait(false);
                if (parseResult.GetValue(json)) StoreJson.Write(stdout, rows);
                else table(Console(stdout), rows);
                return ExitCode.Success;
            });
    }

    /// <summary>A console that writes tables to <paramref name="stdout"/>: plain text, wide enough when redirected.</summary>
    public static IAnsiConsole Console(TextWriter stdout)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!ReferenceEquals(stdout, System.Console.Out) || System.Console.IsOutputRedirected) console.Profile.Width = RedirectedWidth;
        return console;
    }
}
