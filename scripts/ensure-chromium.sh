#!/usr/bin/env bash
# Installs Debian's chromium for the IDE's browser test when it is missing (no browser download from elsewhere).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null
test -x /usr/bin/chromium
echo "installed $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"
