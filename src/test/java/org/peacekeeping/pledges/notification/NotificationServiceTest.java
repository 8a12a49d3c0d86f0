package org.peacekeeping.pledges.notification;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacekeeping.pledges.account.AccountRepository;
import org.peacekeeping.pledges.platform.Role;
import org.peacekeeping.pledges.account.UserAccount;
import org.peacekeeping.pledges.platform.Actor;
import org.peacekeeping.pledges.platform.BaseUrl;
import org.peacekeeping.pledges.platform.NotFoundException;
import org.peacekeeping.pledges.pledge.Fixtures;
import org.peacekeeping.pledges.pledge.Pledge;

/** Who is told what about a pledge, and that an inbox is its owner's alone; repositories are in-memory fakes. */
class NotificationServiceTest {

    private static final Instant NOW = Fixtures.day(3);

    private final Accounts accounts = new Accounts();
    private final Notices notices = new Notices();
    private final List<NoticesToMail> fired = new ArrayList<>();
    private final NotificationService service = new NotificationService(notices, accounts, new Recorder(fired),
            MailLinks.to(Optional.empty()));

    private UserAccount english;
    private UserAccount french;

    @BeforeEach
    void focalPoints() {
        english = accounts.with(account(1, "fp.pakistan", Role.FOCAL_POINT, "PAK", "fp@pakistan.example", "en"));
        french = accounts.with(account(2, "fp.pakistan2", Role.FOCAL_POINT, "PAK", "fp2@pakistan.example", "fr"));
        accounts.with(account(3, "fp.ghana", Role.FOCAL_POINT, "GHA", "fp@ghana.example", "en"));
        accounts.with(account(4, "reviewer", Role.REVIEWER, null, "reviewer@un.example", "en"));
    }

    @Test
    void eachFocalPointOfThePledgesStateGetsOneNoticeInTheirLanguage() {
        service.notifyFocalPoints(approved(), NotificationKind.APPROVED, null, NOW);
        assertAll(
                () -> assertEquals(2, notices.all.size()),
                () -> assertEquals("PAK-2026-0001 approved", notices.of(english).get(0).subject()),
                () -> assertEquals("PAK-2026-0001 approuvé", notices.of(french).get(0).subject()),
                () -> assertTrue(notices.of(english).get(0).body().contains("15 January 2027"),
                        notices.of(english).get(0).body()));
    }

    @Test
    void theNoticeCarriesTheKindThePledgeTheCommentAndTheTime() {
        Pledge pledge = approved();
        service.notifyFocalPoints(pledge, NotificationKind.REOPENED, " Readiness to be verified. ", NOW);
        Notification notice = notices.of(english).get(0);
        assertAll(
                () -> assertEquals(NotificationKind.REOPENED, notice.kind()),
                () -> assertEquals("PAK-2026-0001", notice.pledgeReference()),
                () -> assertEquals("Readiness to be verified.", notice.comment()),
                () -> assertEquals(NOW, notice.createdAt()),
                () -> assertNull(notice.readAt()),
                () -> assertNull(notice.mailedAt()));
    }

    @Test
    void oneMailEventCarriesEveryRecipientWithAnAddressAndTheComment() {
        service.notifyFocalPoints(approved(), NotificationKind.REOPENED, "Readiness to be verified.", NOW);
        assertEquals(1, fired.size());
        List<NoticesToMail.Mail> mails = fired.get(0).mails();
        NoticesToMail.Mail toFrench = mails.stream().filter(m -> m.username().equals("fp.pakistan2")).findFirst()
                .orElseThrow();
        assertAll(
                () -> assertEquals(2, mails.size()),
                () -> assertEquals("fp2@pakistan.example", toFrench.address()),
                () -> assertEquals(Locale.FRENCH, toFrench.language()),
                () -> assertEquals(notices.of(french).get(0).id(), toFrench.notificationId()),
                () -> assertTrue(toFrench.text().contains("Commentaire\u00a0:\nReadiness to be verified."),
                        toFrench.text()),
                () -> assertTrue(toFrench.html().contains("<html lang=\"fr\">"), toFrench.html()),
                () -> assertTrue(toFrench.html().contains("Readiness to be verified."), toFrench.html()));
    }

    @Test
    void aNoticeForARecipientWithAnAddressIsDueForMailAndOneWithoutIsNot() {
        english.changeContact("Pakistan focal point", null, NOW);
        service.notifyFocalPoints(approved(), NotificationKind.APPROVED, null, NOW);
        assertAll(
                () -> assertNull(notices.of(english).get(0).mailNextAt(), "no address, no mail"),
                () -> assertEquals(NOW.plus(MailRetries.LOST_SEND_AFTER), notices.of(french).get(0).mailNextAt()),
                () -> assertEquals(0, notices.of(french).get(0).mailTries()));
    }

    @Test
    void aNoticeWrittenElsewhereGoesIntoTheInboxAndOutByMailTheSameWay() {
        service.notifyAccount(french, null, null, NotificationKind.APPROVED,
                new NotificationTexts.Text("Votre résumé", "Trois nouveaux engagements."), NOW);
        assertAll(
                () -> assertEquals("Votre résumé", notices.of(french).get(0).subject()),
                () -> assertEquals(1, fired.size()),
                () -> assertEquals("fp2@pakistan.example", fired.get(0).mails().get(0).address()),
                () -> assertTrue(fired.get(0).mails().get(0).text().startsWith("Trois nouveaux engagements.")));
    }

    @Test
    void withABaseUrlEachMailLinksToThePledgePageAndTheInbox() {
        NotificationService linking = new NotificationService(notices, accounts, new Recorder(fired),
                MailLinks.to(Optional.of(BaseUrl.parse("https://pledges.example.org/tracker"))));
        Pledge pledge = approved();
        setId(pledge, 4711);
        linking.notifyFocalPoints(pledge, NotificationKind.APPROVED, null, NOW);
        NoticesToMail.Mail toEnglish = fired.get(0).mails().stream().filter(m -> m.username().equals("fp.pakistan"))
                .findFirst().orElseThrow();
        NoticesToMail.Mail toFrench = fired.get(0).mails().stream().filter(m -> m.username().equals("fp.pakistan2"))
                .findFirst().orElseThrow();
        assertAll(
                () -> assertTrue(toEnglish.text().contains(
                        "\nThe pledge: https://pledges.example.org/tracker/pledges/edit.xhtml?id=4711\n"
                                + "Your inbox: https://pledges.example.org/tracker/inbox.xhtml\n"), toEnglish.text()),
                () -> assertTrue(toFrench.text().contains(
                        "\nL’engagement\u00a0: https://pledges.example.org/tracker/pledges/edit.xhtml?id=4711\n"),
                        toFrench.text()),
                () -> assertFalse(notices.of(english).get(0).body().contains("https://"),
                        "the inbox copy needs no link to the inbox"));
    }

    @Test
    void withoutABaseUrlMailsCarryNoLinks() {
        service.notifyFocalPoints(approved(), NotificationKind.APPROVED, null, NOW);
        assertTrue(fired.get(0).mails().stream().noneMatch(m -> m.text().contains("http")),
                fired.get(0).mails()::toString);
    }

    @Test
    void aFocalPointWithoutAnAddressGetsTheNoticeButNoMail() {
        english.changeContact("Pakistan focal point", null, NOW);
        french.changeContact("Point focal du Pakistan", null, NOW);
        service.notifyFocalPoints(approved(), NotificationKind.APPROVED, null, NOW);
        assertAll(
                () -> assertEquals(2, notices.all.size()),
                () -> assertTrue(fired.isEmpty(), "no mail event"));
    }

    @Test
    void theInboxHoldsOnlyTheActorsOwnNoticesNewestFirst() {
        service.notifyFocalPoints(approved(), NotificationKind.APPROVED, null, Fixtures.day(3));
        service.notifyFocalPoints(approved(), NotificationKind.RENEWAL_DUE, null, Fixtures.day(300));
        List<NotificationView> inbox = service.inbox(actor(english), false);
        assertAll(
                () -> assertEquals(List.of(NotificationKind.RENEWAL_DUE, NotificationKind.APPROVED),
                        inbox.stream().map(NotificationView::kind).toList()),
                () -> assertTrue(inbox.stream().allMatch(n -> n.subject().contains("PAK-2026-0001"))),
                () -> assertEquals(2, service.unreadCount(actor(english))));
    }

    @Test
    void readingANoticeTakesItOutOfTheUnreadOnes() {
        service.notifyFocalPoints(approved(), NotificationKind.APPROVED, null, NOW);
        long id = notices.of(english).get(0).id();
        NotificationView read = service.markRead(actor(english), id);
        assertAll(
                () -> assertNotNull(read.readAt()),
                () -> assertEquals(0, service.unreadCount(actor(english))),
                () -> assertTrue(service.inbox(actor(english), true).isEmpty()),
                () -> assertEquals(1, service.inbox(actor(english), false).size()));
    }

    @Test
    void someoneElsesNoticeDoesNotExistForTheActor() {
        service.notifyFocalPoints(approved(), NotificationKind.APPROVED, null, NOW);
        long frenchNotice = notices.of(french).get(0).id();
        assertAll(
                () -> assertThrows(NotFoundException.class, () -> service.markRead(actor(english), frenchNotice)),
                () -> assertThrows(NotFoundException.class, () -> service.markRead(actor(english), 999_999)),
                () -> assertNull(notices.of(french).get(0).readAt()));
    }

    @Test
    void markingAllReadCountsOnlyTheActorsUnreadNotices() {
        service.notifyFocalPoints(approved(), NotificationKind.APPROVED, null, NOW);
        service.notifyFocalPoints(approved(), NotificationKind.RENEWAL_DUE, null, NOW);
        service.markRead(actor(english), notices.of(english).get(0).id());
        assertAll(
                () -> assertEquals(1, service.markAllRead(actor(english))),
                () -> assertEquals(0, service.unreadCount(actor(english))),
                () -> assertEquals(2, service.unreadCount(actor(french))));
    }

    @Test
    void anActorWithoutAnAccountHasAnEmptyInbox() {
        assertAll(
                () -> assertTrue(service.inbox(Actor.SYSTEM, false).isEmpty()),
                () -> assertEquals(0, service.unreadCount(Actor.SYSTEM)),
                () -> assertEquals(0, service.markAllRead(Actor.SYSTEM)));
    }

    @Test
    void recordingAMailSetsMailedAt() {
        service.notifyFocalPoints(approved(), NotificationKind.APPROVED, null, NOW);
        Notification notice = notices.of(english).get(0);
        service.recordMailed(List.of(notice.id()), Fixtures.day(4));
        assertEquals(Fixtures.day(4), notice.mailedAt());
    }

    private static Pledge approved() {
        Pledge pledge = Fixtures.draft();
        pledge.submit("fp.pakistan", Fixtures.day(1));
        pledge.startReview("reviewer", Fixtures.day(2));
        pledge.approve("reviewer", Fixtures.day(3));
        return pledge;
    }

    private static Actor actor(UserAccount account) {
        return new Actor(account.username(), account.role(), account.memberState());
    }

    private static UserAccount account(long id, String username, Role role, String state, String email,
                                       String language) {
        UserAccount account = new UserAccount(username, "hash", username, role, state, Fixtures.CREATED);
        account.changeContact(username, email, Fixtures.CREATED);
        account.preferLocale(Locale.forLanguageTag(language), Fixtures.CREATED);
        setId(account, id);
        return account;
    }

    private static void setId(Object entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Accounts in memory; focal points as the named query selects them. */
    private static final class Accounts extends AccountRepository {
        private final List<UserAccount> all = new ArrayList<>();

        UserAccount with(UserAccount account) {
            all.add(account);
            return account;
        }

        @Override
        public List<UserAccount> focalPointsOf(String memberState) {
            return all.stream().filter(a -> a.role() == Role.FOCAL_POINT && memberState.equals(a.memberState())
                    && a.enabled()).toList();
        }

        @Override
        public Optional<UserAccount> byUsername(String username) {
            return all.stream().filter(a -> a.username().equals(username)).findFirst();
        }
    }

    /** Notices in memory, numbered as the sequence would. */
    private static final class Notices extends NotificationRepository {
        private final List<Notification> all = new ArrayList<>();
        private long next = 50;

        List<Notification> of(UserAccount recipient) {
            return all.stream().filter(n -> n.recipientId().equals(recipient.id())).toList();
        }

        @Override
        public void add(Notification notice) {
            setId(notice, next++);
            all.add(notice);
        }

        @Override
        public Optional<Notification> find(long id) {
            return all.stream().filter(n -> n.id() == id).findFirst();
        }

        @Override
        public List<Notification> inbox(long recipientId, boolean unreadOnly, int limit) {
            return all.stream().filter(n -> n.recipientId() == recipientId && (!unreadOnly || n.readAt() == null))
                    .sorted(Comparator.comparing(Notification::createdAt).thenComparing(Notification::id).reversed())
                    .limit(limit).toList();
        }

        @Override
        public List<Notification> unread(long recipientId) {
            return inbox(recipientId, true, Integer.MAX_VALUE);
        }

        @Override
        public long countUnread(long recipientId) {
            return unread(recipientId).size();
        }
    }

    /** Records what the service fires. */
    private record Recorder(List<NoticesToMail> fired) implements Event<NoticesToMail> {
        @Override
        public void fire(NoticesToMail event) {
            fired.add(event);
        }

        @Override
        public <U extends NoticesToMail> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends NoticesToMail> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<NoticesToMail> select(Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends NoticesToMail> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends NoticesToMail> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
