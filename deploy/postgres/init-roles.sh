#!/bin/sh
# Runs once, when the compose PostgreSQL creates its data folder: the owner and app roles (roles.sql).
set -eu
psql --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v owner=accord_owner -v owner_password="$ACCORD_OWNER_PASSWORD" \
  -v app=accord_app -v app_password="$ACCORD_APP_PASSWORD" \
  -f /accord/roles.sql
