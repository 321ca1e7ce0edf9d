using AutoMapper;
using Logtrail.Domain.Keys;
using Logtrail.Domain.Tenancy;

namespace Logtrail.Application.Keys;

public sealed class KeyMappingProfile : Profile
{
    public KeyMappingProfile()
    {
        CreateMap<ApiKey, KeyDto>()
            .ForMember(dto => dto.Environment, options => options.MapFrom(key => key.Environment.ToWireName()))
            .ForMember(dto => dto.Type, options => options.MapFrom(key => key.Type.ToWireName()))
            .ForMember(dto => dto.Scopes, options => options.MapFrom(key => key.Permissions.ToScopeNames()));
        CreateMap<IssuedApiKey, CreatedKeyDto>()
            .IncludeMembers(issued => issued.Key)
            .ForMember(dto => dto.Key, options => options.MapFrom(issued => issued.PlainText));
        CreateMap<ApiKey, CreatedKeyDto>()
            .IncludeBase<ApiKey, KeyDto>()
            .ForMember(dto => dto.Key, options => options.Ignore());
    }
}
