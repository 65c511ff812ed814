#!/bin/sh
# Restore a backup made by scripts/backup.sh into an empty database and media directory.
#
#   createdb samverkan_restored
#   DATABASE_URL=postgres://…/samverkan_restored MEDIA_ROOT=/srv/samverkan/media \
#       scripts/restore.sh /backups/2026-11-23
#
# Refuses a database that already has tables, so that a restore never mixes with live
# data. Run `manage.py migrate` afterwards when the code is newer than the backup.
set -eu

source=${1:?usage: scripts/restore.sh DIRECTORY}
: "${DATABASE_URL:?DATABASE_URL must name the empty PostgreSQL database to restore into}"
: "${MEDIA_ROOT:?MEDIA_ROOT must name the media directory to restore into}"

tables=$(psql "$DATABASE_URL" --tuples-only --no-align \
    --command="SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
if [ "$tables" != "0" ]; then
    echo "The database already has $tables tables; restore into an empty one." >&2
    exit 1
fi

pg_restore --no-owner --no-privileges --exit-on-error --dbname="$DATABASE_URL" "$source/database.dump"
mkdir -p "$MEDIA_ROOT"
tar --extract --gzip --file="$source/media.tar.gz" --directory="$MEDIA_ROOT"
echo "Restored $source into the database and $MEDIA_ROOT"
