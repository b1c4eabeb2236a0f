package org.marsad.meta;

import org.marsad.clean.PageStructure;
import org.marsad.model.Layer;
import org.marsad.model.Removal;
import org.marsad.stage.Draft;
import org.marsad.stage.Stage;

import java.util.Optional;
import java.util.Set;

/**
 * The byline stage: who wrote the article, for which agency or outlet, from where (docs/schema.md, "byline"), from
 * the author field of the input record, else from the byline structure recovery took off the top of the body; the
 * place of a wire dateline when the byline names none.
 */
public final class BylineStage implements Stage {
    private final BylineParser parser = new BylineParser();

    @Override
    public String name() {
        return "byline";
    }

    @Override
    public Set<Class<? extends Layer>> requires() {
        return Set.of(PageStructure.class);
    }

    @Override
    public Set<Class<? extends Layer>> provides() {
        return Set.of(Byline.class);
    }

    @Override
    public void annotate(Draft draft) {
        PageStructure page = draft.get(PageStructure.class);
        Optional<String> printed = draft.raw().author().map(String::strip).filter(a -> !a.isEmpty());
        if (printed.isEmpty()) {
            printed = page.removed().stream().filter(r -> r.reason() == Removal.Reason.BYLINE).map(Removal::text)
                    .findFirst();
        }
        Optional<String> datelinePlace = page.dateline().flatMap(BylineStage::placeOfDateline);
        if (printed.isEmpty() && page.dateline().isEmpty()) return;
        Byline byline = printed.map(parser::parse)
                .orElse(new Byline("", java.util.List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty()));
        Optional<String> datelineAgency = page.dateline().flatMap(parser::agencyAtEnd);
        if (byline.place().isEmpty() && datelinePlace.isPresent() || byline.agency().isEmpty() && datelineAgency.isPresent()) {
            byline = new Byline(byline.printed(), byline.authors(), byline.agency().or(() -> datelineAgency),
                    byline.outlet(), byline.desk(), byline.place().or(() -> datelinePlace));
        }
        if (!byline.isEmpty()) draft.add(byline);
    }

    /** The words before the first digit of a dateline (مكة المكرمة 25 شوال 1436 هـ …): its place. */
    static Optional<String> placeOfDateline(String dateline) {
        int digit = 0;
        while (digit < dateline.length() && !Character.isDigit(dateline.charAt(digit))) digit++;
        String place = dateline.substring(0, digit).replaceAll("[-–:،,]", " ").strip();
        return place.isEmpty() || place.split("\\s+").length > 3 ? Optional.empty() : Optional.of(place);
    }
}
