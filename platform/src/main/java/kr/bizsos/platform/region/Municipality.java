package kr.bizsos.platform.region;

import java.util.Arrays;
import java.util.Optional;

/** 강원특별자치도 and its 18 시군: where a company is, where a meeting is held, whose grievance it is. */
public enum Municipality {
    PROVINCE("강원특별자치도", "도"),
    CHUNCHEON("춘천시", "춘천"),
    WONJU("원주시", "원주"),
    GANGNEUNG("강릉시", "강릉"),
    DONGHAE("동해시", "동해"),
    TAEBAEK("태백시", "태백"),
    SOKCHO("속초시", "속초"),
    SAMCHEOK("삼척시", "삼척"),
    HONGCHEON("홍천군", "홍천"),
    HOENGSEONG("횡성군", "횡성"),
    YEONGWOL("영월군", "영월"),
    PYEONGCHANG("평창군", "평창"),
    JEONGSEON("정선군", "정선"),
    CHEORWON("철원군", "철원"),
    HWACHEON("화천군", "화천"),
    YANGGU("양구군", "양구"),
    INJE("인제군", "인제"),
    GOSEONG("고성군", "고성"),
    YANGYANG("양양군", "양양");

    private final String officialName;
    private final String shortName;

    Municipality(String officialName, String shortName) {
        this.officialName = officialName;
        this.shortName = shortName;
    }

    /** e.g. 춘천시 */
    public String officialName() {
        return officialName;
    }

    /** e.g. 춘천, as the seeds write it */
    public String shortName() {
        return shortName;
    }

    /** The 18 시군, without the province itself. */
    public boolean isCityOrCounty() {
        return this != PROVINCE;
    }

    public static Optional<Municipality> parse(String code) {
        return Arrays.stream(values()).filter(m -> m.name().equals(code)).findFirst();
    }
}
