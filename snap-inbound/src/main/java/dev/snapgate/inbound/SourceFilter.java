package dev.snapgate.inbound;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An allow-list of CIDR blocks (IPv4 and IPv6, e.g. NICEPAY's published {@code 103.20.51.0/24}); an empty list allows
 * everything. A request whose peer address is unknown or outside every block is refused.
 */
final class SourceFilter {

    private record Block(byte[] network, int prefix) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (address[full] & mask) == (network[full] & mask);
        }
    }

    private final List<Block> blocks;

    private SourceFilter(List<Block> blocks) {
        this.blocks = blocks;
    }

    static SourceFilter allowAll() {
        return new SourceFilter(List.of());
    }

    /** @throws IllegalArgumentException naming the block that is not {@code address/prefix} */
    static SourceFilter of(List<String> cidrs) {
        List<Block> blocks = new ArrayList<>();
        for (String cidr : cidrs) {
            int slash = cidr.indexOf('/');
            String address = slash < 0 ? cidr.strip() : cidr.substring(0, slash).strip();
            byte[] network = literal(address).orElseThrow(() -> new IllegalArgumentException("allowed source '"
                    + cidr + "' is not an IP address or CIDR block such as 103.20.51.0/24"));
            int max = network.length * 8;
            int prefix;
            try {
                prefix = slash < 0 ? max : Integer.parseInt(cidr.substring(slash + 1).strip());
            } catch (NumberFormatException e) {
                prefix = -1;
            }
            if (prefix < 0 || prefix > max) {
                throw new IllegalArgumentException("allowed source '" + cidr + "' has a prefix length outside 0.."
                        + max);
            }
            blocks.add(new Block(network, prefix));
        }
        return new SourceFilter(List.copyOf(blocks));
    }

    boolean allows(Optional<String> remoteAddress) {
        if (blocks.isEmpty()) {
            return true;
        }
        Optional<byte[]> address = remoteAddress.flatMap(SourceFilter::literal);
        return address.isPresent() && blocks.stream().anyMatch(b -> b.contains(address.get()));
    }

    /** Parses an IP literal only (never a host name: no DNS look-up). */
    private static Optional<byte[]> literal(String text) {
        String t = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        if (t.isEmpty() || !(t.matches("[0-9.]+") || t.contains(":") && t.matches("[0-9A-Fa-f:.%a-zA-Z]+"))) {
            return Optional.empty();
        }
        try {
            byte[] bytes = InetAddress.getByName(t).getAddress();
            if (bytes.length == 16 && isV4Mapped(bytes)) {
                byte[] v4 = new byte[4];
                System.arraycopy(bytes, 12, v4, 0, 4);
                return Optional.of(v4);
            }
            return Optional.of(bytes);
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static boolean isV4Mapped(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }
}
