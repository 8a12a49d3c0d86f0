package org.peacekeeping.pledges.dossier.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.peacekeeping.pledges.dossier.DocumentView;
import org.peacekeeping.pledges.dossier.ScanResult;
import org.peacekeeping.pledges.dossier.VersionView;

/**
 * A document as JSON: {@code id, pledgeId, type, latestVersion, createdBy, createdAt, updatedAt}, the latest file's
 * {@code fileName, mediaType, size, sha256, scanResult, scanned, uploadedBy, uploadedAt}, and {@code versions}
 * (newest first, each with {@code version} and the same file fields and its {@code content} address).
 */
final class DocumentJson {

    private DocumentJson() {
    }

    static JsonObject of(DocumentView document, String contentBase) {
        JsonArrayBuilder versions = Json.createArrayBuilder();
        for (VersionView version : document.versions()) {
            versions.add(file(Json.createObjectBuilder().add("version", version.version()), version)
                    .add("content", contentBase + "/content?version=" + version.version()));
        }
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", document.id())
                .add("pledgeId", document.pledgeId())
                .add("type", document.type().name())
                .add("latestVersion", document.latestVersion())
                .add("createdBy", document.createdBy())
                .add("createdAt", document.createdAt().toString())
                .add("updatedAt", document.updatedAt().toString());
        if (!document.versions().isEmpty()) {
            file(json, document.latest());
        }
        return json.add("content", contentBase + "/content").add("versions", versions).build();
    }

    static List<JsonObject> of(List<DocumentView> documents, String pledgeBase) {
        return documents.stream().map(d -> of(d, pledgeBase + "/" + d.id())).toList();
    }

    private static JsonObjectBuilder file(JsonObjectBuilder json, VersionView version) {
        return json.add("fileName", version.fileName())
                .add("mediaType", version.mediaType())
                .add("size", version.size())
                .add("sha256", version.sha256())
                .add("scanResult", version.scanResult().name())
                .add("scanned", version.scanResult() == ScanResult.CLEAN)
                .add("uploadedBy", version.uploadedBy())
                .add("uploadedAt", version.uploadedAt().toString());
    }
}
