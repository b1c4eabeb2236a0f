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
