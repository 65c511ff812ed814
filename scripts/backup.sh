#!/bin/sh
# Back up Samverkan: the PostgreSQL database (pg_dump, custom format) and the media files.
#
#   DATABASE_URL=postgres://… MEDIA_ROOT=/srv/samverkan/media scripts/backup.sh /backups/2026-11-23
#
# Writes database.dump and media.tar.gz into the given directory (created if missing).
# The dump is consistent on its own; media uploaded while the script runs may be missing
# from the archive, so run it at a quiet hour. See docs/deployment.md.
set -eu

target=${1:?usage: scripts/backup.sh DIRECTORY}
: "${DATABASE_URL:?DATABASE_URL must name the PostgreSQL database}"
: "${MEDIA_ROOT:?MEDIA_ROOT must name the media directory}"

mkdir -p "$target"
pg_dump --format=custom --no-owner --no-privileges --dbname="$DATABASE_URL" --file="$target/database.dump"
if [ -d "$MEDIA_ROOT" ]; then
    tar --create --gzip --file="$target/media.tar.gz" --directory="$MEDIA_ROOT" .
else
    echo "No media directory at $MEDIA_ROOT: nothing uploaded yet, media.tar.gz is empty." >&2
    tar --create --gzip --file="$target/media.tar.gz" --files-from=/dev/null
fi
echo "Backed up to $target: database.dump, media.tar.gz"
