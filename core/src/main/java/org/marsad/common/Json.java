package org.marsad.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;
import org.marsad.entities.ActorMention;
import org.marsad.entities.Mention;
import org.marsad.entities.OrgMention;
import org.marsad.entities.PersonMention;
import org.marsad.entities.PlaceMention;

/**
 * The one shared Jackson mapper: records, Optional/OptionalInt, java.time as ISO strings.
 * Record helpers such as {@code isArabic()} are not properties (is-getter detection is off), and
 * unknown fields are ignored so stored JSON survives records gaining components.
 */
public final class Json {
    private Json() {}

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .addMixIn(Mention.class, MentionTypes.class)
            .serializationInclusion(JsonInclude.Include.ALWAYS)
            .build();

    /** Mention is a sealed interface of records: stored with its "kind" so it reads back as the same record. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = ActorMention.class, name = "actor"),
            @JsonSubTypes.Type(value = PlaceMention.class, name = "place"),
            @JsonSubTypes.Type(value = PersonMention.class, name = "person"),
            @JsonSubTypes.Type(value = OrgMention.class, name = "org")})
    private interface MentionTypes {}

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes with the declared type, so element type info (e.g. a List of Mention) is kept. */
    public static <T> String write(T value, TypeReference<T> type) {
        try {
            return MAPPER.writerFor(type).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
