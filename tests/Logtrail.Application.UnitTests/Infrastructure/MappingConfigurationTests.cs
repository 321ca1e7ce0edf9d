using AutoMapper;
using Logtrail.Application.Keys;
using Logtrail.Infrastructure.Persistence.Rows;
using Microsoft.Extensions.Logging.Abstractions;

namespace Logtrail.Application.UnitTests.Infrastructure;

public sealed class MappingConfigurationTests
{
    [Test]
    public void Every_mapping_between_layers_is_complete()
    {
        var configuration = new MapperConfiguration(
            cfg => cfg.AddMaps(typeof(KeyMappingProfile).Assembly, typeof(RowMappingProfile).Assembly), NullLoggerFactory.Instance);

        Assert.That(configuration.AssertConfigurationIsValid, Throws.Nothing);
    }
}
