package org.peacekeeping.pledges.savedlist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The key that signs unfollow links: {@code PLEDGES_LINK_KEY} when set (at least 32 characters; startup refuses a
 * shorter one), otherwise 32 random bytes made once by the first instance that needs them and kept in the database
 * ({@code link_key}), so that every instance of a cluster, and every restart, signs and checks alike. Changing the
 * key makes every unfollow link already mailed worthless (their pages say so; nothing changes).
 */
@ApplicationScoped
public class LinkKey {

    /** The configuration key of {@code PLEDGES_LINK_KEY}. */
    public static final String PROPERTY = "pledges.link.key";
    static final String NAME = "unfollow";
    private static final Logger LOG = Logger.getLogger(LinkKey.class.getName());

    @Inject
    private Config config;

    @Inject
    private Store store;

    private volatile UnfollowSignature signature;

    /** The signer and checker of unfollow links, with the configured or the stored key. */
    public UnfollowSignature signature() {
        UnfollowSignature current = signature;
        if (current == null) {
            current = new UnfollowSignature(key());
            signature = current;
        }
        return current;
    }

    private byte[] key() {
        Optional<String> configured = config.getOptionalValue(PROPERTY, String.class).map(String::strip)
                .filter(s -> !s.isEmpty());
        if (configured.isPresent()) {
            return configured.get().getBytes(StandardCharsets.UTF_8);
        }
        return Base64.getUrlDecoder().decode(stored());
    }

    /** The stored key, made now if there is none yet (two instances at once: the primary key keeps the first). */
    private String stored() {
        try {
            return store.readOrMake();
        } catch (RuntimeException e) {
            // Another instance made it at the same moment: its key is the one.
            return store.read().orElseThrow(() -> e);
        }
    }

    /** The {@code link_key} table, each call in a transaction of its own. */
    @ApplicationScoped
    public static class Store {

        @PersistenceContext
        private EntityManager em;

        @Transactional(TxType.REQUIRES_NEW)
        public Optional<String> read() {
            List<?> found = em.createNativeQuery("SELECT secret FROM link_key WHERE name = ?1").setParameter(1, NAME)
                    .getResultList();
            return found.stream().map(String.class::cast).findFirst();
        }

        @Transactional(TxType.REQUIRES_NEW)
        public String readOrMake() {
            List<?> found = em.createNativeQuery("SELECT secret FROM link_key WHERE name = ?1").setParameter(1, NAME)
                    .getResultList();
            if (!found.isEmpty()) {
                return (String) found.get(0);
            }
            byte[] random = new byte[UnfollowSignature.KEY_BYTES];
            new SecureRandom().nextBytes(random);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            em.createNativeQuery("INSERT INTO link_key (name, secret, created_at) VALUES (?1, ?2, ?3)")
                    .setParameter(1, NAME).setParameter(2, secret).setParameter(3, Timestamp.from(Instant.now()))
                    .executeUpdate();
            LOG.info("PLEDGES_LINK_KEY is not set: unfollow links are signed with a random key kept in the database");
            return secret;
        }
    }
}
