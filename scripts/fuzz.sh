#!/usr/bin/env bash
# Fuzzes every cargo-fuzz target of Auskunft for a budget, keeps each target's corpus in the
# repository (minimised), and fails when any input crashed a target.
#
#   scripts/fuzz.sh [--seconds N] [--jobs N] [TARGET...]
#
# Targets are found in crates/*/fuzz (`cargo fuzz list`); with none named, all run. Per target:
#   1. seeds are added to crates/<crate>/fuzz/corpus/<target>/ (the archive seeds of
#      seed-corpus.py, the format fixtures, the inventory examples);
#   2. libFuzzer runs for --seconds (default 600) of CPU time per job on that corpus;
#   3. the corpus is minimised (`cargo fuzz cmin`) so what is committed stays small;
#   4. runs, coverage, corpus size and crashes go to target/fuzz/results.md, the table that
#      docs/fuzzing.md quotes.
# A crash leaves its input in crates/<crate>/fuzz/artifacts/<target>/; turn it into a regression
# test (docs/fuzzing.md says where) and run again. Exit 1 when anything crashed.
#
# Needs the nightly toolchain (rustup toolchain install nightly) and cargo-fuzz
# (cargo install cargo-fuzz --locked); both are installed when missing. Run it under `nice` on a
# shared machine; the table reports the CPU time each target really got.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds=600
jobs=1
wanted=()
while [ $# -gt 0 ]; do
    case "$1" in
        --seconds) seconds="$2"; shift 2 ;;
        --jobs) jobs="$2"; shift 2 ;;
        -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
        -*) echo "fuzz.sh: unknown option $1" >&2; exit 2 ;;
        *) wanted+=("$1"); shift ;;
    esac
done

say() { printf '\n== %s\n' "$*" >&2; }
rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
command -v cargo-fuzz >/dev/null 2>&1 || cargo install cargo-fuzz --locked

# The seeds of a target: what real inputs look like, so libFuzzer does not start from nothing.
seed() {
    local dir="$1" target="$2" corpus="$3"
    case "$target" in
        walk)
            (cd "$dir" && python3 seed-corpus.py >/dev/null) ;;
        registry)
            for fixtures in "$root"/crates/formats/tests/fixtures/*/; do
                local module
                module="$(basename "$fixtures")"
                for f in "$fixtures"*; do
                    case "$f" in *.expected.json|*README.md) continue ;; esac
                    [ -f "$f" ] || continue
                    { printf '%s\n' "$module"; cat "$f"; } >"$corpus/seed-$module-$(basename "$f")"
                done
            done ;;
        inventory)
            # The examples of the inventory contract, when ../shared is beside the checkout.
            local contract="$root/../shared/contracts/inventory.md"
            [ -f "$contract" ] || return 0
            python3 - "$contract" "$corpus" <<'PY'
import pathlib, re, sys
text = pathlib.Path(sys.argv[1]).read_text()
for i, block in enumerate(re.findall(r"```toml\n(.*?)```", text, re.S)):
    pathlib.Path(sys.argv[2], f"seed-contract-{i}.toml").write_text(block)
PY
            ;;
    esac
}

results="$root/target/fuzz/results.md"
mkdir -p "$(dirname "$results")"
{
    echo "| target | CPU s | runs | coverage (cov / ft) | corpus (files, KiB) | crashes |"
    echo "|---|---|---|---|---|---|"
} >"$results"
crashed=0
for dir in "$root"/crates/*/fuzz; do
    [ -f "$dir/Cargo.toml" ] || continue
    for target in $(cd "$dir" && cargo +nightly fuzz list); do
        if [ ${#wanted[@]} -gt 0 ] && [[ ! " ${wanted[*]} " == *" $target "* ]]; then
            continue
        fi
        corpus="$dir/corpus/$target"
        artifacts="$dir/artifacts/$target"
        mkdir -p "$corpus" "$artifacts"
        say "$target: seeding and building ($(realpath --relative-to="$root" "$dir"))"
        seed "$dir" "$target" "$corpus"
        (cd "$dir" && cargo +nightly fuzz build -O "$target")
        before=$(find "$artifacts" -type f | wc -l)
        log="$root/target/fuzz/$target.log"
        say "$target: fuzzing for $seconds CPU seconds per job ($jobs job(s))"
        # -max_total_time counts wall time; under `nice` on a shared machine the CPU time
        # measured below is what the table reports.
        parallel=()
        [ "$jobs" -gt 1 ] && parallel=(-jobs="$jobs" -workers="$jobs")
        set +e
        (cd "$dir" && /usr/bin/time -f '%U %S' -o "$log.time" \
            cargo +nightly fuzz run -O "$target" "$corpus" -- \
            -max_total_time="$seconds" -max_len=65536 -timeout=5 -rss_limit_mb=4096 \
            -print_final_stats=1 -artifact_prefix="$artifacts/" \
            ${parallel[@]+"${parallel[@]}"}) >"$log" 2>&1
        status=$?
        set -e
        cpu=$(awk '{printf "%d", $1+$2}' "$log.time" 2>/dev/null || echo "?")
        # The per-job logs (fuzz-N.log) exist only with --jobs; grep's "no such file" must not
        # end the script (pipefail), so the logs are listed first.
        logs=("$log")
        for extra in "$dir"/fuzz-*.log; do [ -f "$extra" ] && logs+=("$extra"); done
        runs=$(cat "${logs[@]}" | awk '/stat::number_of_executed_units/ {s+=$2} END {print s+0}')
        cov=$(cat "${logs[@]}" | grep -oE 'cov: [0-9]+ ft: [0-9]+' | tail -n 1 | awk '{print $2 " / " $4}' || true)
        rm -f "$dir"/fuzz-*.log
        after=$(find "$artifacts" -type f | wc -l)
        new=$((after - before))
        if [ "$status" -ne 0 ] && [ "$new" -eq 0 ]; then
            echo "fuzz.sh: $target stopped with status $status but left no input; see $log" >&2
            tail -n 30 "$log" >&2
            exit 1
        fi
        say "$target: minimising the corpus"
        (cd "$dir" && cargo +nightly fuzz cmin -O "$target" "$corpus" -- -max_len=65536 -timeout=5) \
            >"$log.cmin" 2>&1 || { tail -n 20 "$log.cmin" >&2; exit 1; }
        files=$(find "$corpus" -type f | wc -l)
        kib=$(du -sk "$corpus" | cut -f1)
        printf '| %s | %s | %s | %s | %s, %s | %s |\n' \
            "$target" "$cpu" "$runs" "${cov:-?}" "$files" "$kib" "$new" >>"$results"
        if [ "$new" -gt 0 ]; then
            crashed=1
            echo "fuzz.sh: $target: $new new input(s) in $artifacts:" >&2
            find "$artifacts" -type f -newer "$log.time" -o -type f -name 'crash-*' | sort -u >&2
        fi
    done
done
say "Results ($results)"
cat "$results"
exit "$crashed"
