using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Logtrail.Api.Errors;

/// <summary>
/// Adds a <see cref="FormBodyFilter"/> to every API action and a <see cref="JsonBodyFilter"/> to exactly the actions
/// that bind a body, decided once at start-up.
/// </summary>
public sealed class JsonBodyConvention : IActionModelConvention
{
    public void Apply(ActionModel action)
    {
        action.Filters.Add(new FormBodyFilter());
        var body = action.Parameters.FirstOrDefault(parameter => parameter.BindingInfo?.BindingSource == BindingSource.Body);
        if (body is not null)
        {
            action.Filters.Add(new JsonBodyFilter(body.BindingInfo!.EmptyBodyBehavior == EmptyBodyBehavior.Allow));
        }
    }
}
