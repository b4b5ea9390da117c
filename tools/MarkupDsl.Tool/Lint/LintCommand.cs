using System.CommandLine;
using MarkupDsl.Markup;

namespace MarkupDsl.Tool.Lint;

/// <summary>
/// <c>markupdsl lint FILE... [--dialect twiml|twiml-messaging|texml|cxml|cxml-messaging|cxml-fax|swml|swml-messaging] [--schemas DIR]...</c>: checks each document with the runtime's own
/// reader (the schemas the builders are generated from) and prints every problem compiler-style,
/// <c>file(line,col): error MDSL200: message</c>, and enumerated values the provider does not document as
/// <c>warning MDSL203</c>. Exit code 1 when any file has an error.
/// </summary>
/// <remarks>
/// Without <c>--dialect</c> a JSON or YAML file is SWML, and an XML file is valid when TwiML, TwiML Messaging, TeXML, cXML, cXML Messaging or cXML Fax accepts it
/// (their <c>&lt;Response&gt;</c>s look alike; of those that do, the one with the fewest warnings is reported); when
/// none does, the problems are those of the dialect with the fewest errors. With <c>--schemas</c>, what the users'
/// schemas in those folders declare is allowed too, as their builds' <c>Parse</c> allows it, and the schemas' own
/// problems are printed first (MDSL100-108, as the generator reports them).
/// </remarks>
internal static class LintCommand
{
    /// <summary>A document that is malformed or breaks its dialect's schemas.</summary>
    public const string InvalidDocument = "MDSL200";

    /// <summary>A file (or <c>--schemas</c> folder) that cannot be read.</summary>
    public const string UnreadableFile = "MDSL201";

    /// <summary>With <c>--dialect</c>: the document is invalid there but valid in another dialect.</summary>
    public const string OtherDialect = "MDSL202";

    /// <summary>A value of an enumerated attribute that the provider does not document (it may reject or ignore it).</summary>
    public const string UndocumentedValue = "MDSL203";

    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "The documents to check: XML (TwiML, TeXML, cXML, with messaging and fax), JSON or YAML (SWML).", Arity = ArgumentArity.OneOrMore };
        var dialect = new Option<string?>("--dialect") { Description = "Check as this dialect instead of detecting it." };
        dialect.AcceptOnlyFromAmong([.. Dialect.All.Select(d => d.Name)]);
        var schemas = new Option<DirectoryInfo[]>("--schemas") { Description = "A folder of your own schema files (.xsd, searched recursively) whose declarations documents may use; repeatable.", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("lint", "Validate TwiML (voice or messaging), TeXML, cXML (voice, messaging or fax) or SWML documents; print each problem as file(line,col): error ID: message.") { files, dialect, schemas };
        command.SetAction(result =>
        {
            Dialect? given = Dialect.All.SingleOrDefault(d => d.Name == result.GetValue(dialect));
            string[] folders = [.. (result.GetValue(schemas) ?? []).Select(d => d.FullName)];
            return Run(result.GetRequiredValue(files), given, result.InvocationConfiguration.Output, folders);
        });
        return command;
    }

    /// <summary>Checks the files and prints what is wrong with them.</summary>
    /// <param name="paths">The documents.</param>
    /// <param name="dialect">The dialect to check them as; null to detect each file's.</param>
    /// <param name="output">Receives one line per problem and a summary.</param>
    /// <param name="schemaFolders">Folders of users' schemas to check the documents against as well; none for the library's alone.</param>
    /// <returns>0 when no file (document or schema) has an error, else 1.</returns>
    public static int Run(IReadOnlyList<string> paths, Dialect? dialect, TextWriter output, IReadOnlyList<string>? schemaFolders = null)
    {
        int errors = 0, warnings = 0;
        Func<Dialect, Dialect> extended = d => d;
        if (schemaFolders is { Count: > 0 })
        {
            foreach (string missing in schemaFolders.Where(folder => !Directory.Exists(folder)))
            {
                output.WriteLine($"{missing}: error {UnreadableFile}: No such folder.");
                errors++;
            }

            (IReadOnlyDictionary<string, MarkupGrammar> grammars, int schemaErrors) = SchemaGrammar.Load(schemaFolders.Where(Directory.Exists), name => Dialect.All.First(d => d.SchemaName == name).Grammar, output);
            errors += schemaErrors;
            extended = d => grammars.TryGetValue(d.SchemaName, out MarkupGrammar? grammar) ? d with { Grammar = grammar } : d;
        }

        foreach (string path in paths)
        {
            string text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                output.WriteLine($"{path}: error {UnreadableFile}: {(e is FileNotFoundException or DirectoryNotFoundException ? "No such file." : e.Message)}");
                errors++;
                continue;
            }

            IEnumerable<Dialect> candidates = (dialect is null ? Dialect.Candidates(text) : [dialect]).Select(extended);
            var best = candidates
                .Select(d => d.Check(text))
                .Select(problems => (Problems: problems, Errors: problems.Count(p => p.Severity == MarkupSeverity.Error)))
                .MinBy(check => (check.Errors, check.Problems.Count));
            foreach (MarkupError problem in best.Problems)
            {
                bool error = problem.Severity == MarkupSeverity.Error;
                output.WriteLine($"{path}({problem.Line},{problem.Column}): {(error ? "error" : "warning")} {(error ? InvalidDocument : UndocumentedValue)}: {problem.Message}");
                if (error)
                {
                    errors++;
                }
                else
                {
                    warnings++;
                }
            }

            if (best.Errors == 0)
            {
                continue;
            }

            if (dialect is not null && Dialect.Candidates(text).Where(d => d.Name != dialect.Name).Select(extended).FirstOrDefault(d => d.Accepts(text)) is { } other)
            {
                output.WriteLine($"{path}(1,1): warning {OtherDialect}: The document is not valid {dialect.Title} but is valid {other.Title}; is --dialect {other.Name} meant?");
                warnings++;
            }
        }

        output.WriteLine($"{paths.Count} file(s) checked: {errors} error(s), {warnings} warning(s).");
        return errors > 0 ? 1 : 0;
    }
}
