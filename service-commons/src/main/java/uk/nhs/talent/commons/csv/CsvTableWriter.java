package uk.nhs.talent.commons.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Writes a resource's list of flat rows as {@code text/csv}: one header row from the row type's properties (in its
 * {@code @JsonPropertyOrder}), one line per row, no nested values, so a report opens cleanly in a spreadsheet.
 * The same row records serve the JSON form, so both say the same.
 */
@Provider
@Produces(CsvTableWriter.TEXT_CSV)
public class CsvTableWriter implements MessageBodyWriter<Collection<?>> {

    public static final String TEXT_CSV = "text/csv";
    public static final MediaType TEXT_CSV_TYPE = MediaType.valueOf(TEXT_CSV);

    private static final CsvMapper CSV = CsvMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // Columns in the row type's declared order (CsvMapper sorts them alphabetically by default)...
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            // ...and quoted only where a value needs it, not merely for being long.
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Collection.class.isAssignableFrom(type) && rowType(genericType) != null
                && mediaType.isCompatible(TEXT_CSV_TYPE);
    }

    @Override
    public void writeTo(Collection<?> rows, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        CsvSchema schema = CSV.schemaFor(rowType(genericType)).withHeader();
        CSV.writer(schema).writeValue(out, rows);
    }

    private static Class<?> rowType(Type genericType) {
        if (genericType instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments().length == 1
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> row) {
            return row;
        }
        return null;
    }
}
