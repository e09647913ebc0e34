#!/usr/bin/env bash
# Installs the .deb that `cargo deb` built and checks what a user's desktop
# does with it: the .kam type is known, Gambit is its default application,
# and `gio open` (a double-click in GNOME's file manager) starts Gambit on
# the file, with Gambit's icon on its window. Needs root (dpkg) and Xvfb.
# Usage: packaging/linux/check-deb.sh target/debian/gambit_*.deb
set -euo pipefail
deb=$1
work=$(mktemp -d)
chmod 700 "$work"
trap 'pkill -f "^/usr/bin/gambit " 2>/dev/null || true; dpkg -r gambit >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

fail() { echo "check-deb: $*" >&2; exit 1; }

dpkg -i "$deb" >/dev/null
[ -x /usr/bin/gambit ] || fail "/usr/bin/gambit is not installed"
desktop-file-validate /usr/share/applications/gambit.desktop || fail "the desktop entry is not valid"

cp "$(dirname "$0")/../../assets/demo.kam" "$work/Workshop plan.kam"
# Named without the extension: recognised by its content (the magic match).
cp "$(dirname "$0")/../../assets/demo.kam" "$work/mailed-attachment"
export XDG_RUNTIME_DIR="$work"

for desktop in GNOME generic; do
    if [ "$desktop" = GNOME ]; then export XDG_CURRENT_DESKTOP=GNOME; else unset XDG_CURRENT_DESKTOP; fi
    type=$(xdg-mime query filetype "$work/Workshop plan.kam")
    [ "$type" = "application/x-gambit-project" ] || fail "($desktop) xdg-mime says a .kam file is '$type'"
    default=$(xdg-mime query default "$type")
    [ "$default" = "gambit.desktop" ] || fail "($desktop) xdg-mime's default for $type is '$default'"
    echo "check-deb ($desktop): a .kam file is $type, opened by $default"
done
type=$(gio info -a standard::content-type "$work/mailed-attachment" | sed -n 's/.*standard::content-type: //p')
[ "$type" = "application/x-gambit-project" ] || fail "a Gambit file without its extension is '$type'"
echo "check-deb: a Gambit file without its extension is recognised by its content"

export XDG_CURRENT_DESKTOP=GNOME
xvfb-run -a -s '-screen 0 1280x800x24' bash -c '
    set -euo pipefail
    gio open "$1/Workshop plan.kam"
    for _ in $(seq 1 60); do
        window=$(xdotool search --name "Workshop plan.kam" 2>/dev/null | head -n 1 || true)
        [ -n "$window" ] && break
        sleep 0.5
    done
    [ -n "${window:-}" ] || { echo "check-deb: no Gambit window showing the file after gio open"; ps aux | grep -i gambit; exit 1; }
    echo "check-deb: gio open started Gambit: window \"$(xdotool getwindowname "$window")\""
    # The icon hint can land a moment after the window is named; any of the
    # windows with that name may carry it.
    # (Read whole, not through head or grep -q: with pipefail, xprop killed by
    # SIGPIPE would fail the test on a window that has the icon.)
    has_icon() {
        for w in $(xdotool search --name "Workshop plan.kam" 2>/dev/null); do
            props=$(xprop -id "$w" _NET_WM_ICON 2>/dev/null || true)
            [[ "$props" == *"_NET_WM_ICON(CARDINAL) = "* ]] && return 0
        done
        return 1
    }
    for _ in $(seq 1 120); do has_icon && break; sleep 0.25; done
    has_icon || {
        echo "check-deb: the window has no icon"
        for w in $(xdotool search --name "Workshop plan.kam" 2>/dev/null); do xprop -id "$w" | grep -v "^[[:space:]]" || true; done
        exit 1
    }
    echo "check-deb: the window carries Gambit'"'"'s icon"
    xprop -id "$window" WM_CLASS
' _ "$work"
echo "check-deb: passed"
