// Around the diagnostic pages' examples: the request's host and the call's numbers.
partial class Snippet
{
    private readonly string host = "example.com";
    private readonly string from = "+15551234567";
    private readonly string to = "+15557654321";
}
