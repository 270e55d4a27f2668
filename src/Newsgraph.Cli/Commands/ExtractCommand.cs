using System.CommandLine;

namespace Newsgraph.Cli.Commands;

internal static class ExtractCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "An article (.txt) or a folder of them." };
        var command = new Command("extract", "Extract quotes, people, places and dates.") { input };
        command.SetAction(parse => 0);
        return command;
    }
}
