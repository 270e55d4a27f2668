namespace Newsgraph.Cli.Input;

/// <summary>An input that cannot be processed; its message is the one-line reason shown to the user.</summary>
internal sealed class BadInputException(string message) : Exception(message);
