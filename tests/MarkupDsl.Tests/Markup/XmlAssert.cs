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

    private static XElement Normalize(XElement element) => new(
        element.Name,
        element.Attributes().OrderBy(a => a.Name.ToString()),
        element.HasElements ? element.Elements().Select(Normalize) : element.Value);
}
