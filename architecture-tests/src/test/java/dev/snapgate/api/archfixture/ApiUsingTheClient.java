package dev.snapgate.api.archfixture;

import dev.snapgate.http.SnapClient;

/** Breaks API_DEPENDS_ONLY_ON_THE_DOMAIN on purpose. */
public final class ApiUsingTheClient {
    public String base(SnapClient client) {
        return client.baseUrl().toString();
    }
}
