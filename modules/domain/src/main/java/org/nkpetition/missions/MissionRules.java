package org.nkpetition.missions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a complete set of missions (as imported from one file) and reports every problem with its line:
 * bad ids, unknown countries, subdivisions not of the mission's country, duplicate ids, two active missions
 * covering the same subdivision, more than one active rest-of-country mission in a country, an active mission
 * with an empty jurisdiction. A country without a "rest" mission is allowed: its uncovered regions go to its
 * embassy (see {@link MissionAssignment}). Closed (inactive) missions take part only in the id, country and code
 * checks: their old jurisdiction may overlap the missions that took it over.
 */
public final class MissionRules {
    /** Mission ids: lower-case ASCII letters, digits and hyphens, 3 to 64 chars, starting with a letter. */
    public static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{2,63}");

    private final Subdivisions subdivisions;

    public MissionRules(Subdivisions subdivisions) {
        this.subdivisions = subdivisions;
    }

    /** A mission and the line it was read from (0 when it did not come from a file). */
    public record Numbered(int line, Mission mission) {
    }

    /** Every problem of the set, sorted by line; empty when the set can be written. */
    public List<RowError> check(List<Numbered> missions) {
        List<RowError> errors = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        Map<String, Numbered> coveredBy = new HashMap<>();
        Map<String, Numbered> restOf = new HashMap<>();
        for (Numbered numbered : missions) {
            Mission mission = numbered.mission();
            int line = numbered.line();
            if (!ID.matcher(mission.id()).matches()) {
                errors.add(new RowError(line, "id \"" + mission.id() + "\" must be 3-64 lower-case letters, digits or"
                        + " hyphens, starting with a letter (such as us-chicago)"));
            }
            Integer first = ids.putIfAbsent(mission.id(), line);
            if (first != null) {
                errors.add(new RowError(line, "duplicate id \"" + mission.id() + "\" (first on line " + first + ")"));
            }
            if (!Subdivisions.isCountry(mission.country())) {
                errors.add(new RowError(line, "unknown country \"" + mission.country() + "\" (ISO 3166-1 alpha-2, such as US)"));
                continue;
            }
            for (String code : mission.jurisdiction().subdivisions()) {
                if (!subdivisions.belongsTo(code, mission.country())) {
                    errors.add(new RowError(line, "subdivision \"" + code + "\" is not an ISO 3166-2 code of "
                            + mission.country() + (subdivisions.knowsCountry(mission.country()) ? ""
                            : " (no subdivisions are known for " + mission.country() + ": use \"rest\", or add them to"
                            + " missions/iso-3166-2-subset.txt)")));
                } else if (mission.active()) {
                    Numbered other = coveredBy.putIfAbsent(code, numbered);
                    if (other != null) {
                        errors.add(new RowError(line, code + " is already in the jurisdiction of " + other.mission().id()
                                + " (line " + other.line() + "): jurisdictions of active missions must not overlap"));
                    }
                }
            }
            if (mission.active() && mission.jurisdiction().restOfCountry()) {
                Numbered other = restOf.putIfAbsent(mission.country(), numbered);
                if (other != null) {
                    errors.add(new RowError(line, "a second active \"rest\" mission for " + mission.country() + " ("
                            + other.mission().id() + " on line " + other.line() + " already serves the rest of the country)"));
                }
            }
            if (mission.active() && !mission.jurisdiction().restOfCountry() && mission.jurisdiction().subdivisions().isEmpty()) {
                errors.add(new RowError(line, "an active mission needs a jurisdiction: subdivision codes separated by ';', or \"rest\""));
            }
        }
        errors.sort(null);
        return errors;
    }
}
