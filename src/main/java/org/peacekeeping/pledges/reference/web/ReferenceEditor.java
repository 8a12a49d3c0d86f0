package org.peacekeeping.pledges.reference.web;

import java.io.Serializable;
import java.util.function.Supplier;
import org.peacekeeping.pledges.platform.ConflictException;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.platform.NotFoundException;

/**
 * What the administrator's reference data pages share: a list, and in place of it a form that adds an item or
 * changes one, and the same answer to every outcome of saving. Saved: back to the list, which is read again, with a
 * message naming the item. Invalid: the form stays, each message next to its field. Someone else changed the item
 * first: the form shows it as it is now and says so. It was removed meanwhile: back to the list, saying so.
 * Messages come from the admin bundle under the page's prefix: {@code .created}, {@code .saved}, {@code .conflict}
 * and {@code .gone}. Other changes to the open item ({@link #change}: enabling an account, a new password) get the
 * same answers. (Public: pages read its accessors through EL.)
 *
 * @param <K> what identifies an item (its code, or its id)
 * @param <F> the page's form
 */
public abstract class ReferenceEditor<K, F> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String messagePrefix;
    private final String formId;
    private boolean creating;
    private F form;

    protected ReferenceEditor(String messagePrefix, String formId) {
        this.messagePrefix = messagePrefix;
        this.formId = formId;
    }

    /** Reads the list again. */
    protected abstract void reload();

    /** The form filled with the stored item. */
    protected abstract F formOf(K key);

    /** Which item the form is about. */
    protected abstract K keyOf(F form);

    /** Stores the form (a new item or a change) and returns what the confirmation names. */
    protected abstract Object[] store(boolean isNew, F form);

    /** What a message about the item names (its code; nothing by default). */
    protected Object[] describe(K key) {
        return new Object[0];
    }

    /** Called when the service refused what was entered, before the messages show: forget what must not be kept. */
    protected void refused() {
        // nothing to forget by default
    }

    protected void startCreate(F newForm) {
        form = newForm;
        creating = true;
    }

    protected void open(K key) {
        try {
            form = formOf(key);
            creating = false;
        } catch (NotFoundException e) {
            backToListAfter("gone", key);
        }
    }

    public void cancel() {
        form = null;
        creating = false;
    }

    public void save() {
        K key = keyOf(form);
        try {
            Object[] saved = store(creating, form);
            String outcome = creating ? "created" : "saved";
            reload();
            cancel();
            AdminTexts.info(messagePrefix + "." + outcome, saved);
        } catch (InvalidInputException e) {
            refused();
            AdminTexts.fieldErrors(formId, e);
        } catch (ConflictException e) {
            showAfterConflict(key);
        } catch (NotFoundException e) {
            backToListAfter("gone", key);
        }
    }

    /**
     * Another change to the item open in the form, answered as saving is: done (the form shows the item as the
     * change left it, the list is read again, and the message {@code .<outcome>} names it), refused (the messages on
     * the form {@code changeFormId}), someone else changed it first, or it is gone.
     *
     * @param change makes the change and returns the form filled with the item as it now is
     */
    protected void change(String changeFormId, String outcome, Supplier<F> change) {
        K key = keyOf(form);
        try {
            form = change.get();
            reload();
            AdminTexts.info(messagePrefix + "." + outcome, describe(key));
        } catch (InvalidInputException e) {
            refused();
            AdminTexts.fieldErrors(changeFormId, e);
        } catch (ConflictException e) {
            showAfterConflict(key);
        } catch (NotFoundException e) {
            backToListAfter("gone", key);
        }
    }

    /** Someone else changed the item first: show it as it is now and say so (or, if it is gone, say that). */
    private void showAfterConflict(K key) {
        open(key);
        if (form != null) {
            reload();
            AdminTexts.error(messagePrefix + ".conflict", describe(key));
        }
    }

    private void backToListAfter(String outcome, K key) {
        reload();
        cancel();
        AdminTexts.error(messagePrefix + "." + outcome, describe(key));
    }

    public boolean isListing() {
        return form == null;
    }

    public boolean isCreating() {
        return form != null && creating;
    }

    public boolean isChanging() {
        return form != null && !creating;
    }

    public F getForm() {
        return form;
    }
}
