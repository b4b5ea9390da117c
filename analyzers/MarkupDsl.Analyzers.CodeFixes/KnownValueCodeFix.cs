using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using MarkupDsl.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MarkupDsl.Analyzers.CodeFixes;

/// <summary>
/// Replaces a string literal with the known value the analyzer suggests: the nearest documented value for an
/// unknown or other-dialect value (MDSL003, MDSL004), <c>inbound_track</c> on a <c>&lt;Connect&gt;&lt;Stream&gt;</c> (MDSL005).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(KnownValueCodeFix)), Shared]
public sealed class KnownValueCodeFix : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        Descriptors.UnknownValue.Id, Descriptors.ValueOfOtherDialect.Id, Descriptors.ConnectStreamTrack.Id);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is LiteralExpressionSyntax literal
                && literal.IsKind(SyntaxKind.StringLiteralExpression)
                && diagnostic.Properties.TryGetValue(FixProperties.Replacement, out string? value) && value is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create($"Use \"{value}\"", token => Apply(context.Document, literal, value, token), nameof(KnownValueCodeFix)),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> Apply(Document document, LiteralExpressionSyntax literal, string value, CancellationToken cancellationToken)
    {
        SyntaxNode root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        return document.WithSyntaxRoot(root.ReplaceNode(literal, literal.WithToken(SyntaxFactory.Literal(value).WithTriviaFrom(literal.Token))));
    }
}
