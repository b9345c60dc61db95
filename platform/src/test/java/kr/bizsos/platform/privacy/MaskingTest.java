package kr.bizsos.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void masksTheMiddleOfKoreanNames() {
        assertThat(Masking.name("홍길동")).isEqualTo("홍*동");
        assertThat(Masking.name("남궁민수")).isEqualTo("남**수");
        assertThat(Masking.name("김철")).isEqualTo("김*");
    }

    @Test
    void keepsOnlyTheFirstThreeAndLastFourDigitsOfAPhone() {
        assertThat(Masking.phone("010-1234-5678")).isEqualTo("010-****-5678");
        assertThat(Masking.phone("033-249-2753")).isEqualTo("033-***-2753");
    }

    @Test
    void keepsOnlyTheFirstLetterAndDomainOfAnEmail() {
        assertThat(Masking.email("minsu@example.kr")).isEqualTo("m****@example.kr");
        assertThat(Masking.email(null)).isNull();
    }
}
