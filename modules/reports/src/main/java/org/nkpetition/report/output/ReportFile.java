package org.nkpetition.report.output;

/**
 * One finished file of a report, as listed by its {@link ReportFolder}: its name in the folder, its size
 * in bytes and its media type. A listing entry, not the file's content or where it is stored.
 */
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
