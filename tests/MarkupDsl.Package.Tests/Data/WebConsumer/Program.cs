using System;
using System.Linq;
using System.Net.Http;
using MarkupDsl.AspNetCore.Responses;
using MarkupDsl.TwiML;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// A minimal API that answers its voice webhook with MarkupResults.Markup, called once over loopback.
WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.WebHost.UseUrls("http://127.0.0.1:0");
WebApplication app = builder.Build();
app.MapPost("/voice", () => MarkupResults.Markup(new VoiceResponse().Say("Hello from the package.")));
await app.StartAsync();

string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
using var http = new HttpClient();
using HttpResponseMessage response = await http.PostAsync(address + "/voice", null);
Console.WriteLine($"{(int)response.StatusCode} {response.Content.Headers.ContentType}");
Console.WriteLine(await response.Content.ReadAsStringAsync());
await app.StopAsync();
