package dev.snapgate.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import dev.snapgate.domain.Secret;
import java.io.IOException;

/** Reads a credential straight into a {@link Secret}, so no DTO ever holds it as a plain {@code String}. */
final class SecretDeserializer extends StdScalarDeserializer<Secret> {

    SecretDeserializer() {
        super(Secret.class);
    }

    @Override
    public Secret deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return (Secret) context.handleUnexpectedToken(Secret.class, parser);
        }
        String text = parser.getText();
        return text.isEmpty() ? null : Secret.of(text);
    }
}
