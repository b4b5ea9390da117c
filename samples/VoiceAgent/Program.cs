using System.Globalization;
using VoiceAgent;

// Runs the voice agent on its own:
//   dotnet run --project samples/VoiceAgent -- [--port 5002] [--auth-token TOKEN] [--token-delay-ms 50]
var options = new VoiceAgentOptions
{
    Port = int.Parse(ValueOf("--port") ?? "5002", CultureInfo.InvariantCulture),
    AuthToken = ValueOf("--auth-token") ?? VoiceAgentOptions.SampleAuthToken,
    TokenDelay = TimeSpan.FromMilliseconds(int.Parse(ValueOf("--token-delay-ms") ?? "50", CultureInfo.InvariantCulture)),
};
await using VoiceAgentHost server = await VoiceAgentHost.StartAsync(options);
string pin = server.Certificate.GetCertHashString(System.Security.Cryptography.HashAlgorithmName.SHA256);
Console.WriteLine($"VoiceAgent on {server.BaseAddress} (POST /voice, wss /relay, POST /handoff); certificate SHA-256 {pin}");
bool sampleToken = options.AuthToken == VoiceAgentOptions.SampleAuthToken;
Console.WriteLine($"Requests must be signed (X-Twilio-Signature) with the {(sampleToken ? "sample" : "given")} auth token.");
Console.WriteLine($"Try: dotnet run --project tools/MarkupDsl.Tool -- simulate {server.BaseAddress}voice --conversation-relay --auth-token {(sampleToken ? options.AuthToken : "TOKEN")} --pin {pin}");
Console.WriteLine("Ctrl+C stops.");
await server.WaitForShutdownAsync();
return 0;

string? ValueOf(string name)
{
    int index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}
