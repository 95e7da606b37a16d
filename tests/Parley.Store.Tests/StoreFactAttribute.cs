using Xunit.Abstractions;
using Xunit.Sdk;

namespace Parley.Store.Tests;

/// <summary>
/// A fact of the store contract. In a class marked <see cref="RequiresPostgresAttribute"/> it is
/// reported as skipped, with the reason, when <c>PARLEY_TEST_PG</c> is not set.
/// </summary>
[XunitTestCaseDiscoverer("Parley.Store.Tests.StoreFactDiscoverer", "Parley.Store.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute
{
}

/// <summary>Marks a test class whose tests need the PostgreSQL server named by <c>PARLEY_TEST_PG</c>.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresPostgresAttribute : Attribute
{
}

/// <summary>Discovers <see cref="StoreFactAttribute"/> tests, skipping PostgreSQL ones when no server is configured.</summary>
public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    /// <summary>The skip reason, or null when PostgreSQL tests can run.</summary>
    public static string? PostgresSkipReason =>
        string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("PARLEY_TEST_PG"))
            ? "PostgreSQL store tests skipped: PARLEY_TEST_PG is not set (run .ci/run, or source .ci/postgres.sh and call start_postgres)"
            : null;

    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var type = testMethod.TestClass.Class.ToRuntimeType();
        if (type is not null && type.IsDefined(typeof(RequiresPostgresAttribute), inherit: true) && PostgresSkipReason is { } reason)
        {
            return [new XunitSkippedDataRowTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason)];
        }

        return base.Discover(discoveryOptions, testMethod, factAttribute);
    }
}
