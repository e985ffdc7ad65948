package uk.nhs.talent.testsupport;

import java.util.HashMap;
import java.util.Map;

/** {@code --name value} pairs of the local-run launchers. */
final class Arguments {

    private final Map<String, String> values;

    private Arguments(Map<String, String> values) {
        this.values = values;
    }

    static Arguments parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("Expected --name value pairs, got " + String.join(" ", args));
            }
            values.put(args[i], args[i + 1]);
        }
        return new Arguments(values);
    }

    String value(String name, String defaultValue) {
        return values.getOrDefault(name, defaultValue);
    }
}
