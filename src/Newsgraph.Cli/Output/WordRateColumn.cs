using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Newsgraph.Cli.Output;

/// <summary>A progress column with the words processed per second, from the words added to each task.</summary>
internal sealed class WordRateColumn : ProgressColumn
{
    private const string WordsKey = "words";

    public static void AddWords(ProgressTask task, int words) => task.State.Update<long>(WordsKey, total => total + words);

    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
    {
        var seconds = task.ElapsedTime?.TotalSeconds ?? 0;
        var text = seconds > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{task.State.Get<long>(WordsKey) / seconds:N0} words/s")
            : "- words/s";
        return new Text(text).RightJustified();
    }
}
