package org.marsad.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PrintedDateTest {
    @Test
    void anArabicBylineDateWithWeekdayAndTimeGivesItsDay() {
        assertThat(PrintedDate.find("الأربعاء 12 أغسطس 2015 - 09:40 ص")).contains(LocalDate.of(2015, 8, 12));
    }

    @Test
    void aLevantineMonthNameOfTwoWordsIsRead() {
        assertThat(PrintedDate.find("نشر في 3 تشرين الثاني 2016")).contains(LocalDate.of(2016, 11, 3));
    }

    @Test
    void arabicIndicDigitsAreRead() {
        assertThat(PrintedDate.find("٥ مارس ٢٠٢٠")).contains(LocalDate.of(2020, 3, 5));
    }

    @Test
    void anEnglishDateWithTheMonthFirstIsRead() {
        assertThat(PrintedDate.find("Monday November 18, 2019 7:45 am PST")).contains(LocalDate.of(2019, 11, 18));
    }

    @Test
    void aHijriDateIsNoGregorianDay() {
        assertThat(PrintedDate.find("12 رمضان 1436")).isEmpty();
    }

    @Test
    void aDayTheMonthDoesNotHaveIsNoDate() {
        assertThat(PrintedDate.find("31 فبراير 2015")).isEmpty();
    }
}
