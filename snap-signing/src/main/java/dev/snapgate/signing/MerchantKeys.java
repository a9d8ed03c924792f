package dev.snapgate.signing;

import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Merchant;
import dev.snapgate.domain.Secret;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The common case in one call: a merchant from its client key, its RSA private key file (signs token requests) and
 * its client secret (HMAC-SHA512, signs service calls). For keys in an HSM or a KMS, build a {@link Merchant} from
 * your own {@link dev.snapgate.domain.Signer}s instead.
 *
 * <pre>{@code
 * Merchant merchant = MerchantKeys.fromPem("IONPAYTEST", Path.of("merchant.pem"), clientSecret);
 * }</pre>
 */
public final class MerchantKeys {

    private MerchantKeys() {
    }

    /**
     * @param clientKey the client ID NICEPAY issued
     * @param privateKeyPem an unencrypted PEM (PKCS#8 or PKCS#1) or bare Base64 private key
     * @throws dev.snapgate.domain.error.SnapKeyException naming what is wrong with the key file (never its content)
     * @throws IllegalArgumentException when {@code clientKey} is not a valid client key
     */
    public static Merchant fromPem(String clientKey, Path privateKeyPem, Secret clientSecret) {
        return of(clientKey, PemKeyLoader.load(privateKeyPem), clientSecret);
    }

    /** As {@link #fromPem(String, Path, Secret)}, for an encrypted PEM key and its password. */
    public static Merchant fromEncryptedPem(String clientKey, Path privateKeyPem, Secret keyPassword,
            Secret clientSecret) {
        return of(clientKey, PemKeyLoader.load(privateKeyPem, keyPassword), clientSecret);
    }

    /** A merchant whose key is the entry {@code alias} of a PKCS#12 keystore. */
    public static Merchant fromPkcs12(String clientKey, Path keystore, Secret storePassword, String alias,
            Secret clientSecret) {
        return of(clientKey, Pkcs12KeyStoreLoader.load(keystore, storePassword, Optional.of(alias),
                Optional.empty()), clientSecret);
    }

    private static Merchant of(String clientKey, SigningKey key, Secret clientSecret) {
        Objects.requireNonNull(clientSecret, "clientSecret");
        return Merchant.of(ClientKey.of(clientKey), key.signer(), new HmacSha512Signer(clientSecret));
    }
}
