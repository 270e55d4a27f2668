using Newsgraph.Cli.Input;

namespace Newsgraph.Cli.Output;

/// <summary>
/// The output of a folder run, built up beside its destination (<c>OUT.partial</c>) one finished article at a time in
/// input order, so an interrupted run keeps what it finished and <c>--resume</c> continues after it. <see cref="Commit"/>
/// moves it into place; <see cref="Keep"/> leaves it for <c>--resume</c>; disposing without either deletes it, so a
/// failed run leaves nothing behind.
/// </summary>
internal interface IPartialOutput : IDisposable
{
    /// <summary>The partial output as the user named it, for messages.</summary>
    string DisplayPath { get; }

    /// <summary>What became of a partial output an earlier, interrupted run left there.</summary>
    EarlierRun EarlierRun { get; }

    /// <summary>How many articles, the first ones of the input, an earlier run already finished.</summary>
    int Completed { get; }

    /// <summary>Adds the next article's output (UTF-8), durable against an interrupt once this returns.</summary>
    void Write(ArticleFile article, byte[] rendered);

    void Commit();

    void Keep();
}
