package id.lindung.platform.problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

/**
 * Names the parameters a request gave in a form their Java type cannot take. JAX-RS answers such a request with a bare
 * 404 (path and query) or 400 (headers) that names nothing; the problem mapper asks here which parameter it was, so
 * that a malformed id ({@code /budget-lines/not-a-uuid}) or number ({@code ?page=abc}) is a 400 naming it.
 */
final class UnreadableParameters {

    private static final List<String> FACTORIES = List.of("valueOf", "fromString", "parse");

    private UnreadableParameters() {
    }

    /** Every path, query and header parameter of the method (and of its bean parameters) that cannot be converted. */
    static List<FieldError> of(Method method, UriInfo uri, HttpHeaders headers) {
        List<FieldError> errors = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Field field : parameter.getType().getFields()) {
                    check(field, field.getType(), uri, headers, errors);
                }
            } else {
                check(parameter, parameter.getType(), uri, headers, errors);
            }
        }
        return errors;
    }

    private static void check(AnnotatedElement element, Class<?> type, UriInfo uri, HttpHeaders headers,
            List<FieldError> errors) {
        if (type == String.class) {
            return;
        }
        List<String> values = null;
        String name = null;
        for (Annotation annotation : element.getAnnotations()) {
            switch (annotation) {
                case PathParam path -> {
                    name = path.value();
                    values = uri.getPathParameters().get(name);
                }
                case QueryParam query -> {
                    name = query.value();
                    values = uri.getQueryParameters().get(name);
                }
                case HeaderParam header -> {
                    name = header.value();
                    values = headers.getRequestHeader(name);
                }
                default -> {
                }
            }
        }
        if (values != null && values.stream().anyMatch(value -> !readable(type, value))) {
            errors.add(new FieldError(name, "must be " + describe(type)));
        }
    }

    /** Whether JAX-RS could convert the text: by the type's own factory, as it does. */
    private static boolean readable(Class<?> type, String value) {
        Class<?> boxed = boxed(type);
        for (String factory : FACTORIES) {
            for (Class<?> argument : List.of(String.class, CharSequence.class)) {
                try {
                    Method method = boxed.getMethod(factory, argument);
                    if (!Modifier.isStatic(method.getModifiers())) {
                        continue;
                    }
                    try {
                        method.invoke(null, value);
                        return true;
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        return false;
                    }
                } catch (NoSuchMethodException e) {
                    // try the next factory
                }
            }
        }
        return true;
    }

    private static String describe(Class<?> type) {
        Class<?> boxed = boxed(type);
        if (boxed == Integer.class || boxed == Long.class || boxed == Short.class) {
            return "a whole number within range";
        }
        if (boxed == UUID.class) {
            return "a UUID";
        }
        if (boxed.isEnum()) {
            return "one of " + Arrays.stream(boxed.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        return "a valid " + boxed.getSimpleName();
    }

    private static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return switch (type.getName()) {
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "short" -> Short.class;
            case "boolean" -> Boolean.class;
            case "double" -> Double.class;
            case "float" -> Float.class;
            case "byte" -> Byte.class;
            default -> Character.class;
        };
    }
}
