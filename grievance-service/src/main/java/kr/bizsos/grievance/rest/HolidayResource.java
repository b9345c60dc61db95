package kr.bizsos.grievance.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import kr.bizsos.grievance.deadline.AdminHoliday;
import kr.bizsos.grievance.deadline.Holiday;
import kr.bizsos.grievance.deadline.HolidayCalendar;
import kr.bizsos.grievance.service.Clock;
import kr.bizsos.platform.problem.ProblemException;
import kr.bizsos.platform.security.Actor;
import kr.bizsos.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/grievances/holidays")
@Tag(name = "공휴일", description = "처리기한 계산에 쓰는 공휴일")
@Produces(MediaType.APPLICATION_JSON)
public class HolidayResource {

    public record NewHoliday(@NotNull(message = "날짜를 입력해 주세요.") LocalDate date,
            @NotBlank(message = "공휴일 이름을 입력해 주세요.") @Size(max = 100, message = "이름은 100자 이내로 입력해 주세요.") String name) {
    }

    private final HolidayCalendar calendar;
    private final Actor actor;
    private final Clock clock;

    HolidayResource(HolidayCalendar calendar, Actor actor, Clock clock) {
        this.calendar = calendar;
        this.actor = actor;
        this.clock = clock;
    }

    @GET
    @Authenticated
    @Transactional
    @Operation(summary = "한 해의 공휴일", description = "공식(월력요항), 계산(미발표 연도), 관리자 추가(임시공휴일)로 출처를 밝힙니다.")
    @APIResponse(responseCode = "200", description = "날짜순 공휴일")
    public List<Holiday> list(@QueryParam("year") @Min(value = 2000, message = "연도는 2000년 이후여야 합니다.")
            @Max(value = 2100, message = "연도는 2100년 이전이어야 합니다.") Integer year) {
        return calendar.of(year == null ? clock.now().getYear() : year);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    @Operation(summary = "임시공휴일 추가")
    @APIResponse(responseCode = "201", description = "추가됨")
    @APIResponse(responseCode = "409", description = "이미 공휴일인 날")
    public Response add(@NotNull(message = "요청 본문이 필요합니다.") @Valid NewHoliday request) {
        if (calendar.isHoliday(request.date())) {
            throw ProblemException.conflict(request.date() + "은(는) 이미 공휴일입니다.");
        }
        AdminHoliday holiday = new AdminHoliday();
        holiday.date = request.date();
        holiday.name = request.name().strip();
        holiday.createdBy = actor.username();
        holiday.createdAt = clock.now();
        holiday.persist();
        calendar.forget();
        return Response.created(URI.create("/api/grievances/holidays?year=" + request.date().getYear()))
                .entity(new Holiday(holiday.date, holiday.name, Holiday.Source.ADMIN)).build();
    }

    @DELETE
    @Path("{date}")
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    @Operation(summary = "임시공휴일 삭제", description = "관리자가 추가한 날만 삭제할 수 있습니다.")
    @APIResponse(responseCode = "204", description = "삭제됨")
    @APIResponse(responseCode = "404", description = "관리자가 추가한 공휴일이 아님")
    public void delete(@PathParam("date") String date) {
        LocalDate day;
        try {
            day = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("date", "날짜는 YYYY-MM-DD 형식입니다.");
        }
        AdminHoliday holiday = AdminHoliday.findById(day);
        if (holiday == null) {
            throw ProblemException.notFound("관리자가 추가한 공휴일이 아닙니다: " + day);
        }
        holiday.delete();
        calendar.forget();
    }
}
