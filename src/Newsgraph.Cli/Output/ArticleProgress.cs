using Spectre.Console;

namespace Newsgraph.Cli.Output;

/// <summary>The progress bar of long runs on stderr: articles done, words per second and time left.</summary>
internal static class ArticleProgress
{
    /// <summary>Whether a person watches stderr: never a redirected stream or a test's writer.</summary>
    public static bool IsShownOn(TextWriter stderr) => ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;

    /// <summary>
    /// Runs <paramref name="work"/>, handing it the callback that reports articles done so far (counting the
    /// <paramref name="first"/> an earlier run did) and the words of the latest; draws the bar only when
    /// <paramref name="show"/> is set.
    /// </summary>
    public static void Run(bool show, int first, int total, Action<Action<int, int>> work)
    {
        if (!show)
        {
            work((_, _) => { });
            return;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new WordRateColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                // Counts this run's articles only, so an earlier run's do not inflate the rate or shorten the time left.
                var task = context.AddTask(Description(first, total), maxValue: Math.Max(1, total - first));
                work((done, words) =>
                {
                    WordRateColumn.AddWords(task, words);
                    task.Increment(1);
                    task.Description = Description(done, total);
                });
            });
    }

    private static string Description(int done, int total) => $"{done}/{total} articles";
}
