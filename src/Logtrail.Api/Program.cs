using Logtrail.Api.Configuration;
using Logtrail.Application;
using Logtrail.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.Services
    .AddApplication()
    .AddInfrastructure(builder.Configuration)
    .AddLogtrailApi(builder.Configuration);

var app = builder.Build();
app.UseLogtrailPipeline();
await app.PrepareDatabaseAsync();
await app.RunAsync();

/// <summary>The entry point, public so integration tests can host it with WebApplicationFactory.</summary>
public partial class Program;
