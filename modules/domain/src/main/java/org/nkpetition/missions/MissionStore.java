package org.nkpetition.missions;

import java.util.List;
import java.util.Optional;

/** Where the missions are kept (port). The set is small (hundreds at most): reads return it whole. */
public interface MissionStore {
    /** Every mission, sorted by id. */
    List<Mission> list();

    default Optional<Mission> find(String id) {
        return list().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /**
     * Makes the stored set exactly {@code missions} (already checked with {@link MissionRules}): writes them and
     * deletes stored missions not among them.
     */
    void replaceAll(List<Mission> missions);
}
