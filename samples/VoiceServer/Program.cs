using VoiceServer;

// Runs the voice server on its own, e.g. for the simulator's --server mode:
//   dotnet run --project samples/VoiceServer -- [--port 5001] [--recordings recordings] [--auth-token TOKEN]
var options = new VoiceServerOptions
{
    Port = int.Parse(ValueOf("--port") ?? "5001", System.Globalization.CultureInfo.InvariantCulture),
    RecordingsDirectory = ValueOf("--recordings") ?? "recordings",
    AuthToken = ValueOf("--auth-token") ?? VoiceServerOptions.SampleAuthToken,
};
await using VoiceServerHost server = await VoiceServerHost.StartAsync(options);
string pin = server.Certificate.GetCertHashString(System.Security.Cryptography.HashAlgorithmName.SHA256);
Console.WriteLine($"VoiceServer on {server.BaseAddress} (POST /voice, wss /media); certificate SHA-256 {pin}");
bool sampleToken = options.AuthToken == VoiceServerOptions.SampleAuthToken;
Console.WriteLine(sampleToken
    ? "Requests must be signed (X-Twilio-Signature) with the sample auth token, as the simulator does by default."
    : "Requests must be signed (X-Twilio-Signature) with the auth token given.");
Console.WriteLine($"Try: dotnet run --project samples/TwilioSimulator -- --server {server.BaseAddress} --pin {pin}{(sampleToken ? "" : " --auth-token TOKEN")}");
Console.WriteLine("Ctrl+C stops.");
await server.WaitForShutdownAsync();
return 0;

string? ValueOf(string name)
{
    int index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}
