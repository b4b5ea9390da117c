using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using MarkupDsl.Markup;

namespace MarkupDsl.Tests.Properties;

/// <summary>
/// One dialect as the property tests drive it: its document class, the generated grammar beside it (the
/// public <c>...Elements.Grammar</c> the readers check against), its reading methods found by
/// reflection, and its example documents under <c>Data/</c>.
/// </summary>
internal sealed class Dialect
{
    private Dialect(string name, Type document, string rootKey, string dataFolder)
    {
        Name = name;
        Document = document;
        RootKey = rootKey;
        Grammar = (MarkupGrammar)document.Assembly.GetTypes()
            .Single(t => t.Namespace == document.Namespace && t.Name.EndsWith("Elements", StringComparison.Ordinal))
            .GetField("Grammar", BindingFlags.Public | BindingFlags.Static)!
            .GetValue(null)!;
        Examples = Directory.EnumerateFiles(Path.Combine("Data", dataFolder), "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".xml" or ".json" or ".yaml")
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToArray();
    }

    /// <summary>Every dialect the runtime ships.</summary>
    public static IReadOnlyList<Dialect> All { get; } =
    [
        new("TwiML", typeof(TwiML.VoiceResponse), "Response", "twiml"),
        new("TwiML Messaging", typeof(TwiML.Messaging.MessagingResponse), "Response", "twiml-messaging"),
        new("TeXML", typeof(TeXML.VoiceResponse), "Response", "texml"),
        new("cXML", typeof(CXML.VoiceResponse), "Response", "cxml"),
        new("cXML Messaging", typeof(CXML.Messaging.MessagingResponse), "Response", "cxml-messaging"),
        new("cXML Fax", typeof(CXML.Fax.FaxResponse), "Response", "cxml-fax"),
        new("SWML", typeof(SWML.SwmlDocument), "Main", "swml"),
        new("SWML Messaging", typeof(SWML.Messaging.SwmlMessagingDocument), "Main", "swml-messaging"),
    ];

    /// <summary>The names of <see cref="All"/>, for xUnit theories.</summary>
    public static TheoryData<string> Names => new(All.Select(d => d.Name));

    public string Name { get; }

    /// <summary>The document class, whose public methods are the root's builder.</summary>
    public Type Document { get; }

    /// <summary>The grammar key of the root element.</summary>
    public string RootKey { get; }

    public MarkupGrammar Grammar { get; }

    /// <summary>The example documents (provider pages' examples and the tests' own), as text.</summary>
    public IReadOnlyList<string> Examples { get; }

    public bool IsSwml => typeof(SwmlMarkupDocument).IsAssignableFrom(Document);

    public static Dialect Named(string name) => All.Single(d => d.Name == name);

    /// <summary>Every element declaration below the root, as grammar keys, in a stable order.</summary>
    public IReadOnlyList<string> Elements => _elements ??= Paths().Keys.Order(StringComparer.Ordinal).ToArray();

    /// <summary>The keys of the elements from the root's child down to <paramref name="key"/>, by a shortest route.</summary>
    public IReadOnlyList<string> PathTo(string key) => Paths()[key];

    private IReadOnlyList<string>? _elements;
    private Dictionary<string, IReadOnlyList<string>>? _paths;

    private Dictionary<string, IReadOnlyList<string>> Paths()
    {
        if (_paths is null)
        {
            var paths = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            var queue = new Queue<(string Key, IReadOnlyList<string> Path)>([(RootKey, [])]);
            while (queue.TryDequeue(out var parent))
            {
                foreach (ChildRule child in Grammar[parent.Key].Children.Where(c => c.Key != RootKey && !paths.ContainsKey(c.Key)))
                {
                    IReadOnlyList<string> path = [.. parent.Path, child.Key];
                    paths.Add(child.Key, path);
                    queue.Enqueue((child.Key, path));
                }
            }

            _paths = paths;
        }

        return _paths;
    }

    public MarkupDocument NewDocument() => (MarkupDocument)Activator.CreateInstance(Document, [null])!;

    public MarkupDocument Parse(string text) => Invoke<MarkupDocument>("Parse", text);

    public MarkupDocument Load(Stream utf8) => Invoke<MarkupDocument>("Load", [typeof(Stream)], utf8);

    public IReadOnlyList<MarkupError> Validate(string text) => Invoke<IReadOnlyList<MarkupError>>("Validate", text);

    public override string ToString() => Name;

    private T Invoke<T>(string method, string text) => Invoke<T>(method, [typeof(string)], text);

    private T Invoke<T>(string method, Type[] parameters, object argument) =>
        (T)Reflected.Invoke(Document.GetMethod(method, BindingFlags.Public | BindingFlags.Static, parameters)!, null, [argument])!;
}
