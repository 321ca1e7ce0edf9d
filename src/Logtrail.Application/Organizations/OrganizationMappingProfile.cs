using AutoMapper;
using Logtrail.Domain.Tenancy;

namespace Logtrail.Application.Organizations;

public sealed class OrganizationMappingProfile : Profile
{
    public OrganizationMappingProfile()
    {
        CreateMap<Organization, OrganizationDto>();
    }
}
