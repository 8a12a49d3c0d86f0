package org.peacekeeping.pledges.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.peacekeeping.pledges.account.CurrentUser;
import org.peacekeeping.pledges.account.TokenService;
import org.peacekeeping.pledges.account.TokenView;
import org.peacekeeping.pledges.platform.NotFoundException;
import org.peacekeeping.pledges.web.Texts;

/** The administrators' page of every account's personal access tokens, each of which they may revoke. */
@Named("adminTokens")
@ViewScoped
public class AdminTokensBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TokenService service;

    @Inject
    private CurrentUser currentUser;

    private List<TokenView> list;

    public List<TokenView> getList() {
        if (list == null) {
            list = service.all(currentUser.actor(), Instant.now());
        }
        return list;
    }

    public void revoke(long id) {
        try {
            TokenView revoked = service.revoke(currentUser.actor(), id, Instant.now());
            Texts.info(Texts.get("tokens.revokedOf", revoked.name(), revoked.owner()));
        } catch (NotFoundException e) {
            Texts.error(null, e.getMessage());
        }
        list = null;
    }

    public String revokeLabel(TokenView token) {
        return Texts.get("tokens.revoke.labelOf", token.name(), token.owner());
    }

    public String scopeLabel(String code) {
        return Texts.get("tokens.scope." + code);
    }

    public String statusLabel(String status) {
        return Texts.get("tokens.status." + status);
    }
}
