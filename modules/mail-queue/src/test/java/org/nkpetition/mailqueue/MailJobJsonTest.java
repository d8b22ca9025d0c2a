package org.nkpetition.mailqueue;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nkpetition.domain.Destination;
import org.nkpetition.domain.Language;
import org.nkpetition.mail.MailJob;

/** The queued email's body keeps the mission the signature goes to (issue 14) and still reads older bodies. */
class MailJobJsonTest {
    private static MailJob job(Optional<Destination> destination) {
        return new MailJob(MailJob.Kind.CONFIRMATION, "p", "key", Language.KO, "제목", "a@example.org",
                Optional.of("token"), "https://x", destination);
    }

    @Test
    void theDestinationSurvivesTheQueue() {
        MailJob dated = job(Optional.of(new Destination("kr-busan", "주부산 중국총영사관", "Busan", Optional.of(LocalDate.of(2027, 9, 24)))));
        assertEquals(Optional.of(dated), MailJobJson.read(MailJobJson.write(dated)));
        MailJob undated = job(Optional.of(new Destination("kr-busan", "주부산 중국총영사관", "Busan", Optional.empty())));
        assertEquals(Optional.of(undated), MailJobJson.read(MailJobJson.write(undated)));
        MailJob none = job(Optional.empty());
        assertEquals(Optional.of(none), MailJobJson.read(MailJobJson.write(none)));
    }

    @Test
    void aBodyWrittenBeforeMissionsReadsWithoutDestination() {
        String older = "{\"v\":1,\"kind\":\"confirmation\",\"petitionId\":\"p\",\"signerKey\":\"key\",\"lang\":\"ko\","
                + "\"title\":\"t\",\"to\":\"a@example.org\",\"token\":\"token\",\"baseUrl\":\"https://x\"}";
        assertEquals(Optional.empty(), MailJobJson.read(older).orElseThrow().destination());
    }

    @Test
    void aBrokenDestinationIsDroppedAndTheEmailStillGoes() {
        String broken = MailJobJson.write(job(Optional.empty())).replace("}", ",\"destination\":{\"missionId\":\"x\",\"date\":\"no\"}}");
        assertEquals(Optional.empty(), MailJobJson.read(broken).orElseThrow().destination());
    }
}
