package kr.bizsos.gateway.open311;

import jakarta.enterprise.context.ApplicationScoped;
import kr.bizsos.gateway.open311.GrievanceClient.Partner;
import kr.bizsos.gateway.partner.ApiKeys;

/** Turns an Open311 {@code api_key} into the partner agency it belongs to, within its quota. */
@ApplicationScoped
public class PartnerAuth {

    private final ApiKeys keys;

    PartnerAuth(ApiKeys keys) {
        this.keys = keys;
    }

    /** @throws Open311Exception 403 for a missing, unknown or revoked key; 429 over the hourly quota */
    public Partner require(String apiKey, Format format) {
        if (apiKey == null || apiKey.isBlank()) {
            throw new Open311Exception(format, 403, "api_key가 필요합니다. 관리자에게 발급받은 키를 보내 주세요.");
        }
        ApiKeys.Use use = keys.use(apiKey);
        return switch (use.check()) {
            case UNKNOWN -> throw new Open311Exception(format, 403, "api_key가 올바르지 않거나 폐기되었습니다.");
            case OVER_QUOTA -> throw new Open311Exception(format, 429,
                    "시간당 요청 한도(" + use.key().quotaPerHour + "건)를 넘었습니다. 다음 시간에 다시 시도해 주세요.");
            case OK -> new Partner(use.key().agencyCode, use.key().agencyName);
        };
    }
}
