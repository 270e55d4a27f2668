namespace Newsgraph.Cli.Commands;

/// <summary>A combination of arguments that only turns out wrong once the input is seen (a folder with --published).</summary>
internal sealed class UsageException(string message) : Exception(message);
