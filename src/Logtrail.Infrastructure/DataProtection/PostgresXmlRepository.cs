using System.Xml.Linq;
using Dapper;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;

namespace Logtrail.Infrastructure.DataProtection;

/// <summary>
/// Keeps the Data Protection key ring in PostgreSQL (<c>data_protection_keys</c>), so that every instance reads the
/// same keys and a console session works whichever instance answers. Data Protection calls this synchronously,
/// rarely (at start and when the ring is refreshed, about daily).
/// </summary>
public sealed class PostgresXmlRepository(NpgsqlDataSource dataSource) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = dataSource.OpenConnection();
        return connection.Query<string>("SELECT xml FROM data_protection_keys ORDER BY created_at")
            .Select(xml => XElement.Parse(xml))
            .ToList();
    }

    /// <summary>Stores a new key; an instance that stored the same key first wins, and this one keeps it.</summary>
    public void StoreElement(XElement element, string friendlyName)
    {
        using var connection = dataSource.OpenConnection();
        connection.Execute(
            "INSERT INTO data_protection_keys (friendly_name, xml) VALUES (@friendlyName, @xml) ON CONFLICT (friendly_name) DO NOTHING",
            new { friendlyName, xml = element.ToString(SaveOptions.DisableFormatting) });
    }
}
