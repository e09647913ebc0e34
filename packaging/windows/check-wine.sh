#!/usr/bin/env bash
# Windows, proven on Linux: cross-builds gambit.exe, checks its icon and
# version resources, runs the command line's main cases under Wine, builds
# the installer with makensis, installs it silently into a fresh Wine
# prefix, opens .kam files with spaces and non-English letters in their
# paths the way a double-click does (ShellExecute through the association),
# checks the window's title and the lock file, closes Gambit, uninstalls
# and checks the association is gone. Screenshots land in
# target/windows-check/. Needs: the x86_64-pc-windows-gnu target, mingw-w64,
# nsis, wine, xvfb, xdotool, imagemagick or x11-apps, python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
target=x86_64-pc-windows-gnu
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)
out="$root/target/windows-check"
rm -rf "$out"
mkdir -p "$out"
step() { echo "-- $*"; }
fail() { echo "FAILED: $*" >&2; exit 1; }

step "cross-build gambit.exe $version"
cargo build --release --locked --target "$target" --bin gambit
exe="$root/target/$target/release/gambit.exe"

step "the exe carries its icon and version"
resources=$(python3 packaging/windows/pe_resources.py "$exe")
echo "$resources"
icons=$(sed -n 's/^icons=\([0-9]*\).*/\1/p' <<<"$resources")
[ "${icons:-0}" -ge 6 ] || fail "gambit.exe has ${icons:-0} icon images, not 6"
grep -q "groups=1 versions=1" <<<"$resources" || fail "no icon group or version block"
grep -qx "ProductVersion=$version" <<<"$resources" || fail "the version block does not say $version"
grep -qx "ProductName=Gambit" <<<"$resources" || fail "the version block does not name Gambit"

step "a fresh Wine prefix"
work=$(mktemp -d)
trap 'wineserver -k >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
export WINEPREFIX="$work/prefix" WINEARCH=win64 WINEDEBUG=-all
# No Mono or Gecko prompts; the stand-in for ProcessPrng (never shipped).
export WINEDLLOVERRIDES="mscoree,mshtml=;bcryptprimitives=n"
wineboot -i >/dev/null 2>&1
x86_64-w64-mingw32-gcc -shared -O2 -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
    packaging/windows/wine/processprng.c packaging/windows/wine/processprng.def -ladvapi32

step "the command line under Wine"
cd "$work"
cp "$root/assets/demo.kam" demo.kam
printf '(format_version: 5, name: ' >broken.kam
printf 'Name,Title,Email\nGreta Holm,Head of Innovation,greta@nordvik.example\n' >people.csv
run() { wine "$exe" "$@" 2>&1 | tr -d '\r'; return "${PIPESTATUS[0]}"; }
[ "$(run --version)" = "gambit $version" ] || fail "--version says $(run --version)"
run check demo.kam --lang en | grep -q "demo.kam: 12 accounts, 0 errors" || fail "check of the demo"
code=0; run check broken.kam --lang en >check.txt || code=$?
[ "$code" = 2 ] || fail "check of a broken file exits $code, not 2"
grep -q "broken.kam" check.txt || fail "the broken file is not named: $(cat check.txt)"
run export-ranking demo.kam --csv ranking.csv >/dev/null
grep -q "Nordvik Foods Group" ranking.csv || fail "the ranking has no Nordvik"
cp demo.kam imported.kam
run import-contacts imported.kam --account "Nordvik Foods Group" --from people.csv --lang en | grep -q "1 added" \
    || fail "import-contacts"
grep -q "Greta Holm" imported.kam || fail "the imported contact is not in the file"
cp demo.kam ours.kam
run merge demo.kam ours.kam imported.kam >/dev/null || fail "merge exits non-zero"
grep -q "Greta Holm" ours.kam || fail "the merge lost their contact"
run diff demo.kam imported.kam --lang en | grep -q "Greta Holm joined" || fail "diff"
code=0; run check missing.kam >/dev/null || code=$?
[ "$code" = 2 ] || fail "check of a missing file exits $code, not 2"

step "the installer"
setup="$out/Gambit_${version}_x64-setup.exe"
makensis -V2 -DVERSION="$version" -DEXE="$exe" -DOUTFILE="$setup" "$root/packaging/windows/gambit.nsi"
wine "$setup" /S /AllUsers
program="$WINEPREFIX/drive_c/Program Files/Gambit"
[ -f "$program/gambit.exe" ] || fail "not installed in Program Files"
command=$(wine reg query 'HKCR\Gambit.Project\shell\open\command' /ve 2>/dev/null | tr -d '\r')
grep -qF '"C:\Program Files\Gambit\gambit.exe" "%1"' <<<"$command" || fail "the open command is not quoted: $command"
wine reg query 'HKCR\.kam' /ve 2>/dev/null | grep -q "Gambit.Project" || fail ".kam is not Gambit's"
wine reg query 'HKCR\Gambit.Project\DefaultIcon' /ve 2>/dev/null | grep -q "gambit.exe" || fail "no icon for .kam"
[ -f "$WINEPREFIX/drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs/Gambit.lnk" ] || fail "no Start-menu entry"

step "double-clicking .kam files"
# A Wine server started without a display would keep its desktop without one.
wineserver -k >/dev/null 2>&1 || true
wineserver -w
xvfb-run -a -s '-screen 0 1280x800x24' bash -c '
    set -euo pipefail
    fail() { echo "FAILED: $*" >&2; exit 1; }
    open_one() {
        local dir="$1" name="$2" shot="$3"
        mkdir -p "$WINEPREFIX/drive_c/$dir"
        cp demo.kam "$WINEPREFIX/drive_c/$dir/$name"
        local win="C:\\${dir//\//\\}\\$name"
        wine start "$win"
        local id=""
        # The first start in a fresh prefix takes a while (Wine sets up, Mesa compiles).
        for _ in $(seq 1 180); do
            # (One Gambit at a time; its title is compared in full below.)
            id=$(xdotool search --name " — Gambit" 2>/dev/null | head -n 1 || true)
            [ -n "$id" ] && break
            sleep 0.5
        done
        [ -n "$id" ] || fail "no window for $name"
        local title
        title=$(xdotool getwindowname "$id")
        [ "$title" = "$name — Gambit" ] || fail "the window is titled \"$title\""
        local lock="$WINEPREFIX/drive_c/$dir/.~lock.$name#"
        [ -f "$lock" ] || fail "no lock file beside $name while it is open"
        sleep 3
        import -window root "$shot" 2>/dev/null || xwd -root -silent >"$shot.xwd"
        wine taskkill /im gambit.exe >/dev/null 2>&1 || true
        # Under Wine a process is named by its Windows command line.
        for _ in $(seq 1 60); do
            pgrep -f "^C:.*gambit[.]exe" >/dev/null || break
            sleep 0.5
        done
        ! pgrep -f "^C:.*gambit[.]exe" >/dev/null || fail "Gambit did not close"
        [ ! -f "$lock" ] || fail "the lock file stayed after Gambit closed"
        echo "opened, titled \"$title\", locked while open, closed"
    }
    open_one "Kunder 2026/Åse og Søren" "Møteplan Ålesund.kam" "$0/double-click-nordic.png"
    open_one "Account plans/Q3 review" "Nordvik Foods (2026).kam" "$0/double-click-spaces.png"
' "$out"

step "uninstall"
# The uninstaller copies itself away and returns at once: wait for Wine to be idle.
wine "$program/uninstall.exe" /S /AllUsers
wineserver -w
[ ! -f "$program/gambit.exe" ] || fail "gambit.exe is still there"
! wine reg query 'HKCR\Gambit.Project' >/dev/null 2>&1 || fail "Gambit.Project is still registered"
! wine reg query 'HKCR\.kam' >/dev/null 2>&1 || fail ".kam is still associated"
[ ! -f "$WINEPREFIX/drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs/Gambit.lnk" ] || fail "the Start-menu entry stayed"
step "per user: installed under the user's programs, registered in HKCU, uninstalled"
wine "$setup" /S /CurrentUser
wineserver -w
mine=$(find "$WINEPREFIX/drive_c/users" -path "*/AppData/Local/Programs/Gambit/gambit.exe" | head -n 1)
[ -n "$mine" ] || fail "the per-user install is not under AppData\Local\Programs"
command=$(wine reg query 'HKCU\Software\Classes\Gambit.Project\shell\open\command' /ve 2>/dev/null | tr -d '\r')
grep -qF 'Programs\Gambit\gambit.exe" "%1"' <<<"$command" || fail "per user, the open command is: $command"
! wine reg query 'HKLM\Software\Classes\Gambit.Project' >/dev/null 2>&1 || fail "a per-user install wrote to HKLM"
wine "$(dirname "$mine")/uninstall.exe" /S /CurrentUser
wineserver -w
[ ! -f "$mine" ] || fail "the per-user gambit.exe is still there"
! wine reg query 'HKCU\Software\Classes\Gambit.Project' >/dev/null 2>&1 || fail "still registered for the user"
cd "$root"
echo "== Windows: built, checked, installed, opened and uninstalled under Wine ($(wine --version))"
