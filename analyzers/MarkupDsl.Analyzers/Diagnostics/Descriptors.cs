using Microsoft.CodeAnalysis;

namespace MarkupDsl.Analyzers.Diagnostics;

/// <summary>
/// Every diagnostic the analyzers report. Severity follows the provider: what it rejects is a warning, what it
/// accepts but handles surprisingly is information. Each ID's page is <c>docs/diagnostics/&lt;ID&gt;.md</c>.
/// </summary>
internal static class Descriptors
{
    /// <summary>The category shared by every rule, so that <c>.editorconfig</c> can set them all at once.</summary>
    public const string Category = "MarkupDsl.Usage";

    private const string HelpRoot = "https://github.com/markupdsl/markupdsl/blob/main/docs/diagnostics/";

    public static readonly DiagnosticDescriptor StreamUrlNotSecure = Create(
        "MDSL001", "A stream URL must use wss://",
        "The stream URL '{0}' does not start with wss://; the provider rejects the call when it reaches this verb",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor StreamUrlHasQuery = Create(
        "MDSL002", "A stream URL must not carry a query string or fragment",
        "The stream URL '{0}' has a query string or fragment, which the provider drops; pass the values as <Parameter>s",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnknownValue = Create(
        "MDSL003", "A value the dialect does not document",
        "'{0}' is not a {1} {2} value; the documented values are {3}{4}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ValueOfOtherDialect = Create(
        "MDSL004", "A value of another dialect",
        "'{0}' is a {1} value of {2}, not of {3}; {3} takes {4}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ConnectStreamTrack = Create(
        "MDSL005", "A two-way <Connect><Stream> streams only inbound_track",
        "<Connect><Stream> takes only track inbound_track, not '{0}'",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor VerbAfterConnect = Create(
        "MDSL006", "Verbs after <Connect> wait for the stream to end",
        "<{0}> runs only after the WebSocket server ends the <Connect> stream",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor StopUnknownStream = Create(
        "MDSL007", "<Stop><Stream> names a stream that was not started",
        "No <Start><Stream> in this method is named '{0}', so this <Stop> stops nothing",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor DuplicateParameter = Create(
        "MDSL008", "Two <Parameter>s with the same name",
        "This stream already has a <Parameter> named '{0}'; the start message keeps only one of them",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor DuplicateStreamName = Create(
        "MDSL009", "A stream name used twice in one response",
        "A stream named '{0}' is already running in this response; stream names must be unique within the call",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor StatusCallbackUrl = Create(
        "MDSL010", "A status callback URL must be an absolute http(s) URL",
        "The status callback URL '{0}' is not an absolute http:// or https:// URL",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor RelativeStreamUrl = Create(
        "MDSL011", "A relative stream URL in a dialect that needs an absolute one",
        "{0} needs an absolute wss:// stream URL; the relative '{1}' is allowed only in TwiML and cXML",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor BidirectionalCodecWithoutRtp = Create(
        "MDSL012", "bidirectionalCodec applies only in rtp mode",
        "bidirectionalCodec has no effect unless bidirectionalMode is rtp",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor OutOfSchemaRange = Create(
        "MDSL013", "A number outside the range the schema allows",
        "The '{0}' of <{1}> must be {2}, not {3}; the builder throws when this runs",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor SchemaPatternMismatch = Create(
        "MDSL014", "A value that does not match the pattern the schema sets",
        "The '{0}' of <{1}> must be {2}, not '{3}'; the builder throws when this runs",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor EmptyDial = Create(
        "MDSL015", "<Dial> with neither a noun nor a number",
        "This <Dial> has neither a noun nor a number, so there is nobody to call",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor PayOtherMethod = Create(
        "MDSL016", "A <Pay> attribute or prompt of the other payment method",
        "{0} applies only to paymentMethod {1}, but this <Pay> uses {2}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor PayTokenTypeWithCharge = Create(
        "MDSL017", "tokenType applies only when <Pay> tokenizes",
        "tokenType has no effect: chargeAmount '{0}' makes this <Pay> a charge, and only a <Pay> without chargeAmount, or with 0, creates a token",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor PayChargeAmount = Create(
        "MDSL018", "chargeAmount must be a decimal amount",
        "chargeAmount '{0}' is not a decimal amount such as 10.00 (or 0 to tokenize)",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor DenoiseValue = Create(
        "MDSL019", "<Denoise> takes on or off",
        "<Denoise> takes on or off, not '{0}'; SignalWire does not document any other value",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor SuppressionKrispOnly = Create(
        "MDSL020", "model and suppressionLevel apply only to the Krisp engine",
        "{0} applies only when noiseSuppressionEngine is Krisp, but this <Suppression> uses {1}",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor HttpRequestActionWhenAsync = Create(
        "MDSL021", "<HttpRequest action> is called only when async is false",
        "action is never requested: this <HttpRequest> is async, and only a request the call waits for (async false) reports to action",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor TeXMLDialRange = Create(
        "MDSL022", "A TeXML <Dial> timeout or timeLimit outside Telnyx's range",
        "Telnyx's <Dial> takes {0} from {1}, not {2}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor AzureOnlyVoiceSetting = Create(
        "MDSL023", "gender and effect apply only to Azure voices",
        "{0} applies only to an Azure.* voice; Telnyx ignores it for the voice '{1}'",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor ElevenLabsVoiceWithoutApiKey = Create(
        "MDSL024", "An ElevenLabs voice needs api_key_ref",
        "The ElevenLabs voice '{0}' needs api_key_ref, the integration secret holding the ElevenLabs API key",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor AIAssistantParticipantWithoutJoin = Create(
        "MDSL025", "participantName and participantRole apply only with join",
        "{0} applies only when <AIAssistant> joins a conversation (join); this one starts a new one",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor ConferenceStreamAttribute = Create(
        "MDSL026", "A conference stream attribute outside <Conference>",
        "{0} applies to the <Stream> of a <Conference>; SignalWire ignores it on <{1}><Stream>",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor GatherPlayDigits = Create(
        "MDSL027", "<Gather><Play> does not take digits in cXML",
        "SignalWire does not support digits on a <Play> nested in <Gather>; play the tones before the <Gather>",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor PlayRingToneWithAudio = Create(
        "MDSL028", "A TeXML <Play ringTone> has no audio",
        "ringTone plays a ringback tone instead of audio and cannot be combined with the audio '{0}'; leave the text empty",
        DiagnosticSeverity.Warning);

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpRoot + id + ".md");
}
