using Logtrail.Application.AdminTokens.Commands.CreateAdminToken;
using Logtrail.Application.Audit;
using Logtrail.Application.Common.Exceptions;
using Logtrail.Application.Common.Security;
using Logtrail.Infrastructure.Persistence;
using MediatR;
using Microsoft.Extensions.Options;

namespace Logtrail.Api.CommandLine;

/// <summary>
/// The operator's recovery command, run on a host with the service's configuration:
/// <c>dotnet Logtrail.Api.dll admin create-token --name NAME</c>. Creates an admin token directly in the database (after
/// applying pending migrations, as a start would), audited with actor <c>cli</c>, and prints it on standard output.
/// </summary>
public static class AdminCommandLine
{
    public const string Usage = "usage: dotnet Logtrail.Api.dll admin create-token --name NAME";

    public static bool IsAdminCommand(string[] args) => args is ["admin", ..];

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        if (args is not ["admin", "create-token", "--name", var name])
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        if (services.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStart)
        {
            services.GetRequiredService<DatabaseMigrator>().Migrate();
        }

        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<LocalOperator>().Actor = AdminActor.Cli;
        try
        {
            var created = await scope.ServiceProvider.GetRequiredService<IMediator>()
                .Send(new CreateAdminTokenCommand(name, ExpiresAt: null), CancellationToken.None);
            await error.WriteLineAsync($"Admin token {created.Id} ({created.Name}) created; it is shown once, below.");
            await output.WriteLineAsync(created.Token);
            return 0;
        }
        catch (ValidationFailedException exception)
        {
            await error.WriteLineAsync(exception.Message);
            return 2;
        }
    }
}
