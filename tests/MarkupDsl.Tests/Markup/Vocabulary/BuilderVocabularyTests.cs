using System;
using System.Collections.Generic;
using System.Linq;
using MarkupDsl.Markup;
using MarkupDsl.TwiML;

namespace MarkupDsl.Tests.Markup.Vocabulary;

/// <summary>The shapes the whole TwiML vocabulary needs: mixed content, lists, bounds, odd names, one tag under two parents.</summary>
public sealed class BuilderVocabularyTests
{
    private const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    [Fact]
    public void An_ivr_menu_writes_what_twilio_reads()
    {
        var response = new VoiceResponse()
            .Gather(
                gather => gather
                    .Say("For sales, press 1. For support, press 2.", voice: SayVoice.PollyJoannaNeural, language: SayLanguage.EnUs)
                    .Play("https://example.com/menu.mp3"),
                input: [GatherInput.Dtmf, GatherInput.Speech],
                numDigits: 1,
                timeout: 5,
                action: "/menu")
            .Say("We did not hear from you.")
            .Redirect("/voice");

        Assert.Equal(
            Declaration + "<Response><Gather action=\"/menu\" input=\"dtmf speech\" numDigits=\"1\" timeout=\"5\">"
            + "<Say voice=\"Polly.Joanna-Neural\" language=\"en-US\">For sales, press 1. For support, press 2.</Say>"
            + "<Play>https://example.com/menu.mp3</Play></Gather><Say>We did not hear from you.</Say><Redirect>/voice</Redirect></Response>",
            response.ToString());
    }

    [Fact]
    public void Say_interleaves_text_and_ssml_in_call_order_and_reads_back_equal()
    {
        var response = new VoiceResponse().Say(say => say
            .Text("Your code is ")
            .SayAs("4521", interpretAs: SsmlSayAsInterpretAs.Digits)
            .Break(time: "300ms")
            .Text("& that's ")
            .Emphasis(emphasis => emphasis.Text("very ").Prosody("important", rate: "90%"), level: SsmlEmphasisLevel.Strong)
            .Text(".")
            .P(p => p.S("One sentence.").S(s => s.Lang("Bonjour", xmlLang: SsmlLangXmlLang.FrFr))));

        string xml = response.ToString();
        Assert.Equal(
            Declaration + "<Response><Say>Your code is <say-as interpret-as=\"digits\">4521</say-as><break time=\"300ms\" />&amp; that's "
            + "<emphasis level=\"strong\">very <prosody rate=\"90%\">important</prosody></emphasis>."
            + "<p><s>One sentence.</s><s><lang xml:lang=\"fr-FR\">Bonjour</lang></s></p></Say></Response>",
            xml);
        Assert.Equal(response, VoiceResponse.Parse(xml));
    }

    [Fact]
    public void Indented_output_keeps_mixed_content_on_one_line_so_its_text_is_unchanged()
    {
        var response = new VoiceResponse().Gather(g => g.Say(s => s.Text("Hello ").Break().Text("world")));

        string indented = response.ToString(indented: true);

        Assert.Contains("\n    <Say>Hello <break />world</Say>\n", indented);
        Assert.Equal(response, VoiceResponse.Parse(indented));
    }

    [Fact]
    public void Text_after_a_child_reads_as_its_own_node_and_leading_text_as_the_element_text()
    {
        VoiceResponse parsed = VoiceResponse.Parse("<Response><Say>a<break/>b<![CDATA[c]]><break/></Say></Response>");
        MarkupElement say = parsed.Root.Children[0];

        Assert.Equal("a", say.Text);
        Assert.Equal(new[] { "break", MarkupElement.TextNodeName, "break" }, Names(say));
        Assert.Equal("bc", say.Children[1].Text);
        Assert.True(say.Children[1].IsText);
    }

    [Fact]
    public void Dial_takes_a_number_as_text_or_its_nouns()
    {
        var response = new VoiceResponse()
            .Dial("+15551234567", callerId: "+15557654321", timeout: 30)
            .Dial(
                dial => dial
                    .Number("+15550001111", statusCallbackEvent: [CallStatusCallbackEvent.Answered, CallStatusCallbackEvent.Completed])
                    .Client("agent-7")
                    .Sip("sip:support@example.com", sip => sip.Headers(h => h.Header("X-Ticket", "42"))),
                record: DialRecord.RecordFromAnswer);

        Assert.Equal(
            Declaration + "<Response><Dial callerId=\"+15557654321\" timeout=\"30\">+15551234567</Dial><Dial record=\"record-from-answer\">"
            + "<Number statusCallbackEvent=\"answered completed\">+15550001111</Number><Client>agent-7</Client>"
            + "<Sip>sip:support@example.com<Headers><Header name=\"X-Ticket\" value=\"42\" /></Headers></Sip></Dial></Response>",
            response.ToString());
    }

    [Fact]
    public void Refer_holds_its_own_sip_with_text_only()
    {
        var response = new VoiceResponse().Refer(refer => refer.Sip("sip:alice@example.com"), action: "/refer-done");

        Assert.Equal(Declaration + "<Response><Refer action=\"/refer-done\"><Sip>sip:alice@example.com</Sip></Refer></Response>", response.ToString());
        Assert.Contains("<Sip> is not allowed in <Sip>", VoiceResponse.Validate("<Response><Refer><Sip>sip:a@b<Headers/></Sip></Refer></Response>")[0].Message.Replace("<Headers>", "<Sip>"));
    }

    [Fact]
    public void A_keyword_attribute_is_a_verbatim_parameter_and_written_as_spelled()
    {
        var response = new VoiceResponse().Pay(pay => pay.Prompt(PromptFor.ExpirationDate, prompt => prompt.Say("Enter the expiry date."), attempt: [1, 2]));

        Assert.Equal(
            Declaration + "<Response><Pay><Prompt attempt=\"1 2\" for=\"expiration-date\"><Say>Enter the expiry date.</Say></Prompt></Pay></Response>",
            response.ToString());
    }

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void A_value_outside_the_documented_range_names_the_attribute_and_the_range(Action build, string attribute, string range)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(build);

        Assert.Equal(attribute, exception.ParamName);
        Assert.Contains(range, exception.Message);
    }

    public static TheoryData<Action, string, string> OutOfRange() => new()
    {
        { () => new VoiceResponse().Dial("+15551234567", timeout: 4), "timeout", "from 5 to 600" },
        { () => new VoiceResponse().Gather(numDigits: 0), "numDigits", "at least 1" },
        { () => new VoiceResponse().Pay(p => p.Prompt(PromptFor.SecurityCode, attempt: [1, 11])), "attempt", "from 1 to 10" },
        { () => new VoiceResponse().Record(maxLength: 1), "maxLength", "from 2 to 86400" },
    };

    [Fact]
    public void A_list_of_any_enumerable_is_written_space_separated_in_order()
    {
        GatherInput[] inputs = [GatherInput.Speech, GatherInput.Dtmf];
        System.Collections.Generic.IEnumerable<PayValidCardType> lazy = new[] { "visa", "amex", "jcb" }.Select(v => new PayValidCardType(v));

        Assert.Contains("<Gather input=\"speech\" />", new VoiceResponse().Gather(input: inputs[..1]).ToString());
        Assert.Contains("<Gather input=\"speech dtmf\" />", new VoiceResponse().Gather(input: inputs).ToString());
        Assert.Contains("<Pay validCardTypes=\"visa amex jcb\" />", new VoiceResponse().Pay(validCardTypes: lazy).ToString());
        Assert.Contains("<Pay validCardTypes=\"visa amex jcb\" />", new VoiceResponse().Pay(validCardTypes: lazy.ToArray()).ToString());
        Assert.Equal("validCardTypes", Assert.Throws<ArgumentException>(() => new VoiceResponse().Pay(validCardTypes: lazy.Take(0))).ParamName);
    }

    [Fact]
    public void A_list_needs_an_item_and_items_hold_no_white_space()
    {
        Assert.Equal("input", Assert.Throws<ArgumentException>(() => new VoiceResponse().Gather(input: [])).ParamName);
        var spaced = Assert.Throws<ArgumentException>(() => new VoiceResponse().Gather(input: [new GatherInput("dtmf speech")]));
        Assert.Equal("input", spaced.ParamName);
        Assert.Contains("hold no white space", spaced.Message);
    }

    [Fact]
    public void Parsing_reports_a_bad_list_item_and_an_out_of_range_value_where_they_are()
    {
        var problems = VoiceResponse.Validate("<Response>\n<Gather input=\"dtmf keypad\" timeout=\"-1\"/>\n<Dial timeout=\"900\">1</Dial></Response>");

        Assert.Collection(
            problems,
            p => Assert.Equal("(2,9): warning: 'keypad' is not a documented value of 'input' on <Gather> (documented: dtmf, speech); the provider may reject or ignore it.", p.ToString()),
            p => Assert.Equal("(2,29): The 'timeout' of <Gather> must be at least 1.", p.ToString()),
            p => Assert.Equal("(3,7): The 'timeout' of <Dial> must be from 5 to 600.", p.ToString()));
    }

    [Fact]
    public void Custom_attributes_reach_the_output_and_can_never_replace_a_declared_one()
    {
        var response = new VoiceResponse().Play("https://example.com/a.mp3", loop: 2, customAttributes: new Dictionary<string, string> { ["fadeIn"] = "1 & 2" });
        Assert.Equal(Declaration + "<Response><Play loop=\"2\" fadeIn=\"1 &amp; 2\">https://example.com/a.mp3</Play></Response>", response.ToString());

        var declared = Assert.Throws<ArgumentException>(() => new VoiceResponse().Play("https://example.com/a.mp3", loop: 2, customAttributes: [new("loop", "0")]));
        Assert.Equal("customAttributes", declared.ParamName);
        Assert.Contains("'loop' is declared for <Play>", declared.Message);

        var undeclaredButSet = Assert.Throws<ArgumentException>(() => new VoiceResponse().Hangup(customAttributes: [new("x", "1"), new("x", "2")]));
        Assert.Contains("<Hangup> has 'x' twice", undeclaredButSet.Message);

        var notAName = Assert.Throws<ArgumentException>(() => new VoiceResponse().Hangup(customAttributes: [new("1st", "x")]));
        Assert.Contains("'1st' given to <Hangup> is not an XML name", notAName.Message);
    }

    [Fact]
    public void A_custom_element_can_carry_a_prefix_but_not_stand_in_for_a_declared_child()
    {
        var response = new VoiceResponse().Say(say => say
            .Text("Hi")
            .CustomElement("amazon:breath", breath => breath.Attribute("duration", "long")));
        Assert.Equal(Declaration + "<Response><Say>Hi<amazon:breath duration=\"long\" /></Say></Response>", response.ToString());

        var declared = Assert.Throws<ArgumentException>(() => new VoiceResponse().Gather(g => g.CustomElement("Say")));
        Assert.Contains("<Say> is declared for <Gather>", declared.Message);
        Assert.Contains("<Response> has no attribute 'future'", VoiceResponse.Validate("<Response future=\"1\"/>")[0].Message);
    }

    [Fact]
    public void A_carriage_return_survives_as_a_character_reference()
    {
        var response = new VoiceResponse().Say("line one\r\nline two");

        Assert.Contains("line one&#xD;\nline two", response.ToString());
        Assert.Equal(response, VoiceResponse.Parse(response.ToString()));
    }

    private static string[] Names(MarkupElement element)
    {
        var names = new List<string>();
        foreach (MarkupElement child in element.Children)
        {
            names.Add(child.Name);
        }

        return names.ToArray();
    }
}
