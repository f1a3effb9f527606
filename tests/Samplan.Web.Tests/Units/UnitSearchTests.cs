using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Samplan.Domain.Directory;
using Samplan.Web.Infrastructure;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Units;

/// <summary>Choosing a unit is a search by name or HSA id, capped, that never offers a staff
/// office where one cannot take part (R-CALL-5); the JSON behind the type-ahead needs sign-in.</summary>
[Collection(SamplanCollection.Name)]
public sealed class UnitSearchTests(SamplanFactory factory)
{
    private sealed record Result(Guid Id, string Name, string HsaId, string Organisation, string Kind);

    private async Task<IReadOnlyList<UnitInfo>> SearchAsync(string term, IReadOnlyCollection<UnitKind>? kinds = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UnitDirectory>().SearchAsync(term, kinds);
    }

    [Fact]
    public async Task A_word_of_the_name_in_any_case_finds_the_units_with_it_and_a_name_prefix_comes_first()
    {
        var found = await SearchAsync("GOTTSUNDA");

        Assert.Equal(["Hemtjänst Gottsunda", "Vårdcentralen Gottsunda"], found.Select(u => u.Name).Order(StringComparer.Ordinal).ToArray());
        Assert.Empty(await SearchAsync("ottsunda"));
        var hem = await SearchAsync("hem");
        Assert.Equal("Hemtjänst Gottsunda", hem[0].Name);
        Assert.Equal("Elevhälsan Katedralskolan", Assert.Single(await SearchAsync("elevhä")).Name);
    }

    [Fact]
    public async Task An_exact_hsa_id_finds_its_unit_first()
    {
        var found = await SearchAsync("se2120003140-demo05");

        Assert.Equal(Demo.Units.Hemtjanst, Assert.Single(found).Id);
        Assert.Empty(await SearchAsync("SE2120003140-DEMO"));
    }

    [Fact]
    public async Task R_CALL_5_A_staff_office_is_found_only_where_it_may_be_chosen()
    {
        Assert.Contains(await SearchAsync("regionkontoret"), u => u.UnitKind == UnitKind.StaffOffice);
        Assert.Empty(await SearchAsync("regionkontoret", UnitSearchEndpoint.Invitable));

        using var client = factory.NewClient();
        await client.SignInAsync(Demo.Anna);
        Assert.Empty(await client.GetFromJsonAsync<List<Result>>("/units/search?q=regionkontoret&scope=invite") ?? throw new InvalidOperationException());
        Assert.Single(await client.GetFromJsonAsync<List<Result>>("/units/search?q=regionkontoret") ?? throw new InvalidOperationException());
    }

    [Fact]
    public async Task The_json_search_returns_at_most_the_cap_with_id_name_hsa_id_and_kind()
    {
        await BigDirectory.EnsureAsync(factory);
        using var client = factory.NewClient();
        await client.SignInAsync(Demo.Anna);

        var many = await client.GetFromJsonAsync<List<Result>>("/units/search?q=katalogenhet") ?? throw new InvalidOperationException();
        var one = await client.GetFromJsonAsync<List<Result>>($"/units/search?q={BigDirectory.HsaId(1234)}") ?? throw new InvalidOperationException();

        Assert.Equal(UnitDirectory.SearchLimit, many.Count);
        Assert.All(many, u => Assert.StartsWith(BigDirectory.NamePrefix, u.Name, StringComparison.Ordinal));
        Assert.Equal(many.Select(u => u.Name).Order(StringComparer.Ordinal), many.Select(u => u.Name));
        var unit = Assert.Single(one);
        Assert.Equal(("Katalogenhet 1234 Norr", BigDirectory.HsaId(1234), "Testkatalogen", "HealthCare"), (unit.Name, unit.HsaId, unit.Organisation, unit.Kind));
    }

    [Fact]
    public async Task The_json_search_needs_a_signed_in_professional()
    {
        using var client = factory.NewClient();

        using var response = await client.GetAsync(new Uri("/units/search?q=gottsunda", UriKind.Relative));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Gottsunda", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a%00b")]
    [InlineData("%00")]
    public async Task A_search_term_with_a_nul_byte_or_of_any_length_finds_nothing_and_never_answers_500(string q)
    {
        using var client = factory.NewClient();
        await client.SignInAsync(Demo.Anna);

        var withNul = await client.GetAsync(new Uri("/units/search?q=" + q, UriKind.Relative));
        var long10k = await client.GetAsync(new Uri("/units/search?q=" + new string('g', 10_000), UriKind.Relative));

        foreach (var response in new[] { withNul, long10k })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("[]", await response.Content.ReadAsStringAsync());
        }
    }
}
