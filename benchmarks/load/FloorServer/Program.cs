using FloorServer;

// Runs the floor server on its own, as benchmarks/load/compare.sh does:
//   dotnet benchmarks/load/FloorServer/bin/Release/net10.0/FloorServer.dll [--port 5078]
int port = Array.IndexOf(args, "--port") is int index and >= 0 && index + 1 < args.Length
    ? int.Parse(args[index + 1], System.Globalization.CultureInfo.InvariantCulture)
    : 5078;
await using FloorServerHost server = await FloorServerHost.StartAsync(port);
string pin = server.Certificate.GetCertHashString(System.Security.Cryptography.HashAlgorithmName.SHA256);
Console.WriteLine($"FloorServer on {server.BaseAddress} (POST /voice, wss /media); certificate SHA-256 {pin}");
Console.WriteLine("Ctrl+C stops.");
await server.WaitForShutdownAsync();
return 0;
