package org.nkpetition.sign;

import org.nkpetition.mailqueue.SqsClients;
import org.nkpetition.storage.dynamodb.DynamoDbClients;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.nkpetition.aws.PrimingData;
import org.nkpetition.secrets.Secrets;
import org.nkpetition.aws.SnapStartPriming;
import org.nkpetition.config.Environment;
import org.nkpetition.count.CachedCounts;
import org.nkpetition.count.PetitionCount;
import org.nkpetition.deliveries.LivePlaces;
import org.nkpetition.deliveries.dynamodb.DynamoDbDeliveryStore;
import org.nkpetition.domain.Destination;
import org.nkpetition.domain.Language;
import org.nkpetition.missions.dynamodb.DynamoDbMissionStore;
import org.nkpetition.domain.Petition;
import org.nkpetition.web.PageFunction;
import org.nkpetition.http.HttpProblem;
import org.nkpetition.http.HttpRequest;
import org.nkpetition.http.HttpResponses;
import org.nkpetition.http.PetitionLookup;
import org.nkpetition.http.Reply;
import org.nkpetition.http.RequestFields;
import org.nkpetition.i18n.Message;
import org.nkpetition.i18n.Messages;
import org.nkpetition.mail.EmailComposer;
import org.nkpetition.mailqueue.SqsMailQueue;
import org.nkpetition.petition.CachedPetitions;
import org.nkpetition.security.ClientKeys;
import org.nkpetition.security.KeyedHash;
import org.nkpetition.signature.RateLimiter;
import org.nkpetition.storage.dynamodb.DynamoDbRateLimiter;
import org.nkpetition.signature.ConfirmOutcome;
import org.nkpetition.signature.SignOutcome;
import org.nkpetition.signature.SignatureFields;
import org.nkpetition.signature.SignatureValidation;
import org.nkpetition.signature.SignatureValidator;
import org.nkpetition.signature.SigningService;
import org.nkpetition.signature.TokenCheck;
import org.nkpetition.signature.WithdrawOutcome;
import org.nkpetition.signature.SignatureStore;
import org.nkpetition.signature.TokenRecord;
import org.nkpetition.updates.Unsubscriptions;
import org.nkpetition.storage.dynamodb.DynamoDbStores;
import org.nkpetition.links.Links;
import org.nkpetition.web.Pages;
import org.nkpetition.web.PetitionForm;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The sign function: POST a signature, show the confirmation button, confirm. A thin layer: parse
 * the request, call {@link SigningService}, map the outcome to JSON or a page.
 */
public final class SignHandler extends PageFunction {
    static final String SIGN = "POST /petitions/{petitionId}/signatures";
    static final String CONFIRM_PAGE = "GET /signatures/confirm";
    static final String CONFIRM = "POST /signatures/confirm";
    static final String WITHDRAW_PAGE = "GET /signatures/withdraw";
    static final String WITHDRAW = "POST /signatures/withdraw";
    static final String UNSUBSCRIBE_PAGE = "GET /signatures/unsubscribe";
    static final String UNSUBSCRIBE = "POST /signatures/unsubscribe";
    private static final String PRIMING_PETITION = "stop-forced-repatriation";

    private final CachedPetitions petitions;
    private final CachedCounts counts;
    private final SigningService signing;
    private final Unsubscriptions unsubscriptions;
    private final ClientKeys clientKeys;
    private final RateLimiter rateLimiter;
    private final SignatureValidator validator = new SignatureValidator();
    private final Optional<String> publicBaseUrl;
    private final Clock clock;
    /** The stored missions and deliveries: which mission a signer goes to, and where and when it is delivered. */
    private final LivePlaces places;
    final SnapStartPriming priming = SnapStartPriming.register(this::prime, this::forgetPrimedReads);

    /** Lambda's entry: configuration from the process environment. */
    public SignHandler() {
        this(System.getenv());
    }

    /** The dev server and tests hand each function the variables template.yaml gives it. */
    public SignHandler(Map<String, String> variables) {
        this(new Environment(variables), Clock.systemUTC());
    }

    SignHandler(Environment env, Clock clock) {
        DynamoDbClient dynamo = DynamoDbClients.create(env);
        // Every sign and confirm names the same petition and the thank-you page shows its count: each
        // container reads them at most once per PETITION_CACHE_MILLIS / COUNT_CACHE_MILLIS instead of
        // once per request (docs/PERFORMANCE.md, capacity model).
        this.petitions = new CachedPetitions(DynamoDbStores.petitions(env, dynamo), env.getInt("PETITION_CACHE_MILLIS", 0));
        this.counts = new CachedCounts(DynamoDbStores.counts(env, dynamo), env.getInt("COUNT_CACHE_MILLIS", 0));
        SignatureStore signatures = DynamoDbStores.signatures(env, dynamo);
        // Read from Secrets Manager at start-up and kept in memory; the configuration holds only the ARN (docs/adr/0050).
        KeyedHash keyedHash = new KeyedHash(Secrets.fromEnvironment(env, "SIGNER_HASH_KEY"));
        this.clientKeys = new ClientKeys(keyedHash);
        this.rateLimiter = new DynamoDbRateLimiter(dynamo, env.require("SIGNATURES_TABLE"),
                env.getInt("SIGNATURES_PER_IP_PER_HOUR", 120));
        String petitionsTable = env.require("PETITIONS_TABLE");
        this.places = new LivePlaces(new DynamoDbMissionStore(dynamo, petitionsTable),
                new DynamoDbDeliveryStore(dynamo, petitionsTable), env.getInt("MISSIONS_CACHE_MILLIS", 60_000));
        // Emails to signers go through the queue; the mailer function hands them to SES (docs/adr/0040).
        this.signing = new SigningService(signatures, new SqsMailQueue(SqsClients.create(env), env.require("MAIL_QUEUE_URL")),
                keyedHash, Duration.ofDays(env.getInt("PENDING_SIGNATURE_DAYS", 7)), places);
        // This function only ever unsubscribes: news goes out from bin/admin, never from here.
        this.unsubscriptions = new Unsubscriptions(signatures);
        this.publicBaseUrl = env.get("PUBLIC_BASE_URL");
        this.clock = clock;
    }

    /** Reads only: loads the petition (or learns it is absent), renders every page and email template. */
    private void prime() {
        Petition petition = petitions.find(PRIMING_PETITION).orElseGet(PrimingData::petition);
        counts.read(petition.id());
        for (Language language : Language.values()) {
            Pages.petition(petition, PetitionCount.zero(petition.id()), language, PetitionForm.EMPTY,
                    new Links("https://example.org"));
            Pages.checkEmail(petition, language);
            Pages.confirm(petition, language, "priming", Optional.of("K. M."), "KR");
            Pages.withdraw(petition, language, "priming");
            Pages.confirmed(petition, PetitionCount.zero(petition.id()), language, true, "https://example.org");
            validator.validate(Map.of(), language);
        }
        HttpResponses.json(202, Map.of("status", "pending-confirmation"));
    }

    /** A restored container reads the petition and count afresh: the snapshot's may be days old. */
    private void forgetPrimedReads() {
        petitions.clear();
        counts.clear();
    }

    @Override
    protected Reply route(HttpRequest request) {
        return switch (request.routeKey()) {
            case SIGN -> sign(request);
            case CONFIRM_PAGE -> confirmPage(request);
            case CONFIRM -> confirm(request);
            case WITHDRAW_PAGE -> withdrawPage(request);
            case WITHDRAW -> withdraw(request);
            case UNSUBSCRIBE_PAGE -> unsubscribePage(request);
            case UNSUBSCRIBE -> unsubscribe(request);
            default -> throw new HttpProblem(404, "not_found", Message.of("error_not_found"));
        };
    }

    private Reply sign(HttpRequest request) {
        Map<String, String> fields = RequestFields.parse(request);
        Language language = chosenLanguage(fields, request);
        Petition petition = PetitionLookup.require(petitions, request);
        boolean form = RequestFields.isForm(request);
        if (!petition.isOpen()) {
            throw new HttpProblem(409, "petition_closed", Message.of("error_petition_closed"));
        }
        SignatureValidation validation = validator.validate(fields, language);
        if (form && validation instanceof SignatureValidation.Valid valid && valid.request().region().isEmpty()
                && places.countriesAskingRegion().contains(valid.request().country())) {
            // The no-JavaScript path: the form first had no region select shown; show it for the chosen country.
            validation = new SignatureValidation.Invalid(Map.of(SignatureFields.REGION, Message.of("error_region_required")));
        }
        if (validation instanceof SignatureValidation.Invalid invalid) {
            if (form) {
                Map<String, String> kept = new LinkedHashMap<>(fields);
                kept.remove(SignatureFields.HONEYPOT);
                String page = Pages.petition(petition, counts.read(petition.id()), language,
                        new PetitionForm(kept, invalid.fieldErrors()).askingRegionIn(places.countriesAskingRegion()),
                        links(request));
                return new Reply(HttpResponses.html(400, page), "invalid");
            }
            HttpProblem problem = new HttpProblem(400, "validation_failed", Message.of("error_validation"),
                    invalid.fieldErrors());
            return new Reply(HttpResponses.problemJson(problem, Messages.of(language)), "invalid");
        }
        SignatureValidation.Valid valid = (SignatureValidation.Valid) validation;
        Optional<String> ip = request.sourceIp();
        if (ip.isPresent() && !rateLimiter.allow(clientKeys.forIp(ip.get(), clock.instant()), clock.instant())) {
            // The per-IP window is the clock hour (ClientKeys): it opens again at the next one.
            long secondsLeftInHour = 3600 - clock.instant().getEpochSecond() % 3600;
            throw new HttpProblem(429, "rate_limited", Message.of("error_rate_limited")).retryAfter(secondsLeftInHour);
        }
        SignOutcome outcome = signing.sign(petition, valid.request(), links(request), clock.instant());
        // Every outcome reads the same, so the response never tells whether an address had signed.
        APIGatewayV2HTTPResponse response = form
                ? HttpResponses.html(202, Pages.checkEmail(petition, language))
                : HttpResponses.json(202, Map.of("status", "pending-confirmation"));
        return new Reply(response, outcome.name().toLowerCase(java.util.Locale.ROOT));
    }

    private Reply confirmPage(HttpRequest request) {
        String token = request.query("token").orElseThrow(SignHandler::tokenMissing);
        TokenCheck check = signing.check(token, clock.instant());
        if (check instanceof TokenCheck.Pending pending) {
            Language language = linkLanguage(request, pending.language());
            Petition petition = PetitionLookup.require(petitions, pending.petitionId());
            // What confirming will count, as it will be delivered (issue 11): nothing else of the signature.
            return new Reply(HttpResponses.html(200, Pages.confirm(petition, language, token, pending.deliveredName(),
                    pending.country())), "confirm_page");
        }
        if (check instanceof TokenCheck.AlreadyConfirmed confirmed) {
            Language language = linkLanguage(request, confirmed.language());
            return confirmedReply(request, confirmed.petitionId(), language, false, true, Optional.empty());
        }
        return tokenFailure(request, check instanceof TokenCheck.Expired, true, request.language());
    }

    /** A POST carrying a link's token: in the form or JSON body, or (one-click unsubscribe) in the URL. */
    private record TokenPost(String token, Language language, boolean page) {
        static TokenPost of(HttpRequest request) {
            return of(request, RequestFields.parse(request));
        }

        static TokenPost of(HttpRequest request, Map<String, String> fields) {
            String token = Optional.ofNullable(fields.get("token")).filter(t -> !t.isBlank())
                    .or(() -> request.query("token")).orElseThrow(SignHandler::tokenMissing);
            return new TokenPost(token, chosenLanguage(fields, request), RequestFields.isForm(request) || request.wantsHtml());
        }
    }

    private Reply confirm(HttpRequest request) {
        TokenPost post = TokenPost.of(request);
        ConfirmOutcome outcome = signing.confirm(post.token(), clock.instant());
        if (outcome instanceof ConfirmOutcome.Confirmed confirmed) {
            return confirmedReply(request, confirmed.petitionId(), post.language(), confirmed.justNow(), post.page(),
                    confirmed.missionId());
        }
        return tokenFailure(request, outcome instanceof ConfirmOutcome.Expired, post.page(), post.language());
    }

    private Reply withdrawPage(HttpRequest request) {
        String token = request.query("token").orElseThrow(SignHandler::tokenMissing);
        TokenCheck check = signing.check(token, clock.instant());
        if (check instanceof TokenCheck.Pending pending) {
            return withdrawButton(request, pending.petitionId(), pending.language(), token);
        }
        if (check instanceof TokenCheck.AlreadyConfirmed confirmed) {
            return withdrawButton(request, confirmed.petitionId(), confirmed.language(), token);
        }
        if (check instanceof TokenCheck.Invalid) {
            return tokenFailure(request, false, true, request.language());
        }
        // Withdrawn, expired or erased: the link still answers, politely.
        Language language = request.language();
        return new Reply(HttpResponses.html(200, Pages.notice(language, "withdrawn_title", "already_withdrawn_body",
                Optional.empty())), "already_withdrawn");
    }

    private Reply withdrawButton(HttpRequest request, String petitionId, Language signerLanguage, String token) {
        Language language = linkLanguage(request, signerLanguage);
        Petition petition = PetitionLookup.require(petitions, petitionId);
        return new Reply(HttpResponses.html(200, Pages.withdraw(petition, language, token)), "withdraw_page");
    }

    private Reply withdraw(HttpRequest request) {
        TokenPost post = TokenPost.of(request);
        Language language = post.language();
        boolean page = post.page();
        WithdrawOutcome outcome = signing.withdraw(post.token(), clock.instant());
        if (outcome instanceof WithdrawOutcome.Withdrawn withdrawn) {
            String word = withdrawn.justNow() ? "withdrawn" : "already_withdrawn";
            if (page) {
                String html = Pages.notice(language, "withdrawn_title",
                        withdrawn.justNow() ? "withdrawn_body" : "already_withdrawn_body",
                        Optional.of("/petitions/" + withdrawn.petitionId() + "?lang=" + language.code()));
                return new Reply(HttpResponses.html(200, html), word);
            }
            return new Reply(HttpResponses.json(200, Map.of("status", "withdrawn", "petitionId", withdrawn.petitionId())),
                    word);
        }
        return tokenFailure(request, false, page, language);
    }

    private Reply unsubscribePage(HttpRequest request) {
        String token = request.query("token").orElseThrow(SignHandler::tokenMissing);
        Optional<TokenRecord> link = unsubscriptions.link(token);
        if (link.isEmpty()) {
            return tokenFailure(request, false, true, request.language());
        }
        Language language = linkLanguage(request, link.get().language());
        Petition petition = PetitionLookup.require(petitions, link.get().petitionId());
        return new Reply(HttpResponses.html(200, Pages.unsubscribe(petition, language, token)), "unsubscribe_page");
    }

    /** One-click (RFC 8058: the token in the URL, "List-Unsubscribe=One-Click" in the body) or the page's button. */
    private Reply unsubscribe(HttpRequest request) {
        // RFC 8058 mail clients POST multipart/form-data (as the RFC recommends), form-urlencoded,
        // text/plain or nothing at all; the token is in the URL, so any of these bodies will do.
        TokenPost post = TokenPost.of(request, RequestFields.parseOptional(request));
        Language language = post.language();
        // A mail provider's one-click POST is a form too, but wants no page: only browsers get one.
        boolean page = request.wantsHtml();
        if (unsubscriptions.unsubscribe(post.token()) == Unsubscriptions.Outcome.INVALID) {
            return tokenFailure(request, false, page, language);
        }
        if (page) {
            return new Reply(HttpResponses.html(200, Pages.notice(language, "unsubscribed_title", "unsubscribed_body",
                    Optional.empty())), "unsubscribed");
        }
        return new Reply(HttpResponses.json(200, Map.of("status", "unsubscribed")), "unsubscribed");
    }

    private Reply confirmedReply(HttpRequest request, String petitionId, Language language, boolean justNow, boolean page,
            Optional<String> missionId) {
        Petition petition = PetitionLookup.require(petitions, petitionId);
        PetitionCount count = counts.read(petitionId);
        String outcome = justNow ? "confirmed" : "already_confirmed";
        if (page) {
            Optional<Destination> destination = missionId
                    .flatMap(id -> places.destination(petitionId, id, language, clock.instant()));
            String html = Pages.confirmed(petition, count, language, justNow,
                    links(request).petition(petitionId, language), destination);
            return new Reply(HttpResponses.html(200, html), outcome);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "confirmed");
        body.put("petitionId", petitionId);
        body.put("count", count.total());
        return new Reply(HttpResponses.json(200, body), outcome);
    }

    private Reply tokenFailure(HttpRequest request, boolean expired, boolean page, Language language) {
        HttpProblem problem = expired
                ? new HttpProblem(410, "token_expired", Message.of("error_token_expired"))
                : new HttpProblem(404, "token_invalid", Message.of("error_token_invalid"));
        if (page) {
            String html = expired
                    ? Pages.notice(language, "link_expired_title", "link_expired_body", Optional.empty())
                    : Pages.notice(language, "link_invalid_title", "link_invalid_body", Optional.empty());
            return new Reply(HttpResponses.html(problem.status(), html), problem.code());
        }
        return new Reply(HttpResponses.problemJson(problem, Messages.of(language)), problem.code());
    }

    /** Refusals of a form post (unknown petition, too many signatures) answer in the form's language. */
    @Override
    protected Language language(HttpRequest request) {
        return chosenLanguage(RequestFields.parse(request), request);
    }

    /** A link's ?lang= (the language its email was in), else the signer's language on record. */
    private static Language linkLanguage(HttpRequest request, Language signerLanguage) {
        return request.query("lang").flatMap(Language::fromCode).orElse(signerLanguage);
    }

    /** The form's or body's lang field when it names a language we speak, else ?lang= / Accept-Language. */
    private static Language chosenLanguage(Map<String, String> fields, HttpRequest request) {
        return Language.fromCode(fields.get(SignatureFields.LANG)).orElseGet(request::language);
    }

    private static HttpProblem tokenMissing() {
        return new HttpProblem(400, "token_missing", Message.of("error_token_missing"));
    }

    private Links links(HttpRequest request) {
        return new Links(request.baseUrl(publicBaseUrl));
    }
}
