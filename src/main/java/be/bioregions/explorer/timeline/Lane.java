package be.bioregions.explorer.timeline;

import java.util.List;

import be.bioregions.explorer.domain.BusinessModel;
import be.bioregions.explorer.domain.Firm;

/**
 * One row of the timeline: a firm with the marks the query lets through and its life span, or (with
 * {@code firm} null) the heading of a group of firms.
 *
 * @param end the year the firm was acquired or closed, or null when its bar stays open
 */
public record Lane(Firm firm, String heading, List<Mark> marks, Integer end, BusinessModel model) {
    public static Lane heading(String text) {
        return new Lane(null, text, List.of(), null, null);
    }

    public boolean isHeading() {
        return firm == null;
    }
}
