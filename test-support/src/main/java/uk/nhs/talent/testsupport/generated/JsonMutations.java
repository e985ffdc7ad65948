package uk.nhs.talent.testsupport.generated;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Generates request bodies from a valid one: every field removed, nulled or set in turn to values of the wrong
 * type, edge numbers, text that no database stores, dates beyond any calendar in use; keys given twice, unknown
 * keys, bodies that are not the expected JSON at all; then random combinations of several, from a seed, so a
 * failure can be reproduced. Plain Java: no server needed.
 */
public final class JsonMutations {

    /** A generated body and what was done to the valid one, for the failure message. */
    public record Mutation(String description, String field, byte[] body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Stands for a lone UTF-16 surrogate, which a JSON generator will not write: replaced in the text. */
    private static final String LONE_SURROGATE = "@@lone-surrogate@@";

    static final List<String> RAW_BODIES = List.of("", " ", "null", "[]", "[null]", "{}", "{", "}", "\"text\"",
            "42", "true", "{\"a\":}", "[".repeat(2_000), "{\"a\":".repeat(1_500) + "1" + "}".repeat(1_500),
            "\u0000", "{\"\u0000\": 1}");

    static final List<JsonNode> ODD_VALUES = List.of(
            NODES.nullNode(), NODES.textNode(""), NODES.textNode(" "), NODES.textNode("x".repeat(201)),
            NODES.textNode("x".repeat(5_000)), NODES.textNode("\u0000"), NODES.textNode("a\u0000b"),
            NODES.textNode(LONE_SURROGATE), NODES.textNode("日本語 ✓ émoji 😀"),
            NODES.textNode("<script>alert(1)</script>"), NODES.textNode("' or 1=1 --"),
            NODES.textNode("jane.doe@nhs.net"), NODES.textNode("4857773456"),
            NODES.numberNode(0), NODES.numberNode(-1), NODES.numberNode(2_147_483_648L),
            NODES.numberNode(-2_147_483_649L), NODES.numberNode(new BigInteger("9223372036854775808")),
            NODES.numberNode(new BigDecimal("1e309")), NODES.numberNode(0.5), NODES.booleanNode(true),
            NODES.arrayNode(), NODES.objectNode(), NODES.arrayNode().addNull(), NODES.arrayNode().add("x"),
            NODES.objectNode().put("a", 1), NODES.textNode("+999999999-12-31"), NODES.textNode("-999999999-01-01"),
            NODES.textNode("0000-00-00"), NODES.textNode("2026-02-30"), NODES.textNode("10000-01-01"),
            NODES.textNode("0001-01-01"), NODES.textNode("9999-12-31"), NODES.textNode("2026-09-01T10:00:00Z"),
            NODES.textNode("00000000-0000-0000-0000-000000000000"), NODES.textNode("FINANCE"),
            NODES.textNode("finance"));

    private JsonMutations() {
    }

    /**
     * Every single mutation of {@code valid}, at most {@code maxSingle} of them (a seeded sample when there are
     * more), then {@code combined} bodies with two to four mutations at once.
     */
    public static List<Mutation> of(JsonNode valid, long seed, int maxSingle, int combined) {
        Random random = new Random(seed);
        List<Mutation> single = new ArrayList<>();
        for (String raw : RAW_BODIES) {
            single.add(new Mutation("raw body " + abbreviate(raw), null, bytes(raw)));
        }
        List<List<Object>> paths = paths(valid);
        for (List<Object> path : paths) {
            if (path.isEmpty()) {
                continue;
            }
            single.add(mutation("remove " + name(path), path, remove(valid, path)));
            for (JsonNode value : ODD_VALUES) {
                single.add(mutation("set " + name(path) + " = " + abbreviate(value.toString()), path,
                        set(valid, path, value)));
            }
        }
        for (List<Object> path : paths) {
            JsonNode node = at(valid, path);
            if (node.isObject() && node.size() > 0) {
                String first = node.fieldNames().next();
                List<Object> duplicated = append(path, first);
                single.add(new Mutation("key " + name(duplicated) + " given twice", name(duplicated),
                        bytes(withDuplicate(valid, path, ODD_VALUES.get(random.nextInt(ODD_VALUES.size()))))));
                JsonNode extra = valid.deepCopy();
                ((ObjectNode) at(extra, path)).put("unexpectedField", "x");
                single.add(mutation("unknown field in " + name(path), name(append(path, "unexpectedField")), extra));
            }
        }
        List<Mutation> mutations = new ArrayList<>();
        if (single.size() > maxSingle) {
            java.util.Collections.shuffle(single, random);
            mutations.addAll(single.subList(0, maxSingle));
        } else {
            mutations.addAll(single);
        }
        List<List<Object>> leaves = paths.stream().filter(p -> !p.isEmpty()).toList();
        for (int i = 0; i < combined && !leaves.isEmpty(); i++) {
            JsonNode body = valid.deepCopy();
            StringBuilder description = new StringBuilder("combined:");
            int count = 2 + random.nextInt(3);
            for (int m = 0; m < count; m++) {
                List<Object> path = leaves.get(random.nextInt(leaves.size()));
                if (!exists(body, path)) {
                    continue;
                }
                JsonNode value = ODD_VALUES.get(random.nextInt(ODD_VALUES.size()));
                body = random.nextInt(5) == 0 ? remove(body, path) : set(body, path, value);
                description.append(' ').append(name(path)).append('=').append(abbreviate(value.toString()));
            }
            mutations.add(mutation(description.toString(), (String) null, body));
        }
        return mutations;
    }

    /** Every path in the tree, parents before children; the root is the empty path. */
    static List<List<Object>> paths(JsonNode root) {
        List<List<Object>> paths = new ArrayList<>();
        collect(root, new ArrayList<>(), paths);
        return paths;
    }

    private static void collect(JsonNode node, List<Object> path, List<List<Object>> paths) {
        paths.add(List.copyOf(path));
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                collect(field.getValue(), append(path, field.getKey()), paths);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), append(path, i), paths);
            }
        }
    }

    private static Mutation mutation(String description, List<Object> path, JsonNode body) {
        return mutation(description, name(path), body);
    }

    private static Mutation mutation(String description, String field, JsonNode body) {
        return new Mutation(description, field, bytes(write(body)));
    }

    private static JsonNode set(JsonNode root, List<Object> path, JsonNode value) {
        JsonNode copy = root.deepCopy();
        ContainerNode<?> parent = (ContainerNode<?>) at(copy, path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object) {
            object.set((String) last, value.deepCopy());
        } else {
            ((ArrayNode) parent).set((Integer) last, value.deepCopy());
        }
        return copy;
    }

    private static JsonNode remove(JsonNode root, List<Object> path) {
        JsonNode copy = root.deepCopy();
        ContainerNode<?> parent = (ContainerNode<?>) at(copy, path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object) {
            object.remove((String) last);
        } else {
            ((ArrayNode) parent).remove((Integer) last);
        }
        return copy;
    }

    private static boolean exists(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object step : path) {
            node = step instanceof String field ? node.get(field) : node.get((Integer) step);
            if (node == null) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode at(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object step : path) {
            node = step instanceof String field ? node.get(field) : node.get((Integer) step);
        }
        return node;
    }

    /** The body with the first key of the object at {@code path} written twice: first {@code value}, then its own. */
    private static String withDuplicate(JsonNode root, List<Object> path, JsonNode value) {
        try {
            StringWriter text = new StringWriter();
            try (JsonGenerator generator = JSON.createGenerator(text)) {
                writeWithDuplicate(generator, root, path, 0, value);
            }
            return text.toString().replace("\"" + LONE_SURROGATE + "\"", "\"\\ud800\"");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeWithDuplicate(JsonGenerator generator, JsonNode node, List<Object> path, int depth,
            JsonNode value) throws IOException {
        boolean target = depth == path.size();
        if (node.isObject()) {
            generator.writeStartObject();
            boolean first = true;
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                if (target && first) {
                    generator.writeFieldName(field.getKey());
                    JSON.writeTree(generator, value);
                }
                first = false;
                generator.writeFieldName(field.getKey());
                boolean onPath = !target && field.getKey().equals(path.get(depth));
                if (onPath) {
                    writeWithDuplicate(generator, field.getValue(), path, depth + 1, value);
                } else {
                    JSON.writeTree(generator, field.getValue());
                }
            }
            generator.writeEndObject();
        } else if (node.isArray()) {
            generator.writeStartArray();
            for (int i = 0; i < node.size(); i++) {
                if (!target && path.get(depth).equals(i)) {
                    writeWithDuplicate(generator, node.get(i), path, depth + 1, value);
                } else {
                    JSON.writeTree(generator, node.get(i));
                }
            }
            generator.writeEndArray();
        } else {
            JSON.writeTree(generator, node);
        }
    }

    private static String write(JsonNode body) {
        try {
            return JSON.writeValueAsString(body).replace("\"" + LONE_SURROGATE + "\"", "\"\\ud800\"");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Object> append(List<Object> path, Object step) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(step);
        return longer;
    }

    /** The field as the problem names it: {@code data.shortlist[1]}. */
    static String name(List<Object> path) {
        StringBuilder name = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer index) {
                name.append('[').append(index).append(']');
            } else {
                name.append(name.isEmpty() ? "" : ".").append(step);
            }
        }
        return name.isEmpty() ? "(root)" : name.toString();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 37) + "…(" + text.length() + ")" : text;
    }
}
