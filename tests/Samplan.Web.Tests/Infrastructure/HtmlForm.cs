using AngleSharp.Html.Dom;

namespace Samplan.Web.Tests.Infrastructure;

/// <summary>
/// A form as a browser would submit it: the current values of its fields (hidden anti-forgery
/// token, checked radios and checkboxes, selected options, textareas), which a test may change
/// before posting it to the form's action.
/// </summary>
public sealed class HtmlForm
{
    /// <summary>The hidden field that carries ASP.NET Core's anti-forgery token.</summary>
    public const string AntiforgeryField = "__RequestVerificationToken";

    private readonly List<KeyValuePair<string, string>> _values = [];
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    internal HtmlForm(IHtmlFormElement form, Uri pageUrl)
    {
        var action = form.GetAttribute("action");
        Action = string.IsNullOrEmpty(action) ? pageUrl : new Uri(pageUrl, action);
        foreach (var element in form.Elements)
        {
            Collect(element);
        }
    }

    public Uri Action { get; }

    /// <summary>Every field name in the form, including unchecked boxes and radios.</summary>
    public IReadOnlyCollection<string> FieldNames => _names;

    /// <summary>The values that would be posted now, in document order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Values => _values;

    public string? this[string name] => _values.Where(v => v.Key == name).Select(v => v.Value).FirstOrDefault();

    /// <summary>Replaces every value of the field (a checkbox's hidden "false" included).</summary>
    public HtmlForm Set(string name, string value)
    {
        Remove(name);
        _values.Add(new(name, value));
        return this;
    }

    /// <summary>Sets several fields at once.</summary>
    public HtmlForm Set(IEnumerable<KeyValuePair<string, string>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var (name, value) in values)
        {
            Set(name, value);
        }

        return this;
    }

    /// <summary>Adds one more value, as a second ticked checkbox of the same name would.</summary>
    public HtmlForm Add(string name, string value)
    {
        _values.Add(new(name, value));
        return this;
    }

    public HtmlForm Remove(string name)
    {
        _values.RemoveAll(v => v.Key == name);
        return this;
    }

    /// <summary>The one field whose name ends with <paramref name="suffix"/>; fails with the form's
    /// field names when there is none or more than one, so a renamed field is easy to spot.</summary>
    public string FieldEndingWith(string suffix)
    {
        var matches = _names.Where(n => n.EndsWith(suffix, StringComparison.Ordinal)).ToList();
        return matches.Count == 1
            ? matches[0]
            : throw new InvalidOperationException($"Expected one field ending with '{suffix}' in the form posting to {Action}, found {matches.Count}. Fields: {string.Join(", ", _names)}");
    }

    public bool HasField(string name) => _names.Contains(name);

    /// <summary>Sets the field named by the first of <paramref name="suffixes"/> that matches exactly
    /// one field; fails with the form's field names when none does. For forms whose field names a
    /// test cannot know in advance (pages written after the test).</summary>
    public HtmlForm SetEndingWith(string value, params string[] suffixes)
    {
        ArgumentNullException.ThrowIfNull(suffixes);
        return Set(FirstFieldEndingWith(suffixes) ?? throw new InvalidOperationException(
            $"No field ending with any of [{string.Join(", ", suffixes)}] in the form posting to {Action}. Fields: {string.Join(", ", _names)}"), value);
    }

    /// <summary>Like <see cref="SetEndingWith"/>, for optional fields: does nothing when none matches.</summary>
    public HtmlForm SetEndingWithIfPresent(string value, params string[] suffixes)
    {
        ArgumentNullException.ThrowIfNull(suffixes);
        return FirstFieldEndingWith(suffixes) is { } name ? Set(name, value) : this;
    }

    private string? FirstFieldEndingWith(string[] suffixes) =>
        suffixes
            .Select(suffix => _names.Where(n => n.EndsWith(suffix, StringComparison.Ordinal)).ToList())
            .FirstOrDefault(matches => matches.Count == 1)?[0];

    public async Task<HttpResponseMessage> PostAsync(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var content = new FormUrlEncodedContent(_values);
        return await client.PostAsync(Action, content);
    }

    private void Collect(IHtmlElement element)
    {
        var name = element.GetAttribute("name");
        if (string.IsNullOrEmpty(name) || element.HasAttribute("disabled"))
        {
            return;
        }

        switch (element)
        {
            case IHtmlInputElement input:
                var type = input.Type.ToLowerInvariant();
                if (type is "submit" or "button" or "image" or "reset" or "file")
                {
                    return;
                }

                _names.Add(name);
                if (type is "checkbox" or "radio")
                {
                    if (input.IsChecked)
                    {
                        _values.Add(new(name, input.GetAttribute("value") ?? "on"));
                    }
                }
                else
                {
                    _values.Add(new(name, input.Value));
                }

                break;
            case IHtmlTextAreaElement area:
                _names.Add(name);
                _values.Add(new(name, area.Value));
                break;
            case IHtmlSelectElement select:
                _names.Add(name);
                var selected = select.Options.Where(o => o.IsSelected).ToList();
                if (selected.Count == 0 && !select.IsMultiple && select.Options.Length > 0)
                {
                    selected.Add(select.Options[0]!);
                }

                foreach (var option in selected)
                {
                    _values.Add(new(name, option.Value));
                }

                break;
            default:
                break;
        }
    }
}
