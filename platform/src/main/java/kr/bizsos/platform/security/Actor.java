package kr.bizsos.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: read from the verified JWT of the current request. */
@RequestScoped
public class Actor {

    @Inject
    JsonWebToken jwt;

    public String username() {
        return jwt.getName();
    }

    public String displayName() {
        String name = jwt.getClaim(Claims.NAME);
        return name == null ? username() : name;
    }

    public Set<String> roles() {
        return jwt.getGroups() == null ? Set.of() : jwt.getGroups();
    }

    public boolean is(String role) {
        return roles().contains(role);
    }

    /** ADMIN or COORDINATOR: sees everything. */
    public boolean isStaffWideAccess() {
        return is(Roles.ADMIN) || is(Roles.COORDINATOR);
    }

    public Optional<String> departmentId() {
        return Optional.ofNullable(jwt.<String>getClaim(Claims.DEPARTMENT));
    }

    public Optional<String> partnerId() {
        return Optional.ofNullable(jwt.<String>getClaim(Claims.PARTNER));
    }

    public Optional<String> companyId() {
        return Optional.ofNullable(jwt.<String>getClaim(Claims.COMPANY));
    }
}
