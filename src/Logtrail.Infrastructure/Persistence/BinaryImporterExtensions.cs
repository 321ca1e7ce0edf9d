using Npgsql;
using NpgsqlTypes;

namespace Logtrail.Infrastructure.Persistence;

public static class BinaryImporterExtensions
{
    /// <summary>Writes <paramref name="value"/> as a column of <paramref name="type"/>, or SQL NULL when it is null.</summary>
    public static Task WriteNullableAsync<T>(this NpgsqlBinaryImporter importer, T? value, NpgsqlDbType type, CancellationToken cancellationToken)
        where T : class =>
        value is null ? importer.WriteNullAsync(cancellationToken) : importer.WriteAsync(value, type, cancellationToken);
}
