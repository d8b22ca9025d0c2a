package org.nkpetition.missions.files;

import org.nkpetition.deliveries.Delivery;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.nkpetition.domain.Language;
import org.nkpetition.missions.files.CsvTable;
import org.nkpetition.missions.files.InvalidFileException;
import org.nkpetition.missions.Mission;
import org.nkpetition.missions.RowError;

/**
 * The deliveries file (docs/MISSIONS.md): CSV with a header row and columns
 * {@code petition,date,mission,local_time,meeting_point,coordinator_email[,coordinator_lang]}; petition, date (YYYY-MM-DD), mission
 * and local_time (HH:MM, 24 h, local to the mission) are required. Every row is checked: the petition must exist,
 * the mission must exist and be active, a (petition, date, mission) may appear once, and the coordinator email,
 * when given, must look like an address, and the coordinator's language, when given, must be one the platform speaks
 * (a message bundle exists for it). Any error throws {@link InvalidFileException} listing them all.
 */
public final class DeliveryCsv {
    public static final List<String> COLUMNS = List.of("petition", "date", "mission", "local_time", "meeting_point",
            "coordinator_email", "coordinator_lang");
    private static final Set<String> REQUIRED = Set.of("petition", "date", "mission", "local_time");

    private DeliveryCsv() {
    }

    /**
     * The deliveries of {@code text}.
     *
     * @param petitionExists whether a petition id is known
     * @param missions       the stored missions, by id
     */
    public static List<Delivery> parse(String text, Predicate<String> petitionExists, Map<String, Mission> missions) {
        List<RowError> errors = new ArrayList<>();
        List<Delivery> deliveries = new ArrayList<>();
        Map<Delivery.Key, Integer> seen = new HashMap<>();
        for (CsvTable.Row row : CsvTable.read(text, COLUMNS, REQUIRED)) {
            int before = errors.size();
            for (String column : COLUMNS) {
                if (REQUIRED.contains(column) && row.get(column).isEmpty()) {
                    errors.add(new RowError(row.line(), "\"" + column + "\" is required"));
                }
            }
            String petition = row.get("petition");
            if (!petition.isEmpty() && !petitionExists.test(petition)) {
                errors.add(new RowError(row.line(), "no petition \"" + petition + "\" (bin/admin petitions list)"));
            }
            String missionId = row.get("mission");
            Mission mission = missions.get(missionId);
            if (!missionId.isEmpty() && mission == null) {
                errors.add(new RowError(row.line(), "no mission \"" + missionId + "\" (bin/admin missions list)"));
            } else if (mission != null && !mission.active()) {
                errors.add(new RowError(row.line(), "mission \"" + missionId + "\" is closed (active=false): it cannot receive a delivery"));
            }
            LocalDate date = parse(row, "date", LocalDate::parse, "a date YYYY-MM-DD", errors);
            LocalTime time = parse(row, "local_time", LocalTime::parse, "a time HH:MM (24 h)", errors);
            String email = row.get("coordinator_email");
            if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                errors.add(new RowError(row.line(), "coordinator_email is not an email address"));
            }
            String language = row.get("coordinator_lang");
            Optional<Language> spoken = Language.fromCode(language);
            if (!language.isEmpty() && spoken.isEmpty()) {
                errors.add(new RowError(row.line(), "coordinator_lang \"" + language + "\" is not a language the platform speaks ("
                        + Language.codes() + ")"));
            }
            if (errors.size() == before) {
                Delivery delivery = new Delivery(petition, date, missionId, time, row.get("meeting_point"), email,
                        spoken.map(Language::code).orElse(""));
                Integer first = seen.putIfAbsent(delivery.key(), row.line());
                if (first != null) {
                    errors.add(new RowError(row.line(), "the same petition, date and mission as line " + first));
                } else {
                    deliveries.add(delivery);
                }
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(null);
            throw new InvalidFileException(errors);
        }
        return deliveries;
    }

    private interface Parser<T> {
        T parse(String text);
    }

    private static <T> T parse(CsvTable.Row row, String column, Parser<T> parser, String expected, List<RowError> errors) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return parser.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new RowError(row.line(), "\"" + column + "\" must be " + expected + ", not \"" + value + "\""));
            return null;
        }
    }

    /** The import format, coordinator emails included (organisers' export; never public). */
    public static String write(List<Delivery> deliveries) {
        List<List<String>> rows = new ArrayList<>();
        for (Delivery d : deliveries) {
            rows.add(Arrays.asList(d.petitionId(), d.date().toString(), d.missionId(), d.localTime().toString(),
                    d.meetingPoint(), d.coordinatorEmail(), d.coordinatorLanguage()));
        }
        return CsvTable.write(COLUMNS, rows);
    }
}
