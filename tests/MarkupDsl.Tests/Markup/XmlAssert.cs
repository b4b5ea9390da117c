using System.Linq;
using System.Xml.Linq;

namespace MarkupDsl.Tests.Markup;

/// <summary>Compares XML documents as element trees: attribute order and white space between elements aside.</summary>
internal static class XmlAssert
{
    public static void SameTree(string expected, string actual)
    {
        XElement expectedRoot = Normalize(XDocument.Parse(expected).Root!);
        XElement actualRoot = Normalize(XDocument.Parse(actual).Root!);
        Assert.Equal(expectedRoot.ToString(), actualRoot.ToString());
    }

    // Attributes in name order; text kept where it stands (mixed content), but not an indenting writer's white space.
    private static XElement Normalize(XElement element) => new(
        element.Name,
        element.Attributes().OrderBy(a => a.Name.ToString()),
        element.Nodes()
            .Where(n => n is XElement || (n is XText text && !(element.HasElements && string.IsNullOrWhiteSpace(text.Value))))
            .Select(n => n is XElement child ? Normalize(child) : (object)new XText(((XText)n).Value)));
}
