using System.Text.Json;
using AutoMapper;
using Logtrail.Application.Activity;
using Logtrail.Application.Audit;
using Logtrail.Application.Authentication;
using Logtrail.Application.Common.Security;
using Logtrail.Application.Keys.Activity;
using Logtrail.Domain.Keys;
using Logtrail.Domain.Logs;
using Logtrail.Domain.Tenancy;
using Logtrail.Infrastructure.Logs;

namespace Logtrail.Infrastructure.Persistence.Rows;

/// <summary>Rows as the database gives them, to domain records: wire names to enums, UTC DateTime to DateTimeOffset.</summary>
public sealed class RowMappingProfile : Profile
{
    public RowMappingProfile()
    {
        CreateMap<DateTime, DateTimeOffset>().ConvertUsing(utc => AsUtc(utc));
        CreateMap<DateTime?, DateTimeOffset?>().ConvertUsing(utc => utc.HasValue ? AsUtc(utc.Value) : null);
        CreateMap<string, DeploymentEnvironment>().ConvertUsing(name => DeploymentEnvironments.Parse(name));
        CreateMap<string, KeyType>().ConvertUsing(name => KeyTypes.Parse(name));

        CreateMap<OrganizationRow, Organization>();
        CreateMap<ProjectRow, Project>();
        CreateMap<ApiKeyRow, ApiKey>();
        CreateMap<AdminTokenRow, AdminToken>();
        CreateMap<ApiKeyCredentialRow, ApiKey>();
        CreateMap<ApiKeyCredentialRow, KeyWorkspace>();
        CreateMap<short, Level>().ConvertUsing(level => (Level)level);
        CreateMap<ApiKeyCredentialRow, ApiKeyCredential>()
            .ForCtorParam(nameof(ApiKeyCredential.Key), options => options.MapFrom(row => row))
            .ForCtorParam(nameof(ApiKeyCredential.Workspace), options => options.MapFrom(row => row));
        CreateMap<ActionCatalogRow, ActionCatalogEntry>();
        CreateMap<KeyActivityRow, KeyActivityEvent>();
        CreateMap<KeyActivitySummaryRow, KeyActivitySummary>();
        CreateMap<AdminAuditRow, AdminAuditEntry>()
            .ForCtorParam(nameof(AdminAuditEntry.Details), options => options.MapFrom(row => JsonSerializer.Deserialize<Dictionary<string, object?>>(row.Details, (JsonSerializerOptions?)null)));
    }

    private static DateTimeOffset AsUtc(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}
