package kr.bizsos.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import kr.bizsos.gateway.auth.PasswordCheck;
import kr.bizsos.gateway.auth.UserAccount;

/** Creates the users a test logs in with, once per test database. */
@ApplicationScoped
public class TestUsers {

    @Transactional
    public UserAccount ensure(String username, String password, String displayName, String role,
            String departmentId, String companyId, boolean enabled) {
        return UserAccount.findByUsername(username).orElseGet(() -> {
            UserAccount user = new UserAccount();
            user.username = username;
            user.passwordHash = PasswordCheck.hash(password);
            user.displayName = displayName;
            user.roles = List.of(role);
            user.departmentId = departmentId;
            user.companyId = companyId;
            user.enabled = enabled;
            user.createdAt = Instant.now();
            user.persist();
            return user;
        });
    }
}
