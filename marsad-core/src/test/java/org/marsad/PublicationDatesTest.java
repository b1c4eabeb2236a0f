package org.marsad;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicationDatesTest {

    @Test
    void dateTimeWithOffsetStaysIsoWithItsOffset() {
        assertThat(PublicationDates.normalize("2016-04-10T08:15:00+03:00")).isEqualTo("2016-04-10T08:15:00+03:00");
    }

    @Test
    void isoLocalDateTimeStaysAsItIs() {
        assertThat(PublicationDates.normalize("2016-04-10T08:15:30")).isEqualTo("2016-04-10T08:15:30");
    }

    @Test
    void dateAndTimeWithASpaceBecomeIso() {
        assertThat(PublicationDates.normalize(" 2016-04-10 08:15:30 ")).isEqualTo("2016-04-10T08:15:30");
    }

    @Test
    void lastDayOfAMonthStaysAsWritten() {
        assertThat(PublicationDates.normalize("2016-02-29 23:59:59")).isEqualTo("2016-02-29T23:59:59");
    }

    @Test
    void dayPastTheEndOfItsMonthIsTheMonthsLastDay() {
        assertThat(PublicationDates.normalize("2015-02-30 10:00:00")).isEqualTo("2015-02-28T10:00:00");
    }

    @Test
    void dateAndTimeWithoutSecondsBecomeIso() {
        assertThat(PublicationDates.normalize("2016-04-10 08:15")).isEqualTo("2016-04-10T08:15:00");
    }

    @Test
    void slashedDateAndTimeBecomeIso() {
        assertThat(PublicationDates.normalize("2016/04/10 08:15:30")).isEqualTo("2016-04-10T08:15:30");
    }

    @Test
    void dateAloneStaysADate() {
        assertThat(PublicationDates.normalize("2016-04-10")).isEqualTo("2016-04-10");
    }

    @Test
    void dateThatFitsAFormButNamesNoRealMonthIsKeptAsGiven() {
        assertThat(PublicationDates.normalize("2016-13-10 08:15:30")).isEqualTo("2016-13-10 08:15:30");
    }

    @Test
    void unknownFormIsKeptTrimmed() {
        assertThat(PublicationDates.normalize(" 10 أبريل 2016 ")).isEqualTo("10 أبريل 2016");
    }
}
