namespace Newsgraph.Store;

/// <summary>What is known of an article beyond its text (the id and publication date live on the Document).</summary>
public sealed record ArticleMetadata(string? Title = null, string? Url = null, string? Byline = null);
