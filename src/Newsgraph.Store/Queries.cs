namespace Newsgraph.Store;

/// <summary>
/// A search over quotes; every part given must hold. <see cref="Speaker"/> is a name as users type it ("Donald
/// Trump", "Trump"), matched against every alias; <see cref="SpeakerId"/> a person record; <see cref="Text"/> words
/// that must all occur in the quote (full-text search, stemmed on PostgreSQL); dates are inclusive.
/// </summary>
public sealed record QuoteQuery(
    string? Speaker = null,
    long? SpeakerId = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Text = null,
    long? ArticleId = null,
    int Limit = 100,
    int Offset = 0);

/// <summary>A search over people: name words (any alias) and title words (any title held), both optional.</summary>
public sealed record PeopleQuery(string? Name = null, string? Title = null, int Limit = 100, int Offset = 0);
