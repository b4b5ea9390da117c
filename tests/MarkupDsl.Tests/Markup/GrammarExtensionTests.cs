using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using MarkupDsl.Markup;

namespace MarkupDsl.Tests.Markup;

/// <summary>
/// <see cref="MarkupGrammar.Extend"/> and <see cref="MarkupGrammar.Extended"/>: what a consumer's schemas add to a
/// dialect's grammar, on a grammar of its own so that the library's stay as they are.
/// </summary>
public sealed class GrammarExtensionTests
{
    private const string Document = """<Response><Say loop="2">Hi</Say><Hold music="jazz"><Say>Please hold.</Say></Hold></Response>""";

    [Fact]
    public void An_extended_grammar_reads_what_the_extension_declares_and_the_original_still_refuses_it()
    {
        MarkupGrammar library = Library();
        MarkupGrammar extended = library.Extended(Hold());

        Assert.Empty(XmlMarkupReader.Validate(Document, extended, "Response"));
        Assert.Equal(
            ["<Say> has no attribute 'loop' (it has voice).", "<Hold> is not allowed in <Response> (it holds <Say>)."],
            XmlMarkupReader.Validate(Document, library, "Response").Select(p => p.Message));
    }

    [Fact]
    public void The_extensions_checks_and_known_values_apply()
    {
        MarkupGrammar extended = Library().Extended(Hold());

        Assert.Equal(
            [
                (MarkupSeverity.Error, "The 'loop' of <Say> must be at least 0."),
                (MarkupSeverity.Warning, "'rock' is not a documented value of 'music' on <Hold> (documented: classical, jazz); the provider may reject or ignore it."),
            ],
            XmlMarkupReader.Validate(Document.Replace("\"2\"", "\"-1\"").Replace("jazz", "rock"), extended, "Response").Select(p => (p.Severity, p.Message)));
    }

    [Fact]
    public void Extending_twice_with_the_same_rules_changes_nothing()
    {
        MarkupGrammar grammar = Library();
        grammar.Extend(Hold());
        grammar.Extend(Hold());

        Assert.Equal(["Say", "Hold"], grammar["Response"].Children.Select(c => c.Name));
        Assert.Equal(["voice", "loop"], grammar["Say"].Attributes.Select(a => a.Name));
        Assert.Empty(XmlMarkupReader.Validate(Document, grammar, "Response"));
    }

    [Fact]
    public void An_extension_for_an_element_the_grammar_lacks_is_refused()
    {
        var extension = new MarkupGrammarExtension([], [KeyValuePair.Create("Gather", new AttributeRule("hints", false, v => v))], []);

        var exception = Assert.Throws<ArgumentException>(() => Library().Extend(extension));
        Assert.Equal("extension", exception.ParamName);
        Assert.Contains("'Gather'", exception.Message);
    }

    [Fact]
    public async Task Extensions_registered_at_once_from_many_threads_are_all_kept_while_documents_are_read()
    {
        MarkupGrammar grammar = Library();
        Task reader = Task.Run(() =>
        {
            for (int i = 0; i < 2_000; i++)
            {
                Assert.Empty(XmlMarkupReader.Validate("<Response><Say>Hi</Say></Response>", grammar, "Response"));
            }
        });
        await Task.WhenAll(Enumerable.Range(0, 32).Select(i => Task.Run(() => grammar.Extend(new MarkupGrammarExtension(
            [new ElementRule("Verb" + i, "Verb" + i, false, false, 0, false, [], [])],
            [],
            [KeyValuePair.Create("Response", new ChildRule("Verb" + i, "Verb" + i, 0, 1))])))).Append(reader));

        Assert.Equal(33, grammar["Response"].Children.Length);
        Assert.Equal("Verb31", grammar["Verb31"].Name);
    }

    private static MarkupGrammar Library() => new(
    [
        new ElementRule("Response", "Response", false, false, 0, false, [], [new ChildRule("Say", "Say", 0, int.MaxValue)]),
        new ElementRule("Say", "Say", true, false, 0, false, [new AttributeRule("voice", false, v => v)], []),
    ]);

    // A verb holding the library's <Say>, and a new attribute on <Say>.
    private static MarkupGrammarExtension Hold() => new(
        elements: [new ElementRule("Hold", "Hold", false, false, 0, false, [new AttributeRule("music", false, v => v, KnownValues: ["classical", "jazz"])], [new ChildRule("Say", "Say", 0, int.MaxValue)])],
        attributes: [KeyValuePair.Create("Say", new AttributeRule("loop", false, v => MarkupValidation.IntegerText(v, 0, int.MaxValue, "loop", "Say")))],
        children: [KeyValuePair.Create("Response", new ChildRule("Hold", "Hold", 0, int.MaxValue))]);
}
