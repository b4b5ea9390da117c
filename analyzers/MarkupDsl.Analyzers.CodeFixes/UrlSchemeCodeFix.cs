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
/// Rewrites the scheme of a URL to the one the analyzer names: a <c>ws://</c>, <c>http://</c> or <c>https://</c>
/// stream URL to <c>wss://</c> (MDSL001), or a URL that breaks its schema pattern only by its scheme to the scheme
/// that fits (MDSL014: <c>ws://</c> in a webhook to <c>http://</c>, <c>ws://</c> in a ConversationRelay URL to
/// <c>wss://</c>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UrlSchemeCodeFix)), Shared]
public sealed class UrlSchemeCodeFix : CodeFixProvider
{
    // Schemes a URL of another of them is mistyped as; any other (ftp, a typo) needs a person to decide.
    private static readonly ImmutableHashSet<string> Rewritable = ImmutableHashSet.Create(System.StringComparer.OrdinalIgnoreCase, "ws", "wss", "http", "https");

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        Descriptors.StreamUrlNotSecure.Id, Descriptors.SchemaPatternMismatch.Id);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not { } node
                || !diagnostic.Properties.TryGetValue(FixProperties.Replaced, out string? scheme) || scheme is null
                || !diagnostic.Properties.TryGetValue(FixProperties.Replacement, out string? replacement) || replacement is null
                || !Rewritable.Contains(scheme) || Rewrite(node, scheme, replacement) is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create($"Use {replacement}:// instead of {scheme}://", token => Apply(context.Document, node, scheme, replacement, token), nameof(UrlSchemeCodeFix)),
                diagnostic);
        }
    }

    private static async Task<Document> Apply(Document document, SyntaxNode node, string scheme, string replacement, CancellationToken cancellationToken)
    {
        SyntaxNode root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        return document.WithSyntaxRoot(root.ReplaceNode(node, Rewrite(node, scheme, replacement)!));
    }

    /// <summary>The literal or interpolated-string text with its scheme replaced, or null when the node is neither.</summary>
    private static SyntaxNode? Rewrite(SyntaxNode node, string scheme, string replacement)
    {
        string prefix = scheme + "://";
        string replaced = replacement + "://";
        switch (node)
        {
            case LiteralExpressionSyntax { Token.Value: string url } literal when url.StartsWith(prefix, System.StringComparison.Ordinal):
                return literal.WithToken(SyntaxFactory.Literal(replaced + url.Substring(prefix.Length)).WithTriviaFrom(literal.Token));
            case InterpolatedStringTextSyntax text when text.TextToken.Text.StartsWith(prefix, System.StringComparison.Ordinal):
                SyntaxToken token = text.TextToken;
                return text.WithTextToken(SyntaxFactory.Token(token.LeadingTrivia, SyntaxKind.InterpolatedStringTextToken,
                    replaced + token.Text.Substring(prefix.Length), replaced + token.ValueText.Substring(prefix.Length), token.TrailingTrivia));
            default:
                return null;
        }
    }
}
