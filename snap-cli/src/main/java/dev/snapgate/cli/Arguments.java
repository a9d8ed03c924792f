package dev.snapgate.cli;

import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.error.SnapConfigurationException;
import dev.snapgate.domain.SnapTimestamp;
import java.nio.file.Path;

/** Turns option strings into values, with usage errors that say what was expected. */
final class Arguments {

    private Arguments() {
    }

    static ClientKey clientKey(String text) {
        try {
            return ClientKey.of(text);
        } catch (IllegalArgumentException e) {
            throw new SnapConfigurationException("--client-key: " + e.getMessage());
        }
    }

    static SnapTimestamp timestamp(String text) {
        try {
            return SnapTimestamp.parse(text);
        } catch (IllegalArgumentException e) {
            throw new SnapConfigurationException("--timestamp: " + e.getMessage());
        }
    }

    static byte[] file(String name, String option) {
        return dev.snapgate.app.internal.BoundedFile.read(Path.of(name), 1024 * 1024, option + " " + name);
    }

    /** A catalogue service by code or name ({@code 26}, {@code VA_STATUS}, {@code payout-approve}). */
    static dev.snapgate.domain.service.SnapService service(String text) {
        try {
            return dev.snapgate.domain.service.SnapService.parse(text);
        } catch (IllegalArgumentException e) {
            throw new SnapConfigurationException(e.getMessage());
        }
    }

    /** The JSON object in {@code --body-file F}: read bounded, parsed strictly, never echoed. */
    static java.util.Map<String, Object> jsonBody(String file) {
        return CliJson.parseObject(new String(file(file, "--body-file"), java.nio.charset.StandardCharsets.UTF_8),
                "--body-file " + file);
    }

    static String externalId(String text) {
        try {
            dev.snapgate.domain.service.ExternalIdGenerator.requireValid(text);
            return text;
        } catch (IllegalArgumentException e) {
            throw new SnapConfigurationException("--external-id: " + e.getMessage());
        }
    }

    static String env(java.util.Map<String, String> environment, String variable, String option) {
        if (!variable.matches("[A-Za-z_][A-Za-z0-9_]{0,127}")) {
            // it may be the secret itself, given where its variable's name belongs: never repeat it
            throw new SnapConfigurationException(option + " takes the name of an environment variable (letters,"
                    + " digits and _, e.g. SNAPGATE_CLIENT_SECRET), not a value; export the value under a name and"
                    + " give the name");
        }
        String value = environment.get(variable);
        if (value == null || value.isEmpty()) {
            throw new SnapConfigurationException("environment variable " + variable + " (named by " + option
                    + ") is not set or empty; export it first");
        }
        return value;
    }
}
