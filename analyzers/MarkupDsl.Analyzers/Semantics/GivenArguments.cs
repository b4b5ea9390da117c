using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace MarkupDsl.Analyzers.Semantics;

/// <summary>The arguments a call gives for some of its parameters: neither left out nor a literal null.</summary>
internal static class GivenArguments
{
    public static IEnumerable<IArgumentOperation> Of(IInvocationOperation invocation, params string[] parameters)
    {
        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            if (argument.Parameter is { } parameter && System.Array.IndexOf(parameters, parameter.Name) >= 0 && IsGiven(argument))
            {
                yield return argument;
            }
        }
    }

    /// <summary>Whether the call writes this argument: it is neither left out nor a constant null.</summary>
    public static bool IsGiven(IArgumentOperation argument) =>
        argument.ArgumentKind != ArgumentKind.DefaultValue
        && ArgumentItems.Unwrap(argument.Value).ConstantValue is not { HasValue: true, Value: null };
}
