using Microsoft.AspNetCore.Mvc;

namespace Samplan.Web.Infrastructure.Input;

public static class InputLimitsSetup
{
    public static MvcOptions UseSamplanInputLimits(this MvcOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ModelMetadataDetailsProviders.Add(new InputLimitsMetadataProvider());
        return options;
    }
}
