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
using Logtrail.Application.Logs.Queries.AggregateLogs;
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
        RegisterValidators(services, assembly);

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
        services.AddSingleton<AggregateCounter>();
        services.AddSingleton<OpenTails>();
        services.AddScoped<DemoWorkspaceBootstrapper>();
        services.AddScoped<FirstAdminTokenBootstrapper>();
        return services;
    }

    private static void RegisterClosedImplementations(IServiceCollection services, Assembly assembly, Type openInterface)
    {
        foreach (var (service, implementation) in ClosedImplementations(assembly, openInterface))
        {
            services.AddTransient(service, implementation);
        }
    }

    /// <summary>
    /// Every <see cref="IValidator{T}"/> of the assembly. Building a validator compiles its rules' expressions, which
    /// cost more than a read's own work when done per request, so a validator that needs no services is built once
    /// (validators hold no state); one that needs services — the caller's plan, the clock — is built per request.
    /// </summary>
    private static void RegisterValidators(IServiceCollection services, Assembly assembly)
    {
        foreach (var (service, implementation) in ClosedImplementations(assembly, typeof(IValidator<>)))
        {
            var needsServices = implementation.GetConstructors().All(constructor => constructor.GetParameters().Length > 0);
            services.Add(new ServiceDescriptor(service, implementation, needsServices ? ServiceLifetime.Transient : ServiceLifetime.Singleton));
        }
    }

    private static IEnumerable<(Type Service, Type Implementation)> ClosedImplementations(Assembly assembly, Type openInterface) =>
        from implementation in assembly.GetTypes()
        where implementation is { IsAbstract: false, IsInterface: false, IsGenericTypeDefinition: false }
        from service in implementation.GetInterfaces()
        where service.IsGenericType && service.GetGenericTypeDefinition() == openInterface
        select (service, implementation);
}
