using System.Data.Common;
using System.Text;

namespace Newsgraph.Store;

/// <summary>
/// Multi-row INSERTs: many rows in one statement (one round trip to a server instead of one per row), split so that
/// no statement has more parameters than the dialect wants (<see cref="SqlDialect.MaxParameters"/>).
/// </summary>
internal sealed class RowInsert(string table, params string[] columns)
{
    private readonly List<object?[]> _rows = [];

    public int Count => _rows.Count;

    public void Add(params object?[] row)
    {
        if (row.Length != columns.Length) throw new ArgumentException($"{columns.Length} values expected, {row.Length} given.", nameof(row));
        _rows.Add(row);
    }

    /// <summary>Inserts the rows; <paramref name="suffix"/> ends each statement ("ON CONFLICT DO NOTHING").</summary>
    public async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, int maxParameters, string suffix, CancellationToken cancellationToken)
    {
        foreach (var (sql, names, values) in Statements(suffix, maxParameters))
        {
            await using var statement = new Statement(connection, transaction, sql, names);
            await statement.ExecuteAsync(cancellationToken, values).ConfigureAwait(false);
        }
    }

    /// <summary>Inserts the rows and reads what the RETURNING clause gives for each, in no particular order.</summary>
    public async Task<List<T>> ReturningAsync<T>(DbConnection connection, DbTransaction transaction, int maxParameters, string returning,
        Func<DbDataReader, T> map, CancellationToken cancellationToken)
    {
        var results = new List<T>(_rows.Count);
        foreach (var (sql, names, values) in Statements(" RETURNING " + returning, maxParameters))
        {
            var arguments = names.Zip(values, (name, value) => (name, value)).ToArray();
            results.AddRange(await SqlNewsStore.QueryAsync(connection, sql, arguments, map, cancellationToken, transaction).ConfigureAwait(false));
        }

        return results;
    }

    private IEnumerable<(string Sql, string[] Names, object?[] Values)> Statements(string suffix, int maxParameters)
    {
        var rowsPerStatement = Math.Max(1, maxParameters / columns.Length);
        for (var first = 0; first < _rows.Count; first += rowsPerStatement)
        {
            var rows = _rows.Skip(first).Take(rowsPerStatement).ToArray();
            var sql = new StringBuilder($"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ");
            var names = new string[rows.Length * columns.Length];
            for (var r = 0; r < rows.Length; r++)
            {
                sql.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < columns.Length; c++)
                {
                    var name = names[r * columns.Length + c] = $"@p{r * columns.Length + c}";
                    sql.Append(c == 0 ? name : ", " + name);
                }

                sql.Append(')');
            }

            yield return (sql.Append(suffix).ToString(), names, rows.SelectMany(row => row).ToArray());
        }
    }
}
