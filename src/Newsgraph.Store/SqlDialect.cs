namespace Newsgraph.Store;

/// <summary>What differs between the SQL of the backends; everything else is shared by <see cref="SqlNewsStore"/>.</summary>
internal abstract class SqlDialect
{
    /// <summary>The column definition of an auto-numbered primary key.</summary>
    public abstract string IdColumn { get; }

    /// <summary>The most parameters one multi-row INSERT gets.</summary>
    public abstract int MaxParameters { get; }

    /// <summary>A query that returns a row when the table named by @table exists (in the schema searched).</summary>
    public abstract string TableExists { get; }

    /// <summary>Statements that add full-text search over quotes.text to the schema.</summary>
    public abstract IReadOnlyList<string> FullTextSchema { get; }

    /// <summary>The table (columns rowid, text) that indexes quotes' text, or null when the database does it itself.</summary>
    public abstract string? FullTextTable { get; }

    /// <summary>A condition on the quotes table <c>q</c> that holds when its text matches the parameter @fts.</summary>
    public abstract string FullTextCondition { get; }

    /// <summary>The value of @fts for words as a user types them, or null when they hold no word.</summary>
    public abstract string? FullTextArgument(string words);

    /// <summary>The words of a full-text search: letters and digits, nothing a query language could read as syntax.</summary>
    protected static IReadOnlyList<string> SearchWords(string words)
    {
        var list = new List<string>();
        var start = -1;
        for (var i = 0; i <= words.Length; i++)
        {
            var inWord = i < words.Length && char.IsLetterOrDigit(words[i]);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                list.Add(words[start..i]);
                start = -1;
            }
        }

        return list;
    }
}
