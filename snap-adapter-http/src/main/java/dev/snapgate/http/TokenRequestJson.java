package dev.snapgate.http;

import java.util.Map;

/** Body of the B2B token request: {@code {"grantType":"client_credentials","additionalInfo":{}}}. */
record TokenRequestJson(String grantType, Map<String, Object> additionalInfo) {
}
