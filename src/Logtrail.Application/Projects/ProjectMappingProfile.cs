using AutoMapper;
using Logtrail.Domain.Tenancy;

namespace Logtrail.Application.Projects;

public sealed class ProjectMappingProfile : Profile
{
    public ProjectMappingProfile()
    {
        CreateMap<Project, ProjectDto>();
    }
}
