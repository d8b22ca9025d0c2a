package org.nkpetition.list.names;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A Hangul name in every romanization system, for showing how else it may be written. */
public final class Romanizations {
    private Romanizations() {
    }

    /**
     * {"hangul": "리설화", "rr": "Ri Seol-hwa", "mr": "Ri Sŏl-hwa", "mr-plain": "Ri Sol-hwa", "nk": "Ri Sol Hwa"};
     * empty for a name that is not Hangul.
     */
    public static Optional<Map<String, String>> of(String name) {
        WrittenName written = WrittenName.of(name);
        if (written.words().isEmpty() || !written.words().stream().allMatch(w -> w.script() == Script.HANGUL)) {
            return Optional.empty();
        }
        return NameReadings.ofListedName(written).stream().filter(NameReading::isFull).findFirst().map(reading -> {
            Map<String, String> forms = new LinkedHashMap<>();
            forms.put("hangul", name.strip());
            for (Romanization system : Romanization.values()) {
                forms.put(system.code(), system.romanize(reading.surname().get().letters(), reading.given().get().letters()));
            }
            return forms;
        });
    }
}
