using System.Data.Common;

namespace Newsgraph.Store;

/// <summary>One parameterised SQL statement run many times in a transaction (SQLite keeps it prepared between runs).</summary>
internal sealed class Statement : IAsyncDisposable
{
    private readonly DbCommand _command;

    public Statement(DbConnection connection, DbTransaction? transaction, string sql, params string[] parameters)
    {
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = sql;
        foreach (var name in parameters)
        {
            var parameter = _command.CreateParameter();
            parameter.ParameterName = name;
            _command.Parameters.Add(parameter);
        }
    }

    /// <summary>Runs the statement with these values, in the order the parameters were named.</summary>
    public Task<int> ExecuteAsync(CancellationToken cancellationToken, params object?[] values)
    {
        Bind(values);
        return _command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Runs the statement and returns the first column of its first row (null when there is none).</summary>
    public async Task<object?> ScalarAsync(CancellationToken cancellationToken, params object?[] values)
    {
        Bind(values);
        var result = await _command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return result is DBNull ? null : result;
    }

    public async Task<DbDataReader> ReadAsync(CancellationToken cancellationToken, params object?[] values)
    {
        Bind(values);
        return await _command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => _command.DisposeAsync();

    private void Bind(object?[] values)
    {
        if (values.Length != _command.Parameters.Count)
            throw new ArgumentException($"{_command.Parameters.Count} values expected, {values.Length} given.", nameof(values));
        for (var i = 0; i < values.Length; i++) _command.Parameters[i].Value = values[i] ?? DBNull.Value;
    }
}
