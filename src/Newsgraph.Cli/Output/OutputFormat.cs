namespace Newsgraph.Cli.Output;

internal enum OutputFormat
{
    /// <summary>One indented JSON document (a single article).</summary>
    Json,
    /// <summary>JSON Lines: one compact document per article.</summary>
    Jsonl,
    /// <summary>One brat standoff .ann file per article, in PolNeAR's attribution scheme.</summary>
    Brat,
    /// <summary>Plain text: for each quote, what decided its speaker, cue, source and content.</summary>
    Explain,
}
