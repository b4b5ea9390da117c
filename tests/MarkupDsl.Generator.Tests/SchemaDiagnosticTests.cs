using System.Linq;
using Microsoft.CodeAnalysis;
using static MarkupDsl.Generator.Tests.TestSchemas;

namespace MarkupDsl.Generator.Tests;

/// <summary>
/// What the generator makes of schemas it can only partly read: what is still generated, and the diagnostics on
/// constructs the SDK-based <see cref="SchemaDiagnosticLocationTests"/> do not cover (exact spans and messages are
/// there).
/// </summary>
public sealed class SchemaDiagnosticTests
{
    [Fact]
    public void Undeclared_element_reference_is_MDSL102_and_the_rest_is_generated()
    {
        var (result, errors) = GeneratorHarness.Run(new[]
        {
            new GeneratorHarness.SchemaText("Custom.xsd", Head + """

              <xs:element name="Doc" mdsl:root="true">
                <xs:complexType>
                  <xs:sequence>
                    <xs:element ref="Missing" />
                    <xs:element ref="Item" minOccurs="0" maxOccurs="unbounded" />
                  </xs:sequence>
                </xs:complexType>
              </xs:element>
              <xs:element name="Item">
                <xs:complexType>
                  <xs:attribute name="size" type="xs:positiveInteger" />
                </xs:complexType>
              </xs:element>
            </xs:schema>
            """),
        });

        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("MDSL102", diagnostic.Id);
        Assert.Contains("'Missing'", diagnostic.GetMessage());
        Assert.Empty(errors);
        Assert.Contains(result.GeneratedSources, s => s.SourceText.ToString().Contains("public Doc Item([global::MarkupDsl.Markup.SchemaRange(1, int.MaxValue)] int? size = null, "));
    }

    [Fact]
    public void Attribute_names_become_camel_case_parameters_and_keep_their_wire_spelling()
    {
        var (result, errors) = GeneratorHarness.Run(new[] { new GeneratorHarness.SchemaText("Custom.xsd", Element("<xs:attribute name=\"data-id\" type=\"xs:string\" use=\"required\" />")) });
        Assert.Empty(result.Diagnostics);
        Assert.Empty(errors);
        string factory = result.GeneratedSources.Single(s => s.HintName.EndsWith("TwiMLUserElements.g.cs")).SourceText.ToString();
        Assert.Contains("Verb(string dataId, ", factory);
        Assert.Contains("DataIdAttribute = new global::MarkupDsl.Markup.MarkupName(\"data-id\")", factory);
        Assert.Contains("element.SetAttribute(DataIdAttribute, ", factory);
    }

    [Fact]
    public void Importing_a_namespace_other_than_xml_is_MDSL101() =>
        Assert.Contains("only the XML namespace", Single(Head + """

              <xs:import namespace="urn:other" />
            </xs:schema>
            """, "MDSL101").GetMessage());

    [Fact]
    public void A_keyed_method_list_without_a_required_key_attribute_is_MDSL101() =>
        Assert.Contains("the entry's key", Single(Element("""
            <xs:sequence>
              <xs:element name="case" maxOccurs="unbounded" mdsl:json="keyed-methods">
                <xs:complexType>
                  <xs:attribute name="value" type="xs:string" />
                </xs:complexType>
              </xs:element>
            </xs:sequence>
            """), "MDSL101").GetMessage());

    [Fact]
    public void Bounds_on_a_string_type_are_MDSL101_and_the_attribute_is_left_out()
    {
        Diagnostic diagnostic = Single(
            Element("<xs:attribute name=\"size\" type=\"Size\" />").Replace("</xs:schema>", """
              <xs:simpleType name="Size">
                <xs:restriction base="xs:string">
                  <xs:maxInclusive value="3" />
                </xs:restriction>
              </xs:simpleType>
            </xs:schema>
            """),
            "MDSL101");
        Assert.Contains("bounds restrict an integer type", diagnostic.GetMessage());
    }

    [Fact]
    public void A_list_of_lists_is_MDSL101()
    {
        Diagnostic diagnostic = Single(
            Element("<xs:attribute name=\"codes\" type=\"Outer\" />").Replace("</xs:schema>", """
              <xs:simpleType name="Inner"><xs:list itemType="xs:positiveInteger" /></xs:simpleType>
              <xs:simpleType name="Outer"><xs:list itemType="Inner" /></xs:simpleType>
            </xs:schema>
            """),
            "MDSL101");
        Assert.Contains("a list's items are not lists", diagnostic.GetMessage());
    }

    [Fact]
    public void Mixed_content_lists_bounds_and_xml_lang_generate_code_that_compiles_and_runs()
    {
        const string schema = Head + """

              <xs:import namespace="http://www.w3.org/XML/1998/namespace" />
              <xs:element name="Doc" mdsl:root="true">
                <xs:complexType>
                  <xs:choice minOccurs="0" maxOccurs="unbounded">
                    <xs:element ref="talk" />
                  </xs:choice>
                </xs:complexType>
              </xs:element>
              <xs:element name="talk">
                <xs:complexType mixed="true">
                  <xs:choice minOccurs="0" maxOccurs="unbounded">
                    <xs:element ref="talk" />
                  </xs:choice>
                  <xs:attribute ref="xml:lang" />
                  <xs:attribute name="tries" type="Tries" />
                  <xs:attribute name="for" type="xs:string" />
                </xs:complexType>
              </xs:element>
              <xs:simpleType name="Try">
                <xs:restriction base="xs:positiveInteger">
                  <xs:maxInclusive value="3" />
                </xs:restriction>
              </xs:simpleType>
              <xs:simpleType name="Tries"><xs:list itemType="Try" /></xs:simpleType>
            </xs:schema>
            """;
        const string consumer = """
            namespace MarkupDsl.TwiML;
            public static class Use
            {
                public static string Run() => new Doc()
                    .Talk("hello", xmlLang: "en-GB")
                    .Talk(t => t.Text("a ").Talk("b", tries: [1, 3]).Text(" c"), @for: "x")
                    .ToString();
            }
            """;

        var (result, errors) = GeneratorHarness.Run(new[] { new GeneratorHarness.SchemaText("Custom.xsd", schema) }, consumer, out Compilation output);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(errors);
        Assert.Equal(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Doc><talk xml:lang=\"en-GB\">hello</talk><talk for=\"x\">a <talk tries=\"1 3\">b</talk> c</talk></Doc>",
            GeneratorHarness.Invoke(output, "MarkupDsl.TwiML.Use", "Run"));
    }

    private static Diagnostic Single(string schema, string id)
    {
        var (result, errors) = GeneratorHarness.Run(new[] { new GeneratorHarness.SchemaText("Custom.xsd", schema) });
        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("Custom.xsd", diagnostic.Location.GetLineSpan().Path);
        Assert.Empty(errors);
        return diagnostic;
    }
}
