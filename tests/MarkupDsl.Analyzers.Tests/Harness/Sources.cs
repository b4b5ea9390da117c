namespace MarkupDsl.Analyzers.Tests.Harness;

/// <summary>Wraps a builder expression in a compilable file that imports one dialect's namespace.</summary>
internal static class Sources
{
    public static string In(string dialect, string expression) => $$"""
        using System;
        using MarkupDsl.{{dialect}};

        public static class Example
        {
            private const string Url = "ws://example.com/media";

            public static object Build(string host, string name)
            {
                return {{expression}};
            }
        }
        """;
}
