using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Samplan.Web.Infrastructure.Input;

namespace Samplan.Web.Infrastructure.TagHelpers;

/// <summary>
/// States a text field's limit where it is typed: <c>maxlength</c> on the field, and on a text
/// area a hint under it, so the server's refusal of longer text is never a surprise.
/// </summary>
[HtmlTargetElement("input", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
public sealed class FieldLimitTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var metadata = For.Metadata;
        if ((Nullable.GetUnderlyingType(metadata.ModelType) ?? metadata.ModelType) != typeof(string))
        {
            return;
        }

        var type = output.Attributes.TryGetAttribute("type", out var typeAttribute) ? typeAttribute.Value?.ToString() : null;
        if (type is "hidden" or "password" or "checkbox" or "radio")
        {
            return;
        }

        var limit = InputLimitsMetadataProvider.LimitOf(metadata);
        if (!output.Attributes.ContainsName("maxlength"))
        {
            output.Attributes.SetAttribute("maxlength", limit);
        }

        if (output.TagName == "textarea")
        {
            output.PostElement.AppendHtml("<span class=\"hint field-limit\">");
            output.PostElement.Append(FieldLimitAttribute.Hint(limit));
            output.PostElement.AppendHtml("</span>");
        }
    }
}
