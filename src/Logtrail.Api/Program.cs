using Logtrail.Api.CommandLine;
using Logtrail.Api.Configuration;
using Logtrail.Application;
using Logtrail.Infrastructure;

var isAdminCommand = AdminCommandLine.IsAdminCommand(args);
var builder = WebApplication.CreateBuilder(isAdminCommand ? [] : args);
builder.Logging.AddLogtrailConsole();
builder.Services
    .AddApplication()
    .AddInfrastructure(builder.Configuration)
    .AddLogtrailApi(builder.Configuration);
if (isAdminCommand)
{
    builder.Logging.SetMinimumLevel(LogLevel.Warning);
}

var app = builder.Build();
if (isAdminCommand)
{
    // Disposed so that the log lines still queued are written before the command exits (RunAsync does it below).
    await using (app)
    {
        return await AdminCommandLine.RunAsync(app.Services, args, Console.Out, Console.Error);
    }
}

app.UseLogtrailPipeline();
await app.PrepareDatabaseAsync();
await app.RunAsync();
return 0;

/// <summary>The entry point, public so integration tests can host it with WebApplicationFactory.</summary>
public partial class Program;
