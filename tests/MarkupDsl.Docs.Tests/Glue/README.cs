using Microsoft.AspNetCore.Mvc;

// Around README.md's snippets: the controller its action lives in (a request to example.com), the app of its
// Program.cs with its arguments, the call's numbers (the webhook's From and To) and a stream's bearer token.
partial class Snippet : ControllerBase
{
    private readonly string[] args = [];
    private readonly string from = "+15551234567";
    private readonly string to = "+15557654321";
    private readonly string token = "stream-token";
    private WebApplicationBuilder? _builder;
    private WebApplication? _app;

    public Snippet() => ControllerContext.HttpContext = new DefaultHttpContext { Request = { Host = new HostString("example.com") } };

    private WebApplicationBuilder builder => _builder ??= WebApplication.CreateBuilder();

    private WebApplication app => _app ??= builder.Build();
}
