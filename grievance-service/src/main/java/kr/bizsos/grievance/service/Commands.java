package kr.bizsos.grievance.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import kr.bizsos.grievance.AnswerResult;

/** The bodies of the lifecycle's actions. */
public final class Commands {

    private Commands() {
    }

    public record Assign(
            @NotBlank(message = "소관부서를 선택해 주세요.") String departmentId,
            List<@NotBlank(message = "협조부서가 비어 있습니다.") String> cooperatingDepartmentIds,
            @Size(max = 1000, message = "메모는 1,000자 이내로 입력해 주세요.") String note) {
    }

    public record Start(@Size(max = 1000, message = "메모는 1,000자 이내로 입력해 주세요.") String note) {
    }

    public record Transfer(
            String toDepartmentId,
            @Size(max = 200, message = "이송 기관명은 200자 이내로 입력해 주세요.") String toAgency,
            @NotBlank(message = "이송 사유를 입력해 주세요.") @Size(max = 1000, message = "이송 사유는 1,000자 이내로 입력해 주세요.") String reason) {
    }

    public record Extend(
            @NotNull(message = "연장할 처리기한을 입력해 주세요.") LocalDate newDueDate,
            @NotBlank(message = "연장 사유를 입력해 주세요.") @Size(max = 1000, message = "연장 사유는 1,000자 이내로 입력해 주세요.") String reason,
            boolean companyConsent) {
    }

    public record Contribute(
            @NotBlank(message = "협조 의견을 입력해 주세요.") @Size(max = 4000, message = "협조 의견은 4,000자 이내로 입력해 주세요.") String text) {
    }

    public record Answer(
            @NotNull(message = "처리 결과를 선택해 주세요.") AnswerResult result,
            @NotBlank(message = "답변 내용을 입력해 주세요.") @Size(max = 4000, message = "답변은 4,000자 이내로 입력해 주세요.") String text,
            @NotBlank(message = "답변 공무원의 이름을 입력해 주세요.") @Size(max = 100, message = "이름이 너무 깁니다.") String officialName,
            @Size(max = 2000, message = "불수용 사유는 2,000자 이내로 입력해 주세요.") String rejectionReason,
            @Size(max = 2000, message = "이의신청 안내는 2,000자 이내로 입력해 주세요.") String appealGuide) {
    }

    public record Rate(
            @NotNull(message = "만족도를 선택해 주세요.") @Min(value = 1, message = "만족도는 1~5점입니다.") @Max(value = 5, message = "만족도는 1~5점입니다.") Integer score,
            @Size(max = 1000, message = "의견은 1,000자 이내로 입력해 주세요.") String comment) {
    }

    public record Close(@Size(max = 1000, message = "메모는 1,000자 이내로 입력해 주세요.") String note) {
    }

    public record Reopen(
            @NotBlank(message = "재개 사유를 입력해 주세요.") @Size(max = 1000, message = "재개 사유는 1,000자 이내로 입력해 주세요.") String reason) {
    }
}
