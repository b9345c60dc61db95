package kr.bizsos.meetings.service;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import kr.bizsos.meetings.CompanySize;
import kr.bizsos.meetings.ParticipantType;
import kr.bizsos.meetings.RaisedItemCategory;
import kr.bizsos.meetings.RaisedItemKind;

/** The bodies the meetings API accepts; codes (kind, 시군, department) are checked by the services. */
public final class Requests {

    private Requests() {
    }

    /** A new meeting. Times without an offset are taken as Asia/Seoul. */
    public record PlanMeeting(
            @NotBlank(message = "회의 종류를 선택해 주세요.") String kind,
            @NotBlank(message = "회의명을 입력해 주세요.") @Size(max = 200, message = "회의명은 200자 이내로 입력해 주세요.") String title,
            @NotNull(message = "시작 일시를 입력해 주세요.") @JsonDeserialize(using = SeoulDateTimeDeserializer.class) OffsetDateTime startsAt,
            @NotNull(message = "종료 일시를 입력해 주세요.") @JsonDeserialize(using = SeoulDateTimeDeserializer.class) OffsetDateTime endsAt,
            @NotBlank(message = "개최 시군을 선택해 주세요.") String municipality,
            @Size(max = 200, message = "장소는 200자 이내로 입력해 주세요.") String venue,
            /** PROVINCE (default) or a 시군 code. */
            String hostOrganization,
            /** Defaults to the officer's own department, or 기업지원과 for coordinators. */
            String hostDepartmentId,
            @Size(max = 60, message = "사업 식별자는 60자 이내로 입력해 주세요.") String programmeId,
            Boolean publicMeeting,
            @Positive(message = "정원은 1 이상이어야 합니다.") Integer capacity,
            @Size(max = 4000, message = "안건은 4,000자 이내로 입력해 주세요.") String agenda,
            List<@NotBlank(message = "부서 코드가 비어 있습니다.") String> invitedDepartments,
            List<@NotBlank(message = "유관기관 코드가 비어 있습니다.") String> partnerAgencies,
            List<@Valid @NotNull(message = "기업 정보가 비어 있습니다.") CompanyInvitation> companies) {
    }

    /** Changes to a meeting; absent (null) fields stay as they are. */
    public record UpdateMeeting(
            String kind,
            @Size(min = 1, max = 200, message = "회의명은 1~200자로 입력해 주세요.") String title,
            @JsonDeserialize(using = SeoulDateTimeDeserializer.class) OffsetDateTime startsAt,
            @JsonDeserialize(using = SeoulDateTimeDeserializer.class) OffsetDateTime endsAt,
            String municipality,
            @Size(max = 200, message = "장소는 200자 이내로 입력해 주세요.") String venue,
            String hostOrganization,
            String hostDepartmentId,
            @Size(max = 60, message = "사업 식별자는 60자 이내로 입력해 주세요.") String programmeId,
            Boolean publicMeeting,
            @Positive(message = "정원은 1 이상이어야 합니다.") Integer capacity,
            @Size(max = 4000, message = "안건은 4,000자 이내로 입력해 주세요.") String agenda) {
    }

    /** A company; a company user registering itself may leave out the number (its token names it). */
    public record CompanyDetails(
            String businessNumber,
            @Size(max = 200, message = "기업명은 200자 이내로 입력해 주세요.") String name,
            String municipality,
            CompanySize size,
            @Size(max = 100, message = "업종은 100자 이내로 입력해 주세요.") String industry) {
    }

    public record Contact(
            @Size(max = 100, message = "담당자 이름은 100자 이내로 입력해 주세요.") String name,
            @Size(max = 40, message = "전화번호가 너무 깁니다.") String phone,
            @Email(message = "이메일 형식이 올바르지 않습니다.") @Size(max = 200, message = "이메일이 너무 깁니다.") String email) {
    }

    public record CompanyInvitation(
            @NotNull(message = "기업 정보를 입력해 주세요.") @Valid CompanyDetails company,
            @Valid Contact contact) {
    }

    /** A department, partner agency or company to invite: name the one that matches {@code type}. */
    public record AddParticipant(
            @NotNull(message = "참석자 유형(DEPARTMENT, PARTNER_AGENCY, COMPANY)을 선택해 주세요.") ParticipantType type,
            String departmentId,
            String partnerAgencyId,
            @Valid CompanyDetails company,
            @Valid Contact contact) {
    }

    /** A company's registration for a public meeting; staff name the company, a company user need not. */
    public record Register(@Valid CompanyDetails company, @Valid Contact contact) {
    }

    public record AttendanceMark(
            @NotNull(message = "참석자 ID를 입력해 주세요.") UUID participantId,
            @NotNull(message = "참석 여부를 입력해 주세요.") Boolean attended) {
    }

    public record RecordAttendance(
            @NotNull(message = "출석 기록을 입력해 주세요.") List<@Valid @NotNull(message = "출석 기록이 비어 있습니다.") AttendanceMark> attendance) {
    }

    public record RecordMinutes(
            @NotBlank(message = "회의록을 입력해 주세요.") @Size(max = 20000, message = "회의록은 20,000자 이내로 입력해 주세요.") String minutes,
            @Size(max = 4000, message = "결과(후속조치)는 4,000자 이내로 입력해 주세요.") String outcomes) {
    }

    /** What a company raised at the meeting (건의·질의사항). */
    public record RaiseItem(
            @NotBlank(message = "사업자등록번호를 입력해 주세요.") String businessNumber,
            /** Needed only for a company this service has not met before. */
            @Size(max = 200, message = "기업명은 200자 이내로 입력해 주세요.") String companyName,
            String companyMunicipality,
            @NotNull(message = "유형을 선택해 주세요.") RaisedItemKind kind,
            @NotNull(message = "분야를 선택해 주세요.") RaisedItemCategory category,
            @NotBlank(message = "제목을 입력해 주세요.") @Size(max = 200, message = "제목은 200자 이내로 입력해 주세요.") String title,
            @NotBlank(message = "내용을 입력해 주세요.") @Size(max = 4000, message = "내용은 4,000자 이내로 입력해 주세요.") String content) {
    }

    /**
     * Records a confirmed meeting as held. Participants not named in {@code attendance} are recorded
     * as present; minutes and raised items may come now or later.
     */
    public record HoldMeeting(
            List<@Valid @NotNull(message = "출석 기록이 비어 있습니다.") AttendanceMark> attendance,
            @Size(max = 20000, message = "회의록은 20,000자 이내로 입력해 주세요.") String minutes,
            @Size(max = 4000, message = "결과(후속조치)는 4,000자 이내로 입력해 주세요.") String outcomes,
            List<@Valid @NotNull(message = "건의·질의사항이 비어 있습니다.") RaiseItem> raisedItems) {
    }

    public record CancelMeeting(@Size(max = 500, message = "취소 사유는 500자 이내로 입력해 주세요.") String reason) {
    }

    public record NewMeetingKind(
            @NotBlank(message = "코드를 입력해 주세요.")
            @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "코드는 영문 대문자로 시작하는 2~40자의 영문 대문자·숫자·밑줄이어야 합니다.") String code,
            @NotBlank(message = "이름을 입력해 주세요.") @Size(max = 100, message = "이름은 100자 이내로 입력해 주세요.") String name,
            @NotNull(message = "정례 여부를 선택해 주세요.") Boolean regular,
            @Size(max = 500, message = "설명은 500자 이내로 입력해 주세요.") String description,
            @PositiveOrZero(message = "표시 순서는 0 이상이어야 합니다.") Integer sortOrder) {
    }

    public record UpdateMeetingKind(
            @Size(min = 1, max = 100, message = "이름은 1~100자로 입력해 주세요.") String name,
            Boolean regular,
            @Size(max = 500, message = "설명은 500자 이내로 입력해 주세요.") String description,
            Boolean active,
            @PositiveOrZero(message = "표시 순서는 0 이상이어야 합니다.") Integer sortOrder) {
    }

    public record NewPartnerAgency(
            @NotBlank(message = "코드를 입력해 주세요.")
            @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "코드는 영문 대문자로 시작하는 2~40자의 영문 대문자·숫자·밑줄이어야 합니다.") String code,
            @NotBlank(message = "이름을 입력해 주세요.") @Size(max = 100, message = "이름은 100자 이내로 입력해 주세요.") String name,
            @PositiveOrZero(message = "표시 순서는 0 이상이어야 합니다.") Integer sortOrder) {
    }
}
