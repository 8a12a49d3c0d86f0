package org.peacekeeping.pledges.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.peacekeeping.pledges.account.web.UserBean;

/** The root address sends each user to where their work starts, or to sign in. */
@Named("home")
@RequestScoped
public class HomeBean {

    @Inject
    private UserBean user;

    public void go() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + user.getHome());
    }
}
