namespace Newsgraph.Cli;

/// <summary>The process exit codes every command uses.</summary>
internal enum ExitCode
{
    Success = 0,
    /// <summary>An input file or folder cannot be read as news text; nothing is written.</summary>
    BadInput = 1,
    /// <summary>The command line itself is wrong (unknown option, bad date, missing --out, ...).</summary>
    BadUsage = 2,
    /// <summary>
    /// A bug: a command threw something other than a bad-input error (EX_SOFTWARE from sysexits.h). Nothing is written
    /// to --out, so no wrong or partial output looks like a result; lines already printed to stdout stay printed.
    /// </summary>
    InternalError = 70,
    /// <summary>Stopped by Ctrl+C or SIGTERM (128 + SIGINT, as shells report it); finished articles are kept for --resume.</summary>
    Interrupted = 130,
}
