package kr.bizsos.gateway.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import kr.bizsos.platform.company.BusinessNumber;
import kr.bizsos.gateway.auth.PasswordCheck;
import kr.bizsos.gateway.auth.UserAccount;
import kr.bizsos.platform.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Creates one user per role for demonstrations when {@code bizsos.demo.enabled=true}. A user that
 * exists is left as it is, so a restart changes nothing and a changed password stays changed.
 */
@ApplicationScoped
public class DemoUsers {

    public static final String PASSWORD = "bizsos1234!";
    private static final Logger LOG = Logger.getLogger(DemoUsers.class);

    record Demo(String username, String displayName, String role, String departmentId, String companyId) {
    }

    static final List<Demo> USERS = List.of(
            new Demo("admin", "시스템 관리자", Roles.ADMIN, null, null),
            new Demo("coordinator", "기업지원과 김지원", Roles.COORDINATOR, null, null),
            new Demo("officer", "이수연", Roles.OFFICER, "ENTERPRISE_ECONOMY", null),
            new Demo("officer2", "투자유치과 담당자", Roles.OFFICER, "INVESTMENT", null),
            new Demo("company", "㈜강원정밀 사용자", Roles.COMPANY, null, "1348672683"),
            new Demo("company2", "㈜설악바이오 사용자", Roles.COMPANY, null, "2208162517"));

    private final boolean enabled;

    DemoUsers(@ConfigProperty(name = "bizsos.demo.enabled", defaultValue = "false") boolean enabled) {
        this.enabled = enabled;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            int created = ensurePresent();
            LOG.infof("demo users: %d created, %d already present", created, USERS.size() - created);
        }
    }

    /** @return how many demo users were created */
    @Transactional
    public int ensurePresent() {
        int created = 0;
        for (Demo demo : USERS) {
            if (UserAccount.findByUsername(demo.username()).isPresent()) {
                continue;
            }
            if (demo.companyId() != null && !BusinessNumber.isValid(demo.companyId())) {
                throw new IllegalStateException("demo company number fails its check digit: " + demo.companyId());
            }
            UserAccount user = new UserAccount();
            user.username = demo.username();
            user.passwordHash = PasswordCheck.hash(PASSWORD);
            user.displayName = demo.displayName();
            user.roles = List.of(demo.role());
            user.departmentId = demo.departmentId();
            user.companyId = demo.companyId();
            user.enabled = true;
            user.createdAt = Instant.now();
            user.persist();
            created++;
        }
        return created;
    }
}
