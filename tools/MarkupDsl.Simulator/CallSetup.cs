namespace MarkupDsl.Simulator;

/// <summary>What a call knows once its webhook has been answered: who it is, where its stream goes, what it streams.</summary>
internal sealed record CallSetup(CallOptions Options, CallIdentity Identity, Uri Webhook, StreamInstruction Stream, InboundAudio Audio, string RecordingPath, long Started);
