using AutoMapper;
using Logtrail.Application.Authentication;

namespace Logtrail.Application.AdminTokens;

public sealed class AdminTokenMappingProfile : Profile
{
    public AdminTokenMappingProfile()
    {
        CreateMap<AdminToken, AdminTokenDto>();
        CreateMap<IssuedAdminToken, CreatedAdminTokenDto>()
            .IncludeMembers(issued => issued.Token)
            .ForMember(dto => dto.Token, options => options.MapFrom(issued => issued.PlainText));
        CreateMap<AdminToken, CreatedAdminTokenDto>()
            .IncludeBase<AdminToken, AdminTokenDto>()
            .ForMember(dto => dto.Token, options => options.Ignore());
    }
}
