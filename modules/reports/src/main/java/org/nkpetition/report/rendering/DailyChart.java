package org.nkpetition.report.rendering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Signatures per day as bar geometry, computed once and drawn by both the HTML report (inline
 * SVG) and the PDF. Coordinates are in a {@link #WIDTH} × {@link #HEIGHT} box, y growing downwards.
 */
public record DailyChart(List<Bar> bars, long max, LocalDate firstDay, LocalDate lastDay) {
    public static final double WIDTH = 760;
    public static final double HEIGHT = 240;
    public static final double LEFT = 50;
    public static final double RIGHT = 750;
    public static final double TOP = 20;
    public static final double BASELINE = 200;

    public record Bar(LocalDate day, long count, double x, double y, double width, double height) {
    }

    public static java.util.Optional<DailyChart> of(SortedMap<LocalDate, Long> byDay) {
        if (byDay.isEmpty()) {
            return java.util.Optional.empty();
        }
        long max = byDay.values().stream().mapToLong(Long::longValue).max().orElse(1);
        double slot = (RIGHT - LEFT) / byDay.size();
        double barWidth = Math.max(slot * 0.8, 0.5);
        List<Bar> bars = new ArrayList<>();
        int i = 0;
        for (Map.Entry<LocalDate, Long> day : byDay.entrySet()) {
            double height = max == 0 ? 0 : (BASELINE - TOP) * day.getValue() / max;
            bars.add(new Bar(day.getKey(), day.getValue(), LEFT + i * slot, BASELINE - height, barWidth, height));
            i++;
        }
        return java.util.Optional.of(new DailyChart(bars, max, byDay.firstKey(), byDay.lastKey()));
    }
}
