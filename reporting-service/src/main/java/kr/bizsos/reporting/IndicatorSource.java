package kr.bizsos.reporting;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * How an indicator's actual is computed, declared as data. Only the filters that apply to the
 * source are used; an empty list means "any".
 *
 * <pre>
 * {"source":"MEETINGS_HELD","meetingKinds":["FIELD_STRATEGY"],"regularOnly":true}
 * {"source":"GRIEVANCES_HANDLED","statuses":["ANSWERED","CLOSED"],"kinds":["COMPLAINT"],"municipalities":["WONJU"]}
 * {"source":"MANUAL"}
 * </pre>
 *
 * @param meetingKinds    MEETINGS_HELD: meeting kind codes to count
 * @param regularOnly     MEETINGS_HELD: only regular (정례) meetings
 * @param programmeLinked MEETINGS_HELD: only meetings that name this programme (its id or code)
 * @param statuses        GRIEVANCES_HANDLED: current statuses that count as handled
 * @param kinds           GRIEVANCES_*: grievance kinds
 * @param categories      GRIEVANCES_*: category codes (e.g. FUNDING)
 * @param departments     GRIEVANCES_*: responsible department ids
 * @param municipalities  both: 시군 codes (e.g. WONJU)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record IndicatorSource(
        SourceType source,
        List<String> meetingKinds,
        Boolean regularOnly,
        Boolean programmeLinked,
        List<String> statuses,
        List<String> kinds,
        List<String> categories,
        List<String> departments,
        List<String> municipalities) {

    public static final List<String> HANDLED_BY_DEFAULT = List.of("ANSWERED", "CLOSED");

    public static IndicatorSource manual() {
        return new IndicatorSource(SourceType.MANUAL, null, null, null, null, null, null, null, null);
    }

    public static IndicatorSource meetingsHeld(List<String> kinds, boolean regularOnly) {
        return new IndicatorSource(SourceType.MEETINGS_HELD, kinds, regularOnly ? Boolean.TRUE : null, null, null,
                null, null, null, null);
    }

    public static IndicatorSource grievancesHandled(List<String> statuses) {
        return new IndicatorSource(SourceType.GRIEVANCES_HANDLED, null, null, null, statuses, null, null, null, null);
    }

    public List<String> meetingKindsOrEmpty() {
        return meetingKinds == null ? List.of() : meetingKinds;
    }

    public boolean isRegularOnly() {
        return Boolean.TRUE.equals(regularOnly);
    }

    public boolean isProgrammeLinked() {
        return Boolean.TRUE.equals(programmeLinked);
    }

    public List<String> statusesOrDefault() {
        return statuses == null || statuses.isEmpty() ? HANDLED_BY_DEFAULT : statuses;
    }

    public List<String> kindsOrEmpty() {
        return kinds == null ? List.of() : kinds;
    }

    public List<String> categoriesOrEmpty() {
        return categories == null ? List.of() : categories;
    }

    public List<String> departmentsOrEmpty() {
        return departments == null ? List.of() : departments;
    }

    public List<String> municipalitiesOrEmpty() {
        return municipalities == null ? List.of() : municipalities;
    }
}
