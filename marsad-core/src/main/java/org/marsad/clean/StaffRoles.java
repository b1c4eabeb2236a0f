package org.marsad.clean;

import org.marsad.model.Credit;
import org.marsad.text.MatchingKey;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The job titles that Arabic news sites print in their staff-credit block (الإشراف العام، رئيس التحرير …), so
 * that a role line followed by a name line is recognised as a credit and not taken for the headline or body.
 * Lines are compared by matching key, so hamza and tatweel variants of a title are the same title.
 */
final class StaffRoles {
    private static final Set<String> ROLES = Stream.of(
                    "الإشراف العام", "المشرف العام", "رئيس التحرير", "رئيس مجلس الإدارة",
                    "رئيس مجلس الإدارة ورئيس التحرير", "رئيس مجلس الإدارة والتحرير", "رئيس التحرير التنفيذي",
                    "رئيس التحرير المسؤول", "نائب رئيس التحرير", "نواب رئيس التحرير", "مدير التحرير",
                    "مديرو التحرير", "المدير العام", "المدير التنفيذي", "العضو المنتدب", "سكرتير التحرير",
                    "سكرتير عام التحرير", "مستشار التحرير", "المدير الفني", "رئيس القسم", "المحرر المسؤول",
                    "الناشر", "المؤسس", "مؤسس الموقع", "رئيس الموقع")
            .map(MatchingKey::of)
            .collect(Collectors.toUnmodifiableSet());

    /** The longest role's key: a longer line is no role, and is not hashed to the end to find it out. */
    private static final int LONGEST_ROLE = ROLES.stream().mapToInt(String::length).max().orElse(0);

    private StaffRoles() {
    }

    /** The line is nothing but a staff role (a trailing colon allowed). */
    static boolean isRole(Line line) {
        // a key has single spaces, so a colon takes at most two characters off it: " :"
        return line.key().length() <= LONGEST_ROLE + 2 && ROLES.contains(stripColon(line.key()));
    }

    /** Splits a one-line credit such as "رئيس التحرير: فلان الفلاني" into role and name. */
    static Optional<Credit> splitRoleAndName(Line line) {
        if (line.key().indexOf(':') < 0) return Optional.empty();
        int colon = line.display().indexOf(':');
        if (colon <= 0 || colon == line.display().length() - 1) return Optional.empty();
        String role = line.display().substring(0, colon).trim();
        String name = line.display().substring(colon + 1).trim();
        if (!ROLES.contains(MatchingKey.of(role)) || !looksLikeName(name)) return Optional.empty();
        return Optional.of(new Credit(role, name));
    }

    /** A short run of words without digits or sentence punctuation: what a person's name line looks like. */
    static boolean looksLikeName(String display) {
        if (display.isEmpty() || display.length() > 60) return false;
        int words = 1;
        for (int i = 0; i < display.length(); i++) {
            char c = display.charAt(i);
            if (c == ' ') words++;
            else if (Character.isDigit(c) || ".،,؛:؟?!\"«»".indexOf(c) >= 0) return false;
        }
        return words <= 6;
    }

    private static String stripColon(String key) {
        return key.endsWith(":") ? key.substring(0, key.length() - 1).trim() : key;
    }
}
