#!/usr/bin/env bash
# A one-node Slurm cluster for the integration tests, from Debian's packages
# (slurmctld, slurmd, slurm-client, munge), with all its state in one folder.
#
#   slurm_local.sh start DIR   installs what is missing (as root), starts munged,
#                              slurmctld and slurmd, waits for the node; prints
#                              the SLURM_CONF to export
#   slurm_local.sh stop DIR    stops the daemons it started (by their pid files)
#
# Exits 0 when the cluster is up; 77 (skip) with the reason when it cannot be
# started here (not root, no apt, daemons refusing to start).
set -uo pipefail
cmd=$1
dir=$2
skip() { echo "slurm_local: cannot start Slurm here: $*" >&2; exit 77; }

stop() {
  for name in slurmd slurmctld; do
    if [ -f "$dir/$name.pid" ]; then
      pid=$(cat "$dir/$name.pid")
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    fi
  done
  if [ -f "$dir/munged.pid" ]; then kill "$(cat "$dir/munged.pid")" 2>/dev/null || true; fi
}

if [ "$cmd" = stop ]; then stop; exit 0; fi

if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v sbatch >/dev/null \
   || ! command -v munged >/dev/null; then
  [ "$(id -u)" -eq 0 ] || skip "slurm-wlm is not installed and this is not root"
  command -v apt-get >/dev/null || skip "slurm-wlm is not installed and there is no apt-get"
  export DEBIAN_FRONTEND=noninteractive
  { apt-get update -qq && apt-get install -y -qq --no-install-recommends slurmctld slurmd slurm-client munge; } \
    >"$dir.apt.log" 2>&1 || skip "apt-get install slurmctld slurmd slurm-client munge failed (see $dir.apt.log)"
fi
[ "$(id -u)" -eq 0 ] || skip "the test cluster runs its daemons as root"

mkdir -p "$dir/state" "$dir/spool" "$dir/munge"
host=$(hostname -s)
cpus=$(nproc)

# munge: a key of our own and a socket in our folder, so nothing system-wide is touched.
key="$dir/munge/munge.key"
[ -f "$key" ] || head -c 1024 /dev/urandom >"$key"
chmod 600 "$key"
socket="$dir/munge/munge.socket"
munged --force --key-file="$key" --socket="$socket" --pid-file="$dir/munged.pid" \
  --log-file="$dir/munged.log" --seed-file="$dir/munge/munge.seed" 2>"$dir/munged.err" \
  || skip "munged did not start: $(tail -1 "$dir/munged.err")"

cat >"$dir/slurm.conf" <<CONF
ClusterName=textpipetest
SlurmctldHost=$host(127.0.0.1)
AuthType=auth/munge
AuthInfo=socket=$socket
CredType=cred/munge
SlurmUser=root
SlurmdUser=root
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldPort=$((17000 + RANDOM % 2000))
SlurmdPort=$((19000 + RANDOM % 2000))
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
MinJobAge=3600
SlurmctldLogFile=$dir/slurmctld.log
SlurmdLogFile=$dir/slurmd.log
MpiDefault=none
NodeName=$host NodeAddr=127.0.0.1 CPUs=$cpus State=UNKNOWN
PartitionName=test Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF="$dir/slurm.conf"
slurmctld -c -f "$SLURM_CONF" 2>"$dir/slurmctld.err" || { stop; skip "slurmctld did not start: $(tail -1 "$dir/slurmctld.err")"; }
slurmd -f "$SLURM_CONF" 2>"$dir/slurmd.err" || { stop; skip "slurmd did not start: $(tail -1 "$dir/slurmd.err")"; }
for _ in $(seq 1 100); do
  if sinfo -h -o '%T' 2>/dev/null | grep -qx idle; then echo "$SLURM_CONF"; exit 0; fi
  sleep 0.2
done
stop
skip "the node did not become idle: $(tail -2 "$dir/slurmd.log" 2>/dev/null)"
