package org.marsad.fusion;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Articles about one incident or development, across outlets and days. The id derives from the first
 * article and does not change as the story grows; start/end span its articles' publication days.
 */
public record Story(String id, String title, Optional<LocalDate> start, Optional<LocalDate> end,
                   List<String> articleIds, List<String> eventIds, List<SummarySentence> summary) {
    public Story {
        articleIds = List.copyOf(articleIds);
        eventIds = List.copyOf(eventIds);
        summary = List.copyOf(summary);
    }

    public Story withSummary(List<SummarySentence> s) {
        return new Story(id, title, start, end, articleIds, eventIds, s);
    }

    public static String idFor(String firstArticleId) { return "story-" + firstArticleId; }
}
