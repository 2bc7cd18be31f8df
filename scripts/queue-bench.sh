#!/bin/bash
# Issue 20's queue benchmark: PolNeAR train through the BullMQ queue (enqueue + 2 workers
# --exit-when-idle into a folder) and through `build --merge -j 2`, alternating (queue, then merge,
# per round and checkout), for each checkout given (a directory with bin/, data/ and a built dist/).
# Records wall, user+sys of every process (/usr/bin/time; redis-server's from /proc/PID/stat), when
# the last part landed, and the load average before–after. Checkouts alternate, their order reversed
# every other round; each queue run's outputs are cmp'd against the same round's merge of that checkout,
# each merge against that checkout's first merge. Needs redis-server, bc and ../shared/eval.
#   scripts/queue-bench.sh ROUNDS CHECKOUT... (WORK=/tmp/queue-bench by default; results in $WORK/results.txt)
set -u
ROUNDS=${1:-2}; shift
DISTS=("${@:-.}")
W=${WORK:-/tmp/queue-bench}
IN=$W/pt.jsonl
TODAY=2026-12-01
RES=$W/results.txt
mkdir -p $W
[ -s $IN ] || zcat "$(dirname "$0")/../../shared/eval/polnear-train.jsonl.gz" > $IN
rm -rf $W/redis; mkdir -p $W/redis
PORT=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1]);s.close()')
redis-server --bind 127.0.0.1 --port $PORT --dir $W/redis --save '' --appendonly no --daemonize yes --pidfile $W/redis/pid --logfile $W/redis/log
sleep 0.5
RPID=$(cat $W/redis/pid)
TCK=$(getconf CLK_TCK)
URL=redis://127.0.0.1:$PORT
load() { cut -d' ' -f1 /proc/loadavg; }
rcpu() { awk -v t=$TCK '{print ($14+$15)/t}' /proc/$RPID/stat; }
t() { /usr/bin/time -f "%e %U %S" -o $W/time.$1 "${@:2}"; }
rm -rf $W/ref.*
echo "# $(date -Is) rounds=$ROUNDS port=$PORT checkouts: ${DISTS[*]}" | tee -a $RES
for r in $(seq 1 $ROUNDS); do
  ORDER=("${DISTS[@]}")
  if [ $((r % 2)) -eq 0 ]; then ORDER=(); for ((i=${#DISTS[@]}-1; i>=0; i--)); do ORDER+=("${DISTS[$i]}"); done; fi
  for d in "${ORDER[@]}"; do
    # (Tagged by position and folder name: two checkouts both called "main" stay apart.)
    for ((i=0; i<${#DISTS[@]}; i++)); do [ "${DISTS[$i]}" = "$d" ] && tag="c$((i+1))-$(basename $d)"; done
    REF=$W/ref.$tag
    # queue: timed from the enqueue to both workers' exits
    rm -rf $W/q; redis-cli -p $PORT flushall >/dev/null
    l0=$(load); rc0=$(rcpu)
    s0=$(date +%s.%N)
    t e node $d/bin/newsgraph.js enqueue --redis $URL --today $TODAY $IN -q >/dev/null
    t w1 node $d/bin/newsgraph.js worker --redis $URL --into $W/q --exit-when-idle -q &
    p1=$!
    t w2 node $d/bin/newsgraph.js worker --redis $URL --into $W/q --exit-when-idle -q &
    p2=$!
    wait $p1 $p2
    s1=$(date +%s.%N)
    l1=$(load); rc1=$(rcpu)
    read ee eu es < $W/time.e; read e1 u1 s1_ < $W/time.w1; read e2 u2 s2 < $W/time.w2
    rd=$(echo "$rc1 - $rc0" | bc)
    last=$(find $W/q/parts -type f -printf '%T@\n' | sort -n | tail -1)
    echo "r$r $tag queue wall $(printf %.2f $(echo "$s1 - $s0" | bc)) cpu $(echo "$eu+$es+$u1+$s1_+$u2+$s2+$rd" | bc) (enqueue $ee s $(echo "$eu+$es" | bc) cpu; workers $e1 / $e2 s, $(echo "$u1+$s1_" | bc) / $(echo "$u2+$s2" | bc) cpu; redis $rd cpu; last part +$(printf %.1f $(echo "$last - $s0" | bc)) s) load $l0-$l1" | tee -a $RES
    # build --merge -j 2
    rm -rf $W/m; mkdir -p $W/m
    l0=$(load)
    t m node $d/bin/newsgraph.js build $IN --merge corpus -j 2 -o $W/m --today $TODAY -q
    l1=$(load)
    read e u s < $W/time.m
    echo "r$r $tag merge wall $e cpu $(echo "$u+$s" | bc) load $l0-$l1" | tee -a $RES
    [ -d $REF ] || cp -r $W/m $REF
    for f in $REF/*; do cmp -s $f $W/m/$(basename $f) || echo "  DIFF merge $(basename $f) (against $tag's first merge)" | tee -a $RES; done
    for f in $W/m/*; do cmp -s $f $W/q/current/$(basename $f) || echo "  DIFF queue $(basename $f) (against this round's merge)" | tee -a $RES; done
  done
done
redis-cli -p $PORT shutdown nosave >/dev/null 2>&1
