using System;
using System.Linq;
using MarkupDsl.Markup;

namespace MarkupDsl.Tests.Markup;

/// <summary>The element tree: attribute and child storage, its list views, equality.</summary>
public sealed class MarkupElementTests
{
    [Fact]
    public void Attributes_keep_their_order_and_a_second_set_replaces_the_value_in_place()
    {
        var element = new MarkupElement("Stream");
        element.SetAttribute("url", "wss://a");
        element.SetAttribute("name", "n");
        element.SetAttribute("track", "inbound_track");
        element.SetAttribute("url", "wss://b");

        Assert.Equal(
            [new MarkupAttribute("url", "wss://b"), new MarkupAttribute("name", "n"), new MarkupAttribute("track", "inbound_track")],
            element.Attributes.ToArray());
        Assert.Equal("wss://b", element.GetAttribute("url"));
        Assert.Null(element.GetAttribute("statusCallback"));
    }

    [Fact]
    public void Names_rendered_beforehand_write_and_compare_as_plain_names_do()
    {
        var rendered = new MarkupElement(new MarkupName("say-as"));
        rendered.SetAttribute(new MarkupName("interpret-as"), "digits");
        rendered.Text = "4521 & 7";
        var plain = new MarkupElement("say-as");
        plain.SetAttribute("interpret-as", "digits");
        plain.Text = "4521 & 7";

        Assert.Equal(plain, rendered);
        Assert.Equal(plain.Attributes[0], rendered.Attributes[0]);
        Assert.Equal(Write(plain), Write(rendered));
        Assert.EndsWith("<say-as interpret-as=\"digits\">4521 &amp; 7</say-as>", Write(rendered));
    }

    private static string Write(MarkupElement root)
    {
        var utf8 = new System.Buffers.ArrayBufferWriter<byte>();
        XmlMarkupWriter.Write(root, utf8, indented: false);
        string text = XmlMarkupWriter.ToString(root, indented: false);
        Assert.Equal(text, System.Text.Encoding.UTF8.GetString(utf8.WrittenSpan));
        return text;
    }

    [Fact]
    public void Children_grow_past_any_initial_capacity_in_document_order()
    {
        var element = new MarkupElement("Response");
        for (int i = 0; i < 37; i++)
        {
            element.Add(new MarkupElement("Say") { Text = i.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        Assert.Equal(37, element.Children.Count);
        Assert.Equal(37, element.CountChildren("Say"));
        Assert.Equal(Enumerable.Range(0, 37).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), element.Children.Select(c => c.Text));

        int index = 0;
        foreach (MarkupElement child in element.Children)
        {
            Assert.Same(element.Children[index++], child);
        }

        Assert.Equal(37, index);
        Assert.Equal(element.Children.AsSpan().ToArray(), element.Children.ToArray());
    }

    [Fact]
    public void A_view_is_a_snapshot_of_the_count_and_refuses_indexes_outside_it()
    {
        var element = new MarkupElement("Response");
        MarkupList<MarkupElement> empty = element.Children;
        element.Add(new MarkupElement("Say"));

        Assert.Empty(empty);
        Assert.Single(element.Children);
        Assert.Throws<ArgumentOutOfRangeException>(() => element.Children[1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => element.Children[-1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => element.Attributes[0]);
    }

    [Fact]
    public void Elements_are_equal_with_attributes_in_any_order_and_children_in_order()
    {
        static MarkupElement Stream(params string[] attributeOrder)
        {
            var stream = new MarkupElement("Stream");
            foreach (string name in attributeOrder)
            {
                stream.SetAttribute(name, name + "-value");
            }

            return stream;
        }

        Assert.Equal(Stream("url", "name"), Stream("name", "url"));
        Assert.NotEqual(Stream("url", "name"), Stream("url"));

        var first = new MarkupElement("Response");
        first.Add(new MarkupElement("Start"));
        first.Add(new MarkupElement("Stop"));
        var second = new MarkupElement("Response");
        second.Add(new MarkupElement("Stop"));
        second.Add(new MarkupElement("Start"));
        Assert.NotEqual(first, second);
    }
}
