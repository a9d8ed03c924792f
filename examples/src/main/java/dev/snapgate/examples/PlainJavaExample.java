package dev.snapgate.examples;

import dev.snapgate.api.VaCreateRequest;
import dev.snapgate.api.VaStatusRequest;
import dev.snapgate.api.VirtualAccount;
import dev.snapgate.domain.Amount;
import dev.snapgate.domain.Secret;
import dev.snapgate.http.SnapClient;
import dev.snapgate.signing.MerchantKeys;
import java.net.URI;
import java.nio.file.Path;

public final class PlainJavaExample {

    public static void main(String[] args) {
        URI nicepay = URI.create(args.length > 0 ? args[0] : "https://dev.nicepay.co.id");
        String merchant = System.getenv().getOrDefault("SNAPGATE_CLIENT_KEY", "IONPAYTEST");
        Path privateKey = Path.of(System.getenv().getOrDefault("SNAPGATE_PRIVATE_KEY", "merchant.pem"));
        Secret clientSecret = Secret.of(System.getenv("SNAPGATE_CLIENT_SECRET"));

        try (SnapClient snap = SnapClient.builder()
                .baseUrl(nicepay)
                .merchant(MerchantKeys.fromPem(merchant, privateKey, clientSecret))   // RSA + HMAC keys
                .build()) {
            VirtualAccount va = snap.virtualAccounts().create(
                    VaCreateRequest.of("ORDER-0001", "Budi Santoso", Amount.idr("10000.00"), "BMRI"));
            VirtualAccount status = snap.virtualAccounts().status(VaStatusRequest.of(va));
            System.out.println(va.virtualAccountNo() + " " + status.state().orElseThrow());
        }
    }
}
