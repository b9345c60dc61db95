-- 1,000,000 grievances spread over years, statuses, departments and companies, for the inbox
-- benchmark (./bizsos bench --big). Runs against bizsos_grievance_e2e only.
INSERT INTO grievance (id, receipt_number, kind, category, title, content, status, channel, municipality,
                       company_business_number, department_id, received_at, updated_at, due_at, submitted_by, overdue)
SELECT gen_random_uuid(),
       'B' || lpad(i::text, 7, '0'),
       (ARRAY['COMPLAINT','SUGGESTION','LEGAL_QUESTION','PROCEDURE_QUESTION','OTHER'])[1 + i % 5],
       (ARRAY['FUNDING','SALES','EXPORT','MANPOWER','REGULATION','SITE','TECHNOLOGY','TAX','OTHER'])[1 + i % 9],
       '기업애로 ' || i || CASE WHEN i % 97 = 0 THEN ' 공장 인허가 지연' ELSE ' 운전자금 문의' END,
       '벤치마크 내용 ' || i,
       (ARRAY['RECEIVED','ASSIGNED','IN_PROGRESS','ANSWERED','CLOSED'])[1 + i % 5],
       'WEB',
       (ARRAY['CHUNCHEON','WONJU','GANGNEUNG','SOKCHO','HOENGSEONG'])[1 + i % 5],
       (ARRAY['1348672683','2208162517','1248100998','1078155843','2118700620'])[1 + i % 5],
       (ARRAY['ENTERPRISE_ECONOMY','JOBS','INVESTMENT','EXPORT_TRADE'])[1 + i % 4],
       now() - make_interval(mins => i),
       now() - make_interval(mins => i),
       now() - make_interval(mins => i) + interval '10 days',
       'bench',
       i % 5 < 3 AND i > 14400
FROM generate_series(1, 1000000) AS i;
ANALYZE grievance;
