package org.marsad.alerts;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/** Alerts as an Atom 1.0 feed (written by ROME) that a person can subscribe to in any feed reader. */
public final class AlertsFeed {
    private AlertsFeed() {}

    /** @param baseUrl the server's public base, e.g. http://127.0.0.1:7070 (links point at the dashboard) */
    public static String atom(List<Alert> alerts, String baseUrl, Clock clock) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle("Marsad — security-gap surge alerts");
        feed.setDescription("Districts whose weekly violent events or fatalities surge above their own baseline, "
                + "or where attacks appear where none were recorded.");
        feed.setUri(baseUrl + "/api/alerts.atom");
        feed.setLink(baseUrl + "/");
        feed.setLanguage("en");
        feed.setPublishedDate(Date.from(clock.instant()));
        List<SyndEntry> entries = new ArrayList<>();
        for (Alert a : alerts) {
            SyndEntry e = new SyndEntryImpl();
            e.setUri("urn:marsad:alert:" + a.id());
            e.setTitle(title(a));
            SyndLink link = new SyndLinkImpl();
            link.setHref(baseUrl + "/#/alerts/" + a.id());
            link.setRel("alternate");
            e.setLinks(List.of(link));
            Date week = Date.from(a.weekStart().atStartOfDay().toInstant(ZoneOffset.UTC));
            e.setPublishedDate(week);
            e.setUpdatedDate(week);
            SyndContent c = new SyndContentImpl();
            c.setType("text/plain");
            c.setValue(summary(a));
            e.setDescription(c);
            entries.add(e);
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed, true);
        } catch (FeedException ex) {
            throw new IllegalStateException("cannot write the alerts feed: " + ex.getMessage(), ex);
        }
    }

    static String title(Alert a) {
        String where = a.districtName().isBlank() ? a.admin2Pcode() : a.districtName() + " (" + a.admin2Pcode() + ")";
        return switch (a.kind()) {
            case SURGE -> "Surge in " + where + ", week of " + a.weekStart();
            case NEW_ACTIVITY -> "Attacks where none were recorded: " + where + ", week of " + a.weekStart();
        };
    }

    static String summary(Alert a) {
        return String.format(Locale.ROOT,
                "%d violent events and %d fatalities in the week of %s; the district's baseline expects %.2f events "
                        + "and %.2f fatalities a week (p = %.4f). Evidence events: %s",
                a.events(), a.fatalities(), a.weekStart(), a.expected(), a.expectedFatalities(), a.pValue(),
                String.join(", ", a.eventIds()));
    }
}
