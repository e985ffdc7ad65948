package uk.nhs.talent.talent.support;

import java.sql.SQLException;

import uk.nhs.talent.testsupport.ServiceDatabase;

/**
 * The tables the database keeps from a definition (a view) by triggers, compared with that definition: rows in the
 * table but not in the definition plus rows in the definition but not in the table, 0 when they agree.
 */
public final class DerivedTables {

    private DerivedTables() {
    }

    /** forum_candidate (V8) against forum_candidate_source. */
    public static long searchTableDifferingFromItsDefinition() throws SQLException {
        return differing("forum_candidate", "forum_candidate_source");
    }

    /** readiness_spell (V9, V10) against readiness_spell_source. */
    public static long spellsDifferingFromTheirDefinition() throws SQLException {
        return differing("readiness_spell", "readiness_spell_source");
    }

    /**
     * supply_entry (V10) against supply_entry_source, and supply_count against the definition grouped: every count
     * not 0 (a count driven below 0 shows too).
     */
    public static long supplyDifferingFromItsDefinition() throws SQLException {
        return differing("supply_entry", "supply_entry_source") + differing("""
                (select region_code, role_family, level, readiness, people from supply_count where people <> 0)""", """
                (select region_code, role_family, level, readiness, count(*) from supply_entry_source
                 group by region_code, role_family, level, readiness)""");
    }

    private static long differing(String table, String definition) throws SQLException {
        return ServiceDatabase.count("select (select count(*) from (select * from " + table + " t except all select * "
                + "from " + definition + " d) extra) + (select count(*) from (select * from " + definition
                + " d except all select * from " + table + " t) missing)");
    }
}
