package kr.bizsos.grievance.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kr.bizsos.grievance.Channel;
import kr.bizsos.grievance.GrievanceKind;

/** What a company (or staff on its behalf) submits. */
public record SubmitGrievance(
        @NotNull(message = "유형을 선택해 주세요.") GrievanceKind kind,
        @NotBlank(message = "분야를 선택해 주세요.") String category,
        @NotBlank(message = "제목을 입력해 주세요.") @Size(max = 200, message = "제목은 200자 이내로 입력해 주세요.") String title,
        @NotBlank(message = "내용을 입력해 주세요.") @Size(max = 4000, message = "내용은 4,000자 이내로 입력해 주세요.") String content,
        /** Staff only; a company user's channel is always WEB. */
        Channel channel,
        /** Required when staff file on a company's behalf, or the first time a company submits. */
        @Valid CompanyDetails company,
        @Valid Contact contact) {

    public record CompanyDetails(
            @NotBlank(message = "사업자등록번호를 입력해 주세요.") String businessNumber,
            @Size(max = 200, message = "기업명은 200자 이내로 입력해 주세요.") String name,
            String municipality,
            @Size(max = 20, message = "기업 규모가 너무 깁니다.") String sizeClass,
            @Size(max = 100, message = "업종은 100자 이내로 입력해 주세요.") String industry) {
    }

    public record Contact(
            @Size(max = 100, message = "담당자 이름은 100자 이내로 입력해 주세요.") String name,
            @Size(max = 40, message = "전화번호가 너무 깁니다.") String phone,
            @Email(message = "이메일 형식이 올바르지 않습니다.") @Size(max = 200, message = "이메일이 너무 깁니다.") String email) {
    }
}
