# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_crmctl_global_optspecs
    string join \n db= org= o/output= no-input q/quiet v/verbose template-dir= h/help V/version
end

function __fish_crmctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_crmctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_crmctl_using_subcommand
    set -l cmd (__fish_crmctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c crmctl -n "__fish_crmctl_needs_command" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_needs_command" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_needs_command" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_needs_command" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_needs_command" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_needs_command" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_needs_command" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_needs_command" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "key" -d 'Create, inspect, rotate and move the master key'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "template" -d 'List, show and validate provider templates'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "org" -d 'Manage orgs (tenants)'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "assistant" -d 'Manage assistants (voice or chat agents) in an org'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "integration" -d 'Configure integrations'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "int" -d 'Configure integrations'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "test" -d 'Test integrations\' connections and say precisely what is wrong'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "auth" -d 'OAuth 2.0 sign-in for integrations that use the authorization-code flow'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "send" -d 'Run one action of one integration now (or show it with --dry-run)'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "event" -d 'Fire events that run chained integrations through the queue'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "queue" -d 'Inspect and manage the durable step queue, including dead letters'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "worker" -d 'Run the queue until SIGINT/SIGTERM'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "logs" -d 'Read the sync log: tests, steps, imports, syncs, webhooks'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "kb" -d 'Import, search and export the assistant\'s knowledge base from a helpdesk'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "mapping" -d 'Map source records\' fields to the platform\'s contacts, tickets and deals'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "sync" -d 'Sync contacts, tickets and deals from a CRM or helpdesk (incremental by default)'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "contacts" -d 'The unified contacts view across every connected CRM'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "tickets" -d 'The unified tickets view across every connected helpdesk'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "deals" -d 'The unified deals view across every connected CRM'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "accounts" -d 'Accounts: synced contacts grouped by their email domain'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "schedule" -d 'Run knowledge-base imports and record syncs on a schedule (`crmctl worker` runs them)'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "serve" -d 'Receive pushed contacts, tickets and deals (n8n-style webhooks) until SIGINT/SIGTERM'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "webhook" -d 'Webhook keys for `crmctl serve`'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "stats" -d 'Dashboard figures: success rate, records and bytes synced, per-integration last sync, failures'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "chatwoot" -d 'Administer a Chatwoot helpdesk: agents, inboxes, the chat widget'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "sandbox" -d 'A local fake CRM/helpdesk API to try crmctl without a vendor account'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "import" -d 'Import integrations from other systems\' stores'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "apply" -d 'Create, update and (with --prune) delete orgs, assistants and integrations from YAML files'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "export" -d 'Write orgs, assistants and integrations as apply files (secrets as references), or a sealed bundle'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "schema" -d 'JSON Schemas for apply files and provider templates, for editors'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "store" -d 'The store itself: what it is, and moving it between SQLite and PostgreSQL'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "doctor" -d 'Check the keyring, key, store, templates, clock, integrations and queue'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "version" -d 'Print the version, the commit it was built from, its features and the store schema it supports'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and not __fish_seen_subcommand_from generate init status rotate export import help" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and not __fish_seen_subcommand_from generate init status rotate export import help" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and not __fish_seen_subcommand_from generate init status rotate export import help" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and not __fish_seen_subcommand_from generate init status rotate export import help" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and not __fish_seen_subcommand_from generate init status rotate export import help" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and not __fish_seen_subcommand_from generate init status rotate export import help" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and not __fish_seen_subcommand_from generate init status rotate export import help" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and not __fish_seen_subcommand_from generate init status rotate export import help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and not __fish_seen_subcommand_from generate init status rotate export import help" -f -a "generate" -d 'Print a new random 256-bit key, base64, for a CI secret store'
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and not __fish_seen_subcommand_from generate init status rotate export import help" -f -a "init" -d 'Create the store\'s master key and record its id and check value'
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and not __fish_seen_subcommand_from generate init status rotate export import help" -f -a "status" -d 'Say which key source is in use, the key id, and whether it opens the store'
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and not __fish_seen_subcommand_from generate init status rotate export import help" -f -a "rotate" -d 'Re-seal every secret under a new key, in one transaction'
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and not __fish_seen_subcommand_from generate init status rotate export import help" -f -a "export" -d 'Write the master key to a passphrase-sealed file (Argon2id + AES-256-GCM)'
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and not __fish_seen_subcommand_from generate init status rotate export import help" -f -a "import" -d 'Read a key file from `key export` and save the key in the OS keyring'
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and not __fish_seen_subcommand_from generate init status rotate export import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from generate" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from generate" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from generate" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from generate" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from generate" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from generate" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from generate" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from generate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from init" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from init" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from init" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from init" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from init" -l passphrase -d 'Derive the key from a passphrase (CRMCTL_PASSPHRASE or a prompt) with Argon2id'
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from init" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from init" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from init" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from status" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from status" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from status" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from status" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from rotate" -l to -d 'Where the new key lives [default: where the current one is]' -r -f -a "keyring\t'The OS keyring'
passphrase\t'A passphrase (CRMCTL_NEW_PASSPHRASE or a prompt)'
env\t'A key you keep yourself, given in CRMCTL_NEW_MASTER_KEY'"
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from rotate" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from rotate" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from rotate" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from rotate" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from rotate" -s y -l yes -d 'Do not ask for confirmation (required without a terminal; or CRMCTL_YES=1)'
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from rotate" -l dry-run -d 'Say what would be re-sealed and retired; change nothing'
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from rotate" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from rotate" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from rotate" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from rotate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from export" -l out -d 'File to write (created 0600; must not exist)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from export" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from export" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from export" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from export" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from export" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from import" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from import" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from import" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from import" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from import" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "generate" -d 'Print a new random 256-bit key, base64, for a CI secret store'
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "init" -d 'Create the store\'s master key and record its id and check value'
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "status" -d 'Say which key source is in use, the key id, and whether it opens the store'
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "rotate" -d 'Re-seal every secret under a new key, in one transaction'
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write the master key to a passphrase-sealed file (Argon2id + AES-256-GCM)'
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "import" -d 'Read a key file from `key export` and save the key in the OS keyring'
complete -c crmctl -n "__fish_crmctl_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and not __fish_seen_subcommand_from list show validate schema help" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and not __fish_seen_subcommand_from list show validate schema help" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and not __fish_seen_subcommand_from list show validate schema help" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and not __fish_seen_subcommand_from list show validate schema help" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and not __fish_seen_subcommand_from list show validate schema help" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and not __fish_seen_subcommand_from list show validate schema help" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and not __fish_seen_subcommand_from list show validate schema help" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and not __fish_seen_subcommand_from list show validate schema help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and not __fish_seen_subcommand_from list show validate schema help" -f -a "list" -d 'List the provider templates (built-in and your own)'
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and not __fish_seen_subcommand_from list show validate schema help" -f -a "show" -d 'Show one template: fields, auth, test, actions, what it cannot do'
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and not __fish_seen_subcommand_from list show validate schema help" -f -a "validate" -d 'Check template files; errors name file, line and column'
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and not __fish_seen_subcommand_from list show validate schema help" -f -a "schema" -d 'Print the JSON Schema of the template format, for editors'
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and not __fish_seen_subcommand_from list show validate schema help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and __fish_seen_subcommand_from list" -l limit -d 'At most this many rows (1 or more; use --all for every row)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and __fish_seen_subcommand_from list" -l offset -d 'Skip this many rows (the next page starts at offset + limit)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and __fish_seen_subcommand_from list" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and __fish_seen_subcommand_from list" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and __fish_seen_subcommand_from list" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and __fish_seen_subcommand_from list" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and __fish_seen_subcommand_from list" -l all -d 'Every row, however many (with -o json, one JSON array)'
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and __fish_seen_subcommand_from show" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and __fish_seen_subcommand_from show" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and __fish_seen_subcommand_from show" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and __fish_seen_subcommand_from show" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and __fish_seen_subcommand_from validate" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and __fish_seen_subcommand_from validate" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and __fish_seen_subcommand_from validate" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and __fish_seen_subcommand_from validate" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and __fish_seen_subcommand_from validate" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and __fish_seen_subcommand_from validate" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and __fish_seen_subcommand_from validate" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and __fish_seen_subcommand_from validate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and __fish_seen_subcommand_from schema" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and __fish_seen_subcommand_from schema" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and __fish_seen_subcommand_from schema" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and __fish_seen_subcommand_from schema" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and __fish_seen_subcommand_from schema" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and __fish_seen_subcommand_from schema" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and __fish_seen_subcommand_from schema" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and __fish_seen_subcommand_from schema" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the provider templates (built-in and your own)'
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one template: fields, auth, test, actions, what it cannot do'
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and __fish_seen_subcommand_from help" -f -a "validate" -d 'Check template files; errors name file, line and column'
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and __fish_seen_subcommand_from help" -f -a "schema" -d 'Print the JSON Schema of the template format, for editors'
complete -c crmctl -n "__fish_crmctl_using_subcommand template; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and not __fish_seen_subcommand_from add list remove set show plan help" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and not __fish_seen_subcommand_from add list remove set show plan help" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and not __fish_seen_subcommand_from add list remove set show plan help" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and not __fish_seen_subcommand_from add list remove set show plan help" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and not __fish_seen_subcommand_from add list remove set show plan help" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and not __fish_seen_subcommand_from add list remove set show plan help" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and not __fish_seen_subcommand_from add list remove set show plan help" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and not __fish_seen_subcommand_from add list remove set show plan help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and not __fish_seen_subcommand_from add list remove set show plan help" -f -a "add" -d 'Create an org'
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and not __fish_seen_subcommand_from add list remove set show plan help" -f -a "list" -d 'List orgs'
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and not __fish_seen_subcommand_from add list remove set show plan help" -f -a "remove" -d 'Remove an org and everything in it'
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and not __fish_seen_subcommand_from add list remove set show plan help" -f -a "set" -d 'Set (or with an empty value, clear) an org setting, e.g. agent_limit=3'
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and not __fish_seen_subcommand_from add list remove set show plan help" -f -a "show" -d 'Show an org: its plan, its limits and what counts against them'
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and not __fish_seen_subcommand_from add list remove set show plan help" -f -a "plan" -d 'The org\'s plan (tier): FREE, STARTER, PRO_PLUS, TEAM, BUSINESS, ENTERPRISE'
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and not __fish_seen_subcommand_from add list remove set show plan help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from add" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from add" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from add" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from add" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from list" -l limit -d 'At most this many rows (1 or more; use --all for every row)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from list" -l offset -d 'Skip this many rows (the next page starts at offset + limit)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from list" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from list" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from list" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from list" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from list" -l all -d 'Every row, however many (with -o json, one JSON array)'
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from remove" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from remove" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from remove" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from remove" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Do not ask for confirmation (required without a terminal)'
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from remove" -l dry-run -d 'Show what would be removed; change nothing'
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from set" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from set" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from set" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from set" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from show" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from show" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from show" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from show" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from plan" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from plan" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from plan" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from plan" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from plan" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from plan" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from plan" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from plan" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from plan" -f -a "set" -d 'Put an org on a plan (or `none` for no plan and no limits)'
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from plan" -f -a "list" -d 'List the plans, their limits and the kinds of integration each allows'
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from plan" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "add" -d 'Create an org'
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "list" -d 'List orgs'
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove an org and everything in it'
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set (or with an empty value, clear) an org setting, e.g. agent_limit=3'
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show an org: its plan, its limits and what counts against them'
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "plan" -d 'The org\'s plan (tier): FREE, STARTER, PRO_PLUS, TEAM, BUSINESS, ENTERPRISE'
complete -c crmctl -n "__fish_crmctl_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand assistant; and not __fish_seen_subcommand_from add list remove help" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand assistant; and not __fish_seen_subcommand_from add list remove help" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand assistant; and not __fish_seen_subcommand_from add list remove help" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand assistant; and not __fish_seen_subcommand_from add list remove help" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand assistant; and not __fish_seen_subcommand_from add list remove help" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand assistant; and not __fish_seen_subcommand_from add list remove help" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand assistant; and not __fish_seen_subcommand_from add list remove help" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand assistant; and not __fish_seen_subcommand_from add list remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand assistant; and not __fish_seen_subcommand_from add list remove help" -f -a "add" -d 'Create an assistant in the org (--org)'
complete -c crmctl -n "__fish_crmctl_using_subcommand assistant; and not __fish_seen_subcommand_from add list remove help" -f -a "list" -d 'List the org\'s assistants'
complete -c crmctl -n "__fish_crmctl_using_subcommand assistant; and not __fish_seen_subcommand_from add list remove help" -f -a "remove" -d 'Remove an assistant and its assistant-specific integrations'
complete -c crmctl -n "__fish_crmctl_using_subcommand assistant; and not __fish_seen_subcommand_from add list remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand assistant; and __fish_seen_subcommand_from add" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand assistant; and __fish_seen_subcommand_from add" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand assistant; and __fish_seen_subcommand_from add" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand assistant; and __fish_seen_subcommand_from add" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand assistant; and __fish_seen_subcommand_from add" -l integrations-disabled -d 'Create it with integrations switched off'
complete -c crmctl -n "__fish_crmctl_using_subcommand assistant; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand assistant; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand assistant; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand assistant; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand assistant; and __fish_seen_subcommand_from list" -l limit -d 'At most this many rows (1 or more; use --all for every row)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand assistant; and __fish_seen_subcommand_from list" -l offset -d 'Skip this many rows (the next page starts at offset + limit)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand assistant; and __fish_seen_subcommand_from list" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand assistant; and __fish_seen_subcommand_from list" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand assistant; and __fish_seen_subcommand_from list" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand assistant; and __fish_seen_subcommand_from list" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand assistant; and __fish_seen_subcommand_from list" -l all -d 'Every row, however many (with -o json, one JSON array)'
complete -c crmctl -n "__fish_crmctl_using_subcommand assistant; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand assistant; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand assistant; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand assistant; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand assistant; and __fish_seen_subcommand_from remove" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand assistant; and __fish_seen_subcommand_from remove" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand assistant; and __fish_seen_subcommand_from remove" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand assistant; and __fish_seen_subcommand_from remove" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand assistant; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Do not ask for confirmation (required without a terminal)'
complete -c crmctl -n "__fish_crmctl_using_subcommand assistant; and __fish_seen_subcommand_from remove" -l dry-run -d 'Show what would be removed; change nothing'
complete -c crmctl -n "__fish_crmctl_using_subcommand assistant; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand assistant; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand assistant; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand assistant; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand assistant; and __fish_seen_subcommand_from help" -f -a "add" -d 'Create an assistant in the org (--org)'
complete -c crmctl -n "__fish_crmctl_using_subcommand assistant; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the org\'s assistants'
complete -c crmctl -n "__fish_crmctl_using_subcommand assistant; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove an assistant and its assistant-specific integrations'
complete -c crmctl -n "__fish_crmctl_using_subcommand assistant; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and not __fish_seen_subcommand_from add list show edit remove enable disable help" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and not __fish_seen_subcommand_from add list show edit remove enable disable help" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and not __fish_seen_subcommand_from add list show edit remove enable disable help" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and not __fish_seen_subcommand_from add list show edit remove enable disable help" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and not __fish_seen_subcommand_from add list show edit remove enable disable help" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and not __fish_seen_subcommand_from add list show edit remove enable disable help" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and not __fish_seen_subcommand_from add list show edit remove enable disable help" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and not __fish_seen_subcommand_from add list show edit remove enable disable help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and not __fish_seen_subcommand_from add list show edit remove enable disable help" -f -a "add" -d 'Add an integration from a provider template'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and not __fish_seen_subcommand_from add list show edit remove enable disable help" -f -a "list" -d 'List the org\'s integrations'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and not __fish_seen_subcommand_from add list show edit remove enable disable help" -f -a "show" -d 'Show one integration; secrets are masked'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and not __fish_seen_subcommand_from add list show edit remove enable disable help" -f -a "edit" -d 'Change an integration\'s fields, secrets or settings'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and not __fish_seen_subcommand_from add list show edit remove enable disable help" -f -a "remove" -d 'Remove an integration, its secrets and what was synced through it'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and not __fish_seen_subcommand_from add list show edit remove enable disable help" -f -a "enable" -d 'Enable an integration'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and not __fish_seen_subcommand_from add list show edit remove enable disable help" -f -a "disable" -d 'Disable an integration (kept, but no event runs it)'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and not __fish_seen_subcommand_from add list show edit remove enable disable help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from add" -l name -d 'Name of the integration, unique in the org' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from add" -l assistant -d 'Make it specific to this assistant (default: an org default)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from add" -l field -d 'A non-secret field value (repeatable)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from add" -l secret -d 'A secret field and where to read it: env:VAR, file:PATH or - (repeatable)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from add" -l priority -d 'Run order in a chain; lower runs first [default: 100]' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from add" -l on -d 'An event that fires it (repeatable): conversation_ended, contact_request, escalation, kb_sync, low_score, or a custom name; EVENT:ACTION names the action to run (default: the template\'s action for the event)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from add" -l on-failure -d 'What a failure does to the rest of the chain [default: continue]' -r -f -a "continue\t'Later steps of the chain still run'
stop\t'The chain stops here'"
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from add" -l base-url -d 'Override the template\'s base URL (https, or http on loopback)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from add" -l when -d 'Run only when this condition on the event holds, e.g. \'event.score < 3\'' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from add" -l from-file -d 'Read the integration from a YAML file; flags override its values' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from add" -l timeout -d 'Give up on a request after this long (e.g. 10s, 500ms)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from add" -l max-response -d 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from add" -l max-pages -d 'Most pages one listing run (KB import, sync) follows' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from add" -l max-items -d 'Most items (articles, records) one listing run takes' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from add" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from add" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from add" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from add" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from add" -l disabled -d 'Add it disabled'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from add" -l test -d 'Test the connection first; a failing configuration is not saved'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from add" -l force -d 'With --test: save even when the test fails'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from list" -l limit -d 'At most this many rows (1 or more; use --all for every row)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from list" -l offset -d 'Skip this many rows (the next page starts at offset + limit)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from list" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from list" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from list" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from list" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from list" -l all -d 'Every row, however many (with -o json, one JSON array)'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from show" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from show" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from show" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from show" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from edit" -l rename -d 'New name' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from edit" -l assistant -d 'Make it specific to this assistant' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from edit" -l field -d 'Set a non-secret field (repeatable); KEY= clears an optional field' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from edit" -l secret -d 'Replace a secret: env:VAR, file:PATH or - (repeatable)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from edit" -l priority -d 'Run order in a chain; lower runs first' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from edit" -l on -d 'Replace the events that fire it (repeatable)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from edit" -l when -d 'Run only when this condition on the event holds, e.g. \'event.score < 3\'' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from edit" -l on-failure -d 'What a failure does to the rest of the chain' -r -f -a "continue\t'Later steps of the chain still run'
stop\t'The chain stops here'"
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from edit" -l base-url -d 'Override the base URL (https, or http on loopback)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from edit" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from edit" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from edit" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from edit" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from edit" -l org-default -d 'Make it an org default (not assistant-specific)'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from edit" -l no-events -d 'Remove every event subscription'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from edit" -l no-when -d 'Remove the condition'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from edit" -l template-base-url -d 'Go back to the template\'s base URL'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from edit" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from remove" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from remove" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from remove" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from remove" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Do not ask for confirmation (required without a terminal)'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from remove" -l dry-run -d 'Show what would be removed; change nothing'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from enable" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from enable" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from enable" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from enable" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from enable" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from enable" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from enable" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from disable" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from disable" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from disable" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from disable" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from disable" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from disable" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from disable" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add an integration from a provider template'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the org\'s integrations'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one integration; secrets are masked'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change an integration\'s fields, secrets or settings'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove an integration, its secrets and what was synced through it'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from help" -f -a "enable" -d 'Enable an integration'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from help" -f -a "disable" -d 'Disable an integration (kept, but no event runs it)'
complete -c crmctl -n "__fish_crmctl_using_subcommand integration; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and not __fish_seen_subcommand_from add list show edit remove enable disable help" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and not __fish_seen_subcommand_from add list show edit remove enable disable help" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and not __fish_seen_subcommand_from add list show edit remove enable disable help" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and not __fish_seen_subcommand_from add list show edit remove enable disable help" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and not __fish_seen_subcommand_from add list show edit remove enable disable help" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and not __fish_seen_subcommand_from add list show edit remove enable disable help" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and not __fish_seen_subcommand_from add list show edit remove enable disable help" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and not __fish_seen_subcommand_from add list show edit remove enable disable help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and not __fish_seen_subcommand_from add list show edit remove enable disable help" -f -a "add" -d 'Add an integration from a provider template'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and not __fish_seen_subcommand_from add list show edit remove enable disable help" -f -a "list" -d 'List the org\'s integrations'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and not __fish_seen_subcommand_from add list show edit remove enable disable help" -f -a "show" -d 'Show one integration; secrets are masked'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and not __fish_seen_subcommand_from add list show edit remove enable disable help" -f -a "edit" -d 'Change an integration\'s fields, secrets or settings'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and not __fish_seen_subcommand_from add list show edit remove enable disable help" -f -a "remove" -d 'Remove an integration, its secrets and what was synced through it'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and not __fish_seen_subcommand_from add list show edit remove enable disable help" -f -a "enable" -d 'Enable an integration'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and not __fish_seen_subcommand_from add list show edit remove enable disable help" -f -a "disable" -d 'Disable an integration (kept, but no event runs it)'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and not __fish_seen_subcommand_from add list show edit remove enable disable help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from add" -l name -d 'Name of the integration, unique in the org' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from add" -l assistant -d 'Make it specific to this assistant (default: an org default)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from add" -l field -d 'A non-secret field value (repeatable)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from add" -l secret -d 'A secret field and where to read it: env:VAR, file:PATH or - (repeatable)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from add" -l priority -d 'Run order in a chain; lower runs first [default: 100]' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from add" -l on -d 'An event that fires it (repeatable): conversation_ended, contact_request, escalation, kb_sync, low_score, or a custom name; EVENT:ACTION names the action to run (default: the template\'s action for the event)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from add" -l on-failure -d 'What a failure does to the rest of the chain [default: continue]' -r -f -a "continue\t'Later steps of the chain still run'
stop\t'The chain stops here'"
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from add" -l base-url -d 'Override the template\'s base URL (https, or http on loopback)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from add" -l when -d 'Run only when this condition on the event holds, e.g. \'event.score < 3\'' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from add" -l from-file -d 'Read the integration from a YAML file; flags override its values' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from add" -l timeout -d 'Give up on a request after this long (e.g. 10s, 500ms)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from add" -l max-response -d 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from add" -l max-pages -d 'Most pages one listing run (KB import, sync) follows' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from add" -l max-items -d 'Most items (articles, records) one listing run takes' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from add" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from add" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from add" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from add" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from add" -l disabled -d 'Add it disabled'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from add" -l test -d 'Test the connection first; a failing configuration is not saved'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from add" -l force -d 'With --test: save even when the test fails'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from list" -l limit -d 'At most this many rows (1 or more; use --all for every row)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from list" -l offset -d 'Skip this many rows (the next page starts at offset + limit)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from list" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from list" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from list" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from list" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from list" -l all -d 'Every row, however many (with -o json, one JSON array)'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from show" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from show" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from show" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from show" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from edit" -l rename -d 'New name' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from edit" -l assistant -d 'Make it specific to this assistant' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from edit" -l field -d 'Set a non-secret field (repeatable); KEY= clears an optional field' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from edit" -l secret -d 'Replace a secret: env:VAR, file:PATH or - (repeatable)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from edit" -l priority -d 'Run order in a chain; lower runs first' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from edit" -l on -d 'Replace the events that fire it (repeatable)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from edit" -l when -d 'Run only when this condition on the event holds, e.g. \'event.score < 3\'' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from edit" -l on-failure -d 'What a failure does to the rest of the chain' -r -f -a "continue\t'Later steps of the chain still run'
stop\t'The chain stops here'"
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from edit" -l base-url -d 'Override the base URL (https, or http on loopback)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from edit" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from edit" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from edit" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from edit" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from edit" -l org-default -d 'Make it an org default (not assistant-specific)'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from edit" -l no-events -d 'Remove every event subscription'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from edit" -l no-when -d 'Remove the condition'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from edit" -l template-base-url -d 'Go back to the template\'s base URL'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from edit" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from remove" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from remove" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from remove" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from remove" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Do not ask for confirmation (required without a terminal)'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from remove" -l dry-run -d 'Show what would be removed; change nothing'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from enable" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from enable" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from enable" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from enable" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from enable" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from enable" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from enable" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from disable" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from disable" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from disable" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from disable" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from disable" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from disable" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from disable" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add an integration from a provider template'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the org\'s integrations'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one integration; secrets are masked'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change an integration\'s fields, secrets or settings'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove an integration, its secrets and what was synced through it'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from help" -f -a "enable" -d 'Enable an integration'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from help" -f -a "disable" -d 'Disable an integration (kept, but no event runs it)'
complete -c crmctl -n "__fish_crmctl_using_subcommand int; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand test" -l concurrency -d 'How many tests run at once with --all (32: measured against a 100 ms provider, see the README\'s performance section)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand test" -l provider -d 'Test a configuration without saving it: the provider template id' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand test" -l field -d 'With --provider: a non-secret field (repeatable)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand test" -l secret -d 'With --provider: a secret and where to read it, env:VAR, file:PATH or -' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand test" -l base-url -d 'With --provider: override the base URL' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand test" -l timeout -d 'Give up on a request after this long (e.g. 10s, 500ms)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand test" -l max-response -d 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand test" -l max-pages -d 'Most pages one listing run (KB import, sync) follows' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand test" -l max-items -d 'Most items (articles, records) one listing run takes' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand test" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand test" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand test" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand test" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand test" -l all -d 'Test every enabled integration of the org'
complete -c crmctl -n "__fish_crmctl_using_subcommand test" -l include-disabled -d 'Include disabled integrations with --all'
complete -c crmctl -n "__fish_crmctl_using_subcommand test" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand test" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand test" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand test" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -f -a "login" -d 'Sign in with OAuth 2.0 (authorization code with PKCE) and seal the tokens'
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -f -a "status" -d 'Show whether an integration holds tokens and when they expire'
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -f -a "logout" -d 'Forget an integration\'s cached tokens'
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l port -d 'Loopback port for the redirect (default: a free port, unless the template fixes the redirect URI)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l wait -d 'Give up waiting for the sign-in after this long' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l timeout -d 'Give up on a request after this long (e.g. 10s, 500ms)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l max-response -d 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l max-pages -d 'Most pages one listing run (KB import, sync) follows' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l max-items -d 'Most items (articles, records) one listing run takes' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from login" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l no-browser -d 'Print the sign-in URL instead of opening a browser'
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from login" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from login" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from status" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -l timeout -d 'Give up on a request after this long (e.g. 10s, 500ms)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -l max-response -d 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -l max-pages -d 'Most pages one listing run (KB import, sync) follows' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -l max-items -d 'Most items (articles, records) one listing run takes' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -s y -l yes -d 'Do not ask for confirmation (required without a terminal; or CRMCTL_YES=1)'
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -l local-only -d 'Only forget the tokens here; do not revoke them at the provider'
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -l dry-run -d 'Show what would be forgotten; change nothing'
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "login" -d 'Sign in with OAuth 2.0 (authorization code with PKCE) and seal the tokens'
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show whether an integration holds tokens and when they expire'
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "logout" -d 'Forget an integration\'s cached tokens'
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand send" -l payload -d 'JSON payload file, or - for stdin' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand send" -l set -d 'Override a payload value: path=value, e.g. caller.phone=+61400000000 (repeatable)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand send" -l timeout -d 'Give up on a request after this long (e.g. 10s, 500ms)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand send" -l max-response -d 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand send" -l max-pages -d 'Most pages one listing run (KB import, sync) follows' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand send" -l max-items -d 'Most items (articles, records) one listing run takes' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand send" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand send" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand send" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand send" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand send" -l dry-run -d 'Print the rendered request with secrets masked; send nothing'
complete -c crmctl -n "__fish_crmctl_using_subcommand send" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand send" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand send" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand send" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and not __fish_seen_subcommand_from fire types list show help" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and not __fish_seen_subcommand_from fire types list show help" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and not __fish_seen_subcommand_from fire types list show help" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and not __fish_seen_subcommand_from fire types list show help" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and not __fish_seen_subcommand_from fire types list show help" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and not __fish_seen_subcommand_from fire types list show help" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and not __fish_seen_subcommand_from fire types list show help" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and not __fish_seen_subcommand_from fire types list show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and not __fish_seen_subcommand_from fire types list show help" -f -a "fire" -d 'Fire an event: each subscribed integration becomes a step in the queue'
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and not __fish_seen_subcommand_from fire types list show help" -f -a "types" -d 'List the event types and their payload schemas'
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and not __fish_seen_subcommand_from fire types list show help" -f -a "list" -d 'List recent events'
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and not __fish_seen_subcommand_from fire types list show help" -f -a "show" -d 'Show one event with its steps'
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and not __fish_seen_subcommand_from fire types list show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from fire" -l file -d 'Many events from a JSON-lines file (or - for stdin), one object a line: {"type": ..., "payload": {...}, "assistant": ..., "idempotency_key": ...}; every line is checked before anything is queued' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from fire" -l assistant -d 'The assistant the event comes from (its integrations, else the org defaults)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from fire" -l payload -d 'JSON payload file, or - for stdin' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from fire" -l set -d 'Override a payload value: path=value (repeatable)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from fire" -l idempotency-key -d 'Fire at most once per key: the same key again returns the first event' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from fire" -l max-attempts -d 'Attempts per step before it is dead-lettered' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from fire" -l concurrency -d 'Steps run at once' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from fire" -l lease -d 'How long a step\'s lease lasts; a running step renews it every third of that, so a killed worker\'s step runs again this soon' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from fire" -l retry-base -d 'First retry delay; it doubles each attempt (with jitter), up to 5 minutes' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from fire" -l timeout -d 'Give up on a request after this long (e.g. 10s, 500ms)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from fire" -l max-response -d 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from fire" -l max-pages -d 'Most pages one listing run (KB import, sync) follows' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from fire" -l max-items -d 'Most items (articles, records) one listing run takes' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from fire" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from fire" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from fire" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from fire" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from fire" -l wait -d 'Run the steps now and print each outcome'
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from fire" -l dry-run -d 'Print the plan and each rendered request (secrets masked); send nothing'
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from fire" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from fire" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from fire" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from fire" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from types" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from types" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from types" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from types" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from types" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from types" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from types" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from types" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from list" -l limit -d 'At most this many rows (1 or more; use --all for every row)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from list" -l offset -d 'Skip this many rows (the next page starts at offset + limit)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from list" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from list" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from list" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from list" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from list" -l all -d 'Every row, however many (with -o json, one JSON array)'
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from show" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from show" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from show" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from show" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from help" -f -a "fire" -d 'Fire an event: each subscribed integration becomes a step in the queue'
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from help" -f -a "types" -d 'List the event types and their payload schemas'
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from help" -f -a "list" -d 'List recent events'
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one event with its steps'
complete -c crmctl -n "__fish_crmctl_using_subcommand event; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and not __fish_seen_subcommand_from process list show retry purge help" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and not __fish_seen_subcommand_from process list show retry purge help" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and not __fish_seen_subcommand_from process list show retry purge help" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and not __fish_seen_subcommand_from process list show retry purge help" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and not __fish_seen_subcommand_from process list show retry purge help" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and not __fish_seen_subcommand_from process list show retry purge help" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and not __fish_seen_subcommand_from process list show retry purge help" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and not __fish_seen_subcommand_from process list show retry purge help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and not __fish_seen_subcommand_from process list show retry purge help" -f -a "process" -d 'Run the steps that are due now, then stop'
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and not __fish_seen_subcommand_from process list show retry purge help" -f -a "list" -d 'List steps (newest first)'
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and not __fish_seen_subcommand_from process list show retry purge help" -f -a "show" -d 'Show one step, or an event with its steps'
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and not __fish_seen_subcommand_from process list show retry purge help" -f -a "retry" -d 'Queue failed, dead or skipped steps again'
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and not __fish_seen_subcommand_from process list show retry purge help" -f -a "purge" -d 'Delete finished events, or dead letters'
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and not __fish_seen_subcommand_from process list show retry purge help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from process" -l concurrency -d 'Steps run at once' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from process" -l lease -d 'How long a step\'s lease lasts; a running step renews it every third of that, so a killed worker\'s step runs again this soon' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from process" -l retry-base -d 'First retry delay; it doubles each attempt (with jitter), up to 5 minutes' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from process" -l timeout -d 'Give up on a request after this long (e.g. 10s, 500ms)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from process" -l max-response -d 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from process" -l max-pages -d 'Most pages one listing run (KB import, sync) follows' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from process" -l max-items -d 'Most items (articles, records) one listing run takes' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from process" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from process" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from process" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from process" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from process" -l until-empty -d 'Keep going until nothing is pending, waiting out delayed retries'
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from process" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from process" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from process" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from process" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from list" -l status -d 'Only steps in this status: pending, running, succeeded, failed, dead, skipped (repeatable)' -r -f -a "pending\t''
running\t''
succeeded\t''
failed\t''
dead\t''
skipped\t''"
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from list" -l event -d 'Only this event\'s steps' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from list" -l limit -d 'At most this many rows (1 or more; use --all for every row)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from list" -l offset -d 'Skip this many rows (the next page starts at offset + limit)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from list" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from list" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from list" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from list" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from list" -l dead -d 'Only dead letters (same as --status dead)'
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from list" -l all -d 'Every row, however many (with -o json, one JSON array)'
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from show" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from show" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from show" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from show" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from retry" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from retry" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from retry" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from retry" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from retry" -l all-dead -d 'Every dead letter of the org'
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from retry" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from retry" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from retry" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from retry" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from purge" -l older-than -d 'Only what is older than this (e.g. 7d)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from purge" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from purge" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from purge" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from purge" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from purge" -l dead -d 'Delete dead letters'
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from purge" -l finished -d 'Delete finished events (succeeded, failed, partial, skipped) and their steps'
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from purge" -s y -l yes -d 'Do not ask for confirmation (required without a terminal; or CRMCTL_YES=1)'
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from purge" -l dry-run -d 'Count what would be deleted; delete nothing'
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from purge" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from purge" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from purge" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from purge" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from help" -f -a "process" -d 'Run the steps that are due now, then stop'
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from help" -f -a "list" -d 'List steps (newest first)'
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one step, or an event with its steps'
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from help" -f -a "retry" -d 'Queue failed, dead or skipped steps again'
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from help" -f -a "purge" -d 'Delete finished events, or dead letters'
complete -c crmctl -n "__fish_crmctl_using_subcommand queue; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand worker" -l poll -d 'How often to look for due steps when idle' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand worker" -l heartbeat -d 'How often `-v` prints a heartbeat line with the worker\'s counts' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand worker" -l stall -d 'How long the store may stay busy or unwritable before the worker exits 3 (it never idles silently)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand worker" -l concurrency -d 'Steps run at once' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand worker" -l lease -d 'How long a step\'s lease lasts; a running step renews it every third of that, so a killed worker\'s step runs again this soon' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand worker" -l retry-base -d 'First retry delay; it doubles each attempt (with jitter), up to 5 minutes' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand worker" -l timeout -d 'Give up on a request after this long (e.g. 10s, 500ms)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand worker" -l max-response -d 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand worker" -l max-pages -d 'Most pages one listing run (KB import, sync) follows' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand worker" -l max-items -d 'Most items (articles, records) one listing run takes' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand worker" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand worker" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand worker" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand worker" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand worker" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand worker" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand worker" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand worker" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand logs; and not __fish_seen_subcommand_from tail show help" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand logs; and not __fish_seen_subcommand_from tail show help" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand logs; and not __fish_seen_subcommand_from tail show help" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand logs; and not __fish_seen_subcommand_from tail show help" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand logs; and not __fish_seen_subcommand_from tail show help" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand logs; and not __fish_seen_subcommand_from tail show help" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand logs; and not __fish_seen_subcommand_from tail show help" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand logs; and not __fish_seen_subcommand_from tail show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand logs; and not __fish_seen_subcommand_from tail show help" -f -a "tail" -d 'Show sync-log rows, and with --follow new ones as they are written'
complete -c crmctl -n "__fish_crmctl_using_subcommand logs; and not __fish_seen_subcommand_from tail show help" -f -a "show" -d 'Show one row whole, with its redacted request and response'
complete -c crmctl -n "__fish_crmctl_using_subcommand logs; and not __fish_seen_subcommand_from tail show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand logs; and __fish_seen_subcommand_from tail" -l since -d 'Only rows since a duration ago (30m, 24h, 7d) or a time (RFC 3339)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand logs; and __fish_seen_subcommand_from tail" -l integration -d 'Only this integration (name)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand logs; and __fish_seen_subcommand_from tail" -l kind -d 'Only this kind: test, action, step, kb_import, record_sync, webhook; `audit` prints the audit log (changes of configuration) instead' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand logs; and __fish_seen_subcommand_from tail" -l status -d 'Only this status: success, failure, partial' -r -f -a "success\t''
failure\t''
partial\t''"
complete -c crmctl -n "__fish_crmctl_using_subcommand logs; and __fish_seen_subcommand_from tail" -l event-type -d 'Only rows of events of this type' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand logs; and __fish_seen_subcommand_from tail" -l limit -d 'How many rows of history (the newest)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand logs; and __fish_seen_subcommand_from tail" -l poll -d 'How often to look for new rows with --follow' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand logs; and __fish_seen_subcommand_from tail" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand logs; and __fish_seen_subcommand_from tail" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand logs; and __fish_seen_subcommand_from tail" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand logs; and __fish_seen_subcommand_from tail" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand logs; and __fish_seen_subcommand_from tail" -s f -l follow -d 'Keep printing new rows until interrupted'
complete -c crmctl -n "__fish_crmctl_using_subcommand logs; and __fish_seen_subcommand_from tail" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand logs; and __fish_seen_subcommand_from tail" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand logs; and __fish_seen_subcommand_from tail" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand logs; and __fish_seen_subcommand_from tail" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand logs; and __fish_seen_subcommand_from show" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand logs; and __fish_seen_subcommand_from show" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand logs; and __fish_seen_subcommand_from show" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand logs; and __fish_seen_subcommand_from show" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand logs; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand logs; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand logs; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand logs; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand logs; and __fish_seen_subcommand_from help" -f -a "tail" -d 'Show sync-log rows, and with --follow new ones as they are written'
complete -c crmctl -n "__fish_crmctl_using_subcommand logs; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one row whole, with its redacted request and response'
complete -c crmctl -n "__fish_crmctl_using_subcommand logs; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and not __fish_seen_subcommand_from import list show search export help" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and not __fish_seen_subcommand_from import list show search export help" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and not __fish_seen_subcommand_from import list show search export help" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and not __fish_seen_subcommand_from import list show search export help" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and not __fish_seen_subcommand_from import list show search export help" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and not __fish_seen_subcommand_from import list show search export help" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and not __fish_seen_subcommand_from import list show search export help" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and not __fish_seen_subcommand_from import list show search export help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and not __fish_seen_subcommand_from import list show search export help" -f -a "import" -d 'Import an integration\'s knowledge-base articles (incremental by default)'
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and not __fish_seen_subcommand_from import list show search export help" -f -a "list" -d 'List imported articles'
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and not __fish_seen_subcommand_from import list show search export help" -f -a "show" -d 'Show one article whole, by its id or the provider\'s id'
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and not __fish_seen_subcommand_from import list show search export help" -f -a "search" -d 'Full-text search over titles and bodies, best match first, with snippets'
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and not __fish_seen_subcommand_from import list show search export help" -f -a "export" -d 'Export articles as JSON lines or Markdown files'
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and not __fish_seen_subcommand_from import list show search export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from import" -l since -d 'Only articles changed since a duration ago (30m, 24h, 7d) or a time (RFC 3339)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from import" -l locale -d 'Only this locale (e.g. en-us), where the provider can filter by one' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from import" -l wait -d 'When a KB import of the same integration is already running (here or in another process): how long to wait for it before refusing with exit 2 (0s: refuse at once)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from import" -l timeout -d 'Give up on a request after this long (e.g. 10s, 500ms)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from import" -l max-response -d 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from import" -l max-pages -d 'Most pages one listing run (KB import, sync) follows' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from import" -l max-items -d 'Most items (articles, records) one listing run takes' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from import" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from import" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from import" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from import" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from import" -l full -d 'Read every article and archive those gone from the source'
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from import" -l dry-run -d 'Read and compare, but write nothing'
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from import" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from list" -l integration -d 'Only this integration\'s articles (name or id)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from list" -l locale -d 'Only this locale' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from list" -l limit -d 'At most this many rows (1 or more; use --all for every row)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from list" -l offset -d 'Skip this many rows (the next page starts at offset + limit)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from list" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from list" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from list" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from list" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from list" -l archived -d 'Include archived articles'
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from list" -l all -d 'Every row, however many (with -o json, one JSON array)'
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from show" -l integration -d 'The integration, where a provider id is not unique (name or id)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from show" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from show" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from show" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from show" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from search" -l integration -d 'Only this integration\'s articles (name or id)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from search" -l limit -d 'At most this many results' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from search" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from search" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from search" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from search" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from search" -l archived -d 'Include archived articles'
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from search" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from search" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from search" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from search" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from export" -l format -d 'Output format' -r -f -a "jsonl\t'One JSON object per line'
markdown\t'Markdown with a front-matter header'"
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from export" -l out -d 'Directory to write to (created if absent) [default: stdout]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from export" -l integration -d 'Only this integration\'s articles (name or id)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from export" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from export" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from export" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from export" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from export" -l archived -d 'Include archived articles'
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from export" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import an integration\'s knowledge-base articles (incremental by default)'
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from help" -f -a "list" -d 'List imported articles'
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one article whole, by its id or the provider\'s id'
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from help" -f -a "search" -d 'Full-text search over titles and bodies, best match first, with snippets'
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export articles as JSON lines or Markdown files'
complete -c crmctl -n "__fish_crmctl_using_subcommand kb; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and not __fish_seen_subcommand_from list set remove test help" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and not __fish_seen_subcommand_from list set remove test help" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and not __fish_seen_subcommand_from list set remove test help" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and not __fish_seen_subcommand_from list set remove test help" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and not __fish_seen_subcommand_from list set remove test help" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and not __fish_seen_subcommand_from list set remove test help" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and not __fish_seen_subcommand_from list set remove test help" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and not __fish_seen_subcommand_from list set remove test help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and not __fish_seen_subcommand_from list set remove test help" -f -a "list" -d 'List an integration\'s field mappings (or the platform\'s defaults)'
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and not __fish_seen_subcommand_from list set remove test help" -f -a "set" -d 'Create or replace a field mapping, or load mappings from a YAML file'
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and not __fish_seen_subcommand_from list set remove test help" -f -a "remove" -d 'Remove a field mapping'
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and not __fish_seen_subcommand_from list set remove test help" -f -a "test" -d 'Apply an integration\'s mappings to sample records and show the result'
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and not __fish_seen_subcommand_from list set remove test help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and __fish_seen_subcommand_from list" -l stream -d 'Only this stream: contacts, tickets or deals' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and __fish_seen_subcommand_from list" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and __fish_seen_subcommand_from list" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and __fish_seen_subcommand_from list" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and __fish_seen_subcommand_from list" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and __fish_seen_subcommand_from list" -l defaults -d 'Show the platform\'s default mappings instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and __fish_seen_subcommand_from set" -l stream -d 'contacts, tickets or deals' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and __fish_seen_subcommand_from set" -l target -d 'The platform field to fill (see below)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and __fish_seen_subcommand_from set" -l source -d 'A dot path into the source record (repeatable)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and __fish_seen_subcommand_from set" -l transform -d 'A transform, applied in order (repeatable; see below)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and __fish_seen_subcommand_from set" -l from-file -d 'A YAML list of mappings' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and __fish_seen_subcommand_from set" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and __fish_seen_subcommand_from set" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and __fish_seen_subcommand_from set" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and __fish_seen_subcommand_from set" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and __fish_seen_subcommand_from set" -l replace -d 'With --from-file: remove the other mappings of the streams in the file'
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and __fish_seen_subcommand_from remove" -l stream -d 'contacts, tickets or deals' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and __fish_seen_subcommand_from remove" -l target -d 'The platform field' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and __fish_seen_subcommand_from remove" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and __fish_seen_subcommand_from remove" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and __fish_seen_subcommand_from remove" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and __fish_seen_subcommand_from remove" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Do not ask for confirmation (required without a terminal; or CRMCTL_YES=1)'
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and __fish_seen_subcommand_from remove" -l dry-run -d 'Show what would be removed; change nothing'
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and __fish_seen_subcommand_from test" -l stream -d 'contacts, tickets or deals' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and __fish_seen_subcommand_from test" -l record -d 'A JSON file with one source record or an array of them; - for stdin' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and __fish_seen_subcommand_from test" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and __fish_seen_subcommand_from test" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and __fish_seen_subcommand_from test" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and __fish_seen_subcommand_from test" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and __fish_seen_subcommand_from test" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and __fish_seen_subcommand_from test" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and __fish_seen_subcommand_from test" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and __fish_seen_subcommand_from test" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and __fish_seen_subcommand_from help" -f -a "list" -d 'List an integration\'s field mappings (or the platform\'s defaults)'
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and __fish_seen_subcommand_from help" -f -a "set" -d 'Create or replace a field mapping, or load mappings from a YAML file'
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a field mapping'
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and __fish_seen_subcommand_from help" -f -a "test" -d 'Apply an integration\'s mappings to sample records and show the result'
complete -c crmctl -n "__fish_crmctl_using_subcommand mapping; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand sync" -l stream -d 'Only this stream: contacts, tickets or deals' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand sync" -l since -d 'Only records changed since a duration ago (30m, 24h, 7d) or a time (RFC 3339)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand sync" -l wait -d 'When a sync of the same integration and stream is already running (here or in another process): how long to wait for it before refusing with exit 2 (0s: refuse at once)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand sync" -l timeout -d 'Give up on a request after this long (e.g. 10s, 500ms)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand sync" -l max-response -d 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand sync" -l max-pages -d 'Most pages one listing run (KB import, sync) follows' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand sync" -l max-items -d 'Most items (articles, records) one listing run takes' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand sync" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand sync" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand sync" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand sync" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand sync" -l full -d 'Read every record and mark those gone from the source as deleted'
complete -c crmctl -n "__fish_crmctl_using_subcommand sync" -l dry-run -d 'Read, map and compare, but write nothing'
complete -c crmctl -n "__fish_crmctl_using_subcommand sync" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand sync" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand sync" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand sync" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand contacts; and not __fish_seen_subcommand_from list show help" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand contacts; and not __fish_seen_subcommand_from list show help" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand contacts; and not __fish_seen_subcommand_from list show help" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand contacts; and not __fish_seen_subcommand_from list show help" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand contacts; and not __fish_seen_subcommand_from list show help" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand contacts; and not __fish_seen_subcommand_from list show help" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand contacts; and not __fish_seen_subcommand_from list show help" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand contacts; and not __fish_seen_subcommand_from list show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand contacts; and not __fish_seen_subcommand_from list show help" -f -a "list" -d 'List synced records across integrations'
complete -c crmctl -n "__fish_crmctl_using_subcommand contacts; and not __fish_seen_subcommand_from list show help" -f -a "show" -d 'Show one record with every mapped field, by its id or the provider\'s id'
complete -c crmctl -n "__fish_crmctl_using_subcommand contacts; and not __fish_seen_subcommand_from list show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand contacts; and __fish_seen_subcommand_from list" -l search -d 'Words that must all appear' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand contacts; and __fish_seen_subcommand_from list" -l integration -d 'Only this integration\'s records (name or id)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand contacts; and __fish_seen_subcommand_from list" -l account -d 'Only this account\'s records (id or email domain)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand contacts; and __fish_seen_subcommand_from list" -l limit -d 'At most this many rows (1 or more; use --all for every row)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand contacts; and __fish_seen_subcommand_from list" -l offset -d 'Skip this many rows (the next page starts at offset + limit)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand contacts; and __fish_seen_subcommand_from list" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand contacts; and __fish_seen_subcommand_from list" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand contacts; and __fish_seen_subcommand_from list" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand contacts; and __fish_seen_subcommand_from list" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand contacts; and __fish_seen_subcommand_from list" -l deleted -d 'Include records marked deleted (gone from the source)'
complete -c crmctl -n "__fish_crmctl_using_subcommand contacts; and __fish_seen_subcommand_from list" -l all -d 'Every row, however many (with -o json, one JSON array)'
complete -c crmctl -n "__fish_crmctl_using_subcommand contacts; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand contacts; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand contacts; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand contacts; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand contacts; and __fish_seen_subcommand_from show" -l integration -d 'The integration, where a provider id is not unique (name or id)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand contacts; and __fish_seen_subcommand_from show" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand contacts; and __fish_seen_subcommand_from show" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand contacts; and __fish_seen_subcommand_from show" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand contacts; and __fish_seen_subcommand_from show" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand contacts; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand contacts; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand contacts; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand contacts; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand contacts; and __fish_seen_subcommand_from help" -f -a "list" -d 'List synced records across integrations'
complete -c crmctl -n "__fish_crmctl_using_subcommand contacts; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one record with every mapped field, by its id or the provider\'s id'
complete -c crmctl -n "__fish_crmctl_using_subcommand contacts; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand tickets; and not __fish_seen_subcommand_from list show help" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand tickets; and not __fish_seen_subcommand_from list show help" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand tickets; and not __fish_seen_subcommand_from list show help" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand tickets; and not __fish_seen_subcommand_from list show help" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand tickets; and not __fish_seen_subcommand_from list show help" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand tickets; and not __fish_seen_subcommand_from list show help" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand tickets; and not __fish_seen_subcommand_from list show help" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand tickets; and not __fish_seen_subcommand_from list show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand tickets; and not __fish_seen_subcommand_from list show help" -f -a "list" -d 'List synced records across integrations'
complete -c crmctl -n "__fish_crmctl_using_subcommand tickets; and not __fish_seen_subcommand_from list show help" -f -a "show" -d 'Show one record with every mapped field, by its id or the provider\'s id'
complete -c crmctl -n "__fish_crmctl_using_subcommand tickets; and not __fish_seen_subcommand_from list show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand tickets; and __fish_seen_subcommand_from list" -l search -d 'Words that must all appear' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand tickets; and __fish_seen_subcommand_from list" -l integration -d 'Only this integration\'s records (name or id)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand tickets; and __fish_seen_subcommand_from list" -l account -d 'Only this account\'s records (id or email domain)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand tickets; and __fish_seen_subcommand_from list" -l limit -d 'At most this many rows (1 or more; use --all for every row)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand tickets; and __fish_seen_subcommand_from list" -l offset -d 'Skip this many rows (the next page starts at offset + limit)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand tickets; and __fish_seen_subcommand_from list" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand tickets; and __fish_seen_subcommand_from list" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand tickets; and __fish_seen_subcommand_from list" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand tickets; and __fish_seen_subcommand_from list" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand tickets; and __fish_seen_subcommand_from list" -l deleted -d 'Include records marked deleted (gone from the source)'
complete -c crmctl -n "__fish_crmctl_using_subcommand tickets; and __fish_seen_subcommand_from list" -l all -d 'Every row, however many (with -o json, one JSON array)'
complete -c crmctl -n "__fish_crmctl_using_subcommand tickets; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand tickets; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand tickets; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand tickets; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand tickets; and __fish_seen_subcommand_from show" -l integration -d 'The integration, where a provider id is not unique (name or id)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand tickets; and __fish_seen_subcommand_from show" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand tickets; and __fish_seen_subcommand_from show" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand tickets; and __fish_seen_subcommand_from show" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand tickets; and __fish_seen_subcommand_from show" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand tickets; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand tickets; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand tickets; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand tickets; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand tickets; and __fish_seen_subcommand_from help" -f -a "list" -d 'List synced records across integrations'
complete -c crmctl -n "__fish_crmctl_using_subcommand tickets; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one record with every mapped field, by its id or the provider\'s id'
complete -c crmctl -n "__fish_crmctl_using_subcommand tickets; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand deals; and not __fish_seen_subcommand_from list show help" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand deals; and not __fish_seen_subcommand_from list show help" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand deals; and not __fish_seen_subcommand_from list show help" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand deals; and not __fish_seen_subcommand_from list show help" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand deals; and not __fish_seen_subcommand_from list show help" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand deals; and not __fish_seen_subcommand_from list show help" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand deals; and not __fish_seen_subcommand_from list show help" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand deals; and not __fish_seen_subcommand_from list show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand deals; and not __fish_seen_subcommand_from list show help" -f -a "list" -d 'List synced records across integrations'
complete -c crmctl -n "__fish_crmctl_using_subcommand deals; and not __fish_seen_subcommand_from list show help" -f -a "show" -d 'Show one record with every mapped field, by its id or the provider\'s id'
complete -c crmctl -n "__fish_crmctl_using_subcommand deals; and not __fish_seen_subcommand_from list show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand deals; and __fish_seen_subcommand_from list" -l search -d 'Words that must all appear' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand deals; and __fish_seen_subcommand_from list" -l integration -d 'Only this integration\'s records (name or id)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand deals; and __fish_seen_subcommand_from list" -l account -d 'Only this account\'s records (id or email domain)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand deals; and __fish_seen_subcommand_from list" -l limit -d 'At most this many rows (1 or more; use --all for every row)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand deals; and __fish_seen_subcommand_from list" -l offset -d 'Skip this many rows (the next page starts at offset + limit)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand deals; and __fish_seen_subcommand_from list" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand deals; and __fish_seen_subcommand_from list" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand deals; and __fish_seen_subcommand_from list" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand deals; and __fish_seen_subcommand_from list" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand deals; and __fish_seen_subcommand_from list" -l deleted -d 'Include records marked deleted (gone from the source)'
complete -c crmctl -n "__fish_crmctl_using_subcommand deals; and __fish_seen_subcommand_from list" -l all -d 'Every row, however many (with -o json, one JSON array)'
complete -c crmctl -n "__fish_crmctl_using_subcommand deals; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand deals; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand deals; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand deals; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand deals; and __fish_seen_subcommand_from show" -l integration -d 'The integration, where a provider id is not unique (name or id)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand deals; and __fish_seen_subcommand_from show" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand deals; and __fish_seen_subcommand_from show" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand deals; and __fish_seen_subcommand_from show" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand deals; and __fish_seen_subcommand_from show" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand deals; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand deals; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand deals; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand deals; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand deals; and __fish_seen_subcommand_from help" -f -a "list" -d 'List synced records across integrations'
complete -c crmctl -n "__fish_crmctl_using_subcommand deals; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one record with every mapped field, by its id or the provider\'s id'
complete -c crmctl -n "__fish_crmctl_using_subcommand deals; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand accounts; and not __fish_seen_subcommand_from list help" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand accounts; and not __fish_seen_subcommand_from list help" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand accounts; and not __fish_seen_subcommand_from list help" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand accounts; and not __fish_seen_subcommand_from list help" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand accounts; and not __fish_seen_subcommand_from list help" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand accounts; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand accounts; and not __fish_seen_subcommand_from list help" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand accounts; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand accounts; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'List accounts with their contacts, tickets and deals'
complete -c crmctl -n "__fish_crmctl_using_subcommand accounts; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand accounts; and __fish_seen_subcommand_from list" -l search -d 'Only accounts whose domain or name contains this' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand accounts; and __fish_seen_subcommand_from list" -l limit -d 'At most this many rows (1 or more; use --all for every row)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand accounts; and __fish_seen_subcommand_from list" -l offset -d 'Skip this many rows (the next page starts at offset + limit)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand accounts; and __fish_seen_subcommand_from list" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand accounts; and __fish_seen_subcommand_from list" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand accounts; and __fish_seen_subcommand_from list" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand accounts; and __fish_seen_subcommand_from list" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand accounts; and __fish_seen_subcommand_from list" -l all -d 'Every row, however many (with -o json, one JSON array)'
complete -c crmctl -n "__fish_crmctl_using_subcommand accounts; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand accounts; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand accounts; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand accounts; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand accounts; and __fish_seen_subcommand_from help" -f -a "list" -d 'List accounts with their contacts, tickets and deals'
complete -c crmctl -n "__fish_crmctl_using_subcommand accounts; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand schedule; and not __fish_seen_subcommand_from set list remove help" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand schedule; and not __fish_seen_subcommand_from set list remove help" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand schedule; and not __fish_seen_subcommand_from set list remove help" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand schedule; and not __fish_seen_subcommand_from set list remove help" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand schedule; and not __fish_seen_subcommand_from set list remove help" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand schedule; and not __fish_seen_subcommand_from set list remove help" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand schedule; and not __fish_seen_subcommand_from set list remove help" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand schedule; and not __fish_seen_subcommand_from set list remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand schedule; and not __fish_seen_subcommand_from set list remove help" -f -a "set" -d 'Create or replace the schedule of an integration\'s KB import or of one stream\'s sync'
complete -c crmctl -n "__fish_crmctl_using_subcommand schedule; and not __fish_seen_subcommand_from set list remove help" -f -a "list" -d 'List schedules with their next and last runs'
complete -c crmctl -n "__fish_crmctl_using_subcommand schedule; and not __fish_seen_subcommand_from set list remove help" -f -a "remove" -d 'Remove a schedule'
complete -c crmctl -n "__fish_crmctl_using_subcommand schedule; and not __fish_seen_subcommand_from set list remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand schedule; and __fish_seen_subcommand_from set" -l stream -d 'One stream\'s sync: contacts, tickets or deals' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand schedule; and __fish_seen_subcommand_from set" -l every -d 'Run every DURATION (30s, 15m, 6h, 1d)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand schedule; and __fish_seen_subcommand_from set" -l cron -d 'Run at a cron expression\'s times, UTC (\'0 * * * *\' is hourly)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand schedule; and __fish_seen_subcommand_from set" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand schedule; and __fish_seen_subcommand_from set" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand schedule; and __fish_seen_subcommand_from set" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand schedule; and __fish_seen_subcommand_from set" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand schedule; and __fish_seen_subcommand_from set" -l kb -d 'The knowledge-base import'
complete -c crmctl -n "__fish_crmctl_using_subcommand schedule; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand schedule; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand schedule; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand schedule; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand schedule; and __fish_seen_subcommand_from list" -l integration -d 'Only this integration\'s schedules (name or id)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand schedule; and __fish_seen_subcommand_from list" -l limit -d 'At most this many rows (1 or more; use --all for every row)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand schedule; and __fish_seen_subcommand_from list" -l offset -d 'Skip this many rows (the next page starts at offset + limit)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand schedule; and __fish_seen_subcommand_from list" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand schedule; and __fish_seen_subcommand_from list" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand schedule; and __fish_seen_subcommand_from list" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand schedule; and __fish_seen_subcommand_from list" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand schedule; and __fish_seen_subcommand_from list" -l all -d 'Every row, however many (with -o json, one JSON array)'
complete -c crmctl -n "__fish_crmctl_using_subcommand schedule; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand schedule; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand schedule; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand schedule; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand schedule; and __fish_seen_subcommand_from remove" -l stream -d 'One stream\'s sync: contacts, tickets or deals' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand schedule; and __fish_seen_subcommand_from remove" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand schedule; and __fish_seen_subcommand_from remove" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand schedule; and __fish_seen_subcommand_from remove" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand schedule; and __fish_seen_subcommand_from remove" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand schedule; and __fish_seen_subcommand_from remove" -l kb -d 'The knowledge-base import'
complete -c crmctl -n "__fish_crmctl_using_subcommand schedule; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Do not ask for confirmation (required without a terminal; or CRMCTL_YES=1)'
complete -c crmctl -n "__fish_crmctl_using_subcommand schedule; and __fish_seen_subcommand_from remove" -l dry-run -d 'Show what would be removed; change nothing'
complete -c crmctl -n "__fish_crmctl_using_subcommand schedule; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand schedule; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand schedule; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand schedule; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand schedule; and __fish_seen_subcommand_from help" -f -a "set" -d 'Create or replace the schedule of an integration\'s KB import or of one stream\'s sync'
complete -c crmctl -n "__fish_crmctl_using_subcommand schedule; and __fish_seen_subcommand_from help" -f -a "list" -d 'List schedules with their next and last runs'
complete -c crmctl -n "__fish_crmctl_using_subcommand schedule; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a schedule'
complete -c crmctl -n "__fish_crmctl_using_subcommand schedule; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand serve" -l listen -d 'Address to listen on (port 0 picks a free one and prints it)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand serve" -l max-body -d 'Largest request body accepted (bytes, or with KiB/MiB)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand serve" -l header-timeout -d 'Time a client has to send a request\'s headers, counted from when the connection is ready for them (a slow or silent client is dropped)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand serve" -l idle-timeout -d 'Longest a connection may go with no byte moving either way (a stalled body, an idle keep-alive)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand serve" -l max-connections -d 'Most connections open at once; one more is answered 503 and closed' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand serve" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand serve" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand serve" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand serve" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand serve" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand serve" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand serve" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand webhook; and not __fish_seen_subcommand_from key help" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand webhook; and not __fish_seen_subcommand_from key help" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand webhook; and not __fish_seen_subcommand_from key help" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand webhook; and not __fish_seen_subcommand_from key help" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand webhook; and not __fish_seen_subcommand_from key help" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand webhook; and not __fish_seen_subcommand_from key help" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand webhook; and not __fish_seen_subcommand_from key help" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand webhook; and not __fish_seen_subcommand_from key help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand webhook; and not __fish_seen_subcommand_from key help" -f -a "key" -d 'Create or rotate an integration\'s webhook key (printed once), or set one from a source'
complete -c crmctl -n "__fish_crmctl_using_subcommand webhook; and not __fish_seen_subcommand_from key help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand webhook; and __fish_seen_subcommand_from key" -l from -d 'Read the key from env:VAR, file:PATH or - (stdin) instead of making one' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand webhook; and __fish_seen_subcommand_from key" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand webhook; and __fish_seen_subcommand_from key" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand webhook; and __fish_seen_subcommand_from key" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand webhook; and __fish_seen_subcommand_from key" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand webhook; and __fish_seen_subcommand_from key" -s y -l yes -d 'Do not ask before replacing an existing key (required without a terminal; or CRMCTL_YES=1)'
complete -c crmctl -n "__fish_crmctl_using_subcommand webhook; and __fish_seen_subcommand_from key" -l dry-run -d 'Say whether a key would be set or replaced; change nothing'
complete -c crmctl -n "__fish_crmctl_using_subcommand webhook; and __fish_seen_subcommand_from key" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand webhook; and __fish_seen_subcommand_from key" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand webhook; and __fish_seen_subcommand_from key" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand webhook; and __fish_seen_subcommand_from key" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand webhook; and __fish_seen_subcommand_from help" -f -a "key" -d 'Create or rotate an integration\'s webhook key (printed once), or set one from a source'
complete -c crmctl -n "__fish_crmctl_using_subcommand webhook; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand stats" -l integration -d 'Only this integration\'s figures' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand stats" -l since -d 'The window for runs, success rate and the per-day picture: a duration ago (24h, 7d, 30d) or a time (RFC 3339)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand stats" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand stats" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand stats" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand stats" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand stats" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand stats" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand stats" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand stats" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and not __fish_seen_subcommand_from agents inboxes bots assign unassign widget-script help" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and not __fish_seen_subcommand_from agents inboxes bots assign unassign widget-script help" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and not __fish_seen_subcommand_from agents inboxes bots assign unassign widget-script help" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and not __fish_seen_subcommand_from agents inboxes bots assign unassign widget-script help" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and not __fish_seen_subcommand_from agents inboxes bots assign unassign widget-script help" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and not __fish_seen_subcommand_from agents inboxes bots assign unassign widget-script help" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and not __fish_seen_subcommand_from agents inboxes bots assign unassign widget-script help" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and not __fish_seen_subcommand_from agents inboxes bots assign unassign widget-script help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and not __fish_seen_subcommand_from agents inboxes bots assign unassign widget-script help" -f -a "agents" -d 'Agents of the Chatwoot account'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and not __fish_seen_subcommand_from agents inboxes bots assign unassign widget-script help" -f -a "inboxes" -d 'Inboxes of the Chatwoot account'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and not __fish_seen_subcommand_from agents inboxes bots assign unassign widget-script help" -f -a "bots" -d 'Agent bots of the Chatwoot account, and which inbox each answers'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and not __fish_seen_subcommand_from agents inboxes bots assign unassign widget-script help" -f -a "assign" -d 'Add an agent to an inbox'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and not __fish_seen_subcommand_from agents inboxes bots assign unassign widget-script help" -f -a "unassign" -d 'Remove an agent from an inbox'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and not __fish_seen_subcommand_from agents inboxes bots assign unassign widget-script help" -f -a "widget-script" -d 'Print the website widget embed snippet for an inbox'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and not __fish_seen_subcommand_from agents inboxes bots assign unassign widget-script help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from agents" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from agents" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from agents" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from agents" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from agents" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from agents" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from agents" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from agents" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from agents" -f -a "list" -d 'List agents'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from agents" -f -a "create" -d 'Create an agent (checked against the org\'s agent limit)'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from agents" -f -a "remove" -d 'Remove an agent'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from agents" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from inboxes" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from inboxes" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from inboxes" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from inboxes" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from inboxes" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from inboxes" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from inboxes" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from inboxes" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from inboxes" -f -a "list" -d 'List inboxes'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from inboxes" -f -a "create" -d 'Create an inbox (checked against the org\'s inbox limit)'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from inboxes" -f -a "members" -d 'The agents of an inbox: list, add, remove'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from inboxes" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from bots" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from bots" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from bots" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from bots" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from bots" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from bots" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from bots" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from bots" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from bots" -f -a "list" -d 'List agent bots'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from bots" -f -a "create" -d 'Create an agent bot that Chatwoot calls at its outgoing URL'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from bots" -f -a "attach" -d 'Attach an agent bot to an inbox (it answers the inbox\'s conversations)'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from bots" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from assign" -l integration -d 'The Chatwoot integration (default: the org\'s only one)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from assign" -l timeout -d 'Give up on a request after this long (e.g. 10s, 500ms)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from assign" -l max-response -d 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from assign" -l max-pages -d 'Most pages one listing run (KB import, sync) follows' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from assign" -l max-items -d 'Most items (articles, records) one listing run takes' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from assign" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from assign" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from assign" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from assign" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from assign" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from assign" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from assign" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from assign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from unassign" -l integration -d 'The Chatwoot integration (default: the org\'s only one)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from unassign" -l timeout -d 'Give up on a request after this long (e.g. 10s, 500ms)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from unassign" -l max-response -d 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from unassign" -l max-pages -d 'Most pages one listing run (KB import, sync) follows' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from unassign" -l max-items -d 'Most items (articles, records) one listing run takes' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from unassign" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from unassign" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from unassign" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from unassign" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from unassign" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from unassign" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from unassign" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from unassign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from widget-script" -l inbox -d 'Inbox id or name (a website inbox)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from widget-script" -l position -d 'Bubble position' -r -f -a "left\t''
right\t''"
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from widget-script" -l type -d 'Bubble type' -r -f -a "standard\t''
expanded_bubble\t''"
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from widget-script" -l integration -d 'The Chatwoot integration (default: the org\'s only one)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from widget-script" -l timeout -d 'Give up on a request after this long (e.g. 10s, 500ms)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from widget-script" -l max-response -d 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from widget-script" -l max-pages -d 'Most pages one listing run (KB import, sync) follows' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from widget-script" -l max-items -d 'Most items (articles, records) one listing run takes' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from widget-script" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from widget-script" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from widget-script" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from widget-script" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from widget-script" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from widget-script" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from widget-script" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from widget-script" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from help" -f -a "agents" -d 'Agents of the Chatwoot account'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from help" -f -a "inboxes" -d 'Inboxes of the Chatwoot account'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from help" -f -a "bots" -d 'Agent bots of the Chatwoot account, and which inbox each answers'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from help" -f -a "assign" -d 'Add an agent to an inbox'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from help" -f -a "unassign" -d 'Remove an agent from an inbox'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from help" -f -a "widget-script" -d 'Print the website widget embed snippet for an inbox'
complete -c crmctl -n "__fish_crmctl_using_subcommand chatwoot; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -f -a "serve" -d 'Serve the sandbox API on loopback until interrupted'
complete -c crmctl -n "__fish_crmctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l port -d 'Port on 127.0.0.1 (0 picks a free one and prints it)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l latency -d 'Added to every response' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l rate-limit-every -d 'Answer every Nth request with 429 and Retry-After (0: never)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l error-every -d 'Answer every Nth request with 503 (0: never)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l hang-every -d 'Never answer every Nth request (0: never)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l malformed-every -d 'Send a malformed JSON body on every Nth request (0: never)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l records -d 'Seed this many contacts, tickets, deals and articles each' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "serve" -d 'Serve the sandbox API on loopback until interrupted'
complete -c crmctl -n "__fish_crmctl_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand import; and not __fish_seen_subcommand_from legacy help" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand import; and not __fish_seen_subcommand_from legacy help" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand import; and not __fish_seen_subcommand_from legacy help" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand import; and not __fish_seen_subcommand_from legacy help" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand import; and not __fish_seen_subcommand_from legacy help" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand import; and not __fish_seen_subcommand_from legacy help" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand import; and not __fish_seen_subcommand_from legacy help" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand import; and not __fish_seen_subcommand_from legacy help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand import; and not __fish_seen_subcommand_from legacy help" -f -a "legacy" -d 'Import integrations from the seed systems\' stores, re-sealing every secret'
complete -c crmctl -n "__fish_crmctl_using_subcommand import; and not __fish_seen_subcommand_from legacy help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand import; and __fish_seen_subcommand_from legacy" -l format -d 'Layout of the export' -r -f -a "voxe\t'Voxe\'s Prisma Integration table (configuration JSON, sealed values)'
supabase-integrations\t'The Supabase integrations table (auth_config JSONB)'"
complete -c crmctl -n "__fish_crmctl_using_subcommand import; and __fish_seen_subcommand_from legacy" -l file -d 'The JSON export of the legacy table' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand import; and __fish_seen_subcommand_from legacy" -l legacy-key -d 'Where to read the legacy INTEGRATION_ENCRYPTION_KEY: env:VAR, file:PATH or - (stdin)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand import; and __fish_seen_subcommand_from legacy" -l default-field -d 'A plain field value for rows that lack it, e.g. chatwoot.inbox_id=3 (repeatable)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand import; and __fish_seen_subcommand_from legacy" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand import; and __fish_seen_subcommand_from legacy" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand import; and __fish_seen_subcommand_from legacy" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand import; and __fish_seen_subcommand_from legacy" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand import; and __fish_seen_subcommand_from legacy" -l dry-run -d 'Report what would be imported; write nothing'
complete -c crmctl -n "__fish_crmctl_using_subcommand import; and __fish_seen_subcommand_from legacy" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand import; and __fish_seen_subcommand_from legacy" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand import; and __fish_seen_subcommand_from legacy" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand import; and __fish_seen_subcommand_from legacy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "legacy" -d 'Import integrations from the seed systems\' stores, re-sealing every secret'
complete -c crmctl -n "__fish_crmctl_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand apply" -s f -l file -d 'A YAML file (one or more documents), a directory of them (repeatable), or - for stdin' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand apply" -l sealed -d 'Apply a bundle written by `crmctl export --sealed` (passphrase from CRMCTL_BUNDLE_PASSPHRASE or a prompt)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand apply" -l timeout -d 'Give up on a request after this long (e.g. 10s, 500ms)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand apply" -l max-response -d 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand apply" -l max-pages -d 'Most pages one listing run (KB import, sync) follows' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand apply" -l max-items -d 'Most items (articles, records) one listing run takes' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand apply" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand apply" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand apply" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand apply" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand apply" -l dry-run -d 'Print the plan; write nothing'
complete -c crmctl -n "__fish_crmctl_using_subcommand apply" -l prune -d 'Delete assistants and integrations the files do not declare, within the orgs they name'
complete -c crmctl -n "__fish_crmctl_using_subcommand apply" -s y -l yes -d 'With --prune: delete without asking (required without a terminal; or CRMCTL_YES=1)'
complete -c crmctl -n "__fish_crmctl_using_subcommand apply" -l test -d 'Test the connection of every integration created or changed; write nothing if one fails'
complete -c crmctl -n "__fish_crmctl_using_subcommand apply" -l detailed-exitcode -d 'Exit 0 when nothing changed and 4 when something changed (or would, with --dry-run)'
complete -c crmctl -n "__fish_crmctl_using_subcommand apply" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand apply" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand apply" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand apply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand export" -l out -d 'Write to this file instead of stdout (never overwritten)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand export" -l sealed -d 'Write a passphrase-sealed bundle including secrets\' values to FILE (never overwritten)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand export" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand export" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand export" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand export" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand export" -l all-orgs -d 'Every org, not only --org'
complete -c crmctl -n "__fish_crmctl_using_subcommand export" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand export" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand export" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand schema; and not __fish_seen_subcommand_from apply template help" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand schema; and not __fish_seen_subcommand_from apply template help" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand schema; and not __fish_seen_subcommand_from apply template help" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand schema; and not __fish_seen_subcommand_from apply template help" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand schema; and not __fish_seen_subcommand_from apply template help" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand schema; and not __fish_seen_subcommand_from apply template help" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand schema; and not __fish_seen_subcommand_from apply template help" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand schema; and not __fish_seen_subcommand_from apply template help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand schema; and not __fish_seen_subcommand_from apply template help" -f -a "apply" -d 'The JSON Schema of one apply document (YAML language servers read it)'
complete -c crmctl -n "__fish_crmctl_using_subcommand schema; and not __fish_seen_subcommand_from apply template help" -f -a "template" -d 'The JSON Schema of a provider template'
complete -c crmctl -n "__fish_crmctl_using_subcommand schema; and not __fish_seen_subcommand_from apply template help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand schema; and __fish_seen_subcommand_from apply" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand schema; and __fish_seen_subcommand_from apply" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand schema; and __fish_seen_subcommand_from apply" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand schema; and __fish_seen_subcommand_from apply" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand schema; and __fish_seen_subcommand_from apply" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand schema; and __fish_seen_subcommand_from apply" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand schema; and __fish_seen_subcommand_from apply" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand schema; and __fish_seen_subcommand_from apply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand schema; and __fish_seen_subcommand_from template" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand schema; and __fish_seen_subcommand_from template" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand schema; and __fish_seen_subcommand_from template" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand schema; and __fish_seen_subcommand_from template" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand schema; and __fish_seen_subcommand_from template" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand schema; and __fish_seen_subcommand_from template" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand schema; and __fish_seen_subcommand_from template" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand schema; and __fish_seen_subcommand_from template" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand schema; and __fish_seen_subcommand_from help" -f -a "apply" -d 'The JSON Schema of one apply document (YAML language servers read it)'
complete -c crmctl -n "__fish_crmctl_using_subcommand schema; and __fish_seen_subcommand_from help" -f -a "template" -d 'The JSON Schema of a provider template'
complete -c crmctl -n "__fish_crmctl_using_subcommand schema; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand completions" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand completions" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand completions" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand completions" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand completions" -l install -d 'Install name-completing completions for your user (bash or fish) and the man pages, instead of printing a script'
complete -c crmctl -n "__fish_crmctl_using_subcommand completions" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand completions" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand completions" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and not __fish_seen_subcommand_from info copy help" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and not __fish_seen_subcommand_from info copy help" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and not __fish_seen_subcommand_from info copy help" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and not __fish_seen_subcommand_from info copy help" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and not __fish_seen_subcommand_from info copy help" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and not __fish_seen_subcommand_from info copy help" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and not __fish_seen_subcommand_from info copy help" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and not __fish_seen_subcommand_from info copy help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and not __fish_seen_subcommand_from info copy help" -f -a "info" -d 'Show the store\'s engine, location (password masked), schema version, id and row counts'
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and not __fish_seen_subcommand_from info copy help" -f -a "copy" -d 'Copy a whole store to another engine or place (SQLite <-> PostgreSQL)'
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and not __fish_seen_subcommand_from info copy help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and __fish_seen_subcommand_from info" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and __fish_seen_subcommand_from info" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and __fish_seen_subcommand_from info" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and __fish_seen_subcommand_from info" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and __fish_seen_subcommand_from info" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and __fish_seen_subcommand_from info" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and __fish_seen_subcommand_from info" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and __fish_seen_subcommand_from copy" -l from -d 'The store to copy (default: --db / CRMCTL_DB)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and __fish_seen_subcommand_from copy" -l to -d 'Where to copy it: a SQLite path (created when absent) or a postgres:// URL' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and __fish_seen_subcommand_from copy" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and __fish_seen_subcommand_from copy" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and __fish_seen_subcommand_from copy" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and __fish_seen_subcommand_from copy" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and __fish_seen_subcommand_from copy" -l overwrite -d 'Replace what the target holds'
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and __fish_seen_subcommand_from copy" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and __fish_seen_subcommand_from copy" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and __fish_seen_subcommand_from copy" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and __fish_seen_subcommand_from copy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and __fish_seen_subcommand_from help" -f -a "info" -d 'Show the store\'s engine, location (password masked), schema version, id and row counts'
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and __fish_seen_subcommand_from help" -f -a "copy" -d 'Copy a whole store to another engine or place (SQLite <-> PostgreSQL)'
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand doctor" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand doctor" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand doctor" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand doctor" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand doctor" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand doctor" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand doctor" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand doctor" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand version" -l db -d 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand version" -l org -d 'The org (tenant) every command works in' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand version" -s o -l output -d 'Format of the data printed to stdout' -r -f -a "table\t'Human-readable tables'
json\t'Stable JSON (documented in the README)'
yaml\t'YAML'"
complete -c crmctl -n "__fish_crmctl_using_subcommand version" -l template-dir -d 'Extra directory of provider templates (repeatable; later ones win)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand version" -l no-input -d 'Never prompt; fail with a message naming the missing flag instead'
complete -c crmctl -n "__fish_crmctl_using_subcommand version" -s q -l quiet -d 'Print only data and errors'
complete -c crmctl -n "__fish_crmctl_using_subcommand version" -s v -l verbose -d 'Print more detail to stderr (repeat for more)'
complete -c crmctl -n "__fish_crmctl_using_subcommand version" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from key template org assistant integration test auth send event queue worker logs kb mapping sync contacts tickets deals accounts schedule serve webhook stats chatwoot sandbox import apply export schema completions store doctor version help" -f -a "key" -d 'Create, inspect, rotate and move the master key'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from key template org assistant integration test auth send event queue worker logs kb mapping sync contacts tickets deals accounts schedule serve webhook stats chatwoot sandbox import apply export schema completions store doctor version help" -f -a "template" -d 'List, show and validate provider templates'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from key template org assistant integration test auth send event queue worker logs kb mapping sync contacts tickets deals accounts schedule serve webhook stats chatwoot sandbox import apply export schema completions store doctor version help" -f -a "org" -d 'Manage orgs (tenants)'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from key template org assistant integration test auth send event queue worker logs kb mapping sync contacts tickets deals accounts schedule serve webhook stats chatwoot sandbox import apply export schema completions store doctor version help" -f -a "assistant" -d 'Manage assistants (voice or chat agents) in an org'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from key template org assistant integration test auth send event queue worker logs kb mapping sync contacts tickets deals accounts schedule serve webhook stats chatwoot sandbox import apply export schema completions store doctor version help" -f -a "integration" -d 'Configure integrations'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from key template org assistant integration test auth send event queue worker logs kb mapping sync contacts tickets deals accounts schedule serve webhook stats chatwoot sandbox import apply export schema completions store doctor version help" -f -a "test" -d 'Test integrations\' connections and say precisely what is wrong'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from key template org assistant integration test auth send event queue worker logs kb mapping sync contacts tickets deals accounts schedule serve webhook stats chatwoot sandbox import apply export schema completions store doctor version help" -f -a "auth" -d 'OAuth 2.0 sign-in for integrations that use the authorization-code flow'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from key template org assistant integration test auth send event queue worker logs kb mapping sync contacts tickets deals accounts schedule serve webhook stats chatwoot sandbox import apply export schema completions store doctor version help" -f -a "send" -d 'Run one action of one integration now (or show it with --dry-run)'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from key template org assistant integration test auth send event queue worker logs kb mapping sync contacts tickets deals accounts schedule serve webhook stats chatwoot sandbox import apply export schema completions store doctor version help" -f -a "event" -d 'Fire events that run chained integrations through the queue'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from key template org assistant integration test auth send event queue worker logs kb mapping sync contacts tickets deals accounts schedule serve webhook stats chatwoot sandbox import apply export schema completions store doctor version help" -f -a "queue" -d 'Inspect and manage the durable step queue, including dead letters'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from key template org assistant integration test auth send event queue worker logs kb mapping sync contacts tickets deals accounts schedule serve webhook stats chatwoot sandbox import apply export schema completions store doctor version help" -f -a "worker" -d 'Run the queue until SIGINT/SIGTERM'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from key template org assistant integration test auth send event queue worker logs kb mapping sync contacts tickets deals accounts schedule serve webhook stats chatwoot sandbox import apply export schema completions store doctor version help" -f -a "logs" -d 'Read the sync log: tests, steps, imports, syncs, webhooks'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from key template org assistant integration test auth send event queue worker logs kb mapping sync contacts tickets deals accounts schedule serve webhook stats chatwoot sandbox import apply export schema completions store doctor version help" -f -a "kb" -d 'Import, search and export the assistant\'s knowledge base from a helpdesk'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from key template org assistant integration test auth send event queue worker logs kb mapping sync contacts tickets deals accounts schedule serve webhook stats chatwoot sandbox import apply export schema completions store doctor version help" -f -a "mapping" -d 'Map source records\' fields to the platform\'s contacts, tickets and deals'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from key template org assistant integration test auth send event queue worker logs kb mapping sync contacts tickets deals accounts schedule serve webhook stats chatwoot sandbox import apply export schema completions store doctor version help" -f -a "sync" -d 'Sync contacts, tickets and deals from a CRM or helpdesk (incremental by default)'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from key template org assistant integration test auth send event queue worker logs kb mapping sync contacts tickets deals accounts schedule serve webhook stats chatwoot sandbox import apply export schema completions store doctor version help" -f -a "contacts" -d 'The unified contacts view across every connected CRM'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from key template org assistant integration test auth send event queue worker logs kb mapping sync contacts tickets deals accounts schedule serve webhook stats chatwoot sandbox import apply export schema completions store doctor version help" -f -a "tickets" -d 'The unified tickets view across every connected helpdesk'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from key template org assistant integration test auth send event queue worker logs kb mapping sync contacts tickets deals accounts schedule serve webhook stats chatwoot sandbox import apply export schema completions store doctor version help" -f -a "deals" -d 'The unified deals view across every connected CRM'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from key template org assistant integration test auth send event queue worker logs kb mapping sync contacts tickets deals accounts schedule serve webhook stats chatwoot sandbox import apply export schema completions store doctor version help" -f -a "accounts" -d 'Accounts: synced contacts grouped by their email domain'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from key template org assistant integration test auth send event queue worker logs kb mapping sync contacts tickets deals accounts schedule serve webhook stats chatwoot sandbox import apply export schema completions store doctor version help" -f -a "schedule" -d 'Run knowledge-base imports and record syncs on a schedule (`crmctl worker` runs them)'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from key template org assistant integration test auth send event queue worker logs kb mapping sync contacts tickets deals accounts schedule serve webhook stats chatwoot sandbox import apply export schema completions store doctor version help" -f -a "serve" -d 'Receive pushed contacts, tickets and deals (n8n-style webhooks) until SIGINT/SIGTERM'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from key template org assistant integration test auth send event queue worker logs kb mapping sync contacts tickets deals accounts schedule serve webhook stats chatwoot sandbox import apply export schema completions store doctor version help" -f -a "webhook" -d 'Webhook keys for `crmctl serve`'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from key template org assistant integration test auth send event queue worker logs kb mapping sync contacts tickets deals accounts schedule serve webhook stats chatwoot sandbox import apply export schema completions store doctor version help" -f -a "stats" -d 'Dashboard figures: success rate, records and bytes synced, per-integration last sync, failures'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from key template org assistant integration test auth send event queue worker logs kb mapping sync contacts tickets deals accounts schedule serve webhook stats chatwoot sandbox import apply export schema completions store doctor version help" -f -a "chatwoot" -d 'Administer a Chatwoot helpdesk: agents, inboxes, the chat widget'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from key template org assistant integration test auth send event queue worker logs kb mapping sync contacts tickets deals accounts schedule serve webhook stats chatwoot sandbox import apply export schema completions store doctor version help" -f -a "sandbox" -d 'A local fake CRM/helpdesk API to try crmctl without a vendor account'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from key template org assistant integration test auth send event queue worker logs kb mapping sync contacts tickets deals accounts schedule serve webhook stats chatwoot sandbox import apply export schema completions store doctor version help" -f -a "import" -d 'Import integrations from other systems\' stores'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from key template org assistant integration test auth send event queue worker logs kb mapping sync contacts tickets deals accounts schedule serve webhook stats chatwoot sandbox import apply export schema completions store doctor version help" -f -a "apply" -d 'Create, update and (with --prune) delete orgs, assistants and integrations from YAML files'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from key template org assistant integration test auth send event queue worker logs kb mapping sync contacts tickets deals accounts schedule serve webhook stats chatwoot sandbox import apply export schema completions store doctor version help" -f -a "export" -d 'Write orgs, assistants and integrations as apply files (secrets as references), or a sealed bundle'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from key template org assistant integration test auth send event queue worker logs kb mapping sync contacts tickets deals accounts schedule serve webhook stats chatwoot sandbox import apply export schema completions store doctor version help" -f -a "schema" -d 'JSON Schemas for apply files and provider templates, for editors'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from key template org assistant integration test auth send event queue worker logs kb mapping sync contacts tickets deals accounts schedule serve webhook stats chatwoot sandbox import apply export schema completions store doctor version help" -f -a "completions" -d 'Print a shell completion script'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from key template org assistant integration test auth send event queue worker logs kb mapping sync contacts tickets deals accounts schedule serve webhook stats chatwoot sandbox import apply export schema completions store doctor version help" -f -a "store" -d 'The store itself: what it is, and moving it between SQLite and PostgreSQL'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from key template org assistant integration test auth send event queue worker logs kb mapping sync contacts tickets deals accounts schedule serve webhook stats chatwoot sandbox import apply export schema completions store doctor version help" -f -a "doctor" -d 'Check the keyring, key, store, templates, clock, integrations and queue'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from key template org assistant integration test auth send event queue worker logs kb mapping sync contacts tickets deals accounts schedule serve webhook stats chatwoot sandbox import apply export schema completions store doctor version help" -f -a "version" -d 'Print the version, the commit it was built from, its features and the store schema it supports'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from key template org assistant integration test auth send event queue worker logs kb mapping sync contacts tickets deals accounts schedule serve webhook stats chatwoot sandbox import apply export schema completions store doctor version help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from key" -f -a "generate" -d 'Print a new random 256-bit key, base64, for a CI secret store'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from key" -f -a "init" -d 'Create the store\'s master key and record its id and check value'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from key" -f -a "status" -d 'Say which key source is in use, the key id, and whether it opens the store'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from key" -f -a "rotate" -d 'Re-seal every secret under a new key, in one transaction'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from key" -f -a "export" -d 'Write the master key to a passphrase-sealed file (Argon2id + AES-256-GCM)'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from key" -f -a "import" -d 'Read a key file from `key export` and save the key in the OS keyring'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from template" -f -a "list" -d 'List the provider templates (built-in and your own)'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from template" -f -a "show" -d 'Show one template: fields, auth, test, actions, what it cannot do'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from template" -f -a "validate" -d 'Check template files; errors name file, line and column'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from template" -f -a "schema" -d 'Print the JSON Schema of the template format, for editors'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "add" -d 'Create an org'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "list" -d 'List orgs'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "remove" -d 'Remove an org and everything in it'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "set" -d 'Set (or with an empty value, clear) an org setting, e.g. agent_limit=3'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "show" -d 'Show an org: its plan, its limits and what counts against them'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "plan" -d 'The org\'s plan (tier): FREE, STARTER, PRO_PLUS, TEAM, BUSINESS, ENTERPRISE'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from assistant" -f -a "add" -d 'Create an assistant in the org (--org)'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from assistant" -f -a "list" -d 'List the org\'s assistants'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from assistant" -f -a "remove" -d 'Remove an assistant and its assistant-specific integrations'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from integration" -f -a "add" -d 'Add an integration from a provider template'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from integration" -f -a "list" -d 'List the org\'s integrations'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from integration" -f -a "show" -d 'Show one integration; secrets are masked'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from integration" -f -a "edit" -d 'Change an integration\'s fields, secrets or settings'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from integration" -f -a "remove" -d 'Remove an integration, its secrets and what was synced through it'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from integration" -f -a "enable" -d 'Enable an integration'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from integration" -f -a "disable" -d 'Disable an integration (kept, but no event runs it)'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "login" -d 'Sign in with OAuth 2.0 (authorization code with PKCE) and seal the tokens'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "status" -d 'Show whether an integration holds tokens and when they expire'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "logout" -d 'Forget an integration\'s cached tokens'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from event" -f -a "fire" -d 'Fire an event: each subscribed integration becomes a step in the queue'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from event" -f -a "types" -d 'List the event types and their payload schemas'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from event" -f -a "list" -d 'List recent events'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from event" -f -a "show" -d 'Show one event with its steps'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from queue" -f -a "process" -d 'Run the steps that are due now, then stop'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from queue" -f -a "list" -d 'List steps (newest first)'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from queue" -f -a "show" -d 'Show one step, or an event with its steps'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from queue" -f -a "retry" -d 'Queue failed, dead or skipped steps again'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from queue" -f -a "purge" -d 'Delete finished events, or dead letters'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from logs" -f -a "tail" -d 'Show sync-log rows, and with --follow new ones as they are written'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from logs" -f -a "show" -d 'Show one row whole, with its redacted request and response'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from kb" -f -a "import" -d 'Import an integration\'s knowledge-base articles (incremental by default)'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from kb" -f -a "list" -d 'List imported articles'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from kb" -f -a "show" -d 'Show one article whole, by its id or the provider\'s id'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from kb" -f -a "search" -d 'Full-text search over titles and bodies, best match first, with snippets'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from kb" -f -a "export" -d 'Export articles as JSON lines or Markdown files'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from mapping" -f -a "list" -d 'List an integration\'s field mappings (or the platform\'s defaults)'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from mapping" -f -a "set" -d 'Create or replace a field mapping, or load mappings from a YAML file'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from mapping" -f -a "remove" -d 'Remove a field mapping'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from mapping" -f -a "test" -d 'Apply an integration\'s mappings to sample records and show the result'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from contacts" -f -a "list" -d 'List synced records across integrations'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from contacts" -f -a "show" -d 'Show one record with every mapped field, by its id or the provider\'s id'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from tickets" -f -a "list" -d 'List synced records across integrations'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from tickets" -f -a "show" -d 'Show one record with every mapped field, by its id or the provider\'s id'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from deals" -f -a "list" -d 'List synced records across integrations'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from deals" -f -a "show" -d 'Show one record with every mapped field, by its id or the provider\'s id'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from accounts" -f -a "list" -d 'List accounts with their contacts, tickets and deals'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from schedule" -f -a "set" -d 'Create or replace the schedule of an integration\'s KB import or of one stream\'s sync'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from schedule" -f -a "list" -d 'List schedules with their next and last runs'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from schedule" -f -a "remove" -d 'Remove a schedule'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from webhook" -f -a "key" -d 'Create or rotate an integration\'s webhook key (printed once), or set one from a source'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from chatwoot" -f -a "agents" -d 'Agents of the Chatwoot account'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from chatwoot" -f -a "inboxes" -d 'Inboxes of the Chatwoot account'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from chatwoot" -f -a "bots" -d 'Agent bots of the Chatwoot account, and which inbox each answers'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from chatwoot" -f -a "assign" -d 'Add an agent to an inbox'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from chatwoot" -f -a "unassign" -d 'Remove an agent from an inbox'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from chatwoot" -f -a "widget-script" -d 'Print the website widget embed snippet for an inbox'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "serve" -d 'Serve the sandbox API on loopback until interrupted'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "legacy" -d 'Import integrations from the seed systems\' stores, re-sealing every secret'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from schema" -f -a "apply" -d 'The JSON Schema of one apply document (YAML language servers read it)'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from schema" -f -a "template" -d 'The JSON Schema of a provider template'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from store" -f -a "info" -d 'Show the store\'s engine, location (password masked), schema version, id and row counts'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from store" -f -a "copy" -d 'Copy a whole store to another engine or place (SQLite <-> PostgreSQL)'
