using System;
using System.Collections.Generic;
using System.IO;

namespace MarkupDsl.Docs.Tests.Snippets;

/// <summary>
/// What a reader adds around a document's snippets, kept as C# files under <c>Glue/</c>: <c>ImplicitUsings.cs</c> for
/// every document, then the file mirroring the document (<c>Glue/README.cs</c> for <c>README.md</c>) or, when there is
/// none, its folder (<c>Glue/docs/diagnostics.cs</c> for every page in <c>docs/diagnostics/</c>).
/// </summary>
internal static class Glue
{
    public static IEnumerable<(string Path, string Text)> For(string document)
    {
        yield return Load("ImplicitUsings.cs")!.Value;
        string withoutExtension = Path.ChangeExtension(document, null);
        if ((Load(withoutExtension + ".cs") ?? Load(Path.GetDirectoryName(withoutExtension) + ".cs")) is { } own)
        {
            yield return own;
        }
    }

    private static (string Path, string Text)? Load(string relative)
    {
        string path = Path.Combine(Repository.Glue, relative);
        return File.Exists(path) ? ("Glue/" + relative.Replace('\\', '/'), File.ReadAllText(path)) : null;
    }
}
