package org.nkpetition.missions;

import org.nkpetition.missions.files.StarterMissions;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nkpetition.domain.Language;

class SubdivisionNamesTest {
    private final SubdivisionNames names = SubdivisionNames.bundled();
    private final Subdivisions subdivisions = Subdivisions.bundled();

    @Test
    void everyCountryAskedForARegionInTheStarterFileHasEveryNameInEveryLanguage() {
        MissionAssignment assignment = new MissionAssignment(StarterMissions.missions(), subdivisions);
        for (String country : List.of("US", "KR", "CA", "BR")) {
            assertTrue(assignment.asksRegion(country), country);
            for (String code : subdivisions.of(country)) {
                assertTrue(names.knows(code), "no names for " + code);
                for (Language language : Language.values()) {
                    assertNotEquals(code, names.name(code, language), code + " in " + language);
                }
            }
        }
    }

    @Test
    void everyNamedCodeIsAKnownSubdivision() {
        for (String country : List.of("US", "KR", "CA", "BR")) {
            assertEquals(subdivisions.of(country).size(), names.of(country, subdivisions, Language.EN).size());
        }
        assertEquals("Illinois", names.name("US-IL", Language.EN));
        assertEquals("일리노이주", names.name("US-IL", Language.KO));
        assertEquals("부산광역시", names.name("KR-26", Language.KO));
        assertEquals("Nueva York", names.name("US-NY", Language.ES));
    }

    @Test
    void anUnnamedCodeFallsBackToTheCode() {
        assertEquals("JP-13", names.name("JP-13", Language.KO));
    }

    @Test
    void optionsAreSortedByNameInTheLanguage() {
        List<SubdivisionNames.Named> korean = names.of("KR", subdivisions, Language.KO);
        assertEquals("강원특별자치도", korean.get(0).name());
        assertEquals("Alabama", names.of("US", subdivisions, Language.EN).get(0).name());
    }
}
