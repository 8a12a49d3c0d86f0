package org.peacekeeping.pledges.report.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peacekeeping.pledges.account.CurrentUser;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.platform.Problem.FieldError;
import org.peacekeeping.pledges.pledge.PledgeFilter;
import org.peacekeeping.pledges.pledge.PledgeSort;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.report.ReportService;
import org.peacekeeping.pledges.report.XlsxFile;

/**
 * The Excel downloads (SPEC §6): the ministerial summary and the pledge register. The workbook is made inside the
 * service's transaction and written to the client after it, from its temporary files; errors are problem documents
 * like everywhere else. No {@code @Produces}: a browser or script asking for anything gets the workbook.
 */
@Path("reports")
@RequestScoped
@Tag(name = "Reports", description = "Excel workbooks")
public class ReportResource {

    @Inject
    private ReportService reports;

    @Inject
    private CurrentUser currentUser;

    @GET
    @Path("ministerial-summary")
    @Operation(summary = "The ministerial summary workbook of one event (with its preparatory meetings) or of all",
            description = "event (code; all events when absent), includePending (true adds submitted, under review "
                    + "and returned pledges, marked with their status; default false). Not for focal points (403).")
    @APIResponse(responseCode = "200", description = "The workbook",
            content = @Content(mediaType = XlsxFile.MEDIA_TYPE))
    public Response ministerialSummary(@QueryParam("event") String event,
                                       @QueryParam("includePending") String includePending) {
        return download(reports.ministerialSummary(currentUser.actor(), event, flag("includePending",
                includePending)));
    }

    @GET
    @Path("register")
    @Operation(summary = "The pledges a list with the same filters shows the signed-in user, as one workbook",
            description = "The filters of GET /api/pledges: status (comma-separated), memberState, category, event, q, "
                    + "sort; every matching pledge, no paging.")
    @APIResponse(responseCode = "200", description = "The workbook",
            content = @Content(mediaType = XlsxFile.MEDIA_TYPE))
    public Response register(@QueryParam("status") String status, @QueryParam("memberState") String memberState,
                             @QueryParam("category") String category, @QueryParam("event") String event,
                             @QueryParam("q") String text, @QueryParam("sort") String sort) {
        return download(reports.register(currentUser.actor(), filter(status, memberState, category, event, text),
                sortOrder(sort)));
    }

    private static Response download(XlsxFile file) {
        StreamingOutput body = out -> {
            try (file) {
                file.writeTo(out);
            }
        };
        return Response.ok(body, XlsxFile.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + file.filename() + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    private static boolean flag(String field, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw InvalidInputException.field(field, "must be true or false");
        };
    }

    // The list's parameters, read as GET /api/pledges reads them (same names, values and messages).

    private static PledgeFilter filter(String status, String memberState, String category, String event,
                                       String text) {
        Set<PledgeStatus> statuses = EnumSet.noneOf(PledgeStatus.class);
        if (status != null && !status.isBlank()) {
            for (String one : status.split(",")) {
                statuses.add(parse("status", one, PledgeStatus.class));
            }
        }
        return new PledgeFilter(statuses, blankToNull(memberState) == null ? null
                : memberState.strip().toUpperCase(Locale.ROOT),
                blankToNull(category) == null ? null : parse("category", category, Category.class),
                blankToNull(event), text);
    }

    private static PledgeSort.Order sortOrder(String sort) {
        if (sort == null || sort.isBlank()) {
            return PledgeSort.Order.DEFAULT;
        }
        String field = sort.strip();
        boolean descending = field.startsWith("-");
        if (descending) {
            field = field.substring(1);
        } else if (field.contains(",")) {
            String[] parts = field.split(",", 2);
            field = parts[0];
            descending = parts[1].strip().equalsIgnoreCase("desc");
        }
        boolean desc = descending;
        return PledgeSort.ofField(field).map(column -> new PledgeSort.Order(column, desc))
                .orElseThrow(() -> InvalidInputException.field("sort", "Sort by one of " + PledgeSort.fields()));
    }

    private static <E extends Enum<E>> E parse(String field, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("Unknown " + field + " '" + value + "'", List.of(new FieldError(field,
                    "must be one of " + Arrays.toString(type.getEnumConstants()))));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
