package org.nkpetition.list.lookup;

import org.nkpetition.storage.dynamodb.DynamoDbClients;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.nkpetition.aws.SnapStartPriming;
import org.nkpetition.config.Environment;
import org.nkpetition.domain.Language;
import org.nkpetition.web.PageFunction;
import org.nkpetition.http.HttpProblem;
import org.nkpetition.http.HttpRequest;
import org.nkpetition.http.HttpResponses;
import org.nkpetition.http.Reply;
import org.nkpetition.i18n.Message;
import org.nkpetition.i18n.Messages;
import org.nkpetition.list.entry.Category;
import org.nkpetition.list.entry.EntryStatus;
import org.nkpetition.list.search.ListIndex;
import org.nkpetition.list.search.NameQuery;
import org.nkpetition.list.search.SearchQuery;
import org.nkpetition.list.search.SearchResult;
import org.nkpetition.list.store.DynamoDbListStore;

/**
 * Searches THE LIST ({@code GET /list?q=&lang=&status=&category=&limit=}) and shows one entry
 * ({@code GET /list/{entryId}}), from an index of the published list held in memory. Queries are
 * never logged: the request log line carries the route and an outcome word only.
 */
public final class ListLookupHandler extends PageFunction {
    static final String SEARCH = "GET /list";
    static final String ENTRY = "GET /list/{entryId}";
    /** One person's public entry may be cached briefly; search results are not (the query is in the URL). */
    static final String ENTRY_CACHE_CONTROL = "public, max-age=60";
    static final int DEFAULT_REFRESH_SECONDS = 60;

    private final ListIndexCache index;
    /** SnapStart: load and search the list before the snapshot; after a restore, check for a newer one. */
    final SnapStartPriming priming;

    public ListLookupHandler() {
        this(System.getenv());
    }

    public ListLookupHandler(Map<String, String> variables) {
        Environment env = new Environment(variables);
        DynamoDbListStore store = new DynamoDbListStore(DynamoDbClients.create(env), env.require("LIST_TABLE"));
        Duration refresh = Duration.ofSeconds(env.getInt("LIST_REFRESH_SECONDS", DEFAULT_REFRESH_SECONDS));
        this.index = new ListIndexCache(store, refresh, System::nanoTime);
        this.priming = SnapStartPriming.register(this::prime, index::expire);
    }

    /** Reads only: loads and indexes THE LIST, runs a search and renders its JSON in every language. */
    private void prime() {
        ListIndex current = index.current();
        SearchResult result = current.search(new SearchQuery(NameQuery.parse("Kim Chol-su"), Optional.empty(),
                Optional.empty(), SearchQuery.DEFAULT_LIMIT));
        for (Language language : Language.values()) {
            Messages messages = Messages.of(language);
            HttpResponses.json(200, result.hits().stream().map(hit -> EntryView.result(hit, messages)).toList());
        }
    }

    @Override
    protected Reply route(HttpRequest request) {
        return switch (request.routeKey()) {
            case SEARCH -> search(request);
            case ENTRY -> entry(request);
            default -> throw new HttpProblem(404, "not_found", Message.of("error_not_found"));
        };
    }

    private Reply search(HttpRequest request) {
        if (request.wantsHtml()) {
            // Browsers get the search page (issue 5): the same rules, refusals shown next to the field.
            return SearchPage.reply(request, index.current(), page -> new SearchQuery(
                    nameQuery(page.query("q").orElse(null)), status(page), category(page), limit(page)));
        }
        Messages messages = Messages.of(request.language());
        NameQuery name = nameQuery(request.query("q").orElse(null));
        SearchQuery query = new SearchQuery(name, status(request), category(request), limit(request));
        SearchResult result = index.current().search(query);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", name.text());
        body.put("lang", messages.language().code());
        body.put("results", result.hits().stream().map(hit -> EntryView.result(hit, messages)).toList());
        body.put("total", result.total());
        return new Reply(HttpResponses.json(200, body), result.total() == 0 ? "no_match" : "found");
    }

    private Reply entry(HttpRequest request) {
        Messages messages = Messages.of(request.language());
        ListIndex current = index.current();
        // Entries without consent are not in the index: they are "not found" like ids that never existed.
        return request.pathParameter("entryId")
                .flatMap(current::entry)
                .map(entry -> new Reply(HttpResponses.json(200, EntryView.entry(entry, messages), ENTRY_CACHE_CONTROL), "entry"))
                .orElseThrow(() -> new HttpProblem(404, "entry_not_found", Message.of("list_error_entry_not_found")));
    }

    private static NameQuery nameQuery(String text) {
        try {
            return NameQuery.parse(text);
        } catch (NameQuery.RefusedException refused) {
            Message message = switch (refused.refusal()) {
                case MISSING -> Message.of("list_error_query_missing");
                case TOO_SHORT -> Message.of("list_error_query_too_short");
                case TOO_LONG -> Message.of("list_error_query_too_long", NameQuery.MAX_LENGTH);
            };
            String code = "query_" + refused.refusal().name().toLowerCase(Locale.ROOT);
            throw new HttpProblem(400, code, message, Map.of("q", message));
        }
    }

    private static int limit(HttpRequest request) {
        Optional<String> text = request.query("limit").map(String::strip).filter(s -> !s.isEmpty());
        if (text.isEmpty()) {
            return SearchQuery.DEFAULT_LIMIT;
        }
        if (text.get().matches("\\d{1,3}")) {
            int limit = Integer.parseInt(text.get());
            if (limit >= 1 && limit <= SearchQuery.MAX_LIMIT) {
                return limit;
            }
        }
        Message message = Message.of("list_error_limit", SearchQuery.MAX_LIMIT);
        throw new HttpProblem(400, "invalid_limit", message, Map.of("limit", message));
    }

    private static Optional<EntryStatus> status(HttpRequest request) {
        return filter(request, "status", EntryStatus::fromCode, EntryStatus.codes(), "list_error_status");
    }

    private static Optional<Category> category(HttpRequest request) {
        return filter(request, "category", Category::fromCode, Category.codes(), "list_error_category");
    }

    private static <T> Optional<T> filter(HttpRequest request, String field,
            Function<String, Optional<T>> parse, String codes, String messageKey) {
        Optional<String> text = request.query(field).map(String::strip).filter(s -> !s.isEmpty());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<T> value = parse.apply(text.get());
        if (value.isEmpty()) {
            Message message = Message.of(messageKey, codes);
            throw new HttpProblem(400, "invalid_" + field, message, Map.of(field, message));
        }
        return value;
    }
}
