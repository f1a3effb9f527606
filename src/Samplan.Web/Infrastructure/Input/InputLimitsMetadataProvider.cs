using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Samplan.Web.Infrastructure.Input;

/// <summary>
/// Gives every bound string a <see cref="FieldLimitAttribute"/> and every bound date a
/// <see cref="PlausibleDateAttribute"/> unless the property already has one, so a new form field
/// cannot forget its limit. Registered once in <see cref="InputLimitsSetup"/>.
/// </summary>
public sealed class InputLimitsMetadataProvider : IValidationMetadataProvider
{
    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Key.MetadataKind is not (ModelMetadataKind.Property or ModelMetadataKind.Parameter))
        {
            return;
        }

        var validators = context.ValidationMetadata.ValidatorMetadata;
        var type = Nullable.GetUnderlyingType(context.Key.ModelType) ?? context.Key.ModelType;
        if (type == typeof(string) && !validators.Any(v => v is FieldLimitAttribute or StringLengthAttribute or MaxLengthAttribute))
        {
            validators.Add(new FieldLimitAttribute(FieldLimitAttribute.Text));
        }
        else if ((type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset)) && !validators.OfType<PlausibleDateAttribute>().Any())
        {
            validators.Add(new PlausibleDateAttribute());
        }
    }

    /// <summary>The limit a bound string property has, as the form should state it.</summary>
    public static int LimitOf(ModelMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return metadata.ValidatorMetadata.OfType<FieldLimitAttribute>().Select(a => a.MaxLength)
            .Concat(metadata.ValidatorMetadata.OfType<StringLengthAttribute>().Select(a => a.MaximumLength))
            .Concat(metadata.ValidatorMetadata.OfType<MaxLengthAttribute>().Select(a => a.Length))
            .DefaultIfEmpty(FieldLimitAttribute.Text)
            .Min();
    }
}
