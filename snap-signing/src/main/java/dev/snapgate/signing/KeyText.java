package dev.snapgate.signing;

import dev.snapgate.domain.error.SnapKeyException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads key files defensively and splits PEM armour; every failure names the file and the fix. */
final class KeyText {

    /** No key file is anywhere near this big; a bigger one is the wrong file. */
    static final int MAX_KEY_FILE_BYTES = 256 * 1024;

    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----(.*?)(?:-----END \\1-----|\\z)", Pattern.DOTALL);

    private KeyText() {
    }

    static byte[] readFile(Path path, String what) {
        Objects.requireNonNull(path, "path");
        if (Files.isDirectory(path)) {
            throw new SnapKeyException(path + " is a directory; give the path of the " + what + " file itself");
        }
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            throw new SnapKeyException(path + " is not a regular file (a device, pipe or socket); give the path of the "
                    + what + " file itself");
        }
        try {
            long size = Files.size(path);
            if (size == 0) {
                throw new SnapKeyException(path + " is empty; expected a " + what
                        + ". Check that you copied the whole file");
            }
            if (size > MAX_KEY_FILE_BYTES) {
                throw new SnapKeyException(path + " is " + size + " bytes, far too large for a " + what
                        + " (at most " + MAX_KEY_FILE_BYTES + "); check that this is the right file");
            }
            byte[] bytes;
            try (java.io.InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes(MAX_KEY_FILE_BYTES + 1); // bounded even if the file grows meanwhile
            }
            if (bytes.length > MAX_KEY_FILE_BYTES) {
                throw new SnapKeyException(path + " is far too large for a " + what + " (at most "
                        + MAX_KEY_FILE_BYTES + " bytes); check that this is the right file");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new SnapKeyException(path + " does not exist; check the " + what + " path");
        } catch (AccessDeniedException e) {
            throw new SnapKeyException(path + " cannot be read (permission denied); make it readable by this user");
        } catch (IOException e) {
            throw new SnapKeyException(path + " cannot be read (" + e.getClass().getSimpleName() + "); check the "
                    + what + " path", e);
        }
    }

    /** True when the bytes are not text (a DER or PKCS#12 file, or garbage). */
    static boolean isBinary(byte[] bytes) {
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c >= 0x7F) {
                return true;
            }
        }
        return false;
    }

    static String ascii(byte[] bytes) {
        return new String(bytes, StandardCharsets.US_ASCII);
    }

    /** The first PEM block, or null when the text has no armour. */
    static PemBlock firstPem(String text, String source) {
        Matcher m = PEM.matcher(text);
        if (!m.find()) {
            if (text.contains("-----BEGIN")) {
                throw new SnapKeyException(source + ": the PEM header is damaged (expected '-----BEGIN <LABEL>-----');"
                        + " copy the key file again");
            }
            return null;
        }
        String label = m.group(1);
        String body = m.group(2);
        boolean complete = m.group(0).contains("-----END " + label + "-----");
        if (!complete) {
            throw new SnapKeyException(source + ": PEM block '" + label + "' has no END line, so the file is"
                    + " truncated; copy the whole key including '-----END " + label + "-----'");
        }
        boolean encryptedHeader = body.contains("Proc-Type:") && body.contains("ENCRYPTED");
        StringBuilder base64 = new StringBuilder();
        for (String line : body.split("\\R")) {
            if (line.contains(":")) {
                continue; // RFC 1421 headers such as Proc-Type / DEK-Info
            }
            base64.append(line.strip());
        }
        return new PemBlock(label, base64.toString(), encryptedHeader);
    }

    /** Decodes Base64 tolerant of line breaks and stray spaces; null when it is not Base64 at all. */
    static byte[] decodeBase64(String text) {
        String compact = text.replaceAll("\\s+", "");
        if (compact.isEmpty()) {
            return null;
        }
        try {
            return Base64.getDecoder().decode(compact);
        } catch (IllegalArgumentException e) {
            try {
                return Base64.getUrlDecoder().decode(compact);
            } catch (IllegalArgumentException ignored) {
                return null;
            }
        }
    }

    record PemBlock(String label, String base64, boolean legacyEncrypted) {
        @Override
        public String toString() {
            return "PemBlock[" + label + "]";
        }
    }
}
