#!/usr/bin/env bash
# Runs the main job (`once`) on a copy of the bundled samples, so the git tree stays clean.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$repo/.work/sample-root"
rm -rf "$work"
mkdir -p "$work"
cp -R "$repo/inbox-samples/." "$work/"
dotnet run --project "$repo/src/ProgressIngest.Worker" -- once --root "$work"
