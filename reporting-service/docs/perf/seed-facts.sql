-- 1,000,000 grievance facts as the projection leaves them, spread over 2021-01 .. 2026-11:
-- 80% answered (within 0-29 days), 50% closed with a rating, the rest open; 18 시군, 9 categories,
-- 10 departments, 5 kinds, stored in order of receipt as the projection writes them. Run against a scratch copy of the schema (e.g. the test database after a test run).
TRUNCATE grievance_fact;
INSERT INTO grievance_fact (grievance_id, receipt_number, kind, category, channel, municipality, business_number,
        department_id, status, received_at, received_year, received_quarter, due_at, answered_at, closed_at,
        last_event_at, overdue, answer_result, answered_within_deadline, rating, answered_year, answered_quarter,
        closed_year, closed_quarter, handling_days, last_event_type)
SELECT gen_random_uuid(), 'P-' || g, kind, category, 'WEB', municipality, business_number, department, status, rec,
       EXTRACT(YEAR FROM rec AT TIME ZONE 'Asia/Seoul'), EXTRACT(QUARTER FROM rec AT TIME ZONE 'Asia/Seoul'),
       rec + interval '14 days', answered, closed, COALESCE(closed, answered, rec),
       answered IS NULL AND rec + interval '14 days' < now(), CASE WHEN answered IS NOT NULL THEN 'ACCEPTED' END,
       CASE WHEN answered IS NOT NULL THEN answered <= rec + interval '14 days' END,
       CASE WHEN closed IS NOT NULL THEN 1 + g % 5 END,
       EXTRACT(YEAR FROM answered AT TIME ZONE 'Asia/Seoul'), EXTRACT(QUARTER FROM answered AT TIME ZONE 'Asia/Seoul'),
       EXTRACT(YEAR FROM closed AT TIME ZONE 'Asia/Seoul'), EXTRACT(QUARTER FROM closed AT TIME ZONE 'Asia/Seoul'),
       CASE WHEN answered IS NOT NULL THEN g % 30 END, 'grievance.perf'
FROM (
    SELECT g, rec,
           (ARRAY['COMPLAINT','SUGGESTION','LEGAL_QUESTION','PROCEDURE_QUESTION','OTHER'])[1 + g % 5] AS kind,
           (ARRAY['FUNDING','SALES','EXPORT','MANPOWER','REGULATION','SITE','TECHNOLOGY','TAX','OTHER'])[1 + (g / 7) % 9] AS category,
           (ARRAY['CHUNCHEON','WONJU','GANGNEUNG','DONGHAE','TAEBAEK','SOKCHO','SAMCHEOK','HONGCHEON','HOENGSEONG',
                  'YEONGWOL','PYEONGCHANG','JEONGSEON','CHEORWON','HWACHEON','YANGGU','INJE','GOSEONG','YANGYANG'])[1 + (g / 3) % 18] AS municipality,
           lpad((1000000000 + g % 50000)::text, 10, '0') AS business_number,
           (ARRAY['ENTERPRISE_SUPPORT','ENTERPRISE_ECONOMY','INVESTMENT','EXPORT_TRADE','JOBS','INDUSTRY_LOCATION',
                  'BIO_INDUSTRY','FINANCE_TAX','SCIENCE_TECH','SMALL_BUSINESS'])[1 + (g / 11) % 10] AS department,
           CASE WHEN g % 10 < 5 THEN 'CLOSED' WHEN g % 10 < 8 THEN 'ANSWERED' WHEN g % 10 = 8 THEN 'ASSIGNED' ELSE 'IN_PROGRESS' END AS status,
           CASE WHEN g % 10 < 8 THEN rec + (g % 30) * interval '1 day' END AS answered,
           CASE WHEN g % 10 < 5 THEN rec + (g % 30 + 3) * interval '1 day' END AS closed
    FROM (SELECT g, timestamptz '2021-01-01 09:00:00+09' + ((g::bigint * 7919) % 2150) * interval '1 day'
                     + (g % 9) * interval '1 hour' AS rec
          FROM generate_series(1, 1000000) AS g) s
) t
ORDER BY rec; -- facts arrive in the order grievances are received

ANALYZE grievance_fact;
