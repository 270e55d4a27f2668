namespace Newsgraph.Cli.Output;

/// <summary>What a run found beside its output from an earlier, interrupted run, and did with it.</summary>
internal enum EarlierRun
{
    None,
    /// <summary>Deleted, because the run starts over without --resume.</summary>
    Discarded,
    /// <summary>Verified and continued with --resume.</summary>
    Resumed,
}
