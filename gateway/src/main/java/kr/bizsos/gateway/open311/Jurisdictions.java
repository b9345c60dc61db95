package kr.bizsos.gateway.open311;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import kr.bizsos.platform.region.Municipality;

/**
 * {@code jurisdiction_id}: {@code gangwon.kr} for 강원특별자치도 as a whole, and
 * {@code <시군>.gangwon.kr} (e.g. {@code chuncheon.gangwon.kr}) for one of its 18 시군.
 */
public final class Jurisdictions {

    public static final String PROVINCE = "gangwon.kr";

    private Jurisdictions() {
    }

    /** Empty for the province (no narrowing); the 시군 for a city or county; null if unknown. */
    public static Optional<Municipality> parse(String jurisdictionId, Format format) {
        if (jurisdictionId == null || jurisdictionId.isBlank() || jurisdictionId.equals(PROVINCE)) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(Municipality.values()).filter(Municipality::isCityOrCounty)
                .filter(m -> idOf(m).equals(jurisdictionId.strip().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new Open311Exception(format, 404, "알 수 없는 jurisdiction_id입니다: " + jurisdictionId
                        + " (gangwon.kr 또는 chuncheon.gangwon.kr처럼 시군.gangwon.kr)")));
    }

    public static String idOf(Municipality m) {
        return m == Municipality.PROVINCE ? PROVINCE : m.name().toLowerCase(Locale.ROOT) + "." + PROVINCE;
    }
}
