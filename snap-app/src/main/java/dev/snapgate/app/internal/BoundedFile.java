package dev.snapgate.app.internal;

import dev.snapgate.domain.error.SnapConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a small file the user named (config, secret, request body) safely: only a regular file (a device such as
 * {@code /dev/zero} would never end, a FIFO would block forever), at most {@code max} bytes even if the file grows
 * while being read, and messages that name the file and the fix but never quote its content.
 */
public final class BoundedFile {

    private BoundedFile() {
    }

    /**
     * @param described how messages name the file, e.g. {@code "config file app.properties (from --config)"}
     * @throws SnapConfigurationException for a missing, unreadable, non-regular or too large file
     */
    public static byte[] read(Path path, int max, String described) {
        if (Files.isDirectory(path)) {
            throw new SnapConfigurationException(described + " is a directory; give a file");
        }
        if (!Files.exists(path)) {
            throw new SnapConfigurationException(described + " does not exist; check the path");
        }
        if (!Files.isRegularFile(path)) {
            throw new SnapConfigurationException(described + " is not a regular file (a device, pipe or socket);"
                    + " give a file");
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes(max + 1);
            if (bytes.length > max) {
                throw new SnapConfigurationException(described + " is larger than " + sizeText(max)
                        + "; check that this is the right file");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new SnapConfigurationException(described + " does not exist; check the path");
        } catch (AccessDeniedException e) {
            throw new SnapConfigurationException(described + " cannot be read (permission denied); make it readable"
                    + " by this user");
        } catch (IOException e) {
            throw new SnapConfigurationException(described + " cannot be read (" + e.getClass().getSimpleName()
                    + ")");
        }
    }

    private static String sizeText(int bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes / 1024 + " KiB";
    }
}
