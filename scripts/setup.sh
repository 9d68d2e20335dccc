#!/usr/bin/env bash
# Makes a Debian/Ubuntu machine ready to run, test and build Engage Desktop:
# system packages (Qt runtime libraries, Xvfb, optionally the PostgreSQL server), then .venv
# with an editable install of '.[dev]'. A second run with nothing to do needs no network.
#
# Usage: scripts/setup.sh [--with-postgres]
# Env:   PYTHON  interpreter used to create .venv (default: python3, must be >= 3.11)
set -euo pipefail

say() { printf '==> %s\n' "$*"; }
die() { printf 'setup.sh: error: %s\n' "$*" >&2; exit 1; }

with_postgres=false
for arg in "$@"; do
    case "$arg" in
        --with-postgres) with_postgres=true ;;
        -h | --help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) die "unknown option '$arg' (usage: scripts/setup.sh [--with-postgres])" ;;
    esac
done

repo_root="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

# --- Python ------------------------------------------------------------------------------------
python="${PYTHON:-python3}"
command -v "$python" >/dev/null 2>&1 \
    || die "'$python' not found: install Python 3.11 or newer (Debian 12: apt-get install python3)"
recent_enough() { "$1" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; }
if ! recent_enough "$python"; then
    # Ubuntu 22.04 ships 3.10 as python3 but packages python3.11 beside it.
    if command -v python3.11 >/dev/null 2>&1 && recent_enough python3.11; then
        python=python3.11
    elif command -v apt-get >/dev/null 2>&1 && { [[ $EUID -eq 0 ]] || command -v sudo >/dev/null 2>&1; }; then
        say "$("$python" --version 2>&1) is too old; installing python3.11"
        sudo_if_needed=(); [[ $EUID -eq 0 ]] || sudo_if_needed=(sudo)
        ${sudo_if_needed[@]+"${sudo_if_needed[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get update -qq
        ${sudo_if_needed[@]+"${sudo_if_needed[@]}"} env DEBIAN_FRONTEND=noninteractive \
            apt-get install -y -qq -o Dpkg::Use-Pty=0 --no-install-recommends python3.11 python3.11-venv \
            || die "Python >= 3.11 is required and python3.11 could not be installed"
        python=python3.11
    else
        die "Python >= 3.11 is required, but '$python' is $("$python" --version 2>&1)"
    fi
fi

# --- System packages ---------------------------------------------------------------------------
packages=(
    python3-venv python3-pip
    # Qt 6 runtime for the PySide6 wheels, xcb and offscreen platforms.
    libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6
    libdbus-1-3 libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
    libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1
    libxrender1 libxi6 libsm6 libice6 fonts-dejavu-core
    # A virtual display for screenshots and GUI runs on headless machines.
    xvfb xauth
)
if $with_postgres; then
    packages+=(postgresql)
fi

is_installed() {
    dpkg-query -W -f='${Status}\n' "$1" 2>/dev/null | grep -qx 'install ok installed'
}

if ! command -v dpkg-query >/dev/null 2>&1; then
    say "not a Debian-like system: skipping system packages; make sure the equivalents of these are installed:"
    printf '    %s\n' "${packages[*]}"
else
    missing=()
    for pkg in "${packages[@]}"; do
        # Ubuntu 24.04 renamed some libraries with a t64 suffix; either name satisfies us.
        is_installed "$pkg" || is_installed "${pkg}t64" || missing+=("$pkg")
    done

    if ((${#missing[@]} == 0)); then
        say "system packages present"
    else
        if [[ $EUID -eq 0 ]]; then
            as_root=()
        elif command -v sudo >/dev/null 2>&1; then
            as_root=(sudo)
        else
            printf 'setup.sh: error: these Debian packages are missing:\n    %s\n' "${missing[*]}" >&2
            printf 'and this script is neither root nor able to use sudo. As root, run:\n' >&2
            printf '    apt-get update && apt-get install -y %s\n' "${missing[*]}" >&2
            exit 1
        fi
        command -v apt-get >/dev/null 2>&1 \
            || die "apt-get not found; install these packages by hand: ${missing[*]}"
        say "installing system packages: ${missing[*]}"
        ${as_root[@]+"${as_root[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get update -qq
        ${as_root[@]+"${as_root[@]}"} env DEBIAN_FRONTEND=noninteractive \
            apt-get install -y -qq -o Dpkg::Use-Pty=0 --no-install-recommends "${missing[@]}"
    fi
fi

# --- Virtual environment -----------------------------------------------------------------------
venv_python=".venv/bin/python"
if [[ ! -x "$venv_python" ]] \
    || ! "$venv_python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    say "creating .venv with $("$python" --version 2>&1)"
    rm -rf .venv
    "$python" -m venv .venv \
        || die "'$python -m venv' failed (on Debian/Ubuntu the python3-venv package provides it)"
fi

# The stamp holds the hash of the pyproject.toml that was last installed successfully.
stamp=".venv/.installed"
wanted="$(sha256sum pyproject.toml | cut -d' ' -f1)"
if [[ -f "$stamp" && "$(cat "$stamp")" == "$wanted" && -x .venv/bin/engage-desktop ]]; then
    say "python packages up to date (.venv)"
else
    say "upgrading pip"
    "$venv_python" -m pip install --quiet --disable-pip-version-check --upgrade pip
    say "installing engage-desktop[dev] into .venv (editable)"
    "$venv_python" -m pip install --quiet --disable-pip-version-check -e '.[dev]'
    printf '%s\n' "$wanted" >"$stamp"
fi

say "ready: $repo_root/.venv"
