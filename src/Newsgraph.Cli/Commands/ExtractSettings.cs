using Newsgraph.Cli.Output;

namespace Newsgraph.Cli.Commands;

/// <summary>The parsed options of <c>newsgraph extract</c>.</summary>
internal sealed record ExtractSettings(
    string Input,
    OutputFormat? Format,
    string? Out,
    DateOnly? Published,
    string? Metadata,
    int Threads,
    bool Resume);
