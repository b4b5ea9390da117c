using System;
using System.Buffers;
using System.IO;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace MarkupDsl.Markup;

/// <summary>Writes an SWML element tree as YAML with YamlDotNet's emitter, in the shape <see cref="SwmlShape"/> gives the JSON.</summary>
internal sealed partial class SwmlYamlWriter(IEmitter emitter) : ISwmlSink
{
    public static void Write(MarkupElement root, MarkupGrammar grammar, string rootKey, TextWriter output)
    {
        var emitter = new Emitter(output);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        SwmlShape.Write(new SwmlYamlWriter(emitter), root, grammar, rootKey);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
    }

    public void StartObject() => emitter.Emit(new MappingStart());

    public void EndObject() => emitter.Emit(new MappingEnd());

    public void StartArray() => emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Block));

    public void EndArray() => emitter.Emit(new SequenceEnd());

    public void Key(string name) => emitter.Emit(NeedsQuotes(name)
        ? new Scalar(AnchorName.Empty, TagName.Empty, name, ScalarStyle.DoubleQuoted, isPlainImplicit: false, isQuotedImplicit: true)
        : new Scalar(name));

    // A literal is plain (read back as a number or boolean); a string is plain only where YAML would read it as a
    // string, and quoted otherwise ("true", "012345", "say: hi"). A string (or key) with a line break, or with white
    // space at either end, is double-quoted, where breaks are escapes: the block styles the emitter would pick fold
    // NEL, U+2028 and U+2029 into other breaks, and it writes a leading tab plain, where a reader drops it.
    public void Scalar(string value, bool literal) =>
        emitter.Emit(new Scalar(
            AnchorName.Empty,
            TagName.Empty,
            value,
            !literal && NeedsQuotes(value) ? ScalarStyle.DoubleQuoted : ScalarStyle.Any,
            isPlainImplicit: literal || !PlainIsTyped().IsMatch(value),
            isQuotedImplicit: !literal));

    // What YAML 1.1, which YamlDotNet follows, counts as line breaks.
    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\u0085\u2028\u2029");

    private static bool NeedsQuotes(string value) =>
        value.AsSpan().IndexOfAny(LineBreaks) >= 0 || value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]));

    // What YAML 1.2's core schema, or YAML 1.1's (yes, no, on, off, octal), reads as other than a string when plain.
    [GeneratedRegex(@"^([-+]?[0-9][0-9_]*|[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)|~|null|Null|NULL|true|True|TRUE|false|False|FALSE|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|)$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainIsTyped();
}
