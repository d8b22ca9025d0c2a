package org.nkpetition.missions.files;

import org.nkpetition.missions.Jurisdiction;
import org.nkpetition.missions.Mission;
import org.nkpetition.missions.MissionKind;
import org.nkpetition.missions.MissionNames;
import org.nkpetition.missions.MissionRules;
import org.nkpetition.missions.RowError;
import org.nkpetition.missions.Subdivisions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The missions file (docs/MISSIONS.md): CSV, header row, one mission a row, columns
 * {@code id,kind,country,city,name_en,name_ko,name_es,address,jurisdiction,active,verified,source}.
 * Required: id, kind, country, city, name_en, jurisdiction, source. {@code jurisdiction} is "rest" or ISO 3166-2
 * codes separated by ';'; {@code active} and {@code verified} are true/false (defaults true and false).
 * Parsing checks every row and then the whole set ({@link MissionRules}); any error throws
 * {@link InvalidFileException} listing them all, so callers write nothing.
 */
public final class MissionCsv {
    public static final List<String> COLUMNS = List.of("id", "kind", "country", "city", "name_en", "name_ko", "name_es",
            "address", "jurisdiction", "active", "verified", "source");
    private static final Set<String> REQUIRED = Set.of("id", "kind", "country", "city", "name_en", "jurisdiction", "source");

    private MissionCsv() {
    }

    /** The missions of {@code text}, in file order, all valid together; else {@link InvalidFileException}. */
    public static List<Mission> parse(String text, Subdivisions subdivisions) {
        List<RowError> errors = new ArrayList<>();
        List<MissionRules.Numbered> missions = new ArrayList<>();
        for (CsvTable.Row row : CsvTable.read(text, COLUMNS, REQUIRED)) {
            int before = errors.size();
            for (String column : REQUIRED) {
                if (row.get(column).isEmpty()) {
                    errors.add(new RowError(row.line(), "\"" + column + "\" is required"));
                }
            }
            MissionKind kind = MissionKind.fromCode(row.get("kind")).orElse(null);
            if (kind == null && !row.get("kind").isEmpty()) {
                errors.add(new RowError(row.line(), "kind \"" + row.get("kind") + "\" must be embassy, consulate-general or consulate"));
            }
            Boolean active = bool(row, "active", true, errors);
            Boolean verified = bool(row, "verified", false, errors);
            Jurisdiction jurisdiction = jurisdiction(row, errors);
            if (errors.size() == before) {
                missions.add(new MissionRules.Numbered(row.line(), new Mission(row.get("id"), kind,
                        row.get("country").toUpperCase(Locale.ROOT), row.get("city"),
                        new MissionNames(row.get("name_en"), row.get("name_ko"), row.get("name_es")), row.get("address"),
                        jurisdiction, row.get("source"), verified, active)));
            }
        }
        errors.addAll(new MissionRules(subdivisions).check(missions));
        if (!errors.isEmpty()) {
            errors.sort(null);
            throw new InvalidFileException(errors);
        }
        return missions.stream().map(MissionRules.Numbered::mission).toList();
    }

    private static Jurisdiction jurisdiction(CsvTable.Row row, List<RowError> errors) {
        String value = row.get("jurisdiction");
        if (value.equalsIgnoreCase(Jurisdiction.REST_OF_COUNTRY_CODE)) {
            return Jurisdiction.rest();
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String code : value.split(";")) {
            String trimmed = code.strip().toUpperCase(Locale.ROOT);
            if (!trimmed.isEmpty() && !codes.add(trimmed)) {
                errors.add(new RowError(row.line(), "jurisdiction lists " + trimmed + " twice"));
            }
        }
        return Jurisdiction.of(codes);
    }

    private static Boolean bool(CsvTable.Row row, String column, boolean fallback, List<RowError> errors) {
        String value = row.get(column).toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            return fallback;
        }
        if (!value.equals("true") && !value.equals("false")) {
            errors.add(new RowError(row.line(), "\"" + column + "\" must be true or false, not \"" + row.get(column) + "\""));
            return fallback;
        }
        return Boolean.parseBoolean(value);
    }

    /** The import format for {@code missions}: exporting then importing gives the same set. */
    public static String write(List<Mission> missions) {
        List<List<String>> rows = new ArrayList<>();
        for (Mission m : missions) {
            rows.add(Arrays.asList(m.id(), m.kind().code(), m.country(), m.city(), m.names().en(), m.names().ko(),
                    m.names().es(), m.address(), m.jurisdiction().code(), Boolean.toString(m.active()),
                    Boolean.toString(m.verified()), m.source()));
        }
        return CsvTable.write(COLUMNS, rows);
    }
}
