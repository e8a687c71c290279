package dev.kiln.stdlib.functions;

import java.math.BigInteger;

/**
 * An IP network as Go's {@code net.IPNet} from {@code net.ParseCIDR}: the address (host bits
 * cleared), its size in bits (32 or 128) and the prefix length. Parsing and printing follow Go's
 * {@code net} package, which Terraform's and Packer's CIDR functions print with.
 */
record IpNetwork(BigInteger address, int bits, int prefix) {

    /** Go's {@code net.ParseCIDR}; null where Go fails ("invalid CIDR address"). */
    static IpNetwork parseCidr(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            return null;
        }
        String mask = text.substring(slash + 1);
        BigInteger ip = parseIpv4(text.substring(0, slash));
        int bits = 32;
        if (ip == null) {
            ip = parseIpv6(text.substring(0, slash));
            bits = 128;
        }
        if (ip == null || mask.isEmpty() || mask.length() > 6 || !mask.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        int n = Integer.parseInt(mask);
        if (n > bits) {
            return null;
        }
        return new IpNetwork(ip.and(maskOf(n, bits)), bits, n);
    }

    static BigInteger maskOf(int prefix, int bits) {
        BigInteger all = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
        return all.xor(BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE));
    }

    BigInteger mask() {
        return maskOf(prefix, bits);
    }

    BigInteger lastAddress() {
        return address.or(BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE));
    }

    boolean contains(BigInteger ip) {
        return ip.and(mask()).equals(address);
    }

    /** {@code IPNet.String()}: a v4-mapped IPv6 network prints as IPv4, as in Go. */
    @Override
    public String toString() {
        if (bits == 128 && isV4Mapped(address) && prefix >= 96) {
            return format(address, 128) + "/" + (prefix - 96);
        }
        return format(address, bits) + "/" + prefix;
    }

    private static boolean isV4Mapped(BigInteger ip) {
        return ip.shiftRight(32).equals(BigInteger.valueOf(0xFFFF));
    }

    private static BigInteger parseIpv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        long value = 0;
        for (String part : parts) {
            // Go 1.17+ rejects leading zeros, which other parsers read as octal.
            if (part.isEmpty()
                    || part.length() > 3
                    || !part.chars().allMatch(c -> c >= '0' && c <= '9')
                    || (part.length() > 1 && part.charAt(0) == '0')) {
                return null;
            }
            int n = Integer.parseInt(part);
            if (n > 255) {
                return null;
            }
            value = value << 8 | n;
        }
        return BigInteger.valueOf(value);
    }

    private static BigInteger parseIpv6(String s) {
        int doubleColon = s.indexOf("::");
        if (doubleColon >= 0 && s.indexOf("::", doubleColon + 1) >= 0) {
            return null;
        }
        String head = doubleColon >= 0 ? s.substring(0, doubleColon) : s;
        String tail = doubleColon >= 0 ? s.substring(doubleColon + 2) : "";
        int[] headGroups = groups(head, doubleColon < 0 || tail.isEmpty());
        int[] tailGroups = doubleColon >= 0 ? groups(tail, true) : new int[0];
        if (headGroups == null || tailGroups == null) {
            return null;
        }
        int total = headGroups.length + tailGroups.length;
        if (doubleColon < 0 ? total != 8 : total > 7) {
            return null;
        }
        BigInteger value = BigInteger.ZERO;
        for (int g : headGroups) {
            value = value.shiftLeft(16).or(BigInteger.valueOf(g));
        }
        value = value.shiftLeft(16 * (8 - total));
        for (int g : tailGroups) {
            value = value.shiftLeft(16).or(BigInteger.valueOf(g));
        }
        return value;
    }

    /** Colon-separated hex groups; an IPv4 suffix (if allowed) counts as two groups. */
    private static int[] groups(String s, boolean allowV4) {
        if (s.isEmpty()) {
            return new int[0];
        }
        String[] parts = s.split(":", -1);
        int extra = 0;
        String last = parts[parts.length - 1];
        BigInteger v4 = null;
        if (last.contains(".")) {
            v4 = allowV4 ? parseIpv4(last) : null;
            if (v4 == null) {
                return null;
            }
            extra = 1;
        }
        int[] out = new int[parts.length + extra];
        for (int i = 0; i < parts.length - (v4 != null ? 1 : 0); i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 4 || !p.chars().allMatch(c -> Character.digit(c, 16) >= 0 && c < 128)) {
                return null;
            }
            out[i] = Integer.parseInt(p, 16);
        }
        if (v4 != null) {
            out[parts.length - 1] = v4.intValue() >>> 16;
            out[parts.length] = v4.intValue() & 0xFFFF;
        }
        return out;
    }

    /** Go's {@code IP.String()} for an address of {@code bits} bits. */
    static String format(BigInteger ip, int bits) {
        if (bits == 32 || isV4Mapped(ip)) {
            long v = ip.longValue() & 0xFFFFFFFFL;
            return (v >> 24 & 255) + "." + (v >> 16 & 255) + "." + (v >> 8 & 255) + "." + (v & 255);
        }
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) {
            g[i] = ip.shiftRight(16 * (7 - i)).intValue() & 0xFFFF;
        }
        // The longest run of zero groups (the first if tied) becomes "::", but never a single one.
        int e0 = -1;
        int e1 = -1;
        for (int i = 0; i < 8; i++) {
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j > i && j - i > e1 - e0) {
                e0 = i;
                e1 = j;
                i = j;
            }
        }
        if (e1 - e0 <= 1) {
            e0 = -1;
            e1 = -1;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == e0) {
                out.append("::");
                i = e1 - 1;
                continue;
            }
            if (i > 0 && i != e1) {
                out.append(':');
            }
            out.append(Integer.toHexString(g[i]));
        }
        return out.toString();
    }
}
