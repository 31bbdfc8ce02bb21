#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Proves Carebook makes no network connection of any kind:
#   1. the binary links no networking library (no Qt Network, curl, TLS);
#   2. under strace, the command line and the window (offscreen, for a few seconds) open no IP socket
#      and connect to nothing but local (AF_UNIX) endpoints.
# A self-test first shows the strace check does catch an IP socket, so a silent strace cannot pass.
# Exits 77 (reported by CTest as "skipped", with the reason) when strace is missing or not permitted.
set -euo pipefail

app="${1:?usage: no_network.sh PATH-TO-carebook}"
skip=77

echo "== linked libraries of $app"
libraries="$(ldd "$app")"
if grep -Ei 'libQt6Network|libQt5Network|libcurl|libssl|libgnutls|libnss3|libproxy' <<<"$libraries"; then
    echo "FAIL: $app links a networking library (above)"
    exit 1
fi
echo "ok: no Qt Network, curl or TLS library"

if ! command -v strace >/dev/null 2>&1; then
    echo "SKIPPED: strace is not installed, so the system-call half of this check cannot run (apt-get install strace)"
    exit "$skip"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# A private home: the window opens its user store there, never in the real one.
export HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share" XDG_CONFIG_HOME="$work/home/.config"
export XDG_RUNTIME_DIR="$work/runtime" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

# Runs a command under strace, tracing every socket-related call of it and its children, into $log.
trace() {
    local log="$1"
    shift
    strace -f -qq -e trace=socket,socketpair,connect,bind,sendto,sendmsg -o "$log" "$@"
}

# Lines of a trace that use the network: an IPv4/IPv6 (or raw packet) socket, or a connect/send to an
# IP address. AF_UNIX (the X server, D-Bus) and AF_NETLINK (local kernel queries) are not network.
network_calls() {
    grep -E 'AF_INET6?|PF_INET6?|AF_PACKET|sin6?_addr|inet_(addr|pton)' "$1" || true
}

echo "== self-test: the check sees an IP socket"
if ! trace "$work/self.log" bash -c 'exec 3<>/dev/tcp/127.0.0.1/9' 2>/dev/null; then
    if grep -qi 'operation not permitted\|ptrace' "$work/self.log" 2>/dev/null ||
        ! strace -qq -e trace=none true 2>/dev/null; then
        echo "SKIPPED: strace cannot trace processes here (ptrace not permitted), so the system-call half of this check cannot run"
        exit "$skip"
    fi
fi
if [ -z "$(network_calls "$work/self.log")" ]; then
    echo "FAIL: the self-test opened a TCP socket but the check did not see it:"
    cat "$work/self.log"
    exit 1
fi
echo "ok: seen: $(network_calls "$work/self.log" | head -n 1)"

failed=0
check() {
    local name="$1"
    local log="$work/$name.log"
    local found
    found="$(network_calls "$log")"
    if [ -n "$found" ]; then
        echo "FAIL: $name made network calls:"
        echo "$found"
        failed=1
    else
        echo "ok: $name: $(grep -c -E 'socket|connect' "$log" || true) socket calls, none to the network"
    fi
}

echo "== command line"
commands=(
    "version:--version"
    "list:list --json"
    "show:show back-spasm --json"
    "remedies:remedies --symptom back-spasm"
    "search:search cramp at night"
    "sheet:sheet --symptom back-spasm --output $work/sheet.pdf"
)
for entry in "${commands[@]}"; do
    name="${entry%%:*}"
    read -r -a args <<<"${entry#*:}"
    # The exit code is not the point here (a command may not exist in an older tree); sockets are.
    trace "$work/cli-$name.log" "$app" "${args[@]}" >/dev/null 2>&1 || true
    check "cli-$name"
done

echo "== window (offscreen, 3 s)"
set +e
trace "$work/window.log" timeout -s TERM 3 "$app" --open back-spasm >"$work/window.out" 2>&1
status=$?
set -e
# 124: still running when timeout stopped it, i.e. it started and sat in its event loop.
if [ "$status" -ne 124 ]; then
    echo "FAIL: the window exited by itself with status $status before the 3 s were up:"
    cat "$work/window.out"
    exit 1
fi
if [ ! -f "$XDG_DATA_HOME/Carebook/Carebook/user.db" ]; then
    echo "FAIL: the window did not get as far as opening the user store"
    cat "$work/window.out"
    exit 1
fi
check window

exit "$failed"
