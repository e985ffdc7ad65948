package uk.nhs.talent.testsupport.generated;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import uk.nhs.talent.testsupport.generated.JsonMutations.Mutation;

/**
 * Generates text bodies (a CSV file: lines of comma-separated cells) from a valid one: every line removed or
 * repeated, a cell added or dropped, every cell set in turn to the odd values {@link JsonMutations} uses, to
 * quoting that never closes, bytes that are not UTF-8; other line endings, a byte-order mark; then random
 * combinations, from a seed. Plain Java: no server needed.
 */
public final class TextMutations {

    static final List<String> RAW_BODIES = List.of("", " ", "\n", "\r\n", "\u0000", "\uFEFF", ",", ",,,,\n",
            "\"", "\"never closed\n", "{\"json\": true}", "x".repeat(5_000), "a\n".repeat(2_000));
    static final List<String> ODD_CELLS = JsonMutations.ODD_VALUES.stream()
            .map(value -> value.isTextual() ? value.asText() : value.toString())
            .filter(value -> !value.contains("@@")).toList();
    /** Not UTF-8: a lone continuation byte, an overlong NUL, a truncated sequence. */
    private static final byte[][] NOT_UTF8 = { { (byte) 0x80 }, { (byte) 0xC0, (byte) 0x80 }, { (byte) 0xE2, 0x28 } };

    private TextMutations() {
    }

    /** Single mutations, at most {@code maxSingle} (a seeded sample), then {@code combined} with two to four. */
    public static List<Mutation> of(String valid, long seed, int maxSingle, int combined) {
        Random random = new Random(seed);
        List<String> lines = List.of(valid.split("\n", -1));
        List<Mutation> single = new ArrayList<>();
        for (String raw : RAW_BODIES) {
            single.add(mutation("raw body " + abbreviate(raw), raw));
        }
        single.add(mutation("CRLF line endings", valid.replace("\n", "\r\n")));
        single.add(mutation("byte-order mark", "\uFEFF" + valid));
        single.add(mutation("no final line break", valid.stripTrailing()));
        single.add(mutation("header only", lines.get(0) + "\n"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isEmpty()) {
                continue;
            }
            List<String> without = new ArrayList<>(lines);
            without.remove(i);
            single.add(mutation("line " + i + " removed", String.join("\n", without)));
            List<String> twice = new ArrayList<>(lines);
            twice.add(i, lines.get(i));
            single.add(mutation("line " + i + " twice", String.join("\n", twice)));
            single.add(mutation("line " + i + " with a cell more", replaceLine(lines, i, lines.get(i) + ",extra")));
            single.add(mutation("line " + i + " with a cell less",
                    replaceLine(lines, i, lines.get(i).substring(0, Math.max(0, lines.get(i).lastIndexOf(','))))));
            List<String> cells = List.of(lines.get(i).split(",", -1));
            for (int c = 0; c < cells.size(); c++) {
                for (String odd : ODD_CELLS) {
                    single.add(mutation("line " + i + " cell " + c + " = " + abbreviate(odd),
                            replaceLine(lines, i, withCell(cells, c, odd))));
                }
                single.add(mutation("line " + i + " cell " + c + " quoted, never closed",
                        replaceLine(lines, i, withCell(cells, c, "\"" + cells.get(c)))));
                single.add(mutation("line " + i + " cell " + c + " quoted with a comma and a line break",
                        replaceLine(lines, i, withCell(cells, c, "\"a,\nb\"\"c\""))));
                for (byte[] bad : NOT_UTF8) {
                    single.add(notUtf8("line " + i + " cell " + c + " not UTF-8 " + Arrays.toString(bad), lines, i,
                            cells, c, bad));
                }
            }
        }
        List<Mutation> mutations = new ArrayList<>();
        if (single.size() > maxSingle) {
            Collections.shuffle(single, random);
            mutations.addAll(single.subList(0, maxSingle));
        } else {
            mutations.addAll(single);
        }
        for (int n = 0; n < combined; n++) {
            List<String> changed = new ArrayList<>(lines);
            StringBuilder description = new StringBuilder("combined:");
            for (int m = 2 + random.nextInt(3); m > 0; m--) {
                int i = random.nextInt(changed.size());
                List<String> cells = List.of(changed.get(i).split(",", -1));
                int c = random.nextInt(cells.size());
                String odd = ODD_CELLS.get(random.nextInt(ODD_CELLS.size()));
                changed.set(i, withCell(cells, c, odd));
                description.append(" line ").append(i).append(" cell ").append(c).append('=').append(abbreviate(odd));
            }
            mutations.add(mutation(description.toString(), String.join("\n", changed)));
        }
        return mutations;
    }

    private static String replaceLine(List<String> lines, int index, String line) {
        List<String> copy = new ArrayList<>(lines);
        copy.set(index, line);
        return String.join("\n", copy);
    }

    private static String withCell(List<String> cells, int index, String value) {
        List<String> copy = new ArrayList<>(cells);
        copy.set(index, value);
        return String.join(",", copy);
    }

    private static Mutation notUtf8(String description, List<String> lines, int line, List<String> cells, int cell,
            byte[] bad) {
        String marker = "\u0001";
        String text = replaceLine(lines, line, withCell(cells, cell, marker));
        int at = text.indexOf(marker);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bad);
        body.writeBytes(text.substring(at + 1).getBytes(StandardCharsets.UTF_8));
        return new Mutation(description, null, body.toByteArray());
    }

    private static Mutation mutation(String description, String body) {
        return new Mutation(description, null, body.getBytes(StandardCharsets.UTF_8));
    }

    private static String abbreviate(String value) {
        String printable = value.replace("\n", "\\n").replace("\r", "\\r").replace("\u0000", "\\0");
        return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
    }
}
