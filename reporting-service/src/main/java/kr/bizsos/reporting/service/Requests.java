package kr.bizsos.reporting.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import kr.bizsos.reporting.FundingSource;
import kr.bizsos.reporting.FundingType;
import kr.bizsos.reporting.ImplementationStatus;
import kr.bizsos.reporting.IndicatorSource;
import kr.bizsos.reporting.OutreachType;
import kr.bizsos.reporting.ProgrammeNature;

/** What staff send to enter a programme's data; validated at the edge, Korean messages name the field. */
public final class Requests {

    private Requests() {
    }

    public record ProgrammeRequest(
            @Size(max = 60, message = "코드는 60자 이내로 입력해 주세요.")
            @Pattern(regexp = "[A-Za-z0-9._-]*", message = "코드는 영문, 숫자와 . _ - 만 쓸 수 있습니다.") String code,
            @NotBlank(message = "사업명을 입력해 주세요.") @Size(max = 200, message = "사업명은 200자 이내로 입력해 주세요.") String name,
            @NotBlank(message = "추진부서를 입력해 주세요.") @Size(max = 100, message = "추진부서는 100자 이내로 입력해 주세요.") String department,
            @Size(max = 100, message = "담당자는 100자 이내로 입력해 주세요.") String manager,
            @Size(max = 40, message = "전화번호는 40자 이내로 입력해 주세요.") String managerPhone,
            @Size(max = 300, message = "협조부서는 300자 이내로 입력해 주세요.") String cooperatingDepartments,
            @NotNull(message = "성격(NEW 신규, CONTINUING 계속)을 선택해 주세요.") ProgrammeNature nature,
            @NotNull(message = "시작 연도를 입력해 주세요.") @Min(value = 2000, message = "연도는 2000년 이후여야 합니다.")
            @Max(value = 2100, message = "연도는 2100년 이전이어야 합니다.") Integer startYear,
            @NotNull(message = "종료 연도를 입력해 주세요.") @Min(value = 2000, message = "연도는 2000년 이후여야 합니다.")
            @Max(value = 2100, message = "연도는 2100년 이전이어야 합니다.") Integer endYear,
            @Min(value = 1, message = "종료 월은 1~12입니다.") @Max(value = 12, message = "종료 월은 1~12입니다.") Integer endMonth,
            @Size(max = 60, message = "기간 표시는 60자 이내로 입력해 주세요.") String periodLabel,
            @NotNull(message = "재원 구분(BUDGET 예산, NON_BUDGET 비예산, PRIVATE_INVESTMENT 민자, MIXED 혼합)을 선택해 주세요.") FundingType fundingType,
            @Size(max = 300, message = "실천목표는 300자 이내로 입력해 주세요.") String practiceGoal,
            @Size(max = 300, message = "추진상황은 300자 이내로 입력해 주세요.") String progressNote,
            @Size(max = 2000, message = "최종목표는 2000자 이내로 입력해 주세요.") String finalGoal,
            @Size(max = 50, message = "사업개요는 50줄 이내로 입력해 주세요.")
            List<@Size(max = 500, message = "한 줄은 500자 이내로 입력해 주세요.") String> overview,
            @Size(max = 50, message = "향후계획은 50줄 이내로 입력해 주세요.")
            List<@Size(max = 500, message = "한 줄은 500자 이내로 입력해 주세요.") String> futurePlan,
            @Size(max = 50, message = "기대효과는 50줄 이내로 입력해 주세요.")
            List<@Size(max = 500, message = "한 줄은 500자 이내로 입력해 주세요.") String> expectedEffect,
            @Size(max = 100, message = "중앙정부 도움 필요성은 100자 이내로 입력해 주세요.") String centralSupport,
            @Size(max = 100, message = "사업주체는 100자 이내로 입력해 주세요.") String executor,
            @Size(max = 60, message = "완료시기는 60자 이내로 입력해 주세요.") String completionLabel,
            @Size(max = 20, message = "지표는 20개 이내로 입력해 주세요.") List<@NotNull(message = "지표가 비어 있습니다.") @Valid IndicatorRequest> indicators) {
    }

    public record IndicatorRequest(
            @NotBlank(message = "지표명을 입력해 주세요.") @Size(max = 200, message = "지표명은 200자 이내로 입력해 주세요.") String name,
            @NotBlank(message = "단위(예: 건, 회, 명)를 입력해 주세요.") @Size(max = 20, message = "단위는 20자 이내로 입력해 주세요.") String unit,
            @NotNull(message = "실적 산출 방식(source)을 입력해 주세요.") IndicatorSource source,
            @Size(max = 300, message = "확인지표는 300자 이내로 입력해 주세요.") String confirmation,
            @Size(max = 30, message = "목표는 30개 연도 이내로 입력해 주세요.") List<@NotNull(message = "목표가 비어 있습니다.") @Valid TargetRequest> targets) {
    }

    public record TargetRequest(
            @NotNull(message = "목표 연도를 입력해 주세요.") Integer year,
            @NotNull(message = "목표값을 입력해 주세요.") @PositiveOrZero(message = "목표값은 0 이상이어야 합니다.") Long value,
            @Min(value = 1, message = "목표 기준 월은 1~12입니다.") @Max(value = 12, message = "목표 기준 월은 1~12입니다.") Integer untilMonth) {
    }

    public record TargetsRequest(
            @NotNull(message = "목표 목록을 입력해 주세요.") @Size(max = 30, message = "목표는 30개 연도 이내로 입력해 주세요.")
            List<@NotNull(message = "목표가 비어 있습니다.") @Valid TargetRequest> targets) {
    }

    public record ActualRequest(
            @NotNull(message = "실적값을 입력해 주세요.") @PositiveOrZero(message = "실적값은 0 이상이어야 합니다.") Long value,
            @Size(max = 300, message = "비고는 300자 이내로 입력해 주세요.") String note) {
    }

    public record OverrideRequest(
            @NotNull(message = "이행구분을 선택해 주세요.") ImplementationStatus status,
            @Min(value = 0, message = "이행률은 0~100입니다.") @Max(value = 100, message = "이행률은 0~100입니다.") Integer rate,
            @NotBlank(message = "이행구분을 직접 지정하는 사유를 입력해 주세요.")
            @Size(max = 500, message = "사유는 500자 이내로 입력해 주세요.") String reason) {
    }

    public record BudgetLineRequest(
            @NotNull(message = "연도를 입력해 주세요.") Integer year,
            @NotNull(message = "재원(NATIONAL 국비, PROVINCIAL 도비, MUNICIPAL 시비, OTHER 기타, SELF_FUNDED 자부담)을 선택해 주세요.") FundingSource fundingSource,
            @NotNull(message = "계획액을 입력해 주세요.") @PositiveOrZero(message = "계획액은 0 이상이어야 합니다.") Long planned,
            @NotNull(message = "확보액을 입력해 주세요.") @PositiveOrZero(message = "확보액은 0 이상이어야 합니다.") Long secured,
            @NotNull(message = "집행액을 입력해 주세요.") @PositiveOrZero(message = "집행액은 0 이상이어야 합니다.") Long executed) {
    }

    public record AmountsRequest(
            @NotNull(message = "계획액을 입력해 주세요.") @PositiveOrZero(message = "계획액은 0 이상이어야 합니다.") Long planned,
            @NotNull(message = "확보액을 입력해 주세요.") @PositiveOrZero(message = "확보액은 0 이상이어야 합니다.") Long secured,
            @NotNull(message = "집행액을 입력해 주세요.") @PositiveOrZero(message = "집행액은 0 이상이어야 합니다.") Long executed) {
    }

    public record BudgetRequest(
            @NotNull(message = "예산 항목 목록을 입력해 주세요.") @Size(max = 200, message = "예산 항목은 200개 이내로 입력해 주세요.")
            List<@NotNull(message = "예산 항목이 비어 있습니다.") @Valid BudgetLineRequest> lines) {
    }

    public record OutreachRequest(
            @NotNull(message = "연도를 입력해 주세요.") Integer year,
            @Min(value = 1, message = "분기는 1~4입니다.") @Max(value = 4, message = "분기는 1~4입니다.") Integer quarter,
            @NotNull(message = "소통 유형을 선택해 주세요.") OutreachType type,
            @NotNull(message = "횟수를 입력해 주세요.") @PositiveOrZero(message = "횟수는 0 이상이어야 합니다.") Integer count,
            @Size(max = 200, message = "제목은 200자 이내로 입력해 주세요.") String title,
            LocalDate heldOn) {
    }

    public record OutcomeRequest(
            @NotNull(message = "연도를 입력해 주세요.") Integer year,
            @NotBlank(message = "성과 항목(예: 신규 고용)을 입력해 주세요.") @Size(max = 100, message = "성과 항목은 100자 이내로 입력해 주세요.") String metric,
            @NotBlank(message = "단위(예: 명, 억원)를 입력해 주세요.") @Size(max = 20, message = "단위는 20자 이내로 입력해 주세요.") String unit,
            @NotNull(message = "값을 입력해 주세요.") @PositiveOrZero(message = "값은 0 이상이어야 합니다.") Long value,
            @Size(max = 300, message = "비고는 300자 이내로 입력해 주세요.") String note) {
    }

    public record ActivityRequest(
            @NotNull(message = "연도를 입력해 주세요.") Integer year,
            @Min(value = 1, message = "분기는 1~4입니다.") @Max(value = 4, message = "분기는 1~4입니다.") Integer quarter,
            @NotBlank(message = "추진실적 내용을 입력해 주세요.") @Size(max = 500, message = "추진실적은 500자 이내로 입력해 주세요.") String text) {
    }
}
