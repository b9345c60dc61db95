package kr.bizsos.gateway.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The logged-in user as the SPA shows it; department and company only when the user has one. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UserView(String username, String displayName, List<String> roles, String departmentId,
        String companyId) {

    static UserView of(UserAccount user) {
        return new UserView(user.username, user.displayName, List.copyOf(user.roles), user.departmentId,
                user.companyId);
    }
}
