package dev.snapgate.signing;

import dev.snapgate.domain.error.SnapKeyException;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** RSA key parsing shared by the loaders: PKCS#8, PKCS#1 wrapped into PKCS#8, SPKI, and the key's description. */
final class RsaKeys {

    /** DER of AlgorithmIdentifier { rsaEncryption, NULL }. */
    private static final byte[] RSA_ALGORITHM_ID = HexFormat.of().parseHex("300d06092a864886f70d0101010500");

    private RsaKeys() {
    }

    /** Parses PKCS#8 DER as RSA; explains a key of another algorithm. */
    static PrivateKey pkcs8(byte[] der, String source, KeyFormat format) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (InvalidKeySpecException e) {
            String other = otherAlgorithm(der);
            if (other != null) {
                throw new SnapKeyException(source + " holds an " + other + " private key (" + format.description()
                        + "); SNAP signs with RSA (SHA256withRSA). Use the RSA key pair registered with NICEPAY");
            }
            throw new SnapKeyException(source + " is not a valid " + format.description() + " RSA private key"
                    + " (the DER structure does not parse); the file may be truncated or not a key", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is required by every JDK", e);
        }
    }

    /** Wraps PKCS#1 RSAPrivateKey DER into PKCS#8 PrivateKeyInfo, which the JDK reads. */
    static PrivateKey pkcs1(byte[] der, String source) {
        ByteArrayOutputStream info = new ByteArrayOutputStream(der.length + 32);
        byte[] version = {0x02, 0x01, 0x00};
        info.writeBytes(version);
        info.writeBytes(RSA_ALGORITHM_ID);
        info.writeBytes(tlv(0x04, der));
        return pkcs8(tlv(0x30, info.toByteArray()), source, KeyFormat.PEM_PKCS1);
    }

    static PublicKey spki(byte[] der, String source, KeyFormat format) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
        } catch (InvalidKeySpecException e) {
            for (String alg : List.of("EC", "DSA")) {
                try {
                    KeyFactory.getInstance(alg).generatePublic(new X509EncodedKeySpec(der));
                    throw new SnapKeyException(source + " holds an " + alg + " public key (" + format.description()
                            + "); SNAP verifies SHA256withRSA: use NICEPAY's RSA public key");
                } catch (GeneralSecurityException ignored) {
                    // not this algorithm either
                }
            }
            throw new SnapKeyException(source + " is not a valid " + format.description() + " RSA public key;"
                    + " the file may be truncated or not a key", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is required by every JDK", e);
        }
    }

    /** The public half of an RSA private key (from its CRT parameters). */
    static PublicKey publicOf(PrivateKey key) {
        if (key instanceof RSAPrivateCrtKey crt) {
            try {
                return KeyFactory.getInstance("RSA").generatePublic(
                        new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot derive the RSA public key", e);
            }
        }
        return null;
    }

    static KeyInfo describe(String source, KeyFormat format, java.security.Key key, PublicKey publicKey) {
        int bits = key instanceof RSAKey rsa ? rsa.getModulus().bitLength() : 0;
        List<String> warnings = new ArrayList<>();
        if (bits < KeyInfo.RECOMMENDED_BITS) {
            warnings.add("RSA key is " + bits + " bits; keys under " + KeyInfo.RECOMMENDED_BITS
                    + " bits are weak (NICEPAY's sandbox keys are this short; use 2048+ bits in production)");
        }
        String fingerprint = publicKey == null ? "unknown" : fingerprint(publicKey);
        return new KeyInfo(source, format, key.getAlgorithm(), bits, fingerprint, warnings);
    }

    static String fingerprint(PublicKey publicKey) {
        try {
            return "SHA256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(publicKey.getEncoded()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }

    static void requireRsa(java.security.Key key, String source, KeyFormat format) {
        if (!"RSA".equals(key.getAlgorithm())) {
            throw new SnapKeyException(source + " holds an " + key.getAlgorithm() + " key (" + format.description()
                    + "); SNAP signs with RSA (SHA256withRSA). Use the RSA key pair registered with NICEPAY");
        }
    }

    private static String otherAlgorithm(byte[] der) {
        for (String alg : List.of("EC", "DSA", "Ed25519", "XDH")) {
            try {
                KeyFactory.getInstance(alg).generatePrivate(new PKCS8EncodedKeySpec(der));
                return alg;
            } catch (GeneralSecurityException | RuntimeException ignored) {
                // try the next algorithm
            }
        }
        return null;
    }

    private static byte[] tlv(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 6);
        out.write(tag);
        int len = content.length;
        if (len < 0x80) {
            out.write(len);
        } else {
            byte[] lenBytes = BigInteger.valueOf(len).toByteArray();
            int start = lenBytes[0] == 0 ? 1 : 0;
            out.write(0x80 | (lenBytes.length - start));
            out.write(lenBytes, start, lenBytes.length - start);
        }
        out.writeBytes(content);
        return out.toByteArray();
    }
}
