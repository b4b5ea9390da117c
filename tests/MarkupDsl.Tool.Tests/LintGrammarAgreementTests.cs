using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using MarkupDsl.Generator.Binding;
using MarkupDsl.Generator.Model;
using MarkupDsl.Generator.Parsing;
using MarkupDsl.Generator.Tests;
using MarkupDsl.Markup;
using MarkupDsl.Tool.Lint;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace MarkupDsl.Tool.Tests;

/// <summary>
/// <c>lint --schemas</c> checks documents against the grammar the generator emits into a consumer's build: the rules
/// <see cref="SchemaGrammar"/> builds from a user's schema equal, field by field and check by check, those of the
/// generated code.
/// </summary>
public sealed class LintGrammarAgreementTests
{
    /// <summary>A SWML method of a user's: a bare value, each JSON type, and a list of documented values.</summary>
    private const string PauseMusic = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:mdsl="urn:markupdsl:schema" elementFormDefault="qualified" mdsl:dialects="SWML">
          <xs:element name="pause_music" mdsl:parents="SwitchDefaultBuilder">
            <xs:annotation><xs:documentation>Plays hold music for a while.</xs:documentation></xs:annotation>
            <xs:complexType>
              <xs:attribute name="duration" type="xs:positiveInteger" use="required" mdsl:json="value" />
              <xs:attribute name="loop" type="xs:boolean" />
              <xs:attribute name="volume" type="xs:decimal" />
              <xs:attribute name="tracks" type="PauseTracks" />
              <xs:attribute name="genre" type="PauseGenre" />
            </xs:complexType>
          </xs:element>
          <xs:simpleType name="PauseTracks"><xs:list itemType="PauseGenre" /></xs:simpleType>
          <xs:simpleType name="PauseGenre">
            <xs:restriction base="xs:string">
              <xs:enumeration value="classical" />
              <xs:enumeration value="jazz" />
            </xs:restriction>
          </xs:simpleType>
        </xs:schema>
        """;

    // Values every attribute's check is tried with: the outcome (the value kept, or the refusal's words) must agree.
    private static readonly string[] Samples =
        ["", " ", "0", "1", "2", "-1", "1.5", "true", "false", "yes", "jazz", "rock", "jazz classical", "jazz rock", "https://example.com/a.mp3", "inbound_track"];

    public static TheoryData<string, string> Schemas => new()
    {
        { "Hold.xsd", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Shared", "Schemas", "Hold.xsd")) },
        { "PauseMusic.xsd", PauseMusic },
    };

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Lint_builds_from_a_users_schema_the_grammar_the_generator_emits(string name, string schema)
    {
        var (result, errors) = GeneratorHarness.Run([new GeneratorHarness.SchemaText(name, schema)], "", out Compilation output);
        Assert.Empty(result.Diagnostics);
        Assert.Empty(errors);
        MarkupGrammarExtension generated = GeneratedExtension(GeneratorHarness.Load(WithoutModuleInitializer(output)));

        MarkupGrammarExtension linted = SchemaGrammar.Extension(Bind(name, schema));

        Assert.NotEmpty(linted.Elements);
        Assert.Equal(generated.Elements.Count, linted.Elements.Count);
        foreach (var (emitted, built) in generated.Elements.Zip(linted.Elements))
        {
            Assert.Equal(emitted with { Attributes = [], Children = [] }, built with { Attributes = [], Children = [] });
            Assert.Equal(emitted.Children, built.Children);
            AssertSameAttributes(emitted.Attributes, built.Attributes);
        }

        Assert.Equal(generated.Children, linted.Children);
        Assert.Equal(generated.Attributes.Select(a => a.Key), linted.Attributes.Select(a => a.Key));
        AssertSameAttributes([.. generated.Attributes.Select(a => a.Value)], [.. linted.Attributes.Select(a => a.Value)]);
    }

    private static void AssertSameAttributes(AttributeRule[] emitted, AttributeRule[] built)
    {
        Assert.Equal(emitted.Length, built.Length);
        foreach (var (e, b) in emitted.Zip(built))
        {
            Assert.Equal(e with { Check = Kept, KnownValues = null }, b with { Check = Kept, KnownValues = null });
            Assert.Equal(e.KnownValues, b.KnownValues);
            Assert.Equal(Samples.Select(v => Outcome(e.Check, v)), Samples.Select(v => Outcome(b.Check, v)));
        }
    }

    private static string Kept(string value) => value;

    private static string Outcome(Func<string, string> check, string value)
    {
        try
        {
            return "kept " + check(value);
        }
        catch (ArgumentException e)
        {
            return "refused: " + e.Message;
        }
    }

    // Loaded as generated, the build would extend the library's grammar in this process when the extension is read,
    // and lint without --schemas would then accept the user's elements in the other tests.
    private static Compilation WithoutModuleInitializer(Compilation compilation)
    {
        const string initializer = "[global::System.Runtime.CompilerServices.ModuleInitializer]";
        SyntaxTree tree = compilation.SyntaxTrees.Single(t => t.ToString().Contains(initializer, StringComparison.Ordinal));
        return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(tree.ToString().Replace(initializer, "", StringComparison.Ordinal))));
    }

    // The consumer's build has one dialect here, so one class with the extension its module initializer registers.
    private static MarkupGrammarExtension GeneratedExtension(Assembly assembly) => assembly.GetTypes()
        .Select(t => t.GetField("GrammarExtension", BindingFlags.NonPublic | BindingFlags.Static)?.GetValue(null))
        .OfType<MarkupGrammarExtension>()
        .Single();

    // As lint --schemas binds the user's schemas: with the library's, as in the user's build.
    private static DialectModel Bind(string name, string schema)
    {
        SchemaFile file = SchemaReader.Read(name, SourceText.From(schema), CancellationToken.None);
        BindResult bound = SchemaBinder.Bind(ImmutableArray.Create(file), LibrarySchemas.All);
        Assert.Empty(file.Diagnostics.Concat(bound.Diagnostics));
        return bound.Dialects.Single();
    }
}
