using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace MarkupDsl.Generator.Tests;

/// <summary>A consumer adds its own schema and gets builders attached to the library's builder types.</summary>
public sealed class UserSchemaTests
{
    /// <summary>A verb the provider might add next (<c>&lt;Start&gt;&lt;Translation&gt;</c>) and a new <c>&lt;Stream&gt;</c> attribute.</summary>
    public const string Translation = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:mdsl="urn:markupdsl:schema" mdsl:dialects="TwiML">
          <xs:element name="Translation" mdsl:parents="StartBuilder">
            <xs:annotation><xs:documentation>Transcribes the call in real time.</xs:documentation></xs:annotation>
            <xs:complexType>
              <xs:attribute name="statusCallbackUrl" type="SecureCallbackUrl" use="required" />
              <xs:attribute name="name" type="xs:string" />
              <xs:attribute name="track" type="TranslationTrack" />
              <xs:attribute name="partialResults" type="xs:boolean" />
            </xs:complexType>
          </xs:element>
          <xs:attribute name="statusCallbackEvent" type="xs:string" mdsl:parents="StreamBuilder" />
          <xs:simpleType name="SecureCallbackUrl">
            <xs:restriction base="xs:anyURI"><xs:pattern value="https://\S+" /></xs:restriction>
          </xs:simpleType>
          <xs:simpleType name="TranslationTrack">
            <xs:restriction base="xs:string">
              <xs:enumeration value="inbound_track" />
              <xs:enumeration value="both_tracks" />
            </xs:restriction>
          </xs:simpleType>
        </xs:schema>
        """;

    private const string Consumer = """
        using MarkupDsl.TwiML;

        public static class Program
        {
            public static string Build() => new VoiceResponse()
                .Start(start => start
                    .Stream("wss://example.com/a", stream => stream.WithStatusCallbackEvent("stream-started"))
                    .Translation("https://example.com/translations", name: "t", track: TranslationTrack.BothTracks, partialResults: true))
                .ToString();

            public static string Invalid() => new VoiceResponse()
                .Start(start => start.Translation("http://insecure.example.com"))
                .ToString();
        }
        """;

    [Fact]
    public void A_consumer_schema_attaches_a_new_verb_and_attribute_to_the_library_builders()
    {
        var (result, errors) = GeneratorHarness.Run(new[] { new GeneratorHarness.SchemaText("Translation.xsd", Translation) }, Consumer, out Compilation output);
        Assert.Empty(result.Diagnostics);
        Assert.Empty(errors);

        MethodInfo build = GeneratorHarness.Load(output).GetType("Program")!.GetMethod("Build")!;
        Assert.Equal(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Start><Stream url=\"wss://example.com/a\" statusCallbackEvent=\"stream-started\" />"
            + "<Translation statusCallbackUrl=\"https://example.com/translations\" name=\"t\" track=\"both_tracks\" partialResults=\"true\" /></Start></Response>",
            (string)build.Invoke(null, null)!);

        MethodInfo invalid = GeneratorHarness.Load(output).GetType("Program")!.GetMethod("Invalid")!;
        var exception = Assert.Throws<TargetInvocationException>(() => invalid.Invoke(null, null));
        Assert.Equal("statusCallbackUrl", Assert.IsType<System.ArgumentException>(exception.InnerException).ParamName);
    }

    [Fact]
    public void A_parent_no_assembly_declares_is_MDSL102()
    {
        var (result, errors) = GeneratorHarness.Run(new[] { new GeneratorHarness.SchemaText("Translation.xsd", Translation.Replace("StartBuilder", "BeginBuilder")) });
        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("MDSL102", diagnostic.Id);
        Assert.Contains("MarkupDsl.TwiML.BeginBuilder", diagnostic.GetMessage());
        Assert.Empty(errors);
    }

    [Fact]
    public void Xsd_files_without_the_schema_flag_are_left_alone()
    {
        GeneratorDriver driver = GeneratorHarness.CreateDriver(
            new[] { new GeneratorHarness.SchemaText("Other.xsd", "<not a schema"), new GeneratorHarness.SchemaText("Translation.xsd", Translation) },
            flagged: path => path == "Translation.xsd");
        GeneratorRunResult result = driver.RunGenerators(GeneratorHarness.Compilation()).GetRunResult().Results.Single();
        Assert.Empty(result.Diagnostics);
        Assert.NotEmpty(result.GeneratedSources);
    }
}
