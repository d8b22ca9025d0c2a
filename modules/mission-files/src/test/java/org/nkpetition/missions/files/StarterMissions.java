package org.nkpetition.missions.files;

import org.nkpetition.missions.Mission;
import org.nkpetition.missions.Subdivisions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The shipped starter file (tools/dev-server/seed/missions/missions.csv), as tests read it from modules/mission-files. */
public final class StarterMissions {
    static final Path FILE = Path.of("..", "..", "tools", "dev-server", "seed", "missions", "missions.csv");

    private StarterMissions() {
    }

    static String text() {
        try {
            return Files.readString(FILE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Mission> missions() {
        return MissionCsv.parse(text(), Subdivisions.bundled());
    }
}
