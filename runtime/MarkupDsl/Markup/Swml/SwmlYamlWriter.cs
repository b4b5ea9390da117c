using System.IO;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace MarkupDsl.Markup;

/// <summary>Writes an SWML element tree as YAML with YamlDotNet's emitter, in the shape <see cref="SwmlShape"/> gives the JSON.</summary>
internal sealed class SwmlYamlWriter(IEmitter emitter) : ISwmlSink
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

    public void Key(string name) => emitter.Emit(new Scalar(name));

    // A literal is plain (read back as a number or boolean); a string is plain only where YAML would read it as a
    // string, and quoted otherwise ("true", "60", "say: hi").
    public void Scalar(string value, bool literal) =>
        emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, value, ScalarStyle.Any, isPlainImplicit: literal || !SwmlShape.IsJsonLiteral(value), isQuotedImplicit: !literal));
}
