using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace MarkupDsl.Analyzers.Semantics;

/// <summary>Recognises the calls that start or stop a named stream, in every dialect.</summary>
internal static class StreamNames
{
    /// <summary>
    /// The name argument of a call that starts a stream (<c>Start</c>/<c>Connect</c> <c>Stream(name:)</c>, SWML
    /// <c>Stream(controlId:)</c>) or stops one (<c>Stop</c> <c>Stream(name:)</c>, SWML <c>StopStream(controlId:)</c>);
    /// null for any other call or when the name is not given.
    /// </summary>
    public static IOperation? Argument(IInvocationOperation invocation, MarkupTypes types, out bool starts)
    {
        starts = true;
        if (MarkupCall.Is(invocation, types, "StartBuilder", "Stream", out _) || MarkupCall.Is(invocation, types, "ConnectBuilder", "Stream", out _))
        {
            return MarkupCall.Argument(invocation, "name");
        }

        if (MarkupCall.Is(invocation, types, "SwmlDocument", "Stream", out _))
        {
            return MarkupCall.Argument(invocation, "controlId");
        }

        starts = false;
        if (MarkupCall.Is(invocation, types, "StopBuilder", "Stream", out _))
        {
            return MarkupCall.Argument(invocation, "name");
        }

        return MarkupCall.Is(invocation, types, "SwmlDocument", "StopStream", out _) ? MarkupCall.Argument(invocation, "controlId") : null;
    }
}
