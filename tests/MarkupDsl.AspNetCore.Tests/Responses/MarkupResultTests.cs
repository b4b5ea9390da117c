using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using MarkupDsl.AspNetCore.Responses;
using MarkupDsl.Markup;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace MarkupDsl.AspNetCore.Tests.Responses;

/// <summary>
/// Documents returned from minimal API endpoints and MVC actions arrive byte for byte as the document writes them, with
/// its content type. The test server, like Kestrel, refuses synchronous writes to the response body, so these also
/// show that the results (YAML included) only write into the response pipe and flush it asynchronously.
/// </summary>
public sealed class MarkupResultTests
{
    private static Task<WebApplication> StartAsync() => TestApp.StartAsync(app =>
    {
        app.MapGet("/twiml", () => MarkupResults.Markup(Documents.Twiml));
        app.MapGet("/twiml-extension", () => Results.Extensions.Markup(Documents.Twiml));
        app.MapGet("/swml", () => MarkupResults.Markup(Documents.Swml));
        app.MapGet("/swml.yaml", () => Results.Extensions.Yaml(Documents.Swml));
    });

    [Theory]
    [InlineData("/twiml")]
    [InlineData("/twiml-extension")]
    [InlineData("/mvc/twiml")]
    public async Task TwiML_is_written_as_the_documents_utf8_xml(string path)
    {
        await using var app = await StartAsync();
        var response = await app.GetTestClient().GetAsync(path);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/xml; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal(Documents.Utf8(Documents.Twiml), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task SWML_is_written_as_json_by_default()
    {
        await using var app = await StartAsync();
        var response = await app.GetTestClient().GetAsync("/swml");

        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal(Documents.Utf8(Documents.Swml), await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/swml.yaml")]
    [InlineData("/mvc/swml.yaml")]
    public async Task SWML_is_written_as_yaml_when_asked(string path)
    {
        await using var app = await StartAsync();
        var response = await app.GetTestClient().GetAsync(path);

        Assert.Equal("application/yaml; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        byte[] body = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new UTF8Encoding(false).GetBytes(Documents.Swml.ToYaml()), body);
        // Two-byte UTF-8 (ü, ß) goes through the writer; YamlDotNet escapes characters outside the BMP itself.
        Assert.Contains("greeting: \"Grüß Gott \\U0001F600\"", Encoding.UTF8.GetString(body));
    }

    [Fact]
    public void Result_reports_its_status_and_content_type_for_handler_unit_tests()
    {
        IResult result = MarkupResults.Markup(Documents.Twiml);

        var typed = Assert.IsType<MarkupHttpResult>(result);
        Assert.Equal(200, ((IStatusCodeHttpResult)typed).StatusCode);
        Assert.Equal("text/xml; charset=utf-8", ((IContentTypeHttpResult)typed).ContentType);
        Assert.Same(Documents.Twiml, typed.Document);
        Assert.Equal(SwmlMarkupDocument.YamlContentType, MarkupResults.Yaml(Documents.Swml).ContentType);
    }

    [Fact]
    public void Null_documents_are_refused_naming_the_parameter()
    {
        Assert.Equal("document", Assert.Throws<System.ArgumentNullException>(() => MarkupResults.Markup(null!)).ParamName);
        Assert.Equal("document", Assert.Throws<System.ArgumentNullException>(() => MarkupResults.Yaml(null!)).ParamName);
    }
}
