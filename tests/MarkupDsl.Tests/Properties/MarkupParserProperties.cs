using System.IO;
using System.Text;
using CsCheck;
using MarkupDsl.Markup;

namespace MarkupDsl.Tests.Properties;

/// <summary>
/// The XML and SWML (JSON and YAML) readers on hostile input: every dialect's example documents with random byte
/// edits (<see cref="ByteMutation"/>), and random bytes. <c>Parse</c> and <c>Load</c> return a document or throw
/// <see cref="MarkupParseException"/>, their documented exception, and nothing else; <c>Validate</c> never throws. A
/// failure prints CsCheck's seed and the shrunk input; replay it with <c>seed:</c> or the <c>CsCheck_Seed</c> variable.
/// </summary>
public class MarkupParserProperties
{
    [Theory]
    [MemberData(nameof(Dialect.Names), MemberType = typeof(Dialect))]
    public void Mutated_examples_are_read_or_refused_with_a_parse_exception(string name)
    {
        Dialect dialect = Dialect.Named(name);
        Gen.Select(Gen.Int[0, dialect.Examples.Count - 1], ByteMutation.Gen.Array[1, 5])
            .Select((example, mutations) => ByteMutation.ApplyAll(Encoding.UTF8.GetBytes(dialect.Examples[example]), mutations))
            .Sample(bytes => ReadsOrRefuses(dialect, bytes), iter: 400);
    }

    [Theory]
    [MemberData(nameof(Dialect.Names), MemberType = typeof(Dialect))]
    public void Random_bytes_are_refused_with_a_parse_exception(string name)
    {
        Dialect dialect = Dialect.Named(name);
        Gen.Byte.Array[0, 200].Sample(bytes => ReadsOrRefuses(dialect, bytes), iter: 300);
    }

    private static void ReadsOrRefuses(Dialect dialect, byte[] bytes)
    {
        string text = Encoding.UTF8.GetString(bytes);
        MarkupDocument? parsed = ParseOrNull(() => dialect.Parse(text));
        ParseOrNull(() => dialect.Load(new MemoryStream(bytes)));
        Assert.NotNull(dialect.Validate(text));
        if (parsed is not null)
        {
            // What reads must write back and read again as itself.
            Assert.Equal(parsed, dialect.Parse(parsed.ToString()));
        }
    }

    private static MarkupDocument? ParseOrNull(System.Func<MarkupDocument> parse)
    {
        try
        {
            return parse();
        }
        catch (MarkupParseException)
        {
            return null;
        }
    }
}
