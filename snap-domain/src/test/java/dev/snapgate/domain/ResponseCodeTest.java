package dev.snapgate.domain;

import dev.snapgate.domain.code.ResponseCode;
import dev.snapgate.domain.code.ServiceCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResponseCodeTest {

    @Test
    void parse_splitsHttpStatusServiceAndCase() {
        ResponseCode code = ResponseCode.parse("4017301");

        assertThat(code.httpStatus()).isEqualTo(401);
        assertThat(code.serviceCode()).isEqualTo(ServiceCode.ACCESS_TOKEN_B2B);
        assertThat(code.caseCode()).isEqualTo(1);
        assertThat(code.value()).isEqualTo("4017301");
        assertThat(code.isSuccess()).isFalse();
        assertThat(ResponseCode.parse("2002600").isSuccess()).isTrue();
        assertThat(ResponseCode.parse("2027300").isSuccess()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"200730", "20073000", "2OO7300", "0997300", "6007300", " 2007300"})
    void parse_rejectsAnythingButSevenDigitsWithAValidStatus(String text) {
        assertThatThrownBy(() -> ResponseCode.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parse_ofNothing_saysWhatWasExpected() {
        assertThatThrownBy(() -> ResponseCode.parse(null)).hasMessageContaining("seven digits HHHSSCC")
                .hasMessageContaining("nothing");
    }
}
