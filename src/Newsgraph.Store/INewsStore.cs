using Newsgraph.Core;

namespace Newsgraph.Store;

/// <summary>
/// Where analysed articles are kept and searched. Writing is one transaction per article keyed by the hash of its
/// text, so storing an article twice changes nothing and an interrupted run leaves every article stored whole or not
/// at all. Every member is safe to call from several threads (each call uses its own pooled connection).
/// </summary>
public interface INewsStore : IAsyncDisposable
{
    /// <summary>A readable name of where the data lives (a file path, or a server and database without password).</summary>
    string Location { get; }

    /// <summary>Whether an article with this content hash (<see cref="ContentHash.Of"/>) is stored already.</summary>
    Task<bool> ContainsAsync(string contentHash, CancellationToken cancellationToken = default);

    /// <summary>Stores an analysed document (every layer of the default pipeline) with its metadata, in one
    /// transaction, and files its people under cross-article person records.</summary>
    Task<StoreOutcome> StoreAsync(ArticleMetadata metadata, Document document, CancellationToken cancellationToken = default);

    /// <summary>Quotes matching a query, oldest first (by publication date, then article, then position).</summary>
    Task<IReadOnlyList<QuoteHit>> FindQuotesAsync(QuoteQuery query, CancellationToken cancellationToken = default);

    /// <summary>Who is quoted most among the quotes matching a query, most quoted first.</summary>
    Task<IReadOnlyList<SpeakerCount>> TopSpeakersAsync(QuoteQuery query, int limit, CancellationToken cancellationToken = default);

    /// <summary>How many of the quotes matching a query were published on each day, oldest first (undated ones left out).</summary>
    Task<IReadOnlyList<DayCount>> QuotesPerDayAsync(QuoteQuery query, CancellationToken cancellationToken = default);

    /// <summary>People by name or title words, most quoted first.</summary>
    Task<IReadOnlyList<PersonSummary>> FindPeopleAsync(PeopleQuery query, CancellationToken cancellationToken = default);

    /// <summary>One person: titles over time, quotes and the people they appear with; null when there is none.</summary>
    Task<PersonProfile?> GetPersonAsync(long personId, CancellationToken cancellationToken = default);

    /// <summary>The people a name may refer to (an alias, or one word of a name), most quoted first.</summary>
    Task<IReadOnlyList<PersonSummary>> ResolvePersonAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>One article with its text and every span; null when there is none.</summary>
    Task<ArticleView?> GetArticleAsync(long articleId, CancellationToken cancellationToken = default);

    /// <summary>Stored articles, newest first.</summary>
    Task<IReadOnlyList<ArticleSummary>> ListArticlesAsync(int limit, int offset = 0, CancellationToken cancellationToken = default);

    /// <summary>Pairs of people mentioned in the same sentence, most often first: the edges of a people graph.</summary>
    Task<IReadOnlyList<PersonLink>> PersonLinksAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Events (who did what to whom, CAMEO-coded), those with the person as source or target when one is given, oldest
    /// first.
    /// </summary>
    Task<IReadOnlyList<EventView>> FindEventsAsync(long? personId, int limit, CancellationToken cancellationToken = default);

    /// <summary>How much is stored.</summary>
    Task<StoreCounts> CountAsync(CancellationToken cancellationToken = default);
}

/// <summary>What storing an article did.</summary>
public enum StoreOutcome
{
    Added,

    /// <summary>An article with the same text was already stored; nothing changed.</summary>
    AlreadyStored,
}
