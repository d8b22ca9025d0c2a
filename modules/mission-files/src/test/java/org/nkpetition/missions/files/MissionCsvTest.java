package org.nkpetition.missions.files;

import org.nkpetition.missions.Mission;
import org.nkpetition.missions.RowError;
import org.nkpetition.missions.Subdivisions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

class MissionCsvTest {
    private static final String HEADER = "id,kind,country,city,name_en,jurisdiction,source\n";

    private static List<RowError> errors(String text) {
        InvalidFileException e = catchThrowableOfType(InvalidFileException.class,
                () -> MissionCsv.parse(text, Subdivisions.bundled()));
        assertThat(e).as("the file should be refused").isNotNull();
        return e.errors();
    }

    @Test
    void theStarterFileIsValidAndEveryRowHasASource() {
        List<Mission> missions = StarterMissions.missions();
        assertThat(missions).extracting(Mission::id).contains("us-chicago", "us-los-angeles", "kr-busan", "de-berlin",
                "us-washington", "kr-seoul", "jp-tokyo", "gb-london", "nl-the-hague", "ca-toronto", "ca-ottawa",
                "mx-mexico-city", "br-rio-de-janeiro", "cl-santiago", "ar-buenos-aires", "us-houston", "us-san-francisco");
        assertThat(missions).allSatisfy(m -> assertThat(m.source()).isNotBlank());
        // Nothing in the starter file was checked against an official source for a delivery.
        assertThat(missions).noneMatch(Mission::verified);
    }

    @Test
    void exportThenImportGivesTheSameSet() {
        List<Mission> missions = StarterMissions.missions();
        assertThat(MissionCsv.parse(MissionCsv.write(missions), Subdivisions.bundled())).isEqualTo(missions);
    }

    @Test
    void unknownCountryAndForeignSubdivisionAreRefusedWithTheirLines() {
        assertThat(errors(HEADER
                + "xx-one,embassy,XX,City,Name,rest,src\n"
                + "us-two,consulate,US,City,Name,KR-26,src\n"))
                .extracting(RowError::toString)
                .containsExactly("line 2: unknown country \"XX\" (ISO 3166-1 alpha-2, such as US)",
                        "line 3: subdivision \"KR-26\" is not an ISO 3166-2 code of US");
    }

    @Test
    void overlappingJurisdictionsAreRefused() {
        assertThat(errors(HEADER
                + "us-chicago,consulate-general,US,Chicago,Name,US-IL;US-IN,src\n"
                + "us-other,consulate,US,Other,Name,US-IN,src\n"))
                .singleElement().satisfies(e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.message()).contains("US-IN is already in the jurisdiction of us-chicago (line 2)");
                });
    }

    @Test
    void aClosedMissionMayKeepItsOldJurisdiction() {
        List<Mission> missions = MissionCsv.parse("id,kind,country,city,name_en,jurisdiction,active,source\n"
                + "us-houston,consulate-general,US,Houston,Name,US-TX,false,src\n"
                + "us-dallas,consulate,US,Dallas,Name,US-TX,true,src\n", Subdivisions.bundled());
        assertThat(missions).hasSize(2);
    }

    @Test
    void twoRestOfCountryMissionsAreRefused() {
        assertThat(errors(HEADER
                + "de-berlin,embassy,DE,Berlin,Name,rest,src\n"
                + "de-bonn,consulate,DE,Bonn,Name,REST,src\n"))
                .singleElement().satisfies(e -> assertThat(e.toString()).startsWith("line 3: a second active \"rest\" mission for DE"));
    }

    @Test
    void duplicateIdsBadIdsKindsAndFlagsAreRefusedAllAtOnce() {
        List<RowError> errors = errors(HEADER.replace(",source", ",active,source")
                + "de-berlin,embassy,DE,Berlin,Name,DE-BE,true,src\n"
                + "de-berlin,embassy,DE,Berlin,Name,DE-HH,true,src\n"
                + "De Berlin,palace,DE,Berlin,Name,DE-BY,maybe,src\n"
                + "de-x,embassy,DE,,Name,DE-SN,true,\n");
        assertThat(errors).extracting(RowError::line).containsExactly(3, 4, 4, 5, 5);
        assertThat(errors.get(0).message()).contains("duplicate id \"de-berlin\" (first on line 2)");
        assertThat(errors).extracting(RowError::message).anyMatch(m -> m.contains("palace"))
                .anyMatch(m -> m.contains("\"active\" must be true or false"))
                .anyMatch(m -> m.contains("\"city\" is required"))
                .anyMatch(m -> m.contains("\"source\" is required"));
    }

    @Test
    void headerProblemsAndMalformedQuotingAreFileErrors() {
        assertThat(errors("id,kind,country\n")).extracting(RowError::message).anyMatch(m -> m.contains("missing required column \"city\""));
        assertThat(errors(HEADER.replace("source", "sauce"))).extracting(RowError::message)
                .anyMatch(m -> m.contains("unknown column \"sauce\""));
        assertThat(errors(HEADER + "de-berlin,embassy,DE,\"Berlin,Name,rest,src\n")).singleElement()
                .satisfies(e -> assertThat(e.message()).startsWith("malformed CSV"));
        assertThat(errors("")).singleElement().satisfies(e -> assertThat(e.message()).contains("empty"));
    }

    @Test
    void aQuotedMultiLineCellKeepsLaterLinesRight() {
        assertThat(errors(HEADER.replace(",source", ",address,source")
                + "de-berlin,embassy,DE,Berlin,Name,rest,\"Street 1\nBerlin\",src\n"
                + "de-x,embassy,XX,Berlin,Name,rest,,src\n"))
                .singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(4));
    }
}
