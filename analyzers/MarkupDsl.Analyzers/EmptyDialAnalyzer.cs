using System.Collections.Immutable;
using System.Linq;
using MarkupDsl.Analyzers.Diagnostics;
using MarkupDsl.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MarkupDsl.Analyzers;

/// <summary>
/// A <c>&lt;Dial&gt;</c> that can have nothing to call (MDSL015): its text is a blank constant
/// (<c>Dial("")</c>), or its content lambda adds no noun and no text (<c>Dial(d =&gt; { })</c>). A lambda that calls
/// anything but a blank <c>Text</c> may add a noun, so it is not reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EmptyDialAnalyzer : MarkupAnalyzer
{
    private const string Dial = "Dial";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.EmptyDial);

    private protected override void Register(CompilationStartAnalysisContext context, MarkupTypes types) =>
        context.RegisterOperationAction(operation => Analyze(operation, types), OperationKind.Invocation);

    private static void Analyze(OperationAnalysisContext context, MarkupTypes types)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (!MarkupCall.Is(invocation, types, type: null, Dial, out _))
        {
            return;
        }

        bool empty = MarkupCall.Argument(invocation, "text") is { } text
            ? IsBlank(text)
            : MarkupCall.Argument(invocation, "content") is { } content && AddsNothing(content);
        if (empty)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.EmptyDial, MarkupCall.NameLocation(invocation)));
        }
    }

    /// <summary>Whether the text is a constant that holds no number: null, empty or white space.</summary>
    private static bool IsBlank(IOperation text) =>
        ArgumentItems.Unwrap(text).ConstantValue is { HasValue: true } constant
        && (constant.Value is null || (constant.Value is string value && string.IsNullOrWhiteSpace(value)));

    /// <summary>Whether a content lambda written in place calls nothing but blank <c>Text</c>s.</summary>
    private static bool AddsNothing(IOperation content)
    {
        if (ArgumentItems.Unwrap(content) is not IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda })
        {
            return false;
        }

        return lambda.Body.Descendants().OfType<IInvocationOperation>().All(call =>
            call.TargetMethod.Name == "Text"
            && SymbolEqualityComparer.Default.Equals(call.TargetMethod.ContainingType, lambda.Symbol.Parameters.FirstOrDefault()?.Type)
            && call.Arguments.Length == 1 && IsBlank(call.Arguments[0].Value));
    }
}
