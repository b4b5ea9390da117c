using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using MarkupDsl.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MarkupDsl.Generator.Tests;

/// <summary>The pipeline re-does only the work an edit calls for, and its model holds no Roslyn objects.</summary>
public sealed class IncrementalCachingTests
{
    // Diagnostics is absent: with valid schemas that step has no outputs to track.
    private static readonly string[] TrackedSteps = { TrackingNames.SchemaFiles, TrackingNames.Bound, TrackingNames.Dialects };

    [Fact]
    public void Second_run_on_a_cloned_compilation_is_cached_at_every_step()
    {
        GeneratorDriver driver = GeneratorHarness.CreateDriver(GeneratorHarness.RepositorySchemas());
        Compilation compilation = GeneratorHarness.LibraryCompilation("class A { }");
        driver = driver.RunGenerators(compilation);
        driver = driver.RunGenerators(compilation.Clone());

        GeneratorRunResult result = driver.GetRunResult().Results.Single();
        AssertAllCached(result, TrackedSteps);
    }

    [Fact]
    public void Adding_an_unrelated_type_regenerates_nothing()
    {
        GeneratorDriver driver = GeneratorHarness.CreateDriver(GeneratorHarness.RepositorySchemas());
        Compilation compilation = GeneratorHarness.LibraryCompilation("class A { }");
        driver = driver.RunGenerators(compilation);
        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { }")));

        AssertAllCached(driver.GetRunResult().Results.Single(), TrackedSteps);
    }

    [Fact]
    public void Editing_one_schema_rereads_only_that_file()
    {
        IReadOnlyList<AdditionalText> schemas = GeneratorHarness.RepositorySchemas();
        AdditionalText say = schemas.Single(s => s.Path.EndsWith("Say.xsd"));
        GeneratorDriver driver = GeneratorHarness.CreateDriver(schemas).RunGenerators(GeneratorHarness.LibraryCompilation());

        string edited = say.GetText()!.ToString().Replace("Reads text to the caller", "Speaks text to the caller");
        driver = driver.ReplaceAdditionalText(say, new GeneratorHarness.SchemaText(say.Path, edited));
        driver = driver.RunGenerators(GeneratorHarness.LibraryCompilation());

        GeneratorRunResult result = driver.GetRunResult().Results.Single();
        var reasons = result.TrackedSteps[TrackingNames.SchemaFiles].SelectMany(step => step.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(schemas.Count - 1, reasons.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        Assert.Contains(result.GeneratedSources, s => s.SourceText.ToString().Contains("Speaks text to the caller"));
    }

    [Fact]
    public void Editing_a_consumer_schema_rebuilds_only_its_dialect()
    {
        AdditionalText hold = new GeneratorHarness.SchemaText("Hold.xsd", LibraryReferenceTests.Hold);
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { hold, TeXmlSchema("Queue") }).RunGenerators(GeneratorHarness.Compilation());

        driver = driver.ReplaceAdditionalText(hold, new GeneratorHarness.SchemaText(hold.Path, LibraryReferenceTests.Hold.Replace("prompts and music", "music")));
        GeneratorRunResult result = driver.RunGenerators(GeneratorHarness.Compilation()).GetRunResult().Results.Single();

        Assert.Equal(
            new[] { IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached },
            result.TrackedSteps[TrackingNames.SchemaFiles].SelectMany(step => step.Outputs).Select(o => o.Reason).OrderBy(r => r).ToArray());
        Assert.Equal(
            new[] { ("TeXML", IncrementalStepRunReason.Unchanged), ("TwiML", IncrementalStepRunReason.Modified) },
            DialectReasons(result));
        Assert.Contains(result.GeneratedSources, s => s.HintName == "MarkupDsl.TwiML.HoldExtensions.g.cs" && s.SourceText.ToString().Contains("Keeps the caller waiting with music."));
    }

    [Fact]
    public void Adding_a_consumer_schema_rebuilds_only_its_dialect()
    {
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { new GeneratorHarness.SchemaText("Hold.xsd", LibraryReferenceTests.Hold), TeXmlSchema("Queue") })
            .RunGenerators(GeneratorHarness.Compilation());

        driver = driver.AddAdditionalTexts(ImmutableArray.Create(TeXmlSchema("Lobby")));
        GeneratorRunResult result = driver.RunGenerators(GeneratorHarness.Compilation()).GetRunResult().Results.Single();

        Assert.Equal(
            new[] { ("TeXML", IncrementalStepRunReason.Modified), ("TwiML", IncrementalStepRunReason.Unchanged) },
            DialectReasons(result));
        Assert.Contains(result.GeneratedSources, s => s.HintName == "MarkupDsl.TeXML.LobbyExtensions.g.cs");
    }

    // A TeXML verb of the given name under the document, in a file of its own.
    private static AdditionalText TeXmlSchema(string verb) => new GeneratorHarness.SchemaText(verb + ".xsd", $"""
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:mdsl="urn:markupdsl:schema" mdsl:dialects="TeXML">
          <xs:element name="{verb}" mdsl:parents="VoiceResponse">
            <xs:complexType><xs:attribute name="name" type="xs:string" /></xs:complexType>
          </xs:element>
        </xs:schema>
        """);

    private static (string Dialect, IncrementalStepRunReason Reason)[] DialectReasons(GeneratorRunResult result) => result.TrackedSteps[TrackingNames.Dialects]
        .SelectMany(step => step.Outputs)
        .Select(o => (((DialectModel)o.Value).Dialect, o.Reason))
        .OrderBy(d => d.Dialect, System.StringComparer.Ordinal)
        .ToArray();

    [Fact]
    public void The_model_holds_no_symbols_syntax_compilations_or_locations()
    {
        var forbidden = new[] { typeof(ISymbol), typeof(SyntaxNode), typeof(Compilation), typeof(Location), typeof(SyntaxTree) };
        var seen = new HashSet<System.Type>();
        var pending = new Stack<System.Type>(typeof(SchemaFile).Assembly.GetTypes().Where(t => t.Namespace == typeof(SchemaFile).Namespace));
        while (pending.Count > 0)
        {
            System.Type type = pending.Pop();
            if (!seen.Add(type))
            {
                continue;
            }

            Assert.DoesNotContain(forbidden, f => f.IsAssignableFrom(type));
            foreach (FieldInfo field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            {
                pending.Push(field.FieldType.IsArray ? field.FieldType.GetElementType()! : field.FieldType);
                foreach (System.Type argument in field.FieldType.GetGenericArguments())
                {
                    pending.Push(argument);
                }
            }
        }
    }

    private static void AssertAllCached(GeneratorRunResult result, IEnumerable<string> steps)
    {
        foreach (string step in steps)
        {
            Assert.True(result.TrackedSteps.ContainsKey(step), $"step {step} did not run");
            foreach (var output in result.TrackedSteps[step].SelectMany(s => s.Outputs))
            {
                Assert.True(
                    output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"step {step} produced an output that is {output.Reason}");
            }
        }

        Assert.All(
            result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }
}
