#!/bin/sh
# Back up Samverkan: the PostgreSQL database (pg_dump, custom format) and the media files.
#
#   DATABASE_URL=postgres://… MEDIA_ROOT=/srv/samverkan/media scripts/backup.sh /backups/2026-11-23
#
# Writes database.dump and media.tar.gz into the given directory (created if missing).
# Both are readable by their owner only: the dump holds every account's e-mail address and
# password hash, the media the documents of private collections.
# The dump is consistent on its own; media uploaded while the script runs may be missing
# from the archive, so run it at a quiet hour. See docs/deployment.md.
set -eu
umask 077

target=${1:?usage: scripts/backup.sh DIRECTORY}
: "${DATABASE_URL:?DATABASE_URL must name the PostgreSQL database}"
: "${MEDIA_ROOT:?MEDIA_ROOT must name the media directory}"

# The settings accept databases pg_dump cannot read; find out before writing anything.
case $DATABASE_URL in
    postgres://* | postgresql://*) ;;
    *)
        echo "backup.sh: DATABASE_URL must be a PostgreSQL URL (postgres://user:password@host:port/name), which pg_dump can back up; nothing was written." >&2
        exit 2
        ;;
esac
if ! psql --no-psqlrc --quiet --dbname="$DATABASE_URL" --command="SELECT 1" >/dev/null; then
    echo "backup.sh: cannot connect to the database named by DATABASE_URL; nothing was written." >&2
    exit 2
fi

mkdir -p "$target"
# Files of an earlier backup in the same directory keep their mode when overwritten.
for file in database.dump media.tar.gz; do
    if [ -e "$target/$file" ]; then
        chmod 600 "$target/$file"
    fi
done
pg_dump --format=custom --no-owner --no-privileges --dbname="$DATABASE_URL" --file="$target/database.dump"
if [ -d "$MEDIA_ROOT" ]; then
    tar --create --gzip --file="$target/media.tar.gz" --directory="$MEDIA_ROOT" .
else
    echo "No media directory at $MEDIA_ROOT: nothing uploaded yet, media.tar.gz is empty." >&2
    tar --create --gzip --file="$target/media.tar.gz" --files-from=/dev/null
fi
echo "Backed up to $target: database.dump, media.tar.gz"
