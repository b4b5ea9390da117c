using System.Reflection;
using System.Runtime.ExceptionServices;

namespace MarkupDsl.Tests.Properties;

/// <summary>Calls by reflection as a direct call would: what the method threw reaches the test, not reflection's wrapper.</summary>
internal static class Reflected
{
    public static object? Invoke(MethodInfo method, object? target, object?[] arguments)
    {
        try
        {
            return method.Invoke(target, arguments);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
    }
}
