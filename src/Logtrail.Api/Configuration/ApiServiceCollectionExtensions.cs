using Logtrail.Api.Authentication;
using Logtrail.Api.Export;
using Logtrail.Api.Streaming;
using Logtrail.Application.Logs.Queries.ExportLogs;
using Logtrail.Application.Logs.Tail;
using Logtrail.Api.Bootstrap;
using Logtrail.Api.Console;
using Logtrail.Api.Errors;
using Logtrail.Api.Health;
using Logtrail.Api.Http;
using Logtrail.Api.OpenApi;
using Logtrail.Api.RateLimiting;
using Logtrail.Api.Serialization;
using Logtrail.Application.Common.Security;
using Logtrail.Application.Keys;
using Logtrail.Application.Logs.Idempotency;
using Logtrail.Infrastructure.Persistence.Rows;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Logtrail.Api.Configuration;

public static class ApiServiceCollectionExtensions
{
    /// <summary>The configuration key of an AutoMapper licence; without one AutoMapper runs under its community terms and logs a notice.</summary>
    public const string AutoMapperLicenseKeySetting = "AutoMapper:LicenseKey";

    public static IServiceCollection AddLogtrailApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<ICallerContext, HttpCallerContext>();
        services.AddSingleton<ErrorResponseWriter>();
        services.AddOptions<BodyLimitOptions>()
            .Bind(configuration.GetSection(BodyLimitOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<ImportOptions>()
            .Bind(configuration.GetSection(ImportOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddScoped<LogBodyReader>();
        services.AddScoped<IRequestOutcome, HttpRequestOutcome>();
        services.AddSingleton<IResponseCodec, JsonResponseCodec>();
        services.AddSingleton<LogFileFormats>();
        services.AddOptions<ExportOptions>()
            .Bind(configuration.GetSection(ExportOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<ExportOptions>>().Value);
        services.AddSingleton<LogTailStream>();
        services.AddOptions<TailOptions>()
            .Bind(configuration.GetSection(TailOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<TailOptions>>().Value);
        services.AddSingleton<IClientErrorFactory, ContractClientErrorFactory>();
        services.AddExceptionHandler<ContractExceptionHandler>();
        services.AddProblemDetails();

        services.AddControllers(options =>
            {
                options.Conventions.Add(new JsonBodyConvention());
                options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            })
            .ConfigureApiBehaviorOptions(options => options.InvalidModelStateResponseFactory = ModelStateErrors.ToResult)
            .AddJsonOptions(options =>
            {
                JsonConventions.Apply(options.JsonSerializerOptions);
                // Keeps the serializer's exception in model state (its message is never sent): the error mapping
                // tells unstorable text from malformed JSON by it.
                options.AllowInputFormatterExceptionMessages = false;
            });
        services.Configure<JsonOptions>(options => JsonConventions.Apply(options.SerializerOptions));

        services.Configure<KestrelServerOptions>(options =>
        {
            options.Limits.MaxRequestLineSize = RequestLimits.ServerRequestLineBytes;
            options.Limits.MaxRequestHeadersTotalSize = RequestLimits.ServerHeaderBytes;
        });

        services.AddOptions<RateLimitOptions>()
            .Bind(configuration.GetSection(RateLimitOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<TokenBuckets>();
        services.AddHostedService<RateLimitSliceReturner>();
        services.AddSingleton<FailedAuthenticationThrottle>();
        services.AddSingleton<KeyActivityCapture>();

        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(AuthenticationSchemes.ApiKey, configureOptions: null)
            .AddScheme<AuthenticationSchemeOptions, AdminTokenAuthenticationHandler>(AuthenticationSchemes.AdminToken, configureOptions: null);
        services.AddAuthorization();

        services.AddAutoMapper(
            options =>
            {
                if (configuration[AutoMapperLicenseKeySetting] is { Length: > 0 } licenseKey)
                {
                    options.LicenseKey = licenseKey;
                }
            },
            typeof(KeyMappingProfile).Assembly,
            typeof(RowMappingProfile).Assembly);

        services.AddHealthChecks().AddCheck<PostgresHealthCheck>("postgres", tags: [HealthTags.Ready]);
        services.AddOpenApi(options =>
        {
            // 3.0: what NSwag 14 and most client generators read correctly (nullable rather than type arrays).
            options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_0;
            options.CreateSchemaReferenceId = type => OpenApiOptions.CreateDefaultSchemaReferenceId(type) is { } id && id.EndsWith("Dto", StringComparison.Ordinal)
                ? id[..^3]
                : OpenApiOptions.CreateDefaultSchemaReferenceId(type);
            options.AddSchemaTransformer<ConvertedPrimitiveSchemaTransformer>();
            options.AddSchemaTransformer<RawJsonSchemaTransformer>();
            options.AddSchemaTransformer<OmittedWhenNullSchemaTransformer>();
            options.AddSchemaTransformer<NullablePropertySchemaTransformer>();
            options.AddDocumentTransformer<LogtrailDocumentTransformer>();
        });

        services.AddLogtrailConsole(configuration);

        services.AddOptions<BootstrapOptions>()
            .Bind(configuration.GetSection(BootstrapOptions.SectionName))
            .Validate(options => options.HasCredentialsFileWhenNeeded, "Logtrail:Bootstrap:CredentialsFile is required in the demo and admin start modes.")
            .ValidateOnStart();
        services.AddScoped<StartupBootstrap>();
        return services;
    }
}
