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
            if (argument.ArgumentKind != ArgumentKind.DefaultValue && argument.Parameter is { } parameter
                && System.Array.IndexOf(parameters, parameter.Name) >= 0 && !IsNull(argument.Value))
            {
                yield return argument;
            }
        }
    }

    private static bool IsNull(IOperation value) => value switch
    {
        IConversionOperation conversion => IsNull(conversion.Operand),
        _ => value.ConstantValue is { HasValue: true, Value: null },
    };
}
