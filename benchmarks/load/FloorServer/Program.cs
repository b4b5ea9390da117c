using System.Globalization;
using FloorServer;

// Runs the floor server on its own, as benchmarks/load/compare.sh does:
//   dotnet benchmarks/load/FloorServer/bin/Release/net10.0/FloorServer.dll [--port 5078]
int index = Array.IndexOf(args, "--port");
int port = 5078;
if (index >= 0 && (index + 1 == args.Length || !int.TryParse(args[index + 1], NumberStyles.None, CultureInfo.InvariantCulture, out port) || port > 65535))
{
    Console.Error.WriteLine("--port takes a port number, 0-65535 (0: any free port).");
    return 2;
}

await using FloorServerHost server = await FloorServerHost.StartAsync(port);
string pin = server.Certificate.GetCertHashString(System.Security.Cryptography.HashAlgorithmName.SHA256);
Console.WriteLine($"FloorServer on {server.BaseAddress} (POST /voice, wss /media); certificate SHA-256 {pin}");
Console.WriteLine("Ctrl+C stops.");
await server.WaitForShutdownAsync();
return 0;
