using System.Net;

namespace Logtrail.Api.Http;

/// <summary>A client's address as text, IPv4 addresses mapped into IPv6 written as plain IPv4; null when unknown.</summary>
public static class ClientAddresses
{
    public static string? Describe(IPAddress? address) => address switch
    {
        null => null,
        { IsIPv4MappedToIPv6: true } => address.MapToIPv4().ToString(),
        _ => address.ToString(),
    };
}
