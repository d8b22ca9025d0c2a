package org.nkpetition.mail.sending;

import org.nkpetition.mail.EmailMessage;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxMailerTest {
    @Test
    void writesAMimeMessageAnyMailClientOpens(@TempDir Path outbox) throws Exception {
        new OutboxMailer(outbox, "petition@example.org")
                .send(new EmailMessage("s@example.org", "서명을 확인해 주세요", "텍스트 본문", "<p>HTML 본문</p>"));
        List<Path> files = Files.list(outbox).toList();
        assertEquals(1, files.size());
        assertTrue(files.get(0).toString().endsWith(".eml"));
        String mime = Files.readString(files.get(0), StandardCharsets.UTF_8);
        assertTrue(mime.contains("To: s@example.org\r\n"));
        assertTrue(mime.contains("Subject: =?UTF-8?B?" + Base64.getEncoder()
                .encodeToString("서명을 확인해 주세요".getBytes(StandardCharsets.UTF_8)) + "?="));
        assertTrue(mime.contains("Content-Type: multipart/alternative;"));
        assertTrue(mime.contains(Base64.getMimeEncoder().encodeToString("텍스트 본문".getBytes(StandardCharsets.UTF_8))));
    }
}
