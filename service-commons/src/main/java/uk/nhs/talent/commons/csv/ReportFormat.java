package uk.nhs.talent.commons.csv;

import java.util.List;

import jakarta.ws.rs.core.GenericEntity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;

/**
 * Every report the one way: the report as JSON, or with {@code Accept: text/csv} its rows under one
 * header row (a spreadsheet opens them cleanly; the report's context is in the JSON, or in columns of the rows).
 */
public final class ReportFormat {

    private static final List<Variant> FORMATS = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE,
            CsvTableWriter.TEXT_CSV_TYPE).build();

    private ReportFormat() {
    }

    /** @param rows the report's rows, typed (an anonymous {@code GenericEntity}) for the CSV writer */
    public static Response of(Request request, Object report, GenericEntity<? extends List<?>> rows) {
        MediaType format = request.selectVariant(FORMATS).getMediaType();
        return Response.ok(format.isCompatible(CsvTableWriter.TEXT_CSV_TYPE) ? rows : report, format).build();
    }
}
