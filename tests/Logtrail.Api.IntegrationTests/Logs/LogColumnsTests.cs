using Logtrail.Api.IntegrationTests.Support;
using Logtrail.Infrastructure.Logs;

namespace Logtrail.Api.IntegrationTests.Logs;

public sealed class LogColumnsTests
{
    [Test]
    public async Task The_column_map_names_every_column_of_logs_so_copy_insert_and_select_cannot_miss_one()
    {
        await using var connection = await TestDatabase.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT attname FROM pg_attribute WHERE attrelid = 'logs'::regclass AND attnum > 0 AND NOT attisdropped";
        var tableColumns = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tableColumns.Add(reader.GetString(0));
            }
        }

        Assert.That(LogColumns.All.Select(column => column.Name), Is.EquivalentTo(tableColumns));
    }
}
