package org.nkpetition.missions;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The missions port in memory, for unit tests. */
public final class InMemoryMissionStore implements MissionStore {
    private final List<Mission> missions = new CopyOnWriteArrayList<>();

    @Override
    public List<Mission> list() {
        return missions.stream().sorted(Comparator.comparing(Mission::id)).toList();
    }

    @Override
    public synchronized void replaceAll(List<Mission> replacement) {
        missions.clear();
        missions.addAll(replacement);
    }
}
