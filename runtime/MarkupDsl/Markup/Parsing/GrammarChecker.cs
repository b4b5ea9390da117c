using System;
using System.Collections.Generic;

namespace MarkupDsl.Markup;

/// <summary>
/// Checks a <see cref="ParsedNode"/> tree against a <see cref="MarkupGrammar"/> and builds the
/// <see cref="MarkupElement"/> tree, collecting every problem rather than stopping at the first: errors, and
/// warnings for enumerated values the schema does not list.
/// </summary>
internal static class GrammarChecker
{
    public static MarkupElement Check(ParsedNode root, MarkupGrammar grammar, string rootKey, List<MarkupError> errors)
    {
        ElementRule rule = grammar[rootKey];
        if (!string.Equals(root.Name, rule.Name, StringComparison.Ordinal))
        {
            errors.Add(new MarkupError(root.Line, root.Column, $"The document element is <{root.Name}>; expected <{rule.Name}>."));
        }

        return Build(root, rule, grammar, errors);
    }

    private static MarkupElement Build(ParsedNode node, ElementRule rule, MarkupGrammar grammar, List<MarkupError> errors)
    {
        var element = new MarkupElement(rule.Name);
        foreach (var (name, value, line, column) in node.Attributes)
        {
            AttributeRule? attributeRule = Array.Find(rule.Attributes, a => string.Equals(a.Name, name, StringComparison.Ordinal));
            try
            {
                if (attributeRule is not null)
                {
                    element.SetAttribute(name, attributeRule.Check(value));
                    if (attributeRule.KnownValues is { } known)
                    {
                        foreach (string item in attributeRule.IsList ? MarkupValidation.ListItems(value) : [value])
                        {
                            if (Array.IndexOf(known, item) < 0)
                            {
                                errors.Add(new MarkupError(line, column,
                                    $"'{item}' is not a documented value of '{name}' on <{rule.Name}> ({Documented(known)}); the provider may reject or ignore it.",
                                    MarkupSeverity.Warning));
                            }
                        }
                    }
                }
                else if (rule.AnyAttributes)
                {
                    element.SetAttribute(name, MarkupValidation.Text(value, name, rule.Name));
                }
                else
                {
                    errors.Add(new MarkupError(line, column, $"<{rule.Name}> has no attribute '{name}'{Known(rule)}."));
                }
            }
            catch (ArgumentException exception)
            {
                errors.Add(new MarkupError(line, column, FirstLine(exception.Message)));
            }
        }

        foreach (AttributeRule attributeRule in rule.Attributes)
        {
            if (attributeRule.Required && element.GetAttribute(attributeRule.Name) is null && !node.Attributes.Exists(a => a.Name == attributeRule.Name))
            {
                errors.Add(new MarkupError(node.Line, node.Column, $"<{rule.Name}> needs the attribute '{attributeRule.Name}'."));
            }
        }

        if (node.Text is { } text && !rule.Mixed)
        {
            if (rule.HasText)
            {
                element.Text = text;
            }
            else if (!string.IsNullOrWhiteSpace(text))
            {
                errors.Add(new MarkupError(node.TextPosition.Line, node.TextPosition.Column, $"<{rule.Name}> holds no text."));
            }
        }

        var counts = new int[rule.Children.Length];
        int elementCount = 0;
        int layoutRuns = rule.Mixed ? LayoutRuns(node) : 0;
        foreach (ParsedNode child in node.Children)
        {
            if (child.IsText)
            {
                // Mixed content keeps its text where it stands; elsewhere the text was checked as a whole above.
                if (rule.Mixed && layoutRuns-- <= 0)
                {
                    element.AddText(MarkupValidation.Text(child.Text!, "text", rule.Name));
                }

                continue;
            }

            elementCount++;
            int index = Array.FindIndex(rule.Children, c => string.Equals(c.Name, child.Name, StringComparison.Ordinal));
            if (index < 0)
            {
                errors.Add(new MarkupError(child.Line, child.Column, $"<{child.Name}> is not allowed in <{rule.Name}>{AllowedChildren(rule)}."));
                continue;
            }

            ChildRule childRule = rule.Children[index];
            if (++counts[index] > childRule.MaxOccurs)
            {
                errors.Add(new MarkupError(child.Line, child.Column, $"<{rule.Name}> allows at most {childRule.MaxOccurs} <{child.Name}>."));
            }

            element.Add(Build(child, grammar[childRule.Key], grammar, errors));
        }

        if (elementCount < rule.MinChildren)
        {
            errors.Add(new MarkupError(node.Line, node.Column, $"<{rule.Name}> must contain at least {rule.MinChildren} child element(s){AllowedChildren(rule)}."));
        }

        for (int i = 0; i < rule.Children.Length; i++)
        {
            if (counts[i] < rule.Children[i].MinOccurs)
            {
                errors.Add(new MarkupError(node.Line, node.Column, $"<{rule.Name}> must contain at least {rule.Children[i].MinOccurs} <{rule.Children[i].Name}>."));
            }
        }

        return element;
    }

    // How many text runs of mixed content, from the first, an indenting writer (XmlWriter, so XDocument and
    // twilio-csharp) added: it writes a line break and spaces before each child element until the element's first real
    // text, after which it stops indenting (and before the end tag when no text came at all). Other white space is
    // content and is kept. An element without child elements was not indented.
    private static int LayoutRuns(ParsedNode node)
    {
        if (!node.Children.Exists(c => !c.IsText))
        {
            return 0;
        }

        int runs = 0;
        foreach (ParsedNode child in node.Children)
        {
            if (child.IsText)
            {
                if (!IsLineIndent(child.Text!))
                {
                    break;
                }

                runs++;
            }
        }

        return runs;
    }

    private static bool IsLineIndent(string text)
    {
        int start = text.StartsWith("\r\n", StringComparison.Ordinal) ? 2 : text.StartsWith('\n') ? 1 : 0;
        return start > 0 && text.AsSpan(start).TrimStart(' ').IsEmpty;
    }

    // A long list (voices, languages) is cut short: the message names the attribute, and the docs list the rest.
    private static string Documented(string[] known) => known.Length <= 12
        ? "documented: " + string.Join(", ", known)
        : $"documented: {string.Join(", ", known, 0, 12)} and {known.Length - 12} more";

    private static string Known(ElementRule rule) => rule.Attributes.Length == 0
        ? string.Empty
        : " (it has " + string.Join(", ", Array.ConvertAll(rule.Attributes, a => a.Name)) + ")";

    private static string AllowedChildren(ElementRule rule) => rule.Children.Length == 0
        ? string.Empty
        : " (it holds " + string.Join(", ", Array.ConvertAll(rule.Children, c => "<" + c.Name + ">")) + ")";

    // ArgumentException appends " (Parameter 'x')" on a new line in some runtimes; the position already says where.
    private static string FirstLine(string message)
    {
        int parameter = message.LastIndexOf(" (Parameter '", StringComparison.Ordinal);
        return parameter < 0 ? message : message.Substring(0, parameter);
    }
}
