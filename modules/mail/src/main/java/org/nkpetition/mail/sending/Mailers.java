package org.nkpetition.mail.sending;

import org.nkpetition.mail.Mailer;
import java.nio.file.Path;
import org.nkpetition.config.Environment;

/** Chooses the mailer: an outbox directory when MAIL_OUTBOX_DIR is set (bin/dev), SES otherwise. */
public final class Mailers {
    private Mailers() {
    }

    public static Mailer fromEnvironment(Environment env) {
        String sender = env.require("SENDER_EMAIL");
        return env.get("MAIL_OUTBOX_DIR")
                .<Mailer>map(dir -> new OutboxMailer(Path.of(dir), sender))
                .orElseGet(() -> new SesMailer(SesClients.create(env), sender, env.get("SES_CONFIGURATION_SET")));
    }
}
