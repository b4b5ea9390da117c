using VoiceServer;

// Runs the voice server on its own, e.g. for the simulator's --server mode:
//   dotnet run --project samples/VoiceServer -- [--port 5001] [--recordings recordings]
var options = new VoiceServerOptions
{
    Port = int.Parse(ValueOf("--port") ?? "5001", System.Globalization.CultureInfo.InvariantCulture),
    RecordingsDirectory = ValueOf("--recordings") ?? "recordings",
};
await using VoiceServerHost server = await VoiceServerHost.StartAsync(options);
string pin = server.Certificate.GetCertHashString(System.Security.Cryptography.HashAlgorithmName.SHA256);
Console.WriteLine($"VoiceServer on {server.BaseAddress} (POST /voice, wss /media); certificate SHA-256 {pin}");
Console.WriteLine($"Try: dotnet run --project samples/TwilioSimulator -- --server {server.BaseAddress} --pin {pin}");
Console.WriteLine("Ctrl+C stops.");
await server.WaitForShutdownAsync();
return 0;

string? ValueOf(string name)
{
    int index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}
