using Logtrail.Api.IntegrationTests.Support;
using Logtrail.Application.Common.Errors;
using Logtrail.Application.Common.Exceptions;
using Logtrail.Application.Common.Faults;
using Npgsql;

namespace Logtrail.Api.IntegrationTests.Operations;

/// <summary>A statement PostgreSQL stops at the statement timeout is a 400 constraint error for a search, else a 503.</summary>
public sealed class StatementTimeoutTests : IntegrationTest
{
    [Test]
    public async Task A_statement_stopped_by_the_timeout_is_a_constraint_error_for_a_search_and_503_otherwise()
    {
        var stopped = await StatementStoppedByTimeoutAsync();
        var faults = Api.Services.GetRequiredService<IDatabaseFaults>();

        var search = DatabaseFaultTranslation.Translate(faults, stopped, isSearch: true);
        var other = DatabaseFaultTranslation.Translate(faults, stopped, isSearch: false);

        Assert.That(faults.Classify(stopped), Is.EqualTo(DatabaseFault.StatementTimeout));
        Assert.That(search, Is.TypeOf<ValidationFailedException>().With.Property(nameof(LogtrailException.ErrorCode)).EqualTo(ErrorCodes.QueryConstraint));
        Assert.That(other, Is.TypeOf<ServiceUnavailableException>());
    }

    [Test]
    public async Task The_service_s_connections_carry_the_statement_timeout()
    {
        await using var command = Api.Services.GetRequiredService<NpgsqlDataSource>().CreateCommand("SHOW statement_timeout");

        Assert.That(await command.ExecuteScalarAsync(), Is.EqualTo("20s"));
    }

    private static async Task<PostgresException> StatementStoppedByTimeoutAsync()
    {
        await using var connection = await TestDatabase.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SET statement_timeout = 50; SELECT pg_sleep(5)";
        return Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync())!;
    }
}
