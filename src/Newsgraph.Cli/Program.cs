using System.CommandLine;
using Newsgraph.Cli.Commands;

var root = new RootCommand("Newsgraph: who said what, who did what to whom, where and when, read from news articles.")
{
    ExtractCommand.Create(),
    EvalCommand.Create(),
    TrainCommand.Create(),
};

return root.Parse(args).Invoke();
