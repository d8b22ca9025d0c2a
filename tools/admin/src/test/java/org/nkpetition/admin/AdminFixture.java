package org.nkpetition.admin;

import org.nkpetition.mail.composing.TemplatedEmailComposer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nkpetition.domain.Language;
import org.nkpetition.domain.Petition;
import org.nkpetition.localstack.LocalFunctions;
import org.nkpetition.localstack.LocalStack;
import org.nkpetition.mail.EmailComposer;
import org.nkpetition.mail.EmailMessage;
import org.nkpetition.security.KeyedHash;
import org.nkpetition.signature.DisplayName;
import org.nkpetition.signature.SignatureRequest;
import org.nkpetition.signature.SigningService;
import org.nkpetition.storage.dynamodb.DynamoDbSignatureStore;
import org.nkpetition.links.Links;

/** Runs bin/admin commands in-process against the tests' moto, as --local does against bin/dev's. */
final class AdminFixture {
    record Run(int exitCode, String out, String err) {
    }

    final LocalStack stack = LocalStack.get();
    final List<EmailMessage> outbox = new ArrayList<>();
    final SigningService signing = new SigningService(new DynamoDbSignatureStore(stack.dynamo(), "SignaturesTable", 10),
            outbox::add, new TemplatedEmailComposer(), new KeyedHash(LocalFunctions.LOCAL_SIGNER_HASH_KEY), Duration.ofDays(7));

    Run admin(String... arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[arguments.length + 3];
        all[0] = "--local";
        all[1] = "--aws-endpoint";
        all[2] = stack.endpoint();
        System.arraycopy(arguments, 0, all, 3, arguments.length);
        int code = AdminCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), all);
        return new Run(code, out.toString(), err.toString());
    }

    /** Signs (and, when asked, confirms) through the real signing service; returns the link token. */
    String sign(Petition petition, String email, String country, boolean updates, boolean confirm) {
        return sign(petition, "Signer " + outbox.size(), email, country, updates, confirm);
    }

    String sign(Petition petition, String name, String email, String country, boolean updates, boolean confirm) {
        signing.sign(petition, new SignatureRequest(name, email, country, Optional.of("Seoul"), Optional.empty(),
                Optional.of("A comment"), Language.EN, DisplayName.FULL, updates), new Links("https://example.test"),
                Instant.now());
        Matcher matcher = Pattern.compile("token=([^&\\s\"]+)").matcher(outbox.get(outbox.size() - 1).text());
        if (!matcher.find()) {
            throw new AssertionError("no link");
        }
        if (confirm) {
            signing.confirm(matcher.group(1), Instant.now());
        }
        return matcher.group(1);
    }
}
