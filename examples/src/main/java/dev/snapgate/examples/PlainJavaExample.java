package dev.snapgate.examples;

import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Merchant;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.service.ServiceRequest;
import dev.snapgate.domain.service.ServiceResponse;
import dev.snapgate.domain.service.SnapService;
import dev.snapgate.http.SnapClient;
import dev.snapgate.signing.HmacSha512Signer;
import dev.snapgate.signing.PemKeyLoader;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

public final class PlainJavaExample {

    public static void main(String[] args) {
        URI nicepay = URI.create(args.length > 0 ? args[0] : "https://dev.nicepay.co.id");
        ClientKey merchant = ClientKey.of(System.getenv().getOrDefault("SNAPGATE_CLIENT_KEY", "IONPAYTEST"));
        Path privateKey = Path.of(System.getenv().getOrDefault("SNAPGATE_PRIVATE_KEY", "merchant.pem"));
        Secret clientSecret = Secret.of(System.getenv("SNAPGATE_CLIENT_SECRET"));

        try (SnapClient snap = SnapClient.builder()
                .baseUrl(nicepay)
                .merchant(Merchant.of(merchant,
                        PemKeyLoader.load(privateKey, Optional.empty()).signer(),   // RSA: token requests
                        new HmacSha512Signer(clientSecret)))                         // HMAC: service calls
                .build()) {
            ServiceResponse status = snap.call(ServiceRequest.of(SnapService.VA_STATUS, merchant,
                    Map.of("partnerServiceId", "  1234", "customerNo", "0001", "virtualAccountNo", "  12340001")));
            System.out.println(status.responseCode() + " " + status.body());
        }
    }
}
