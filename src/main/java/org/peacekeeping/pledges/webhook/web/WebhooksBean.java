package org.peacekeeping.pledges.webhook.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.peacekeeping.pledges.platform.ConflictException;
import org.peacekeeping.pledges.platform.CurrentActor;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.platform.NotFoundException;
import org.peacekeeping.pledges.webhook.DeliveryView;
import org.peacekeeping.pledges.webhook.WebhookEvent;
import org.peacekeeping.pledges.webhook.WebhookService;
import org.peacekeeping.pledges.webhook.WebhookView;
import org.peacekeeping.pledges.web.Texts;

/**
 * The administrators' webhooks page: the registered webhooks, the form that adds or changes one (a secret the
 * application made is shown once, as a new token's is), and the delivery log of the one chosen, with resend.
 */
@Named("adminWebhooks")
@ViewScoped
public class WebhooksBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "webhookForm";

    @Inject
    private WebhookService service;

    @Inject
    private CurrentActor currentUser;

    private List<WebhookView> list;
    private Long editing;
    private Long version;
    private String name;
    private String url;
    private String secret;
    private List<String> events = new ArrayList<>();
    private boolean enabled = true;
    private String shownSecret;
    private String shownSecretName;
    private Long logOf;
    private List<DeliveryView> deliveries;

    public List<WebhookView> getList() {
        if (list == null) {
            list = service.list(currentUser.actor());
        }
        return list;
    }

    public void save() {
        shownSecret = null;
        WebhookService.WebhookInput input = new WebhookService.WebhookInput(name, url,
                secret == null || secret.isEmpty() ? null : secret, List.copyOf(events), enabled);
        try {
            if (editing == null) {
                WebhookService.Created created = service.create(currentUser.actor(), input, Instant.now());
                shownSecret = created.generatedSecret();
                shownSecretName = created.webhook().name();
                Texts.info(Texts.get("webhooks.created", created.webhook().name()));
            } else {
                WebhookView saved = service.update(currentUser.actor(), editing, input, version, Instant.now());
                Texts.info(Texts.get("webhooks.saved", saved.name()));
            }
            clear();
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> Texts.error(FORM + ":" + error.field(),
                    Texts.get("webhooks.field." + error.field()) + ": " + error.message()));
        } catch (ConflictException e) {
            Texts.error(null, Texts.get("webhooks.conflict"));
            edit(editing);
        } catch (NotFoundException e) {
            Texts.error(null, Texts.get("webhooks.gone"));
            clear();
        }
        secret = null;
        list = null;
    }

    public void edit(long id) {
        try {
            WebhookView w = service.get(currentUser.actor(), id);
            editing = w.id();
            version = w.version();
            name = w.name();
            url = w.url();
            secret = null;
            events = new ArrayList<>(w.events());
            enabled = w.enabled();
            shownSecret = null;
        } catch (NotFoundException e) {
            Texts.error(null, Texts.get("webhooks.gone"));
            clear();
            list = null;
        }
    }

    public void cancel() {
        clear();
    }

    public void delete(long id) {
        try {
            service.delete(currentUser.actor(), id);
            Texts.info(Texts.get("webhooks.deleted"));
        } catch (NotFoundException e) {
            Texts.error(null, Texts.get("webhooks.gone"));
        }
        if (Long.valueOf(id).equals(editing)) {
            clear();
        }
        if (Long.valueOf(id).equals(logOf)) {
            logOf = null;
            deliveries = null;
        }
        list = null;
    }

    public void showDeliveries(long id) {
        logOf = id;
        deliveries = null;
    }

    public List<DeliveryView> getDeliveries() {
        if (logOf == null) {
            return List.of();
        }
        if (deliveries == null) {
            try {
                deliveries = service.deliveries(currentUser.actor(), logOf, 200);
            } catch (NotFoundException e) {
                Texts.error(null, Texts.get("webhooks.gone"));
                logOf = null;
                return List.of();
            }
        }
        return deliveries;
    }

    public void resend(long deliveryId) {
        try {
            service.resend(currentUser.actor(), logOf, deliveryId, Instant.now());
            Texts.info(Texts.get("webhooks.resent"));
        } catch (NotFoundException e) {
            Texts.error(null, Texts.get("webhooks.gone"));
        } catch (ConflictException e) {
            Texts.error(null, Texts.get("webhooks.stillPending"));
        }
        deliveries = null;
    }

    public void refreshDeliveries() {
        deliveries = null;
    }

    private void clear() {
        editing = null;
        version = null;
        name = null;
        url = null;
        secret = null;
        events = new ArrayList<>();
        enabled = true;
    }

    public List<String> getEventChoices() {
        return Arrays.stream(WebhookEvent.values()).map(WebhookEvent::code).toList();
    }

    public String eventLabel(String code) {
        return Texts.get("webhooks.event." + code);
    }

    public String eventsLabel(List<String> codes) {
        return String.join(", ", codes.stream().map(this::eventLabel).toList());
    }

    public String statusLabel(String status) {
        return Texts.get("webhooks.delivery.status." + status);
    }

    public String editLabel(WebhookView w) {
        return Texts.get("webhooks.edit.labelOf", w.name());
    }

    public String deleteLabel(WebhookView w) {
        return Texts.get("webhooks.delete.labelOf", w.name());
    }

    public String deliveriesLabel(WebhookView w) {
        return Texts.get("webhooks.deliveries.labelOf", w.name());
    }

    public String getLogName() {
        return getList().stream().filter(w -> w.id() == (logOf == null ? -1 : logOf)).map(WebhookView::name)
                .findFirst().orElse("");
    }

    public boolean isEditingOne() {
        return editing != null;
    }

    public boolean isShowingLog() {
        return logOf != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    public List<String> getEvents() {
        return events;
    }

    public void setEvents(List<String> events) {
        this.events = events == null ? new ArrayList<>() : new ArrayList<>(events);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getShownSecret() {
        return shownSecret;
    }

    public String getShownSecretName() {
        return shownSecretName;
    }
}
