namespace Newsgraph.Cli.Commands;

/// <summary>The options of one <c>newsgraph ingest</c> run.</summary>
internal sealed record IngestSettings(IReadOnlyList<string> Paths, string Database, string? Metadata, int Threads);
