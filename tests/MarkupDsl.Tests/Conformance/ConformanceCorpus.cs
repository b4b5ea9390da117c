using System.Collections.Generic;
using System.Linq;

namespace MarkupDsl.Tests.Conformance;

/// <summary>
/// A generated document and how to make it again: its seed, and the element it was made to hold, if any
/// (<c>new DocumentGenerator(catalog, seed).Generate()</c>, or with <c>AttributeChance = 1</c> and
/// <c>catalog.PathTo(node)</c> for one made to hold an element).
/// </summary>
internal sealed record ConformanceCase(string Label, SpecElement Document);

/// <summary>
/// The documents the conformance tests compare: one per seed of a fixed list, then one per paired element, made to
/// hold that element with every attribute set, so that each element and attribute is covered whatever the random
/// documents happen to hold.
/// </summary>
internal static class ConformanceCorpus
{
    /// <summary>The random documents' seeds: fixed, so that a failure names the seed that reproduces it.</summary>
    public static readonly IReadOnlyList<int> Seeds = Enumerable.Range(1, 300).ToArray();

    /// <summary>Seeds of the documents made to hold one element: this plus the element's index in the catalog.</summary>
    public const int FocusedSeedBase = 100_000;

    public static IEnumerable<ConformanceCase> Cases(ConformanceCatalog catalog, bool carriageReturns = false, int? randomDocuments = null)
    {
        foreach (int seed in Seeds.Take(randomDocuments ?? Seeds.Count))
        {
            yield return new ConformanceCase($"seed {seed}", new DocumentGenerator(catalog, seed, carriageReturns).Generate());
        }

        IReadOnlyList<ElementNode> nodes = catalog.Nodes;
        for (int i = 0; i < nodes.Count; i++)
        {
            int seed = FocusedSeedBase + i;
            var generator = new DocumentGenerator(catalog, seed, carriageReturns) { AttributeChance = 1 };
            yield return new ConformanceCase($"seed {seed} (made to hold <{nodes[i].Key}>)", generator.Generate(catalog.PathTo(nodes[i])));
        }
    }
}
