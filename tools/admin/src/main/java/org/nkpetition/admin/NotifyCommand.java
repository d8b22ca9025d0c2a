package org.nkpetition.admin;

import org.nkpetition.mail.sending.SesClients;
import org.nkpetition.mail.composing.TemplatedEmailComposer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.nkpetition.config.Environment;
import org.nkpetition.domain.Petition;
import org.nkpetition.mail.Mailer;
import org.nkpetition.mail.sending.OutboxMailer;
import org.nkpetition.mail.sending.SesMailer;
import org.nkpetition.storage.dynamodb.DynamoDbConfirmedSignatures;
import org.nkpetition.storage.dynamodb.DynamoDbPetitionStore;
import org.nkpetition.storage.dynamodb.DynamoDbSignatureStore;
import org.nkpetition.updates.Notification;
import org.nkpetition.updates.NotifyResult;
import org.nkpetition.updates.Pacer;
import org.nkpetition.updates.UpdatesService;
import org.nkpetition.links.Links;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Sends news to a petition's signers who asked for it (bin/admin petitions notify). */
@Command(name = "notify", mixinStandardHelpOptions = true,
        description = "Email news to the signers who opted in. Rerunning the same notification reaches only those it "
                + "has not reached; every email has a one-click unsubscribe.")
public final class NotifyCommand implements Callable<Integer> {
    @ParentCommand
    PetitionsCommand petitions;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "Petition id")
    String petitionId;

    @Option(names = "--subject", required = true)
    String subject;

    @Option(names = "--body-file", required = true, paramLabel = "FILE", description = "Plain text; blank lines separate paragraphs.")
    Path bodyFile;

    @Option(names = "--id", description = "Notification id (default: derived from subject and body).")
    String id;

    @Option(names = "--rate", defaultValue = "10", description = "Emails per second, within your SES quota (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--base-url", description = "The API's public URL for unsubscribe links (the stack's ApiUrl output). "
            + "Default with --local: the running bin/dev's address")
    String baseUrl;

    @Option(names = "--sender", defaultValue = "${env:SENDER_EMAIL:-petition@example.org}",
            description = "SES-verified sender (default: ${DEFAULT-VALUE}).")
    String sender;

    @Override
    public Integer call() throws IOException {
        Target target = petitions.admin.target;
        Optional<Petition> petition = petitions.store().find(petitionId);
        if (petition.isEmpty()) {
            spec.commandLine().getErr().println("No petition " + petitionId);
            return 3;
        }
        String links = Optional.ofNullable(baseUrl).orElseGet(() -> target.local ? target.localBaseUrl().toString() : null);
        if (links == null) {
            spec.commandLine().getErr().println("--base-url is required: the stack's ApiUrl output");
            return 2;
        }
        String body = Files.readString(bodyFile, StandardCharsets.UTF_8);
        Notification notification = id == null ? Notification.of(subject, body) : new Notification(id, subject, body);
        String table = target.table("SignaturesTable");
        UpdatesService updates = new UpdatesService(new DynamoDbConfirmedSignatures(target.dynamo(), table),
                new DynamoDbSignatureStore(target.dynamo(), table, target.counterShards), mailer(target), new TemplatedEmailComposer());
        NotifyResult result = updates.notify(petition.get(), notification, new Links(links), new Pacer(rate),
                sent -> spec.commandLine().getErr().println("sent " + sent + "..."), Instant.now());
        spec.commandLine().getOut().printf("Notification %s: sent %d, already sent or opted out %d, failed %d%n",
                notification.id(), result.sent(), result.skipped(), result.failed());
        return result.failed() == 0 ? 0 : 1;
    }

    private Mailer mailer(Target target) {
        if (target.local) {
            return new OutboxMailer(target.localDirectory().resolve("outbox"), sender);
        }
        return new SesMailer(SesClients.create(Environment.system()), sender);
    }
}
