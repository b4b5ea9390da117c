namespace MarkupDsl.Markup;

/// <summary>The JSON data model SWML is written in, which the JSON and YAML writers each render in their notation.</summary>
internal interface ISwmlSink
{
    void StartObject();

    void EndObject();

    void StartArray();

    void EndArray();

    void Key(string name);

    /// <summary>A scalar: a string, or when <paramref name="literal"/>, a number, <c>true</c>, <c>false</c> or <c>null</c> as spelled.</summary>
    void Scalar(string value, bool literal);
}
