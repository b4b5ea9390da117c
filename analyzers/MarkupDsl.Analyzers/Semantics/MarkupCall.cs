using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace MarkupDsl.Analyzers.Semantics;

/// <summary>Recognises calls to the generated builders and reads their arguments.</summary>
internal static class MarkupCall
{
    /// <summary>
    /// Whether <paramref name="invocation"/> calls <paramref name="method"/> on the generated type
    /// <paramref name="type"/> (null for any type) of some dialect, which it returns.
    /// </summary>
    public static bool Is(IInvocationOperation invocation, MarkupTypes types, string? type, string method, out string dialect)
    {
        IMethodSymbol target = invocation.TargetMethod;
        dialect = Dialects.Of(target.ContainingType) ?? string.Empty;
        return dialect.Length > 0 && target.Name == method && (type is null || types.Is(target.ContainingType, type));
    }

    /// <summary>The value passed for <paramref name="parameter"/>, or null when the call leaves it out.</summary>
    public static IOperation? Argument(IInvocationOperation invocation, string parameter)
    {
        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == parameter)
            {
                return argument.ArgumentKind == ArgumentKind.DefaultValue ? null : argument.Value;
            }
        }

        return null;
    }

    /// <summary>Where the called method's name is written, so that a diagnostic underlines the verb.</summary>
    public static Location NameLocation(IInvocationOperation invocation) =>
        invocation.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access }
            ? access.Name.GetLocation()
            : invocation.Syntax.GetLocation();
}
