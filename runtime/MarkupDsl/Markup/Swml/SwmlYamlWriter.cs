using System.IO;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace MarkupDsl.Markup;

/// <summary>Writes an SWML element tree as YAML with YamlDotNet's emitter, in the same shape as the JSON.</summary>
internal static class SwmlYamlWriter
{
    public static void Write(MarkupElement section, TextWriter output)
    {
        var emitter = new Emitter(output);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        emitter.Emit(new MappingStart());
        Scalar(emitter, "version");
        Scalar(emitter, SwmlMarkupDocument.Version);
        Scalar(emitter, "sections");
        emitter.Emit(new MappingStart());
        Scalar(emitter, section.Name);
        emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Block));
        foreach (MarkupElement verb in section.Children)
        {
            emitter.Emit(new MappingStart());
            Scalar(emitter, verb.Name);
            WriteMapping(emitter, verb);
            emitter.Emit(new MappingEnd());
        }

        emitter.Emit(new SequenceEnd());
        emitter.Emit(new MappingEnd());
        emitter.Emit(new MappingEnd());
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
    }

    private static void WriteMapping(Emitter emitter, MarkupElement element)
    {
        emitter.Emit(new MappingStart());
        foreach (MarkupAttribute attribute in element.Attributes)
        {
            Scalar(emitter, attribute.Name);
            Scalar(emitter, attribute.Value);
        }

        foreach (MarkupElement child in element.Children)
        {
            Scalar(emitter, child.Name);
            WriteMapping(emitter, child);
        }

        emitter.Emit(new MappingEnd());
    }

    private static void Scalar(Emitter emitter, string value) => emitter.Emit(new Scalar(value));
}
