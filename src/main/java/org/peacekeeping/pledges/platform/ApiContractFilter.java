package org.peacekeeping.pledges.platform;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * The last step before {@code /openapi} is served (MicroProfile OpenAPI's {@code mp.openapi.filter}): adds to every
 * operation, the static file's ({@code META-INF/openapi.yaml}) and the scanned ones alike, the answers that any
 * request can get whatever the operation, so that no resource has to repeat them and none can forget them:
 * <ul>
 *     <li>401 when nobody is signed in and 429 after too many wrong tokens from one address (operations open to
 *     anyone say {@code security: [{}]}), 406 for an
 *     {@code Accept} the API cannot answer, 503 while the database is out of reach;</li>
 *     <li>on changing requests, 403 (a session cookie without {@code X-Requested-With}, see SessionRequestGuard);</li>
 *     <li>on operations that take a body, 400 (malformed), 413 (too large) and 415 (wrong {@code Content-Type});</li>
 *     <li>a refusal (4xx, 5xx) an annotation declares without its body is a problem document.</li>
 * </ul>
 * It also says what the static file cannot: the one server is the document's own origin ({@code /}: Payara would
 * name the address it listens on, {@code http://localhost:8080/}, wrong behind any proxy), and Payara's own
 * top-level {@code endpoints} list, not part of OpenAPI 3, is left out, as is its placeholder for form parameters
 * ({@link #dropFormPlaceholder}); a tag several classes name is listed once ({@link #mergeTags}).
 */
public class ApiContractFilter implements OASFilter {

    private static final Logger LOG = Logger.getLogger(ApiContractFilter.class.getName());

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.setServers(List.of(OASFactory.createServer().url("/")
                .description("The server that serves this document")));
        dropPayaraEndpoints(openAPI);
        mergeTags(openAPI);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getOperations().entrySet()) {
                addCommonAnswers(entry.getKey(), entry.getValue());
            }
        }
    }

    /**
     * Payara describes a method's form parameters ({@code @FormParam}) as a body of any type ({@code *}{@code /*}, a
     * bare object) beside the media type its {@code @RequestBody} declares: only the declared one is the contract.
     */
    static void dropFormPlaceholder(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return;
        }
        Content content = operation.getRequestBody().getContent();
        MediaType any = content.getMediaType("*/*");
        if (any != null && content.getMediaTypes().size() > 1 && (any.getSchema() == null
                || any.getSchema().getRef() == null && (any.getSchema().getProperties() == null
                || any.getSchema().getProperties().isEmpty()))) {
            content.removeMediaType("*/*");
        }
    }

    /**
     * One tag per name: Payara adds a class's {@code @Tag} once per class (two classes of one tag, or a tag the file
     * declares too, would come twice, which OpenAPI forbids), keeping the first description given.
     */
    static void mergeTags(OpenAPI openAPI) {
        if (openAPI.getTags() == null) {
            return;
        }
        Map<String, Tag> byName = new LinkedHashMap<>();
        for (Tag tag : openAPI.getTags()) {
            Tag first = byName.putIfAbsent(tag.getName(), tag);
            if (first != null && (first.getDescription() == null || first.getDescription().isBlank())) {
                first.setDescription(tag.getDescription());
            }
        }
        openAPI.setTags(new ArrayList<>(byName.values()));
    }

    /** The answers every operation can give (see the class comment); what an operation says itself is kept. */
    static void addCommonAnswers(PathItem.HttpMethod method, Operation operation) {
        dropFormPlaceholder(operation);
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        // Open to anyone: `security: [{}]` (an empty requirement; an empty list would not survive serialization).
        boolean open = operation.getSecurity() != null && operation.getSecurity().stream()
                .anyMatch(requirement -> requirement.getSchemes() == null || requirement.getSchemes().isEmpty());
        if (!open) {
            add(responses, "401", "Unauthorized");
            add(responses, "429", "TooManyRequests");
        }
        add(responses, "406", "NotAcceptable");
        add(responses, "503", "ServiceUnavailable");
        if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD && !open) {
            add(responses, "403", "Forbidden");
        }
        if (operation.getRequestBody() != null) {
            add(responses, "400", "BadRequest");
            add(responses, "413", "PayloadTooLarge");
            add(responses, "415", "UnsupportedMediaType");
        }
        responses.getAPIResponses().forEach(ApiContractFilter::problemDocument);
    }

    /**
     * A refusal an annotation declares without its body ({@code @APIResponse(responseCode = "404", description = …)},
     * or with {@code content = @Content(mediaType = Problem.MEDIA_TYPE)} and no schema) is a problem document, as
     * every refusal of the API.
     */
    static void problemDocument(String status, APIResponse response) {
        if (response.getRef() != null || status.length() != 3 || status.charAt(0) < '4' || status.charAt(0) > '5') {
            return;
        }
        Content content = response.getContent();
        if (content == null || content.getMediaTypes() == null || content.getMediaTypes().isEmpty()) {
            response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(problemSchema())));
            return;
        }
        MediaType problem = content.getMediaType(Problem.MEDIA_TYPE);
        if (problem != null && problem.getSchema() == null) {
            problem.setSchema(problemSchema());
        }
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema().ref("#/components/schemas/Problem");
    }

    private static void add(APIResponses responses, String status, String component) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status,
                    OASFactory.createAPIResponse().ref("#/components/responses/" + component));
        }
    }

    /**
     * Payara adds a top-level {@code endpoints} map (not an OpenAPI field: Redocly's {@code struct} rule refuses it)
     * after reading the file and scanning, before this filter; its model has a setter, reached by reflection as the
     * application does not compile against Payara. Empty, not null (Payara copies it for every request); an empty
     * map is not written.
     */
    private static void dropPayaraEndpoints(OpenAPI openAPI) {
        try {
            openAPI.getClass().getMethod("setEndpoints", Map.class).invoke(openAPI, new TreeMap<String, Set<String>>());
        } catch (NoSuchMethodException notPayara) {
            // Another implementation: nothing to drop.
        } catch (IllegalAccessException | InvocationTargetException e) {
            LOG.log(Level.WARNING, "Could not drop Payara's endpoints list from the OpenAPI document", e);
        }
    }
}
