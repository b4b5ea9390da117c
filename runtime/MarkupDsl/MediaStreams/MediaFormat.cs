namespace MarkupDsl.MediaStreams;

/// <summary>
/// The <c>start.mediaFormat</c> of a stream: how every <see cref="MediaEvent.Payload"/> is encoded.
/// Twilio always announces <c>audio/x-mulaw</c>, 8000 Hz, 1 channel.
/// </summary>
/// <param name="Encoding">The MIME-style encoding name, e.g. <c>audio/x-mulaw</c>; <see langword="null"/> when absent.</param>
/// <param name="SampleRate">Samples per second, in Hz; 0 when absent.</param>
/// <param name="Channels">Number of channels; 0 when absent.</param>
public sealed record MediaFormat(string? Encoding, int SampleRate, int Channels);
