package org.peacekeeping.pledges.report.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.peacekeeping.pledges.platform.CurrentActor;
import org.peacekeeping.pledges.platform.QueryFlag;
import org.peacekeeping.pledges.pledge.rest.PledgeListParameters;
import org.peacekeeping.pledges.report.ReportService;
import org.peacekeeping.pledges.report.XlsxFile;

/**
 * The Excel downloads (SPEC §6): the ministerial summary and the pledge register. The workbook is made inside the
 * service's transaction and written to the client after it, from its temporary files; errors are problem documents
 * like everywhere else. No {@code @Produces}: a browser or script asking for anything gets the workbook.
 */
@Path("reports")
@RequestScoped
public class ReportResource {

    @Inject
    private ReportService reports;

    @Inject
    private CurrentActor currentUser;

    @GET
    @Path("ministerial-summary")
    public Response ministerialSummary(@QueryParam("event") String event,
                                       @QueryParam("includePending") String includePending) {
        return download(reports.ministerialSummary(currentUser.actor(), event, QueryFlag.parse("includePending",
                includePending)));
    }

    @GET
    @Path("register")
    public Response register(@BeanParam PledgeListParameters list) {
        return download(reports.register(currentUser.actor(), list.filter(), list.order()));
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
}
