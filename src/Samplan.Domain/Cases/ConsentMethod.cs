namespace Samplan.Domain.Cases;

public enum ConsentMethod
{
    Oral,
    Written,
    Digital,
}
