using Microsoft.AspNetCore.Mvc;

// Around README.md's snippets: the controller its action lives in (a request to example.com), the app of its
// Program.cs with its arguments, the call's numbers (the webhook's From and To), a stream's bearer token and the
// chat client a voice agent is given (OpenAI's, Ollama's...).
partial class Snippet : ControllerBase
{
    private readonly string[] args = [];
    private readonly string from = "+15551234567";
    private readonly string to = "+15557654321";
    private readonly string token = "stream-token";
    private readonly Microsoft.Extensions.AI.IChatClient chatClient = null!;
    private WebApplicationBuilder? _builder;
    private WebApplication? _app;

    public Snippet() => ControllerContext.HttpContext = new DefaultHttpContext { Request = { Host = new HostString("example.com") } };

    private WebApplicationBuilder builder => _builder ??= WebApplication.CreateBuilder();

    private WebApplication app => _app ??= builder.Build();
}
