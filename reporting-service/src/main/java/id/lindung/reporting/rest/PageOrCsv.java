package id.lindung.reporting.rest;

import java.util.List;
import java.util.function.Function;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import id.lindung.platform.web.Page;
import id.lindung.platform.web.PageRequest;

/**
 * The answer of a report list that offers CSV: every row as a CSV attachment when the client asks for CSV and not for
 * JSON (a browser's Accept names both), otherwise one page as JSON.
 */
final class PageOrCsv {

    static final String CSV = "text/csv";
    private static final MediaType CSV_UTF8 = new MediaType("text", "csv", "UTF-8");

    private PageOrCsv() {
    }

    static <T> Response answer(List<T> rows, PageRequest page, String accept, Function<List<T>, String> csv,
            String fileName) {
        if (accept != null && accept.contains(CSV) && !accept.contains(MediaType.APPLICATION_JSON)) {
            return Response.ok(csv.apply(rows), CSV_UTF8)
                    .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
        }
        List<T> items = rows.stream().skip(page.offset()).limit(page.size).toList();
        return Response.ok(Page.of(items, page.page, page.size, rows.size()), MediaType.APPLICATION_JSON).build();
    }
}
