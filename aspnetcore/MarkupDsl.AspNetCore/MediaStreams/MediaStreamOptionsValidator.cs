using System.Linq;
using MarkupDsl.MediaStreams;
using Microsoft.Extensions.Options;

namespace MarkupDsl.AspNetCore.MediaStreams;

/// <summary>
/// Checks <see cref="MediaStreamOptions"/> once every source has configured them (code, <c>services.Configure</c>,
/// configuration binding), reporting every invalid session setting at once by its path, e.g.
/// <c>Session.IdleTimeout</c>; registered by <see cref="MediaStreamServiceCollectionExtensions.AddMediaStreams"/>
/// to run at start-up.
/// </summary>
internal sealed class MediaStreamOptionsValidator : IValidateOptions<MediaStreamOptions>
{
    public ValidateOptionsResult Validate(string? name, MediaStreamOptions options)
    {
        if (options.Session is not { } session)
        {
            return ValidateOptionsResult.Fail($"{nameof(MediaStreamOptions)}.{nameof(MediaStreamOptions.Session)} must not be null.");
        }

        return session.Validate() is { Count: > 0 } problems
            ? ValidateOptionsResult.Fail(problems.Select(problem => $"{nameof(MediaStreamOptions)}.{nameof(MediaStreamOptions.Session)}.{problem}"))
            : ValidateOptionsResult.Success;
    }
}
