package kr.bizsos.grievance.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.OffsetDateTime;
import java.util.List;
import kr.bizsos.grievance.Company;
import kr.bizsos.platform.region.Municipality;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The demo's companies, among them those of the gateway's demo company users; idempotent. */
@ApplicationScoped
public class DemoCompanies {

    record Demo(String businessNumber, String name, String sizeClass, String industry, Municipality municipality) {
    }

    static final List<Demo> COMPANIES = List.of(
            new Demo("1348672683", "㈜강원정밀", "중소", "정밀기계 부품 제조", Municipality.CHUNCHEON),
            new Demo("2208162517", "㈜설악바이오", "중소", "천연물 바이오소재", Municipality.SOKCHO),
            new Demo("1248100998", "㈜원주메디텍", "중소", "의료기기 제조", Municipality.WONJU),
            new Demo("1078155843", "㈜강릉세라믹", "중소", "세라믹 소재", Municipality.GANGNEUNG),
            new Demo("2118700620", "㈜횡성푸드", "소상공인", "식품 제조", Municipality.HOENGSEONG));

    void onStart(@Observes StartupEvent event, @ConfigProperty(name = "bizsos.demo.enabled") boolean enabled) {
        if (enabled) {
            QuarkusTransaction.requiringNew().run(DemoCompanies::ensureCompanies);
        }
    }

    static void ensureCompanies() {
        for (Demo demo : COMPANIES) {
            if (Company.findById(demo.businessNumber()) == null) {
                Company company = new Company();
                company.businessNumber = demo.businessNumber();
                company.name = demo.name();
                company.sizeClass = demo.sizeClass();
                company.industry = demo.industry();
                company.municipality = demo.municipality();
                company.createdAt = OffsetDateTime.now();
                company.persist();
            }
        }
    }
}
