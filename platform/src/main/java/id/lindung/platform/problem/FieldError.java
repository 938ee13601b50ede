package id.lindung.platform.problem;

/**
 * One thing wrong with the input, named by its JSON path ({@code records[3].nik}, {@code amount}) or query parameter.
 */
public record FieldError(String field, String message) {
}
