package org.peacekeeping.pledges.dossier;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A document of a pledge's dossier with its versions, newest first; {@code latest} is the first of them.
 */
public record DocumentView(long id, long pledgeId, DocumentType type, int latestVersion, String createdBy,
                           Instant createdAt, Instant updatedAt, List<VersionView> versions) implements Serializable {

    public VersionView latest() {
        return versions.get(0);
    }
}
