using System.Data.Common;

namespace ChatTriage.Storage.Data;

/// <summary>Small ADO.NET helpers shared by the SQL stores.</summary>
internal static class DbCommandExtensions
{
    public static DbCommand Command(this DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    /// <summary>
    /// Binds a parameter. A NUL character in text becomes U+FFFD: PostgreSQL text cannot hold NUL, it never
    /// means anything in a chat, and doing the same on every engine keeps them alike.
    /// </summary>
    public static DbCommand With(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value switch
        {
            null => DBNull.Value,
            string text when text.Contains('\0', StringComparison.Ordinal) => text.Replace('\0', '\uFFFD'),
            _ => value,
        };
        command.Parameters.Add(parameter);
        return command;
    }

    public static string? GetNullableString(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
