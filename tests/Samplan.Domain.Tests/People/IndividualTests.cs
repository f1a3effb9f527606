using Samplan.Domain.Common;
using Samplan.Domain.People;
using Samplan.Domain.Tests.Support;

namespace Samplan.Domain.Tests.People;

public class IndividualTests
{
    [Fact]
    public void R_ID_1_Register_trims_names_and_keeps_the_number()
    {
        var id = Guid.NewGuid();

        var person = Individual.Register(id, TestData.Pnr(TestData.TolvanNumber), "  Tolvan ", " Tolvansson  ", "   ");

        Assert.Equal(id, person.Id);
        Assert.Equal("Tolvan", person.GivenName);
        Assert.Equal("Tolvansson", person.FamilyName);
        Assert.Equal("Tolvan Tolvansson", person.FullName);
        Assert.Null(person.Phone);
        Assert.Equal(TestData.TolvanNumber, person.Personnummer.Value);
        Assert.False(person.HasProtectedIdentity);
    }

    [Fact]
    public void R_ID_1_Register_refuses_missing_names_and_reports_both()
    {
        var ex = Assert.Throws<DomainRuleException>(() => Individual.Register(Guid.NewGuid(), TestData.Pnr(TestData.TolvanNumber), " ", ""));

        Assert.True(ex.Has("individual.given-name-missing"));
        Assert.True(ex.Has("individual.family-name-missing"));
        Assert.Equal(["GivenName", "FamilyName"], ex.Violations.Select(v => v.Field));
    }

    [Fact]
    public void R_ID_1_Search_text_holds_the_name_and_both_number_forms_in_lower_case()
    {
        var person = TestData.Adult();

        Assert.Contains("tolvan tolvansson", person.SearchText, StringComparison.Ordinal);
        Assert.Contains("191212121212", person.SearchText, StringComparison.Ordinal);
        Assert.Contains("19121212-1212", person.SearchText, StringComparison.Ordinal);
    }

    [Fact]
    public void R_CONSENT_6_A_person_is_a_child_until_the_18th_birthday()
    {
        Assert.True(TestData.Child16().IsChildOn(TestData.Today));
        Assert.True(TestData.Child10().IsChildOn(TestData.Today));
        Assert.True(TestData.AgedOn(17, daysSinceBirthday: 364).IsChildOn(TestData.Today));
        Assert.False(TestData.AgedOn(18, daysSinceBirthday: 0).IsChildOn(TestData.Today));
        Assert.False(TestData.Adult().IsChildOn(TestData.Today));
    }

    [Fact]
    public void Test_children_have_the_stated_age_on_today()
    {
        Assert.Equal(16, TestData.Child16().Personnummer.AgeOn(TestData.Today));
        Assert.Equal(10, TestData.Child10().Personnummer.AgeOn(TestData.Today));
    }

    [Fact]
    public void R_PREP_2_Relation_is_added_with_trimmed_name()
    {
        var person = TestData.Adult();

        person.AddRelation(new RelatedPerson("  Syster Lisa ", RelationKind.Relative, "070-1"));

        var relation = Assert.Single(person.Relations);
        Assert.Equal("Syster Lisa", relation.Name);
        Assert.Equal(RelationKind.Relative, relation.Relation);
    }

    [Fact]
    public void R_PREP_2_Relation_without_name_is_refused()
    {
        var person = TestData.Adult();

        var ex = Assert.Throws<DomainRuleException>(() => person.AddRelation(new RelatedPerson(" ", RelationKind.Guardian)));

        Assert.True(ex.Has("relation.name-missing"));
        Assert.Empty(person.Relations);
    }

    [Fact]
    public void R_PROT_1_Protected_identity_can_be_marked()
    {
        var person = TestData.Adult();

        person.MarkProtectedIdentity();

        Assert.True(person.HasProtectedIdentity);
    }
}
