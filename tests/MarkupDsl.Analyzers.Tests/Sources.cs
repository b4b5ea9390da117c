namespace MarkupDsl.Analyzers.Tests;

/// <summary>Wraps a builder expression in a compilable file that imports one dialect's namespace.</summary>
internal static class Sources
{
    /// <summary>
    /// A file whose class <paramref name="type"/> returns <paramref name="expression"/>, which may use the class's
    /// <c>Url</c> constant and the parameters <c>host</c> and <c>name</c>: a second file in a project needs another
    /// class name.
    /// </summary>
    public static string In(string dialect, string expression, string type = "Example") => $$"""
        using System;
        using MarkupDsl.{{dialect}};

        public static class {{type}}
        {
            private const string Url = "ws://example.com/media";

            public static object Build(string host, string name)
            {
                return {{expression}};
            }
        }
        """;
}
