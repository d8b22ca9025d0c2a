package org.nkpetition.missions.files;

import org.nkpetition.missions.Mission;
import org.nkpetition.missions.MissionRules;
import org.nkpetition.missions.Subdivisions;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever organisers feed it, the parser answers with missions or line-numbered errors, nothing else. */
class MissionCsvPropertyTest {
    @Property(tries = 300)
    void anyTextGivesMissionsOrRowErrors(@ForAll("csvLike") String text) {
        try {
            List<Mission> missions = MissionCsv.parse(text, Subdivisions.bundled());
            assertThat(new MissionRules(Subdivisions.bundled()).check(missions.stream()
                    .map(m -> new MissionRules.Numbered(0, m)).toList())).isEmpty();
        } catch (InvalidFileException e) {
            assertThat(e.errors()).isNotEmpty().allSatisfy(error -> {
                assertThat(error.line()).isBetween(0, text.split("\n", -1).length + 1);
                assertThat(error.message()).isNotBlank();
            });
        }
    }

    @Provide
    Arbitrary<String> csvLike() {
        Arbitrary<String> cell = Arbitraries.oneOf(
                Arbitraries.of("us-chicago", "de-berlin", "embassy", "consulate", "US", "DE", "XX", "US-IL", "DE-BE",
                        "KR-26", "rest", "true", "false", "Chicago", "", "\"", "\"a,b\"", "US-IL;US-IN", "\n"),
                Arbitraries.strings().ofMaxLength(6));
        Arbitrary<String> row = cell.list().ofMinSize(1).ofMaxSize(9).map(cells -> String.join(",", cells));
        return row.list().ofMaxSize(6).map(rows -> "id,kind,country,city,name_en,jurisdiction,active,source,address\n"
                + String.join("\n", rows));
    }
}
