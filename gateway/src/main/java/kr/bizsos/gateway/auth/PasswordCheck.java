package kr.bizsos.gateway.auth;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Checks a username and password against the stored bcrypt hash and records the login. */
@ApplicationScoped
public class PasswordCheck {

    private static final Logger LOG = Logger.getLogger(PasswordCheck.class);

    /** Checked against when the user is unknown, so the answer takes as long as for a known one. */
    private String decoyHash;

    @PostConstruct
    void init() {
        decoyHash = BcryptUtil.bcryptHash(UUID.randomUUID().toString());
    }

    /** @return the user if the password is right and the account enabled; never says which part failed */
    @Transactional
    public Optional<UserAccount> verify(String username, String password) {
        Optional<UserAccount> found = UserAccount.findByUsername(username);
        boolean matches = BcryptUtil.matches(password, found.map(u -> u.passwordHash).orElse(decoyHash));
        if (found.isEmpty()) {
            LOG.infof("login failed: unknown user %s", username);
            return Optional.empty();
        }
        UserAccount user = found.get();
        if (!matches) {
            LOG.infof("login failed: wrong password for %s", username);
            return Optional.empty();
        }
        if (!user.enabled) {
            LOG.infof("login failed: %s is disabled", username);
            return Optional.empty();
        }
        user.lastLoginAt = Instant.now();
        LOG.infof("login succeeded: %s %s", username, user.roles);
        return Optional.of(user);
    }

    public static String hash(String password) {
        return BcryptUtil.bcryptHash(password);
    }
}
