namespace Newsgraph.Cli.Input;

/// <summary>One article to process: its id (the file name without .txt), path and publication date if known.</summary>
internal sealed record ArticleFile(string Id, string Path, DateOnly? Published);
