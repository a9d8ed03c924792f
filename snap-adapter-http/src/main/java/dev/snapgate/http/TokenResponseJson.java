package dev.snapgate.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.snapgate.domain.Secret;

/** Body of the B2B token answer; {@code expiresIn} is a string at NICEPAY and a number elsewhere, so it stays a node. */
record TokenResponseJson(String responseCode, String responseMessage, Secret accessToken, String tokenType,
        JsonNode expiresIn) {

    @Override
    public String toString() {
        return "TokenResponseJson[" + responseCode + ", " + tokenType + ", accessToken=******]";
    }
}
