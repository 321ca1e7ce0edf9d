using System.Reflection;
using FluentValidation;
using Logtrail.Application.AdminTokens;
using Logtrail.Application.Authentication;
using Logtrail.Application.Common.Security;
using Logtrail.Application.Bootstrap;
using Logtrail.Application.Common.Behaviours;
using Logtrail.Application.Common.Validation;
using Logtrail.Application.Keys;
using Logtrail.Application.Logs;
using Logtrail.Application.Logs.Idempotency;
using Logtrail.Application.Logs.Storage;
using Logtrail.Application.Logs.Tail;
using Logtrail.Application.Usage;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Logtrail.Application;

public static class DependencyInjection
{
    /// <summary>
    /// Registers MediatR 5.1.0 by hand (it has no container integration of its own): the mediator and its
    /// <see cref="ServiceFactory"/>, every request handler of this assembly, and the pipeline behaviours in
    /// order, outermost first.
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        var assembly = typeof(DependencyInjection).Assembly;

        services.AddScoped<ServiceFactory>(provider => provider.GetService!);
        services.AddScoped<IMediator, Mediator>();
        RegisterClosedImplementations(services, assembly, typeof(IRequestHandler<,>));

        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(UnhandledExceptionBehaviour<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(AuthorizationBehaviour<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(MonthlyQuotaBehaviour<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(UnitOfWorkBehaviour<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(AdminAuditBehaviour<,>));

        WireNameConvention.Apply();
        RegisterClosedImplementations(services, assembly, typeof(IValidator<>));

        services.AddSingleton<ApiKeyAuthenticator>();
        services.AddSingleton<ViewerTokenAuthenticator>();
        services.AddScoped<AdminTokenAuthenticator>();
        services.AddSingleton<ApiKeyIssuer>();
        services.AddSingleton<AdminTokenIssuer>();
        services.AddScoped<LocalOperator>();
        services.AddSingleton<MonthlyUsageReader>();
        services.AddScoped<LogValidation>();
        services.AddSingleton<LogStorage>();
        services.AddScoped<IdempotentLogWriter>();
        services.AddScoped<CallerLogReader>();
        services.AddSingleton<OpenTails>();
        services.AddScoped<DemoWorkspaceBootstrapper>();
        services.AddScoped<FirstAdminTokenBootstrapper>();
        return services;
    }

    private static void RegisterClosedImplementations(IServiceCollection services, Assembly assembly, Type openInterface)
    {
        var implementations = assembly.GetTypes().Where(type => type is { IsAbstract: false, IsInterface: false, IsGenericTypeDefinition: false });
        foreach (var implementation in implementations)
        {
            foreach (var service in implementation.GetInterfaces()
                         .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == openInterface))
            {
                services.AddTransient(service, implementation);
            }
        }
    }
}
