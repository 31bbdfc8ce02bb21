#!/usr/bin/env bash
# Shared set-up for ./scripts/run and ./scripts/test: installs missing Debian packages, then
# configures and builds in build/. Sourced, not run. Quick when nothing changed.
set -euo pipefail

CAREBOOK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CAREBOOK_BUILD="${CAREBOOK_BUILD:-$CAREBOOK_ROOT/build}"

# Debian 12 / Ubuntu packages the build, the app and the tests need.
CAREBOOK_PACKAGES=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-svg-dev libqt6svg6 qt6-qpa-plugins
  # Read aloud: Qt's text-to-speech (its CMake package needs qt6-declarative-dev's QmlIntegration),
  # and espeak-ng for the test that records the warning signs spoken.
  qt6-speech-dev qt6-declarative-dev espeak-ng
  nlohmann-json3-dev catch2 libsqlite3-dev sqlite3 libmd4c-dev libmd4c-html0-dev
  libbenchmark-dev clang libclang-rt-14-dev
  fonts-dejavu-core fonts-noto-core xvfb xauth poppler-utils strace
  hyperfine xdotool imagemagick
  # Installing and packaging: icon rendering, the desktop-file and AppStream validators, the man
  # page check, and the .deb (dpkg-shlibdeps computes its Depends).
  librsvg2-bin desktop-file-utils appstream man-db dpkg-dev file
)

carebook_install_packages() {
  local missing=()
  local package
  for package in "${CAREBOOK_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$package")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  echo "Installing missing packages: ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    sudo=(sudo)
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

carebook_build() {
  local jobs
  jobs="$(nproc 2>/dev/null || echo 2)"
  if [ ! -f "$CAREBOOK_BUILD/build.ninja" ]; then
    cmake -S "$CAREBOOK_ROOT" -B "$CAREBOOK_BUILD" -G Ninja \
      -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCAREBOOK_WERROR=ON "$@"
  fi
  cmake --build "$CAREBOOK_BUILD" -j "$jobs"
}

# Qt warns when this is missing (as root especially); give it a private one.
carebook_runtime_dir() {
  if [ -z "${XDG_RUNTIME_DIR:-}" ] || [ ! -d "${XDG_RUNTIME_DIR}" ]; then
    export XDG_RUNTIME_DIR="${TMPDIR:-/tmp}/carebook-runtime-$(id -u)"
    mkdir -p "$XDG_RUNTIME_DIR"
    chmod 700 "$XDG_RUNTIME_DIR"
  fi
}
