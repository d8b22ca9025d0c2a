package org.nkpetition.storage.dynamodb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Builds a DynamoDB update expression with every attribute behind a placeholder name, so that
 * reserved words (name, status, comment, total ...) never break it.
 */
final class UpdateExpression {
    private final List<String> sets = new ArrayList<>();
    private final List<String> removes = new ArrayList<>();
    private final List<String> adds = new ArrayList<>();
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, AttributeValue> values = new HashMap<>();

    UpdateExpression set(String attribute, AttributeValue value) {
        sets.add(name(attribute) + " = " + placeholder(attribute, value));
        return this;
    }

    UpdateExpression setOrRemove(String attribute, Optional<String> value) {
        return value.isPresent() ? set(attribute, Attributes.s(value.get())) : remove(attribute);
    }

    UpdateExpression remove(String attribute) {
        removes.add(name(attribute));
        return this;
    }

    UpdateExpression add(String attribute, AttributeValue value) {
        adds.add(name(attribute) + " " + placeholder(attribute, value));
        return this;
    }

    /** A value for the condition expression. */
    UpdateExpression value(String placeholder, AttributeValue value) {
        values.put(placeholder, value);
        return this;
    }

    /** The placeholder standing for an attribute's name (registered on first use). */
    String name(String attribute) {
        String placeholder = "#" + attribute.replaceAll("[^A-Za-z0-9_]", "_");
        names.put(placeholder, attribute);
        return placeholder;
    }

    String expression() {
        StringBuilder expression = new StringBuilder();
        clause(expression, "SET", sets);
        clause(expression, "REMOVE", removes);
        clause(expression, "ADD", adds);
        return expression.toString();
    }

    Map<String, String> names() {
        return names;
    }

    Map<String, AttributeValue> values() {
        return values;
    }

    private String placeholder(String attribute, AttributeValue value) {
        String placeholder = ":" + attribute.replaceAll("[^A-Za-z0-9_]", "_");
        values.put(placeholder, value);
        return placeholder;
    }

    private static void clause(StringBuilder expression, String keyword, List<String> parts) {
        if (!parts.isEmpty()) {
            expression.append(expression.isEmpty() ? "" : " ").append(keyword).append(' ').append(String.join(", ", parts));
        }
    }
}
