-- The people who may log in through the gateway: their role, and the department or company they act for.
CREATE SEQUENCE user_account_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE user_account (
    id             BIGINT       PRIMARY KEY,
    username       VARCHAR(50)  NOT NULL UNIQUE,
    password_hash  VARCHAR(100) NOT NULL,
    display_name   VARCHAR(100) NOT NULL,
    roles          TEXT[]       NOT NULL,
    department_id  VARCHAR(50),
    company_id     VARCHAR(10),
    enabled        BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    last_login_at  TIMESTAMPTZ,
    CONSTRAINT user_account_roles_known
        CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['ADMIN', 'COORDINATOR', 'OFFICER', 'COMPANY']::TEXT[]),
    -- A token without the department or company would let a service guess what the user may see.
    CONSTRAINT user_account_officer_has_department
        CHECK (NOT ('OFFICER' = ANY (roles)) OR department_id IS NOT NULL),
    CONSTRAINT user_account_company_has_company
        CHECK (NOT ('COMPANY' = ANY (roles)) OR company_id IS NOT NULL),
    CONSTRAINT user_account_company_id_digits
        CHECK (company_id IS NULL OR company_id ~ '^[0-9]{10}$')
);
