using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using Newsgraph.Cli.Commands;

namespace Newsgraph.Cli;

internal static class Program
{
    public static int Main(string[] args)
    {
        using var interruptSignals = new InterruptSignals();
        return Run(args, Console.Out, Console.Error, interruptSignals.Token);
    }

    /// <summary>
    /// Runs the command line with injected writers, so tests can run commands in parallel in-process; cancelling the
    /// token interrupts a long run as Ctrl+C does.
    /// </summary>
    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var parseResult = CreateRoot().Parse(args);
        if (parseResult.Action is ParseErrorAction)
        {
            // System.CommandLine reports parse errors with exit code 1; we keep 1 for bad input and use 2 for bad usage.
            foreach (var error in parseResult.Errors) stderr.WriteLine($"error: {error.Message}");
            stderr.WriteLine($"Run '{CommandPath(parseResult.CommandResult)} --help' for usage.");
            return (int)ExitCode.BadUsage;
        }

        // No ProcessTerminationTimeout: InterruptSignals handles Ctrl+C and SIGTERM through the token instead. No default
        // exception handler: a bug in any command is one line and exit 70, not a stack trace and exit 1 (bad input).
        var configuration = new InvocationConfiguration
        {
            Output = stdout,
            Error = stderr,
            ProcessTerminationTimeout = null,
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            return parseResult.InvokeAsync(configuration, cancellationToken).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            stderr.WriteLine("interrupted.");
            return (int)ExitCode.Interrupted;
        }
        catch (Exception error)
        {
            stderr.WriteLine($"internal error: {error.Message.ReplaceLineEndings(" ")}");
            return (int)ExitCode.InternalError;
        }
    }

    private static string CommandPath(CommandResult command) =>
        command.Parent is CommandResult parent ? $"{CommandPath(parent)} {command.Command.Name}" : command.Command.Name;

    private static RootCommand CreateRoot() => new("""
        Newsgraph: who said what, who did what to whom, where and when, read from news articles.

        Example:
          newsgraph extract samples/demo-article.txt --published 2026-03-04
        """)
    {
        ExtractCommand.Create(),
        IngestCommand.Create(),
        QuotesCommand.Create(),
        PeopleCommand.Create(),
        PersonCommand.Create(),
        ServeCommand.Create(),
        EvalCommand.Create(),
        TrainCommand.Create(),
        CodeCommand.Create(),
        TagCommand.Create(),
    };
}
