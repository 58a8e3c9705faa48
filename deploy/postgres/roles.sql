-- Least privilege for Accord (docs/deployment.md), run once by the superuser on the accord database:
--   psql -v owner=accord_owner -v owner_password=… -v app=accord_app -v app_password=… -f roles.sql
-- The owner role owns the schema and runs the migrations; the app role, used by the API, can read
-- and write the rows of every table but owns nothing and can create, alter or drop nothing.
\set ON_ERROR_STOP on

CREATE ROLE :"owner" LOGIN PASSWORD :'owner_password' NOSUPERUSER NOCREATEDB NOCREATEROLE;
CREATE ROLE :"app" LOGIN PASSWORD :'app_password' NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT;

SELECT format('ALTER DATABASE %I OWNER TO %I', current_database(), :'owner') \gexec
ALTER SCHEMA public OWNER TO :"owner";
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO :"app";

-- Whatever the owner creates from now on (every migration) the app may use, and no more.
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO :"app";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO :"app";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO :"app";
-- Tables the owner already has (a database that existed before these roles).
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO :"app";
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO :"app";

-- The migrations' own table (_prisma_migrations) is the owner's alone: the app may read it (/readyz
-- compares it with the shipped migrations) but never write it. The default privileges above would
-- let it, so an event trigger takes the writes back whenever the table is created, whoever runs the
-- migrations (`pnpm db:migrate` or `prisma migrate deploy`), and the line after it for a table that
-- already exists.
-- The function lives in a schema of the superuser's, so no role can change it and no migration diff sees it.
CREATE SCHEMA IF NOT EXISTS accord_roles;
CREATE OR REPLACE FUNCTION accord_roles.migrations_table_owner_only() RETURNS event_trigger
LANGUAGE plpgsql AS $$
DECLARE
  grantee_name text;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_event_trigger_ddl_commands()
                 WHERE command_tag = 'CREATE TABLE' AND object_identity = 'public._prisma_migrations') THEN
    RETURN;
  END IF;
  FOR grantee_name IN
    SELECT DISTINCT grantee FROM information_schema.role_table_grants
    WHERE table_schema = 'public' AND table_name = '_prisma_migrations'
      AND privilege_type IN ('INSERT', 'UPDATE', 'DELETE', 'TRUNCATE')
      AND grantee <> (SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = '_prisma_migrations')
  LOOP
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON public._prisma_migrations FROM %I',
      grantee_name);
  END LOOP;
END
$$;
DROP EVENT TRIGGER IF EXISTS accord_migrations_table_owner_only;
CREATE EVENT TRIGGER accord_migrations_table_owner_only ON ddl_command_end WHEN TAG IN ('CREATE TABLE')
  EXECUTE FUNCTION accord_roles.migrations_table_owner_only();
SELECT format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON public._prisma_migrations FROM %I', :'app') WHERE to_regclass('public._prisma_migrations') IS NOT NULL \gexec
