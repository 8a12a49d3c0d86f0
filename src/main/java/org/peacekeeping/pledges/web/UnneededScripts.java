package org.peacekeeping.pledges.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.List;
import java.util.Set;

/**
 * Takes scripts PrimeFaces declares but no page of the application runs out of every view before it renders
 * (registered in faces-config.xml for {@code PreRenderViewEvent}, pages and ajax answers alike): Moment.js, which
 * {@code p:chart} declares for Chart.js' date adapter, 20 KB gzipped on the dashboard's first visit. The charts
 * have no time axis, and the adapter bundled with Chart.js registers nothing when Moment.js is absent (issue 14;
 * BrowserIT fails on any script error in the browser's console and checks the charts are drawn).
 */
public class UnneededScripts implements SystemEventListener {

    /** library:name of every script taken out. */
    static final Set<String> UNNEEDED = Set.of("primefaces:moment/moment.js");

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        FacesContext context = FacesContext.getCurrentInstance();
        UIViewRoot view = (UIViewRoot) event.getSource();
        for (String target : List.of("head", "body")) {
            for (UIComponent resource : List.copyOf(view.getComponentResources(context, target))) {
                if (UNNEEDED.contains(key(resource))) {
                    view.removeComponentResource(context, resource, target);
                }
            }
        }
    }

    static String key(UIComponent resource) {
        return resource.getAttributes().get("library") + ":" + resource.getAttributes().get("name");
    }
}
