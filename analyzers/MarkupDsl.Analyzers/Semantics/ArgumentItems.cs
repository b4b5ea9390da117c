using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace MarkupDsl.Analyzers.Semantics;

/// <summary>
/// The values an argument writes out: the argument itself, or each element of a collection expression, array or
/// collection initializer given for a list attribute (<c>attempt: [1, 2]</c>). Conversions are looked through, so
/// that a constant passed to an <c>int?</c> or a <c>string</c> converted to a value type keeps its constant value.
/// </summary>
internal static class ArgumentItems
{
    /// <summary>The items of <paramref name="value"/>, in source order; nothing for a spread element.</summary>
    public static IEnumerable<IOperation> Of(IOperation value)
    {
        switch (Unwrap(value))
        {
            case ICollectionExpressionOperation collection:
                foreach (IOperation element in collection.Elements)
                {
                    if (element is not ISpreadOperation)
                    {
                        yield return Unwrap(element);
                    }
                }

                break;
            case IArrayCreationOperation { Initializer: { } initializer }:
                foreach (IOperation element in initializer.ElementValues)
                {
                    yield return Unwrap(element);
                }

                break;
            case IObjectCreationOperation { Initializer: IObjectOrCollectionInitializerOperation initializer }:
                foreach (IOperation add in initializer.Initializers)
                {
                    if (add is IInvocationOperation { Arguments.Length: 1 } invocation)
                    {
                        yield return Unwrap(invocation.Arguments[0].Value);
                    }
                }

                break;
            case var single:
                yield return single;
                break;
        }
    }

    /// <summary>The operand under conversions that leave a constant unknown (to <c>int?</c>, to <c>object</c>, ...).</summary>
    public static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation { ConstantValue.HasValue: false } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }
}
