#!/bin/bash
# The corpus folder's commit alone, A/B: a committed folder (e.g. queue-bench.sh's $WORK/q, PolNeAR
# train) is hard-linked to a fresh copy per run and committed again with `build --into COPY --remove
# ID` (every other article folded anew, in the CLI's commit thread), alternating the checkouts given
# (directories with bin/ and a built dist/), their order reversed every other round. Records wall,
# user+sys (/usr/bin/time) and the load average before–after; cmp's each run's outputs with the first.
#   scripts/commit-bench.sh FOLDER ROUNDS CHECKOUT... (WORK=/tmp/commit-bench; results in $WORK/results.txt)
set -u
SRC=$1; ROUNDS=$2; shift 2
DISTS=("$@")
W=${WORK:-/tmp/commit-bench}
RES=$W/results.txt
mkdir -p $W; rm -rf $W/ref
ID=$(node -e 'const m=require(process.argv[1]);console.log(Object.keys(m.articles)[0])' "$SRC/current/manifest.json")
load() { cut -d' ' -f1 /proc/loadavg; }
echo "# $(date -Is) folder=$SRC remove=$ID rounds=$ROUNDS checkouts: ${DISTS[*]}" | tee -a $RES
for r in $(seq 1 $ROUNDS); do
  ORDER=("${DISTS[@]}")
  if [ $((r % 2)) -eq 0 ]; then ORDER=(); for ((i=${#DISTS[@]}-1; i>=0; i--)); do ORDER+=("${DISTS[$i]}"); done; fi
  for d in "${ORDER[@]}"; do
    rm -rf $W/c; cp -al "$SRC" $W/c; rm -f $W/c/lock
    l0=$(load)
    /usr/bin/time -f "%e %U %S" -o $W/time node $d/bin/newsgraph.js build --into $W/c --remove "$ID" -q
    l1=$(load)
    read e u s < $W/time
    echo "r$r $d commit wall $e cpu $(echo "$u+$s" | bc) (user $u sys $s) load $l0-$l1" | tee -a $RES
    [ -d $W/ref ] || { mkdir -p $W/ref; cp $W/c/current/corpus.* $W/ref/; }
    for f in $W/ref/*; do cmp -s $f $W/c/current/$(basename $f) || echo "  DIFF $(basename $f)" | tee -a $RES; done
  done
done
rm -rf $W/c
