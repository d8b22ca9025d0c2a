package org.nkpetition.list.importing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Reads a list file, CSV or JSON by its extension (or, without one, by its first character). */
public final class ListFiles {
    private ListFiles() {
    }

    public static ParsedList read(Path file) throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            return ParsedList.fileError(0, "the file is not UTF-8 text (save it as \"CSV UTF-8\")");
        }
        return parse(file.getFileName().toString(), text);
    }

    static ParsedList parse(String fileName, String text) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return JsonListFile.parse(text);
        }
        if (name.endsWith(".csv")) {
            return CsvListFile.parse(text);
        }
        String start = text.stripLeading();
        return start.startsWith("[") || start.startsWith("\uFEFF[") ? JsonListFile.parse(text) : CsvListFile.parse(text);
    }
}
