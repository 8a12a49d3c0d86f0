package org.peacekeeping.pledges.account;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peacekeeping.pledges.platform.Actor;
import org.peacekeeping.pledges.platform.ForbiddenException;
import org.peacekeeping.pledges.platform.Role;

/** Accounts are the administrator's: every other role is refused before anything is read or changed. */
class AccountAdminServiceTest {

    private static final AccountAdminService SERVICE = new AccountAdminService();

    private static final List<Actor> OTHERS = List.of(new Actor("fp.pakistan", Role.FOCAL_POINT, "PAK"),
            new Actor("reviewer", Role.REVIEWER, null), new Actor("analyst", Role.ANALYST, null), Actor.SYSTEM);

    private static Stream<Arguments> useCasesForOtherRoles() {
        AccountDetails details = new AccountDetails("Someone", null, Role.ADMIN, null);
        String password = "a long enough password";
        List<Named<Consumer<Actor>>> useCases = List.of(
                useCase("accounts", SERVICE::accounts),
                useCase("account", actor -> SERVICE.account(actor, "admin")),
                useCase("create", actor -> SERVICE.create(actor, "new.admin", details, password,
                        password)),
                useCase("update", actor -> SERVICE.update(actor, actor.username(), 0, details)),
                useCase("disable", actor -> SERVICE.disable(actor, "admin")),
                useCase("enable", actor -> SERVICE.enable(actor, actor.username())),
                useCase("resetPassword", actor -> SERVICE.resetPassword(actor, "admin", password,
                        password)));
        return OTHERS.stream().flatMap(actor -> useCases.stream()
                .map(useCase -> Arguments.of(Named.of(actor.role().name(), actor), useCase)));
    }

    private static Named<Consumer<Actor>> useCase(String name, Consumer<Actor> call) {
        return Named.of(name, call);
    }

    @ParameterizedTest(name = "{1} as {0}")
    @MethodSource("useCasesForOtherRoles")
    void onlyAnAdministratorManagesAccounts(Actor actor, Consumer<Actor> useCase) {
        assertThrows(ForbiddenException.class, () -> useCase.accept(actor));
    }
}
