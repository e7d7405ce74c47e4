package nl.reintegratie.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ElfproefTest {
    @Test
    void eenBsnDoorstaatDeElfproef() {
        assertThat(CaseValidator.elfproef("999993653")).isTrue();   // a test BSN of the BRP test environment
        assertThat(CaseValidator.elfproef("111222333")).isTrue();
        assertThat(CaseValidator.elfproef("123456789")).isFalse();
        assertThat(CaseValidator.elfproef("12345678")).isFalse();
        assertThat(CaseValidator.elfproef("12345678a")).isFalse();
        assertThat(CaseValidator.elfproef("000000000")).isFalse();
    }
}
