using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using MarkupDsl.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace MarkupDsl.Docs.Tests.Snippets;

/// <summary>
/// An <c>xs:schema</c> block of a document, given to the generator as the reader's <c>Schemas/*.xsd</c> file would be.
/// </summary>
internal sealed class SchemaText(string path, string text) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);

    /// <summary>Gives every additional file the <c>MarkupDslSchema</c> metadata the package's MSBuild targets set.</summary>
    public sealed class Flagged : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions None = new Options(new Dictionary<string, string>());
        private static readonly AnalyzerConfigOptions Schema = new Options(new Dictionary<string, string> { [MarkupBuilderGenerator.SchemaFlag] = "true" });

        public override AnalyzerConfigOptions GlobalOptions => None;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Schema;

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
