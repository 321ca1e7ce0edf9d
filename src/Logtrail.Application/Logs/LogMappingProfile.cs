using AutoMapper;
using Logtrail.Domain.Logs;
using Logtrail.Domain.Tenancy;

namespace Logtrail.Application.Logs;

public sealed class LogMappingProfile : Profile
{
    public LogMappingProfile()
    {
        CreateMap<LogEntry, LogEntryDto>()
            .ForCtorParam(nameof(LogEntryDto.Environment), options => options.MapFrom(entry => entry.Environment.ToWireName()))
            .ForCtorParam(nameof(LogEntryDto.Level), options => options.MapFrom(entry => entry.Level.ToWireName()))
            .ForCtorParam(nameof(LogEntryDto.Actor), options => options.MapFrom(entry => Raw(entry.Actor)))
            .ForCtorParam(nameof(LogEntryDto.Target), options => options.MapFrom(entry => Raw(entry.Target)))
            .ForCtorParam(nameof(LogEntryDto.Context), options => options.MapFrom(entry => Raw(entry.Context)))
            .ForCtorParam(nameof(LogEntryDto.Metadata), options => options.MapFrom(entry => Raw(entry.Metadata)));
    }

    private static RawJson? Raw(string? json) => json is null ? null : new RawJson(json);
}
