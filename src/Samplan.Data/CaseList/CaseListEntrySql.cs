namespace Samplan.Data.CaseList;

/// <summary>
/// The triggers that keep <see cref="CaseListEntry"/> equal to what <c>CaseUnits</c>, <c>Cases</c>
/// and <c>Individuals</c> say, per provider, and the statement that fills it from them. One line per
/// (unit, case) pair however many roles the unit has in the case. Used by both providers'
/// migrations; a SQLite migration that rebuilds one of the three tables drops its triggers and must
/// run <see cref="SqliteUp"/>'s part for that table again (<c>CaseListEntriesTests</c> notices).
/// </summary>
public static class CaseListEntrySql
{
    private const string Columns = """
        "UnitId", "CaseId", "IsOpen", "Phase", "DueOn", "FamilyName", "IsResponsible", "IsSharedWithParticipants", "ConsentValidUntil"
        """;

    /// <summary>The lines of all cases, or (with a condition on <c>u</c>) of some, from the source
    /// tables; <paramref name="noDeadline"/> is the provider's literal for the last date.</summary>
    private static string Select(string noDeadline, string where) => $"""
        SELECT DISTINCT u."UnitId", c."Id", c."Phase" <> 'Closed', c."Phase", COALESCE(c."NextDueOn", {noDeadline}),
               COALESCE(i."FamilyName", ''), c."ResponsibleUnitId" = u."UnitId", c."IsSharedWithParticipants", c."ConsentValidUntil"
        FROM "CaseUnits" u
        JOIN "Cases" c ON c."Id" = u."CaseId"
        LEFT JOIN "Individuals" i ON i."Id" = c."IndividualId"
        {where}
        """;

    private const string PostgresNoDeadline = "DATE '9999-12-31'";

    private const string SqliteNoDeadline = "'9999-12-31'";

    /// <summary>A change to any of these columns of a case changes its lines.</summary>
    private static string CaseChanged(string distinct) => $"""
        OLD."Phase" {distinct} NEW."Phase" OR OLD."NextDueOn" {distinct} NEW."NextDueOn"
        OR OLD."ResponsibleUnitId" {distinct} NEW."ResponsibleUnitId" OR OLD."IsSharedWithParticipants" {distinct} NEW."IsSharedWithParticipants"
        OR OLD."ConsentValidUntil" {distinct} NEW."ConsentValidUntil" OR OLD."IndividualId" {distinct} NEW."IndividualId"
        """;

    public static readonly string[] PostgresUp =
    [
        $"""
        CREATE FUNCTION samplan_case_list_units() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP IN ('DELETE', 'UPDATE') THEN
                DELETE FROM "CaseListEntries" e
                WHERE e."UnitId" = OLD."UnitId" AND e."CaseId" = OLD."CaseId"
                  AND NOT EXISTS (SELECT 1 FROM "CaseUnits" u WHERE u."UnitId" = OLD."UnitId" AND u."CaseId" = OLD."CaseId");
            END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') THEN
                INSERT INTO "CaseListEntries" ({Columns})
                {Select(PostgresNoDeadline, "WHERE u.\"CaseId\" = NEW.\"CaseId\" AND u.\"UnitId\" = NEW.\"UnitId\"")}
                ON CONFLICT ("UnitId", "CaseId") DO NOTHING;
            END IF;
            RETURN NULL;
        END $$;
        """,
        """
        CREATE TRIGGER case_list_units AFTER INSERT OR DELETE OR UPDATE OF "UnitId", "CaseId" ON "CaseUnits"
        FOR EACH ROW EXECUTE FUNCTION samplan_case_list_units();
        """,
        $"""
        CREATE FUNCTION samplan_case_list_cases() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE "CaseListEntries" e SET
                "IsOpen" = NEW."Phase" <> 'Closed',
                "Phase" = NEW."Phase",
                "DueOn" = COALESCE(NEW."NextDueOn", {PostgresNoDeadline}),
                "IsResponsible" = e."UnitId" = NEW."ResponsibleUnitId",
                "IsSharedWithParticipants" = NEW."IsSharedWithParticipants",
                "ConsentValidUntil" = NEW."ConsentValidUntil",
                "FamilyName" = CASE WHEN NEW."IndividualId" IS DISTINCT FROM OLD."IndividualId"
                    THEN COALESCE((SELECT i."FamilyName" FROM "Individuals" i WHERE i."Id" = NEW."IndividualId"), '')
                    ELSE e."FamilyName" END
            WHERE e."CaseId" = NEW."Id";
            RETURN NULL;
        END $$;
        """,
        $"""
        CREATE TRIGGER case_list_cases AFTER UPDATE ON "Cases"
        FOR EACH ROW WHEN ({CaseChanged("IS DISTINCT FROM")}) EXECUTE FUNCTION samplan_case_list_cases();
        """,
        """
        CREATE FUNCTION samplan_case_list_individuals() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE "CaseListEntries" e SET "FamilyName" = COALESCE(NEW."FamilyName", '')
            FROM "Cases" c
            WHERE c."IndividualId" = NEW."Id" AND e."CaseId" = c."Id" AND e."FamilyName" IS DISTINCT FROM COALESCE(NEW."FamilyName", '');
            RETURN NULL;
        END $$;
        """,
        """
        CREATE TRIGGER case_list_individuals AFTER INSERT OR UPDATE OF "FamilyName" ON "Individuals"
        FOR EACH ROW EXECUTE FUNCTION samplan_case_list_individuals();
        """,
        $"""
        INSERT INTO "CaseListEntries" ({Columns})
        {Select(PostgresNoDeadline, string.Empty)};
        """,
    ];

    public static readonly string[] PostgresDown =
    [
        """DROP TRIGGER IF EXISTS case_list_units ON "CaseUnits";""",
        """DROP TRIGGER IF EXISTS case_list_cases ON "Cases";""",
        """DROP TRIGGER IF EXISTS case_list_individuals ON "Individuals";""",
        "DROP FUNCTION IF EXISTS samplan_case_list_units();",
        "DROP FUNCTION IF EXISTS samplan_case_list_cases();",
        "DROP FUNCTION IF EXISTS samplan_case_list_individuals();",
    ];

    public static readonly string[] SqliteUp =
    [
        $"""
        CREATE TRIGGER case_list_units_insert AFTER INSERT ON "CaseUnits"
        BEGIN
            INSERT OR IGNORE INTO "CaseListEntries" ({Columns})
            {Select(SqliteNoDeadline, "WHERE u.\"CaseId\" = NEW.\"CaseId\" AND u.\"UnitId\" = NEW.\"UnitId\"")};
        END;
        """,
        """
        CREATE TRIGGER case_list_units_delete AFTER DELETE ON "CaseUnits"
        BEGIN
            DELETE FROM "CaseListEntries"
            WHERE "UnitId" = OLD."UnitId" AND "CaseId" = OLD."CaseId"
              AND NOT EXISTS (SELECT 1 FROM "CaseUnits" u WHERE u."UnitId" = OLD."UnitId" AND u."CaseId" = OLD."CaseId");
        END;
        """,
        $"""
        CREATE TRIGGER case_list_units_update AFTER UPDATE OF "UnitId", "CaseId" ON "CaseUnits"
        BEGIN
            DELETE FROM "CaseListEntries"
            WHERE "UnitId" = OLD."UnitId" AND "CaseId" = OLD."CaseId"
              AND NOT EXISTS (SELECT 1 FROM "CaseUnits" u WHERE u."UnitId" = OLD."UnitId" AND u."CaseId" = OLD."CaseId");
            INSERT OR IGNORE INTO "CaseListEntries" ({Columns})
            {Select(SqliteNoDeadline, "WHERE u.\"CaseId\" = NEW.\"CaseId\" AND u.\"UnitId\" = NEW.\"UnitId\"")};
        END;
        """,
        $"""
        CREATE TRIGGER case_list_cases AFTER UPDATE ON "Cases"
        WHEN {CaseChanged("IS NOT")}
        BEGIN
            UPDATE "CaseListEntries" SET
                "IsOpen" = NEW."Phase" <> 'Closed',
                "Phase" = NEW."Phase",
                "DueOn" = COALESCE(NEW."NextDueOn", {SqliteNoDeadline}),
                "IsResponsible" = "UnitId" = NEW."ResponsibleUnitId",
                "IsSharedWithParticipants" = NEW."IsSharedWithParticipants",
                "ConsentValidUntil" = NEW."ConsentValidUntil",
                "FamilyName" = COALESCE((SELECT i."FamilyName" FROM "Individuals" i WHERE i."Id" = NEW."IndividualId"), '')
            WHERE "CaseId" = NEW."Id";
        END;
        """,
        """
        CREATE TRIGGER case_list_individuals_insert AFTER INSERT ON "Individuals"
        BEGIN
            UPDATE "CaseListEntries" SET "FamilyName" = COALESCE(NEW."FamilyName", '')
            WHERE "CaseId" IN (SELECT c."Id" FROM "Cases" c WHERE c."IndividualId" = NEW."Id");
        END;
        """,
        """
        CREATE TRIGGER case_list_individuals_update AFTER UPDATE OF "FamilyName" ON "Individuals"
        BEGIN
            UPDATE "CaseListEntries" SET "FamilyName" = COALESCE(NEW."FamilyName", '')
            WHERE "CaseId" IN (SELECT c."Id" FROM "Cases" c WHERE c."IndividualId" = NEW."Id");
        END;
        """,
        $"""
        INSERT INTO "CaseListEntries" ({Columns})
        {Select(SqliteNoDeadline, string.Empty)};
        """,
    ];

    public static readonly string[] SqliteDown =
    [
        "DROP TRIGGER IF EXISTS case_list_units_insert;",
        "DROP TRIGGER IF EXISTS case_list_units_delete;",
        "DROP TRIGGER IF EXISTS case_list_units_update;",
        "DROP TRIGGER IF EXISTS case_list_cases;",
        "DROP TRIGGER IF EXISTS case_list_individuals_insert;",
        "DROP TRIGGER IF EXISTS case_list_individuals_update;",
    ];
}
