using System.Reflection;
using System.Text.Json;
using FluentValidation;

namespace Logtrail.Application.Common.Validation;

/// <summary>Makes FluentValidation name fields as the client sent them (snake_case), in <c>field</c> and in messages.</summary>
public static class WireNameConvention
{
    public static void Apply()
    {
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) => member is null ? null : WireName(member);
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : WireName(member);
    }

    private static string WireName(MemberInfo member) => JsonNamingPolicy.SnakeCaseLower.ConvertName(member.Name);
}
