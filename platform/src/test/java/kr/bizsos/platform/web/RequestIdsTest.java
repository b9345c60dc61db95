package kr.bizsos.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestIdsTest {

    @Test
    void acceptsPlainIdsAndRefusesOnesThatCouldForgeLogLines() {
        assertThat(RequestIds.acceptable("3f1c2a8e-1b2c-4d5e-9f00-123456789abc")).isTrue();
        assertThat(RequestIds.acceptable("abc\n2026-01-01 INFO fake")).isFalse();
        assertThat(RequestIds.acceptable("x".repeat(65))).isFalse();
        assertThat(RequestIds.acceptable("")).isFalse();
        assertThat(RequestIds.acceptable(null)).isFalse();
    }
}
