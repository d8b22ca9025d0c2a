package org.nkpetition.storage.dynamodb;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Short ways to write and read DynamoDB attribute values (shared by every store over our tables). */
public final class Attributes {
    private Attributes() {
    }

    public static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    public static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    public static AttributeValue bool(boolean value) {
        return AttributeValue.fromBool(value);
    }

    /** Epoch seconds, the form DynamoDB's TTL reads. */
    public static AttributeValue epochSeconds(Instant instant) {
        return n(instant.getEpochSecond());
    }

    public static void putIfPresent(Map<String, AttributeValue> item, String name, Optional<String> value) {
        value.ifPresent(v -> item.put(name, s(v)));
    }

    public static String string(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }

    public static Optional<String> optionalString(Map<String, AttributeValue> item, String name) {
        return Optional.ofNullable(string(item, name));
    }

    public static long number(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.n() == null ? 0 : Long.parseLong(value.n());
    }

    public static Optional<Instant> optionalEpochSeconds(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.n() == null ? Optional.empty() : Optional.of(Instant.ofEpochSecond(Long.parseLong(value.n())));
    }

    public static Optional<Instant> optionalInstant(Map<String, AttributeValue> item, String name) {
        return optionalString(item, name).map(Instant::parse);
    }

    public static boolean flag(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value != null && Boolean.TRUE.equals(value.bool());
    }
}
