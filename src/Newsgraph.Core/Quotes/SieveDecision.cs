namespace Newsgraph.Core.Quotes;

/// <summary>What a sieve decided for a quote: its cue and source (either may be absent) and the speaker entity.</summary>
internal readonly record struct SieveDecision(Cue? Cue, TextSpan? Source, int Speaker);
