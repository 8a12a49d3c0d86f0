package org.peacekeeping.pledges.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.peacekeeping.pledges.account.CurrentUser;
import org.peacekeeping.pledges.account.TokenScope;
import org.peacekeeping.pledges.account.TokenService;
import org.peacekeeping.pledges.account.TokenView;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.platform.NotFoundException;
import org.peacekeeping.pledges.web.Texts;

/**
 * The signed-in user's personal access tokens page: create one (name, scope, expiry; its secret shown once, on this
 * page only, until the page is left), list them with their last use, revoke one. Administrators use the same
 * revoke on {@code admin/tokens.xhtml} ({@link AdminTokensBean}) for everyone's.
 */
@Named("tokens")
@ViewScoped
public class TokensBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "createForm";

    @Inject
    private TokenService service;

    @Inject
    private CurrentUser currentUser;

    private List<TokenView> list;
    private String name;
    private TokenScope scope = TokenScope.READ;
    private LocalDate expiresOn = today().plusDays(TokenService.DEFAULT_DAYS);
    /** The secret of the token just created: kept in the view only, and dropped on the next action. */
    private transient String secret;
    private String secretName;

    public List<TokenView> getList() {
        if (list == null) {
            list = service.mine(currentUser.actor(), Instant.now());
        }
        return list;
    }

    public void create() {
        secret = null;
        try {
            TokenService.Created created = service.create(currentUser.actor(), name, scope, expiresOn, Instant.now());
            secret = created.secret();
            secretName = created.token().name();
            name = null;
            scope = TokenScope.READ;
            expiresOn = today().plusDays(TokenService.DEFAULT_DAYS);
            list = null;
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> Texts.error(FORM + ":" + error.field(),
                    Texts.get("tokens.field." + error.field()) + ": " + error.message()));
        }
    }

    public void revoke(long id) {
        secret = null;
        try {
            TokenView revoked = service.revoke(currentUser.actor(), id, Instant.now());
            Texts.info(Texts.get("tokens.revoked", revoked.name()));
        } catch (NotFoundException e) {
            Texts.error(null, e.getMessage());
        }
        list = null;
    }

    public String revokeLabel(TokenView token) {
        return Texts.get("tokens.revoke.label", token.name());
    }

    public String scopeLabel(String code) {
        return Texts.get("tokens.scope." + code);
    }

    public String statusLabel(String status) {
        return Texts.get("tokens.status." + status);
    }

    public TokenScope[] getScopes() {
        return TokenScope.values();
    }

    public LocalDate getMinDate() {
        return today().plusDays(1);
    }

    public LocalDate getMaxDate() {
        return TokenService.maxExpiry(Instant.now());
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    public String getSecret() {
        return secret;
    }

    public String getSecretName() {
        return secretName;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public TokenScope getScope() {
        return scope;
    }

    public void setScope(TokenScope scope) {
        this.scope = scope;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }
}
