#!/bin/sh
# A CI job: seed the store from apply files, test every integration that
# changed, and fire a test event through the chain, failing on any error.
#
#   CRMCTL_MASTER_KEY   the store's key, from the CI secret store
#   CRMCTL_DB           where the store lives (a fresh file per job is fine)
#   plus every ${env:...} the apply files name
#
# Usage: seed.sh [APPLY_PATH [ORG [EVENT_PAYLOAD]]]
set -eu
here=$(dirname "$0")
config=${1:-$here/sandbox.yaml}
org=${2:-ci}
payload=${3:-$here/../events/conversation_ended.json}
: "${CRMCTL_MASTER_KEY:?set CRMCTL_MASTER_KEY from the CI secret store}"
export CRMCTL_NO_INPUT=1

# A new store is created once; later runs reuse it (key status fails without one).
crmctl key status >/dev/null 2>&1 || crmctl key init

# Apply, testing what changes before anything is written. Exit 4 means
# "applied, and something changed"; 0 "nothing to change".
status=0
crmctl apply -f "$config" --test --detailed-exitcode || status=$?
case $status in
    0) echo "seed: nothing changed" ;;
    4) echo "seed: changes applied" ;;
    *) exit "$status" ;;
esac

# A second apply must be a no-op: the files and the store agree.
crmctl apply -f "$config" --detailed-exitcode >/dev/null

# Fire a test event through the chain and wait for every step; exit 1 if
# any step failed.
crmctl --org "$org" event fire conversation_ended --payload "$payload" --wait
