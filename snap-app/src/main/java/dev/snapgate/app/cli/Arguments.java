package dev.snapgate.app.cli;

import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.SnapConfigurationException;
import dev.snapgate.domain.SnapTimestamp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
        Path path = Path.of(name);
        try {
            if (Files.isDirectory(path)) {
                throw new SnapConfigurationException(option + " " + name + " is a directory; give a file");
            }
            if (Files.size(path) > 1024 * 1024) {
                throw new SnapConfigurationException(option + " " + name + " is larger than 1 MiB; a SNAP body is"
                        + " a few KiB");
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new SnapConfigurationException(option + " " + name + " does not exist; check the path");
        } catch (IOException e) {
            throw new SnapConfigurationException(option + " " + name + " cannot be read ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    static String env(java.util.Map<String, String> environment, String variable, String option) {
        String value = environment.get(variable);
        if (value == null || value.isEmpty()) {
            throw new SnapConfigurationException("environment variable " + variable + " (named by " + option
                    + ") is not set or empty; export it first");
        }
        return value;
    }
}
