package org.nkpetition.missions;

import org.nkpetition.missions.files.StarterMissions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MissionAssignmentTest {
    private final MissionAssignment starter = new MissionAssignment(StarterMissions.missions(), Subdivisions.bundled());

    @Test
    void theIssuesSignersLandAtTheirMissions() {
        assertThat(starter.assign("US", Optional.of("US-IL"))).contains("us-chicago");
        assertThat(starter.assign("US", Optional.of("US-CA"))).contains("us-los-angeles");
        assertThat(starter.assign("KR", Optional.of("KR-26"))).contains("kr-busan");
        assertThat(starter.assign("DE", Optional.of("DE-BE"))).contains("de-berlin");
    }

    @Test
    void aRegionNoConsulateCoversGoesToTheRestOfCountryMission() {
        assertThat(starter.assign("US", Optional.of("US-VA"))).contains("us-washington");
        assertThat(starter.assign("KR", Optional.of("KR-11"))).contains("kr-seoul");
        assertThat(starter.assign("US", Optional.empty())).contains("us-washington");
    }

    @Test
    void aClosedConsulateNeverReceivesSignatures() {
        // us-houston is inactive in the starter file: Texas falls back to the embassy.
        assertThat(starter.assign("US", Optional.of("US-TX"))).contains("us-washington");
        assertThat(StarterMissions.missions()).filteredOn(m -> m.id().equals("us-houston"))
                .singleElement().matches(m -> !m.active());
    }

    @Test
    void aRegionOfAnotherCountryIsRefused() {
        assertThatThrownBy(() -> starter.assign("KR", Optional.of("US-IL")))
                .isInstanceOf(MissionAssignment.RegionNotInCountryException.class).hasMessageContaining("US-IL");
        assertThatThrownBy(() -> starter.assign("US", Optional.of("US-XX")))
                .isInstanceOf(MissionAssignment.RegionNotInCountryException.class);
    }

    @Test
    void aCountryWithoutMissionsGetsNone() {
        assertThat(starter.assign("FR", Optional.empty())).isEmpty();
    }

    @Test
    void withoutARestMissionTheEmbassyTakesTheRest() {
        Mission embassy = mission("xx-embassy", MissionKind.EMBASSY, Jurisdiction.of(Set.of("DE-BE")));
        Mission munich = mission("de-munich", MissionKind.CONSULATE_GENERAL, Jurisdiction.of(Set.of("DE-BY")));
        MissionAssignment assignment = new MissionAssignment(List.of(munich, embassy), Subdivisions.bundled());
        assertThat(assignment.assign("DE", Optional.of("DE-HH"))).contains("xx-embassy");
        assertThat(assignment.assign("DE", Optional.of("DE-BY"))).contains("de-munich");
    }

    @Test
    void onlyCountriesWithSeveralMissionsAskForARegion() {
        assertThat(starter.asksRegion("US")).isTrue();
        assertThat(starter.asksRegion("KR")).isTrue();
        assertThat(starter.asksRegion("DE")).isFalse();
        assertThat(starter.asksRegion("FR")).isFalse();
    }

    private static Mission mission(String id, MissionKind kind, Jurisdiction jurisdiction) {
        return new Mission(id, kind, "DE", "Somewhere", new MissionNames(id, "", ""), "", jurisdiction, "test", false, true);
    }
}
