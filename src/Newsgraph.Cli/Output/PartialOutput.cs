using Newsgraph.Cli.Input;

namespace Newsgraph.Cli.Output;

/// <summary>
/// The output of a folder run, built up beside its destination (<c>OUT.partial</c>) one finished article at a time in
/// input order, so an interrupted run keeps what it finished and <c>--resume</c> continues after it. <see cref="Commit"/>
/// moves it into place; <see cref="Keep"/> leaves it for <c>--resume</c>; disposing without either deletes it, so a
/// failed run leaves nothing behind.
/// </summary>
internal abstract class PartialOutput(string displayPath, EarlierRun earlierRun, int completed) : IDisposable
{
    /// <summary>What the partial output's name adds to the destination's: <c>OUT.partial</c>.</summary>
    public const string Suffix = ".partial";

    /// <summary>The partial output as the user named it, for messages.</summary>
    public string DisplayPath { get; } = displayPath;

    /// <summary>What became of a partial output an earlier, interrupted run left there.</summary>
    public EarlierRun EarlierRun { get; } = earlierRun;

    /// <summary>How many articles, the first ones of the input, an earlier run already finished.</summary>
    public int Completed { get; } = completed;

    /// <summary>Adds the next article's output (UTF-8), durable against an interrupt once this returns.</summary>
    public abstract void Write(ArticleFile article, byte[] rendered);

    public abstract void Commit();

    public abstract void Keep();

    public abstract void Dispose();
}
