package id.lindung.platform.json;

import java.io.IOException;
import java.time.temporal.TemporalAccessor;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;

import id.lindung.contracts.time.DateRange;

/**
 * Input JSON is read strictly, so that what the database or the event schemas would refuse is a 400 naming the field
 * instead of a failure later:
 * <ul>
 * <li>input that does not end where its JSON value ends is refused rather than half read (an NDJSON line holding two
 * records, or a body with trailing garbage, would otherwise be taken as its first value alone);</li>
 * <li>a number or boolean where a string belongs is refused, not turned into text, and a string where a number
 * belongs is refused, not parsed;</li>
 * <li>strings with NUL or other control characters are refused ({@link StorableText});</li>
 * <li>dates, date-times and months must be ISO-8601 strings within {@link DateRange}.</li>
 * </ul>
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        // a string where a number belongs is a wrong type, refused where it stands (a map value keeps its key)
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        SimpleModule module = new SimpleModule("lindung-strict-json");
        module.addDeserializer(String.class, new StorableStringDeserializer());
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                return TemporalAccessor.class.isAssignableFrom(description.getBeanClass())
                        ? new DateRangeDeserializer(deserializer)
                        : deserializer;
            }
        });
        mapper.registerModule(module);
    }

    /** Jackson's own string reading, then {@link StorableText}. */
    static final class StorableStringDeserializer extends StdScalarDeserializer<String> {

        StorableStringDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != null && parser.currentToken().isScalarValue()
                    && !parser.hasToken(JsonToken.VALUE_STRING)) {
                // Jackson would take 12 or true as "12" or "true": a wrong type, refused like any other
                throw JsonMappingException.from(parser, "must be a string");
            }
            String text = StringDeserializer.instance.deserialize(parser, context);
            String problem = text == null ? null : StorableText.problem(text);
            if (problem != null) {
                throw JsonMappingException.from(parser, problem);
            }
            return text;
        }
    }

    /** Jackson's own date reading (JSR-310 module), then {@link DateRange}. */
    static final class DateRangeDeserializer extends DelegatingDeserializer {

        DateRangeDeserializer(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new DateRangeDeserializer(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                // Jackson would take a number as epoch days or seconds: never what a client of this API means
                throw JsonMappingException.from(parser, "must be written as an ISO-8601 string");
            }
            Object value = super.deserialize(parser, context);
            if (value instanceof TemporalAccessor temporal && !DateRange.contains(temporal)) {
                throw JsonMappingException.from(parser, DateRange.VIOLATION);
            }
            return value;
        }
    }
}
