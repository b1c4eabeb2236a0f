package org.marsad.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import org.marsad.model.Rejected;
import org.marsad.model.SkipKind;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in plain words why the JSON parser stopped. Whoever wrote the JSON knows nothing of the parser, so a
 * reason names no parser class, method or option:
 * <ul>
 *   <li>a syntax error keeps the parser's own words (they describe the JSON), less the advice to switch on a
 *       parser option, with an earlier place written as {@code line L, column C}, and a close marker with
 *       nothing open said to be so (the parser names a bracket it expected there);</li>
 *   <li>a limit of the parser becomes a headline of its own ({@code JSON nested too deeply},
 *       {@code number too long}, {@code field name too long}, {@code string too long}) and the limit.</li>
 * </ul>
 * A string over the parser's cap is {@link SkipKind#TOO_LARGE} (the cap lies above the article limit, see
 * {@link JsonRecords#factory}); everything else is {@link SkipKind#MALFORMED}.
 */
final class JsonFailures {

    /** Jackson words a limit as {@code Number value length (1001) exceeds the maximum allowed (1000, from `...`)}. */
    private static final Pattern LIMIT = Pattern.compile("(.+?) \\(\\d+\\) exceeds the maximum allowed \\((\\d+)\\b.*");
    /** A close marker with nothing open, where Jackson names the bracket its top level would take. */
    private static final Pattern NOTHING_OPEN = Pattern.compile(": expected '.' \\(for root starting at \\[Source: [^]]*]\\)");
    /** An earlier place: {@code [Source: REDACTED (`StreamReadFeature...` disabled); line: 1, column: 10]}. */
    private static final Pattern EARLIER_PLACE = Pattern.compile("\\[Source: .*?; line: (\\d+)(?:, column: (\\d+))?]");
    /** Advice to switch on a parser option: {@code : enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow}. */
    private static final Pattern ENABLE_OPTION = Pattern.compile(":? enable `[^`]*` to allow");
    /** The same for comments: {@code (not recognized as one since Feature 'ALLOW_COMMENTS' not enabled for parser)}. */
    private static final Pattern OPTION_NOT_ENABLED =
            Pattern.compile(" ?\\(not recognized as one since Feature '[^']*' not enabled for parser\\)");
    /** Where a limit or a value came from in Jackson's code: {@code , from `StreamReadConstraints.getMaxNameLength()`}. */
    private static final Pattern FROM_NAME = Pattern.compile(",? from `[^`]*`");

    /** What a parser failure says: its kind, a headline the location follows, and the particulars. */
    private record Problem(SkipKind kind, String headline, String detail) {
    }

    private JsonFailures() {
    }

    /**
     * The record or file at {@code location}, rejected because the parser stopped.
     *
     * @param where where the parser stopped, such as {@code " at line 3, column 12"}, or empty
     * @param after what follows the reason, such as what was not read because of it, or empty
     */
    static Rejected rejected(String location, JsonProcessingException e, String where, String after) {
        Problem problem = problem(e);
        return new Rejected(location, problem.kind(), problem.headline() + where + " (" + problem.detail() + ")" + after);
    }

    static String at(JsonLocation location) {
        return "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static Problem problem(JsonProcessingException e) {
        String message = firstLine(e);
        Matcher limit = LIMIT.matcher(message);
        if (!(e instanceof StreamConstraintsException) || !limit.matches()) {
            return new Problem(SkipKind.MALFORMED, "malformed JSON", plain(message));
        }
        String max = limit.group(2);
        return switch (limit.group(1)) {
            case "Document nesting depth" -> new Problem(SkipKind.MALFORMED, "JSON nested too deeply",
                    "more than " + max + " arrays and objects inside one another");
            case "Number value length" -> new Problem(SkipKind.MALFORMED, "number too long",
                    "more than " + max + " characters");
            case "Name length" -> new Problem(SkipKind.MALFORMED, "field name too long",
                    "more than " + max + " characters");
            case "String value length" -> new Problem(SkipKind.TOO_LARGE, "string too long",
                    "more than " + max + " characters, longer than any article allowed");
            default -> new Problem(SkipKind.MALFORMED, "JSON over a limit of the reader", plain(message));
        };
    }

    private static String firstLine(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message == null || message.isBlank()) return "no reason given";
        return message.lines().findFirst().orElse(message).strip();
    }

    /** Jackson's words less its option and class names, starting lowercase as our reasons do. */
    private static String plain(String message) {
        String text = NOTHING_OPEN.matcher(message).replaceAll(" with nothing open to close");
        text = EARLIER_PLACE.matcher(text).replaceAll(m ->
                "line " + m.group(1) + (m.group(2) == null ? "" : ", column " + m.group(2)));
        text = ENABLE_OPTION.matcher(text).replaceAll("");
        text = OPTION_NOT_ENABLED.matcher(text).replaceAll("");
        text = FROM_NAME.matcher(text).replaceAll("").replace("`", "");
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
