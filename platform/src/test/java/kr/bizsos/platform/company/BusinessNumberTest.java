package kr.bizsos.platform.company;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BusinessNumberTest {

    @Test
    void acceptsNumbersWhoseCheckDigitMatches() {
        assertThat(BusinessNumber.isValid("1348672683")).isTrue();
        assertThat(BusinessNumber.isValid("220-81-62517")).isTrue();
    }

    @Test
    void refusesAWrongCheckDigitOrShape() {
        assertThat(BusinessNumber.isValid("1348672684")).isFalse();
        assertThat(BusinessNumber.isValid("134867268")).isFalse();
        assertThat(BusinessNumber.isValid("13486726a3")).isFalse();
        assertThat(BusinessNumber.isValid(null)).isFalse();
    }

    @Test
    void completesNineDigitsWithTheirCheckDigit() {
        assertThat(BusinessNumber.withCheckDigit("134867268")).isEqualTo("1348672683");
        assertThat(BusinessNumber.isValid(BusinessNumber.withCheckDigit("123456789"))).isTrue();
    }

    @Test
    void formatsWithHyphens() {
        assertThat(BusinessNumber.format("1348672683")).isEqualTo("134-86-72683");
    }
}
