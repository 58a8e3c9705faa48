#!/bin/sh
# Stands in for Prisma's native schema engine, which cannot be downloaded on our machines.
echo "accord: the native Prisma schema engine is not installed; use 'pnpm db:migrate', 'pnpm db:migrate:create' or 'pnpm db:status' instead." >&2
exit 1
