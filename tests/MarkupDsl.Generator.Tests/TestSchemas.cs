namespace MarkupDsl.Generator.Tests;

/// <summary>The schema text the diagnostic tests start from: a TwiML schema file with one root element.</summary>
internal static class TestSchemas
{
    /// <summary>The XML declaration and the opening <c>xs:schema</c> tag (two lines), for TwiML.</summary>
    public const string Head = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:mdsl="urn:markupdsl:schema" mdsl:dialects="TwiML">
        """;

    /// <summary>A schema whose root element <c>Verb</c> (line 3) holds <paramref name="content"/> on line 5.</summary>
    public static string Element(string content) => Head + $"""

          <xs:element name="Verb" mdsl:root="true">
            <xs:complexType>
              {content}
            </xs:complexType>
          </xs:element>
        </xs:schema>
        """;
}
