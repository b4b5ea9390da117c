using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static MarkupDsl.Generator.Tests.TestSchemas;

namespace MarkupDsl.Generator.Tests;

/// <summary>
/// Schema diagnostics as a user sees them in the IDE: exact id, span in the <c>.xsd</c> and message arguments,
/// checked by the Roslyn SDK's source generator test (<see cref="SchemaGeneratorTest"/>), which also fails on any
/// compiler diagnostic in what is generated beside them.
/// </summary>
public sealed class SchemaDiagnosticLocationTests
{
    private const string File = SchemaGeneratorTest.Folder + "Custom.xsd";

    [Fact]
    public Task Malformed_xml_is_MDSL100_where_the_parser_stopped() => Run(
        Head + "\n  <xs:element name=\"A\">\n</xs:schema>\n",
        Diagnostic("MDSL100").WithSpan(File, 4, 3, 4, 4).WithArguments("The 'xs:element' start tag on line 3 position 4 does not match the end tag of 'xs:schema'. Line 4, position 3."));

    [Fact]
    public Task Unsupported_construct_is_MDSL101_on_its_element() => Run(
        Element("""
            <xs:sequence>
                    <xs:any />
                  </xs:sequence>
            """),
        Diagnostic("MDSL101").WithSpan(File, 6, 9, 6, 16).WithArguments("xs:any", "a sequence or choice holds xs:element particles"));

    [Fact]
    public Task Undeclared_attribute_type_is_MDSL102_on_the_attribute() => Run(
        Element("<xs:attribute name=\"codec\" type=\"NoSuchType\" />"),
        Diagnostic("MDSL102").WithSpan(File, 5, 7, 5, 20).WithArguments("codec", "type", "NoSuchType"));

    [Fact]
    public Task Builder_name_that_is_not_an_identifier_is_MDSL103_on_its_declaration() => Run(
        Element(string.Empty).Replace("name=\"Verb\"", "name=\"Verb\" mdsl:builder=\"Bad-Name\""),
        Diagnostic("MDSL103").WithSpan(File, 3, 3, 3, 14).WithArguments("Bad-Name", "a builder class", "it is not a valid C# identifier"));

    [Fact]
    public Task Pattern_dotnet_cannot_run_is_MDSL104_on_the_pattern() => Run(
        Head + """

          <xs:simpleType name="Broken">
            <xs:restriction base="xs:string">
              <xs:pattern value="[a-" />
            </xs:restriction>
          </xs:simpleType>
        </xs:schema>
        """,
        Diagnostic("MDSL104").WithSpan(File, 5, 7, 5, 18).WithArguments("[a-", "Invalid pattern '[a-' at offset 3. Unterminated [] set."));

    [Fact]
    public Task Element_declared_in_two_files_is_MDSL105_in_the_second()
    {
        var test = new SchemaGeneratorTest
        {
            TestBehaviors = TestBehaviors.SkipGeneratedSourcesCheck,
            ExpectedDiagnostics = { Diagnostic("MDSL105").WithSpan(SchemaGeneratorTest.Folder + "Two.xsd", 3, 3, 3, 14).WithArguments("Element", "Verb", "TwiML") },
        };
        return test.WithSchema("One.xsd", Element(string.Empty)).WithSchema("Two.xsd", Element(string.Empty)).RunAsync();
    }

    [Fact]
    public Task Schema_without_a_dialects_annotation_is_MDSL106_on_its_root() => Run(
        "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:element name=\"A\" type=\"xs:string\" /></xs:schema>",
        Diagnostic("MDSL106").WithSpan(File, 1, 1, 1, 11).WithArguments("xs:schema", "mdsl:dialects"));

    [Fact]
    public Task Unknown_dialect_is_MDSL107_on_the_attribute_that_names_it() => Run(
        Element("<xs:attribute name=\"a\" type=\"xs:string\" mdsl:dialects=\"TwiML Plivo\" />"),
        Diagnostic("MDSL107").WithSpan(File, 5, 7, 5, 20).WithArguments("Plivo", "TwiML, TwiMLMessaging, TeXML, cXML, cXMLMessaging, cXMLFax, SWML, SWMLMessaging"));

    // The framework compiles with documentation comments checked: the generated public builders must have them all.
    [Fact]
    public Task A_valid_schema_gives_documented_builders_the_project_compiles_against_without_a_warning()
    {
        var test = new SchemaGeneratorTest { TestBehaviors = TestBehaviors.SkipGeneratedSourcesCheck };
        test.TestState.Sources.Add(("/0/Use.cs", """
            namespace MarkupDsl.TwiML;

            internal static class Use
            {
                internal static string Write() => new Verb(code: "x").ToString();
            }
            """));
        return test.WithSchema("Custom.xsd", Element("<xs:attribute name=\"code\" type=\"xs:string\" use=\"required\" />")).RunAsync();
    }

    private static Task Run(string schema, DiagnosticResult expected)
    {
        var test = new SchemaGeneratorTest
        {
            TestBehaviors = TestBehaviors.SkipGeneratedSourcesCheck,
            ExpectedDiagnostics = { expected },
        };
        return test.WithSchema("Custom.xsd", schema).RunAsync();
    }

    private static DiagnosticResult Diagnostic(string id) => new(id, DiagnosticSeverity.Error);
}
