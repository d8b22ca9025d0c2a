package org.nkpetition.report;

/** One finished file of a report: its name in the report's folder, size and media type. */
public record ReportFile(String name, long bytes, String contentType) {
    static String contentTypeOf(String name) {
        if (name.endsWith(".csv")) {
            return "text/csv; charset=utf-8";
        }
        if (name.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (name.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (name.endsWith(".json")) {
            return "application/json";
        }
        return "application/octet-stream";
    }
}
