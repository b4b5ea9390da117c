using System.Collections.Concurrent;
using System.Collections.Immutable;
using MarkupDsl.Analyzers.Diagnostics;
using MarkupDsl.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MarkupDsl.Analyzers;

/// <summary>
/// <c>&lt;Stop&gt;&lt;Stream name&gt;</c> (SWML <c>stop_stream control_id</c>) naming a stream that no stream in
/// the same method started (MDSL007). Reported only when every name involved is a constant.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class StopStreamAnalyzer : MarkupAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.StopUnknownStream);

    private protected override void Register(CompilationStartAnalysisContext context, MarkupTypes types) =>
        context.RegisterOperationBlockStartAction(block =>
        {
            var method = new MethodStreams(types);
            block.RegisterOperationAction(operation => method.Add((IInvocationOperation)operation.Operation), OperationKind.Invocation);
            block.RegisterOperationBlockEndAction(end => method.Report(end));
        });

    /// <summary>The names one method starts and stops; filled concurrently by the operation actions.</summary>
    private sealed class MethodStreams(MarkupTypes types)
    {
        private readonly ConcurrentDictionary<string, byte> _started = new(System.StringComparer.Ordinal);
        private readonly ConcurrentQueue<(string Name, Location Location)> _stopped = new();
        private volatile bool _unknownName;

        public void Add(IInvocationOperation invocation)
        {
            IOperation? name = StreamNames.Argument(invocation, types, out bool starts);
            if (starts)
            {
                Started(name);
            }
            else
            {
                Stopped(name);
            }
        }

        public void Report(OperationBlockAnalysisContext context)
        {
            if (_unknownName)
            {
                return;
            }

            foreach ((string name, Location location) in _stopped)
            {
                if (!_started.ContainsKey(name))
                {
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.StopUnknownStream, location, name));
                }
            }
        }

        private void Started(IOperation? name)
        {
            if (name is null)
            {
                return;
            }

            if (name.ConstantValue is { HasValue: true, Value: string text })
            {
                _started.TryAdd(text, 0);
            }
            else
            {
                _unknownName = true;
            }
        }

        private void Stopped(IOperation? name)
        {
            if (name is null)
            {
                return;
            }

            if (name.ConstantValue is { HasValue: true, Value: string text })
            {
                _stopped.Enqueue((text, name.Syntax.GetLocation()));
            }
            else
            {
                _unknownName = true;
            }
        }
    }
}
