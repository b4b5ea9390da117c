using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace MarkupDsl.Tests.Conformance;

/// <summary>
/// Random strings that match a schema pattern (<c>[SchemaPattern]</c> facets): enough of regular expression syntax
/// for the XSD subset the schemas use (literals, <c>.</c>, classes with ranges and negation, <c>\s \S \d</c>, groups,
/// <c>|</c>, <c>? * + {n} {n,m}</c>). Open classes (<c>.</c>, <c>\S</c>, <c>[^...]</c>) draw from
/// <see cref="TextSamples.Characters"/>, so URLs and labels carry markup characters and non-ASCII text too.
/// </summary>
internal static class PatternSampler
{
    /// <summary>Returns a string that matches <paramref name="pattern"/> as a whole and that <paramref name="accept"/> takes.</summary>
    /// <exception cref="InvalidOperationException">No such string came out of many tries: the pattern or the filter is too narrow.</exception>
    public static string Sample(string pattern, Random random, Func<string, bool>? accept = null)
    {
        Node tree = new Parser(pattern).ParseAll();
        var whole = new Regex(@"\A(?:" + pattern + @")\z", RegexOptions.CultureInvariant);
        for (int attempt = 0; attempt < 2000; attempt++)
        {
            var text = new StringBuilder();
            tree.Write(text, random);
            string value = text.ToString();
            // The sampler is approximate where classes meet quantifiers (an emoji is two UTF-16 units for .{1,128}); the regex decides.
            if (whole.IsMatch(value) && (accept is null || accept(value)))
            {
                return value;
            }
        }

        throw new InvalidOperationException($"No value for the pattern '{pattern}' passed the filter in 2000 tries.");
    }

    private abstract class Node
    {
        public abstract void Write(StringBuilder text, Random random);
    }

    private sealed class Alternation(List<Node> branches) : Node
    {
        public override void Write(StringBuilder text, Random random) => branches[random.Next(branches.Count)].Write(text, random);
    }

    private sealed class Sequence(List<Node> items) : Node
    {
        public override void Write(StringBuilder text, Random random)
        {
            foreach (Node item in items)
            {
                item.Write(text, random);
            }
        }
    }

    private sealed class Repeat(Node item, int min, int max) : Node
    {
        public override void Write(StringBuilder text, Random random)
        {
            // Mostly short runs, sometimes the bound itself, so that limits such as {1,128} are reached.
            int upper = Math.Min(max, min + 12);
            int count = max != int.MaxValue && random.Next(8) == 0 ? max : random.Next(min, upper + 1);
            for (int i = 0; i < count; i++)
            {
                item.Write(text, random);
            }
        }
    }

    private sealed class Literal(char value) : Node
    {
        public override void Write(StringBuilder text, Random random) => text.Append(value);
    }

    /// <summary>A set of characters: an explicit list to draw from when it is closed, a test when it is open.</summary>
    private sealed class CharacterSet(Func<char, bool> contains, List<char>? members) : Node
    {
        public Func<char, bool> Contains { get; } = contains;

        public override void Write(StringBuilder text, Random random)
        {
            if (members is { Count: > 0 })
            {
                text.Append(members[random.Next(members.Count)]);
                return;
            }

            while (true)
            {
                string candidate = TextSamples.Characters[random.Next(TextSamples.Characters.Length)];
                if (candidate.Length == 1 ? Contains(candidate[0]) : Contains(candidate[0]) && Contains(candidate[1]))
                {
                    text.Append(candidate);
                    return;
                }
            }
        }
    }

    private sealed class Parser(string pattern)
    {
        private int _position;

        public Node ParseAll()
        {
            Node node = ParseAlternation();
            if (_position != pattern.Length)
            {
                throw new NotSupportedException($"Unexpected '{pattern[_position]}' at {_position} in '{pattern}'.");
            }

            return node;
        }

        private Node ParseAlternation()
        {
            var branches = new List<Node> { ParseSequence() };
            while (Peek('|'))
            {
                _position++;
                branches.Add(ParseSequence());
            }

            return branches.Count == 1 ? branches[0] : new Alternation(branches);
        }

        private Node ParseSequence()
        {
            var items = new List<Node>();
            while (_position < pattern.Length && pattern[_position] is not ('|' or ')'))
            {
                items.Add(ParseQuantified(ParseAtom()));
            }

            return new Sequence(items);
        }

        private Node ParseQuantified(Node atom)
        {
            if (_position >= pattern.Length)
            {
                return atom;
            }

            switch (pattern[_position])
            {
                case '?':
                    _position++;
                    return new Repeat(atom, 0, 1);
                case '*':
                    _position++;
                    return new Repeat(atom, 0, int.MaxValue);
                case '+':
                    _position++;
                    return new Repeat(atom, 1, int.MaxValue);
                case '{':
                    int close = pattern.IndexOf('}', _position);
                    string[] bounds = pattern.Substring(_position + 1, close - _position - 1).Split(',');
                    _position = close + 1;
                    int min = int.Parse(bounds[0]);
                    int max = bounds.Length == 1 ? min : bounds[1].Length == 0 ? int.MaxValue : int.Parse(bounds[1]);
                    return new Repeat(atom, min, max);
                default:
                    return atom;
            }
        }

        private Node ParseAtom()
        {
            char c = pattern[_position++];
            switch (c)
            {
                case '(':
                    Node inner = ParseAlternation();
                    Expect(')');
                    return inner;
                case '[':
                    return ParseClass();
                case '.':
                    return new CharacterSet(ch => ch != '\n', null);
                case '\\':
                    return Escape(pattern[_position++], inClass: false);
                default:
                    return new Literal(c);
            }
        }

        private CharacterSet ParseClass()
        {
            bool negated = Peek('^');
            if (negated)
            {
                _position++;
            }

            var tests = new List<Func<char, bool>>();
            var members = new List<char>();
            while (!Peek(']'))
            {
                char c = pattern[_position++];
                if (c == '\\')
                {
                    CharacterSet escaped = Escape(pattern[_position++], inClass: true);
                    tests.Add(escaped.Contains);
                    continue;
                }

                if (Peek('-') && _position + 1 < pattern.Length && pattern[_position + 1] != ']')
                {
                    char last = pattern[_position + 1];
                    _position += 2;
                    tests.Add(ch => ch >= c && ch <= last);
                    for (char m = c; m <= last; m++)
                    {
                        members.Add(m);
                    }

                    continue;
                }

                tests.Add(ch => ch == c);
                members.Add(c);
            }

            Expect(']');
            bool Matches(char ch) => tests.Exists(t => t(ch));
            return negated ? new CharacterSet(ch => !Matches(ch), null) : new CharacterSet(Matches, members);
        }

        private static CharacterSet Escape(char c, bool inClass) => c switch
        {
            's' => new CharacterSet(char.IsWhiteSpace, [' ', '\t', '\n']),
            'S' => new CharacterSet(ch => !char.IsWhiteSpace(ch), null),
            'd' => new CharacterSet(char.IsAsciiDigit, ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']),
            _ when !char.IsAsciiLetterOrDigit(c) => new CharacterSet(ch => ch == c, [c]),
            _ => throw new NotSupportedException($"The escape \\{c} is outside the subset the sampler reads (in a class: {inClass})."),
        };

        private bool Peek(char c) => _position < pattern.Length && pattern[_position] == c;

        private void Expect(char c)
        {
            if (!Peek(c))
            {
                throw new NotSupportedException($"Expected '{c}' at {_position} in '{pattern}'.");
            }

            _position++;
        }
    }
}
