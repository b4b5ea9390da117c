using System.Linq;
using Microsoft.CodeAnalysis;

namespace MarkupDsl.Generator.Tests;

/// <summary>
/// A simple type's <c>xs:documentation</c> narrowed by <c>mdsl:dialects</c>: each dialect quotes its own provider in
/// the rule its error messages and docs give, and the documentation without the annotation serves the others.
/// </summary>
public sealed class DialectDocumentationTests
{
    private const string Schema = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:mdsl="urn:markupdsl:schema" mdsl:dialects="TwiML TeXML cXML">
          <xs:element name="Doc" mdsl:root="true">
            <xs:complexType>
              <xs:attribute name="url" type="Url" />
            </xs:complexType>
          </xs:element>
          <xs:simpleType name="Url">
            <xs:annotation>
              <xs:documentation>a wss:// URL</xs:documentation>
              <xs:documentation mdsl:dialects="TeXML">a wss:// URL (Telnyx says so)</xs:documentation>
              <xs:documentation mdsl:dialects="cXML">a wss:// URL (SignalWire says so)</xs:documentation>
            </xs:annotation>
            <xs:restriction base="xs:string">
              <xs:pattern value="wss://\S+" />
            </xs:restriction>
          </xs:simpleType>
        </xs:schema>
        """;

    [Fact]
    public void Each_dialect_refuses_a_value_with_its_own_wording_and_the_rest_with_the_shared_one()
    {
        const string consumer = """
            public static class Use
            {
                public static string Run() => string.Join("\n",
                    Refusal(() => new MarkupDsl.TwiML.Doc(url: "ws://a")),
                    Refusal(() => new MarkupDsl.TeXML.Doc(url: "ws://a")),
                    Refusal(() => new MarkupDsl.CXML.Doc(url: "ws://a")));

                private static string Refusal(System.Action build)
                {
                    try { build(); return "accepted"; }
                    catch (System.ArgumentException e) { return e.Message; }
                }
            }
            """;

        var (result, errors) = GeneratorHarness.Run(new[] { new GeneratorHarness.SchemaText("Custom.xsd", Schema) }, consumer, out Compilation output);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(errors);
        string[] messages = GeneratorHarness.Invoke(output, "Use", "Run").Split('\n');
        Assert.Equal(3, messages.Length);
        Assert.Contains("must be a wss:// URL; got 'ws://a'", messages[0]);
        Assert.Contains("must be a wss:// URL (Telnyx says so); got 'ws://a'", messages[1]);
        Assert.Contains("must be a wss:// URL (SignalWire says so); got 'ws://a'", messages[2]);
    }

    [Fact]
    public void An_unknown_dialect_on_a_documentation_is_MDSL107_at_it()
    {
        string schema = Schema.Replace("mdsl:dialects=\"cXML\">", "mdsl:dialects=\"cXML Plivo\">");
        var (result, _) = GeneratorHarness.Run(new[] { new GeneratorHarness.SchemaText("Custom.xsd", schema) });

        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("MDSL107", diagnostic.Id);
        Assert.Contains("'Plivo'", diagnostic.GetMessage());
        Assert.Equal(12, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
    }
}
