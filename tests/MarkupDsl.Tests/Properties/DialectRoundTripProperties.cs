using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CsCheck;
using MarkupDsl.Markup;

namespace MarkupDsl.Tests.Properties;

/// <summary>
/// Random documents of every dialect, built through the public builders by <see cref="RandomDocument"/> (reflection
/// over the generated builder methods, matched with the generated grammar's rules, so every element and attribute of
/// the dialect is in reach, and half the documents are led to a given element), from choices CsCheck generates and
/// shrinks (<see cref="ChoiceRandom"/>). A failure prints CsCheck's seed and the shrunk choices (replay them with
/// <c>seed:</c> or the <c>CsCheck_Seed</c> variable), the document, what was written and where the tree read back
/// first differs.
/// </summary>
public class DialectRoundTripProperties
{
    private static readonly Gen<uint[]> Choices = Gen.UInt.Array[0, 400];

    [Theory]
    [MemberData(nameof(Dialect.Names), MemberType = typeof(Dialect))]
    public void A_written_document_parses_back_to_an_equal_document(string name)
    {
        Dialect dialect = Dialect.Named(name);
        Documents(dialect).Sample((choices, target) =>
        {
            MarkupDocument document = Builder(dialect, choices, target).Build();
            AssertReadsBack(dialect, document, document.ToString());
            AssertReadsBack(dialect, document, document.ToString(indented: true));
            if (document is SwmlMarkupDocument swml)
            {
                AssertReadsBack(dialect, document, swml.ToYaml());
            }
        }, iter: 100);
    }

    [Theory]
    [MemberData(nameof(Dialect.Names), MemberType = typeof(Dialect))]
    public void Every_element_and_attribute_of_the_dialect_is_built_and_read_back(string name)
    {
        Dialect dialect = Dialect.Named(name);
        var built = new HashSet<string>(StringComparer.Ordinal);
        foreach (string element in dialect.Elements)
        {
            var builder = new RandomDocument(dialect, new Random(element.Length)) { Target = element };
            MarkupDocument document = builder.Build();
            AssertReadsBack(dialect, document, document.ToString());
            built.UnionWith(builder.Built);
        }

        string[] missed = dialect.Elements
            .SelectMany(key => dialect.Grammar[key].Attributes.Select(a => key + "@" + a.Name).Prepend(key))
            .Where(key => !built.Contains(key))
            .ToArray();
        Assert.True(missed.Length == 0, $"never built: {string.Join(", ", missed)}");
    }

    [Theory]
    [MemberData(nameof(Dialect.Names), MemberType = typeof(Dialect))]
    public void WriteTo_writes_the_UTF8_bytes_of_ToString(string name)
    {
        Dialect dialect = Dialect.Named(name);
        Documents(dialect).Sample((choices, target) =>
        {
            MarkupDocument document = Builder(dialect, choices, target).Build();
            byte[] expected = Encoding.UTF8.GetBytes(document.ToString());
            var bufferWriter = new ArrayBufferWriter<byte>();
            document.WriteTo(bufferWriter);
            var stream = new MemoryStream();
            document.WriteTo(stream);
            var asyncStream = new MemoryStream();
            document.WriteToAsync(asyncStream).GetAwaiter().GetResult();
            Assert.Equal(expected, bufferWriter.WrittenSpan.ToArray());
            Assert.Equal(expected, stream.ToArray());
            Assert.Equal(expected, asyncStream.ToArray());
        }, iter: 60);
    }

    [Theory]
    [MemberData(nameof(Dialect.Names), MemberType = typeof(Dialect))]
    public void An_invalid_value_is_refused_naming_its_attribute(string name)
    {
        Dialect dialect = Dialect.Named(name);
        int sabotaged = 0;
        Gen.Select(Documents(dialect), Gen.Int[1, 6]).Sample((document, which) =>
        {
            RandomDocument builder = Builder(dialect, document.Choices, document.Target, which);
            Exception? error = Record.Exception(() => builder.Build());
            if (builder.Sabotaged is null)
            {
                Assert.Null(error);
                return;
            }

            System.Threading.Interlocked.Increment(ref sabotaged);
            ArgumentException refused = Assert.IsAssignableFrom<ArgumentException>(error);
            Assert.Equal(builder.Sabotaged, refused.ParamName);
            Assert.Contains($"'{builder.Sabotaged}'", refused.Message, StringComparison.Ordinal);
        }, iter: 150);
        Assert.True(sabotaged > 40, $"only {sabotaged} of 150 documents had an invalid value");
    }

    // Half the documents must hold a given element (with all its attributes), so that deep ones come up as often.
    private static Gen<(uint[] Choices, int Target)> Documents(Dialect dialect) =>
        Gen.Select(Choices, Gen.Int[0, 2 * dialect.Elements.Count - 1]);

    private static RandomDocument Builder(Dialect dialect, uint[] choices, int target, int sabotage = 0) =>
        new(dialect, new ChoiceRandom(choices))
        {
            Target = target < dialect.Elements.Count ? dialect.Elements[target] : null,
            Sabotage = sabotage,
        };

    private static void AssertReadsBack(Dialect dialect, MarkupDocument document, string text)
    {
        MarkupDocument parsed = dialect.Parse(text);
        if (!document.Equals(parsed))
        {
            string[] built = Tree(document.Root).ToArray();
            string[] read = Tree(parsed.Root).ToArray();
            int at = built.Zip(read).TakeWhile(pair => pair.First == pair.Second).Count();
            Assert.Fail($"{document}\nwas written as\n{text}\nand read back with a difference at\n" +
                $"{string.Join('\n', built.Skip(at - 3).Take(4))}\nwhich reads as\n{string.Join('\n', read.Skip(at - 3).Take(4))}");
        }
    }

    // One line per element or text node, with its attributes, indented by depth: the trees as Equals compares them.
    private static IEnumerable<string> Tree(MarkupElement element, string indent = "") =>
        new[] { indent + (element.IsText ? $"text {Quote(element.Text)}" : $"<{element.Name}> {Quote(element.Text)} " + string.Join(' ', element.Attributes.Select(a => $"{a.Name}={Quote(a.Value)}"))) }
            .Concat(element.Children.SelectMany(child => Tree(child, indent + "  ")));

    private static string Quote(string? text) => text is null ? "-" : System.Text.Json.JsonSerializer.Serialize(text);
}
