
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'crmctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'crmctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'crmctl' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'Create, inspect, rotate and move the master key')
            [CompletionResult]::new('template', 'template', [CompletionResultType]::ParameterValue, 'List, show and validate provider templates')
            [CompletionResult]::new('org', 'org', [CompletionResultType]::ParameterValue, 'Manage orgs (tenants)')
            [CompletionResult]::new('assistant', 'assistant', [CompletionResultType]::ParameterValue, 'Manage assistants (voice or chat agents) in an org')
            [CompletionResult]::new('integration', 'integration', [CompletionResultType]::ParameterValue, 'Configure integrations')
            [CompletionResult]::new('int', 'int', [CompletionResultType]::ParameterValue, 'Configure integrations')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Test integrations'' connections and say precisely what is wrong')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'OAuth 2.0 sign-in for integrations that use the authorization-code flow')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Run one action of one integration now (or show it with --dry-run)')
            [CompletionResult]::new('event', 'event', [CompletionResultType]::ParameterValue, 'Fire events that run chained integrations through the queue')
            [CompletionResult]::new('queue', 'queue', [CompletionResultType]::ParameterValue, 'Inspect and manage the durable step queue, including dead letters')
            [CompletionResult]::new('worker', 'worker', [CompletionResultType]::ParameterValue, 'Run the queue until SIGINT/SIGTERM')
            [CompletionResult]::new('logs', 'logs', [CompletionResultType]::ParameterValue, 'Read the sync log: tests, steps, imports, syncs, webhooks')
            [CompletionResult]::new('kb', 'kb', [CompletionResultType]::ParameterValue, 'Import, search and export the assistant''s knowledge base from a helpdesk')
            [CompletionResult]::new('mapping', 'mapping', [CompletionResultType]::ParameterValue, 'Map source records'' fields to the platform''s contacts, tickets and deals')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Sync contacts, tickets and deals from a CRM or helpdesk (incremental by default)')
            [CompletionResult]::new('contacts', 'contacts', [CompletionResultType]::ParameterValue, 'The unified contacts view across every connected CRM')
            [CompletionResult]::new('tickets', 'tickets', [CompletionResultType]::ParameterValue, 'The unified tickets view across every connected helpdesk')
            [CompletionResult]::new('deals', 'deals', [CompletionResultType]::ParameterValue, 'The unified deals view across every connected CRM')
            [CompletionResult]::new('accounts', 'accounts', [CompletionResultType]::ParameterValue, 'Accounts: synced contacts grouped by their email domain')
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'Run knowledge-base imports and record syncs on a schedule (`crmctl worker` runs them)')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Receive pushed contacts, tickets and deals (n8n-style webhooks) until SIGINT/SIGTERM')
            [CompletionResult]::new('webhook', 'webhook', [CompletionResultType]::ParameterValue, 'Webhook keys for `crmctl serve`')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Dashboard figures: success rate, records and bytes synced, per-integration last sync, failures')
            [CompletionResult]::new('chatwoot', 'chatwoot', [CompletionResultType]::ParameterValue, 'Administer a Chatwoot helpdesk: agents, inboxes, the chat widget')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'A local fake CRM/helpdesk API to try crmctl without a vendor account')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import integrations from other systems'' stores')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Create, update and (with --prune) delete orgs, assistants and integrations from YAML files')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write orgs, assistants and integrations as apply files (secrets as references), or a sealed bundle')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'JSON Schemas for apply files and provider templates, for editors')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('store', 'store', [CompletionResultType]::ParameterValue, 'The store itself: what it is, and moving it between SQLite and PostgreSQL')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check the keyring, key, store, templates, clock, integrations and queue')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Print the version, the commit it was built from, its features and the store schema it supports')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;key' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Print a new random 256-bit key, base64, for a CI secret store')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the store''s master key and record its id and check value')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Say which key source is in use, the key id, and whether it opens the store')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Re-seal every secret under a new key, in one transaction')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the master key to a passphrase-sealed file (Argon2id + AES-256-GCM)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Read a key file from `key export` and save the key in the OS keyring')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;key;generate' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;key;init' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--passphrase', '--passphrase', [CompletionResultType]::ParameterName, 'Derive the key from a passphrase (CRMCTL_PASSPHRASE or a prompt) with Argon2id')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;key;status' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;key;rotate' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Where the new key lives [default: where the current one is]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required without a terminal; or CRMCTL_YES=1)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required without a terminal; or CRMCTL_YES=1)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Say what would be re-sealed and retired; change nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;key;export' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'File to write (created 0600; must not exist)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;key;import' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;key;help' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Print a new random 256-bit key, base64, for a CI secret store')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the store''s master key and record its id and check value')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Say which key source is in use, the key id, and whether it opens the store')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Re-seal every secret under a new key, in one transaction')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the master key to a passphrase-sealed file (Argon2id + AES-256-GCM)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Read a key file from `key export` and save the key in the OS keyring')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;key;help;generate' {
            break
        }
        'crmctl;key;help;init' {
            break
        }
        'crmctl;key;help;status' {
            break
        }
        'crmctl;key;help;rotate' {
            break
        }
        'crmctl;key;help;export' {
            break
        }
        'crmctl;key;help;import' {
            break
        }
        'crmctl;key;help;help' {
            break
        }
        'crmctl;template' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the provider templates (built-in and your own)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one template: fields, auth, test, actions, what it cannot do')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check template files; errors name file, line and column')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print the JSON Schema of the template format, for editors')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;template;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows (1 or more; use --all for every row)')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows (the next page starts at offset + limit)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every row, however many (with -o json, one JSON array)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;template;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;template;validate' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;template;schema' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;template;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the provider templates (built-in and your own)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one template: fields, auth, test, actions, what it cannot do')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check template files; errors name file, line and column')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print the JSON Schema of the template format, for editors')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;template;help;list' {
            break
        }
        'crmctl;template;help;show' {
            break
        }
        'crmctl;template;help;validate' {
            break
        }
        'crmctl;template;help;schema' {
            break
        }
        'crmctl;template;help;help' {
            break
        }
        'crmctl;org' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create an org')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List orgs')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an org and everything in it')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set (or with an empty value, clear) an org setting, e.g. agent_limit=3')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an org: its plan, its limits and what counts against them')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'The org''s plan (tier): FREE, STARTER, PRO_PLUS, TEAM, BUSINESS, ENTERPRISE')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;org;add' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;org;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows (1 or more; use --all for every row)')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows (the next page starts at offset + limit)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every row, however many (with -o json, one JSON array)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;org;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be removed; change nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;org;set' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;org;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;org;plan' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Put an org on a plan (or `none` for no plan and no limits)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the plans, their limits and the kinds of integration each allows')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;org;plan;set' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;org;plan;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;org;plan;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Put an org on a plan (or `none` for no plan and no limits)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the plans, their limits and the kinds of integration each allows')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;org;plan;help;set' {
            break
        }
        'crmctl;org;plan;help;list' {
            break
        }
        'crmctl;org;plan;help;help' {
            break
        }
        'crmctl;org;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create an org')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List orgs')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an org and everything in it')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set (or with an empty value, clear) an org setting, e.g. agent_limit=3')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an org: its plan, its limits and what counts against them')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'The org''s plan (tier): FREE, STARTER, PRO_PLUS, TEAM, BUSINESS, ENTERPRISE')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;org;help;add' {
            break
        }
        'crmctl;org;help;list' {
            break
        }
        'crmctl;org;help;remove' {
            break
        }
        'crmctl;org;help;set' {
            break
        }
        'crmctl;org;help;show' {
            break
        }
        'crmctl;org;help;plan' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Put an org on a plan (or `none` for no plan and no limits)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the plans, their limits and the kinds of integration each allows')
            break
        }
        'crmctl;org;help;plan;set' {
            break
        }
        'crmctl;org;help;plan;list' {
            break
        }
        'crmctl;org;help;help' {
            break
        }
        'crmctl;assistant' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create an assistant in the org (--org)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the org''s assistants')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an assistant and its assistant-specific integrations')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;assistant;add' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--integrations-disabled', '--integrations-disabled', [CompletionResultType]::ParameterName, 'Create it with integrations switched off')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;assistant;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows (1 or more; use --all for every row)')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows (the next page starts at offset + limit)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every row, however many (with -o json, one JSON array)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;assistant;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be removed; change nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;assistant;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create an assistant in the org (--org)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the org''s assistants')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an assistant and its assistant-specific integrations')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;assistant;help;add' {
            break
        }
        'crmctl;assistant;help;list' {
            break
        }
        'crmctl;assistant;help;remove' {
            break
        }
        'crmctl;assistant;help;help' {
            break
        }
        'crmctl;integration' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an integration from a provider template')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the org''s integrations')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one integration; secrets are masked')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an integration''s fields, secrets or settings')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an integration, its secrets and what was synced through it')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable an integration')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable an integration (kept, but no event runs it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;int' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an integration from a provider template')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the org''s integrations')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one integration; secrets are masked')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an integration''s fields, secrets or settings')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an integration, its secrets and what was synced through it')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable an integration')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable an integration (kept, but no event runs it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;integration;add' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the integration, unique in the org')
            [CompletionResult]::new('--assistant', '--assistant', [CompletionResultType]::ParameterName, 'Make it specific to this assistant (default: an org default)')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A non-secret field value (repeatable)')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'A secret field and where to read it: env:VAR, file:PATH or - (repeatable)')
            [CompletionResult]::new('--priority', '--priority', [CompletionResultType]::ParameterName, 'Run order in a chain; lower runs first [default: 100]')
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'An event that fires it (repeatable): conversation_ended, contact_request, escalation, kb_sync, low_score, or a custom name; EVENT:ACTION names the action to run (default: the template''s action for the event)')
            [CompletionResult]::new('--on-failure', '--on-failure', [CompletionResultType]::ParameterName, 'What a failure does to the rest of the chain [default: continue]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Override the template''s base URL (https, or http on loopback)')
            [CompletionResult]::new('--when', '--when', [CompletionResultType]::ParameterName, 'Run only when this condition on the event holds, e.g. ''event.score < 3''')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Read the integration from a YAML file; flags override its values')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 10s, 500ms)')
            [CompletionResult]::new('--max-response', '--max-response', [CompletionResultType]::ParameterName, 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request')
            [CompletionResult]::new('--max-pages', '--max-pages', [CompletionResultType]::ParameterName, 'Most pages one listing run (KB import, sync) follows')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Most items (articles, records) one listing run takes')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--disabled', '--disabled', [CompletionResultType]::ParameterName, 'Add it disabled')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test the connection first; a failing configuration is not saved')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'With --test: save even when the test fails')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;int;add' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the integration, unique in the org')
            [CompletionResult]::new('--assistant', '--assistant', [CompletionResultType]::ParameterName, 'Make it specific to this assistant (default: an org default)')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A non-secret field value (repeatable)')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'A secret field and where to read it: env:VAR, file:PATH or - (repeatable)')
            [CompletionResult]::new('--priority', '--priority', [CompletionResultType]::ParameterName, 'Run order in a chain; lower runs first [default: 100]')
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'An event that fires it (repeatable): conversation_ended, contact_request, escalation, kb_sync, low_score, or a custom name; EVENT:ACTION names the action to run (default: the template''s action for the event)')
            [CompletionResult]::new('--on-failure', '--on-failure', [CompletionResultType]::ParameterName, 'What a failure does to the rest of the chain [default: continue]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Override the template''s base URL (https, or http on loopback)')
            [CompletionResult]::new('--when', '--when', [CompletionResultType]::ParameterName, 'Run only when this condition on the event holds, e.g. ''event.score < 3''')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Read the integration from a YAML file; flags override its values')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 10s, 500ms)')
            [CompletionResult]::new('--max-response', '--max-response', [CompletionResultType]::ParameterName, 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request')
            [CompletionResult]::new('--max-pages', '--max-pages', [CompletionResultType]::ParameterName, 'Most pages one listing run (KB import, sync) follows')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Most items (articles, records) one listing run takes')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--disabled', '--disabled', [CompletionResultType]::ParameterName, 'Add it disabled')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test the connection first; a failing configuration is not saved')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'With --test: save even when the test fails')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;integration;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows (1 or more; use --all for every row)')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows (the next page starts at offset + limit)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every row, however many (with -o json, one JSON array)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;int;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows (1 or more; use --all for every row)')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows (the next page starts at offset + limit)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every row, however many (with -o json, one JSON array)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;integration;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;int;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;integration;edit' {
            [CompletionResult]::new('--rename', '--rename', [CompletionResultType]::ParameterName, 'New name')
            [CompletionResult]::new('--assistant', '--assistant', [CompletionResultType]::ParameterName, 'Make it specific to this assistant')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'Set a non-secret field (repeatable); KEY= clears an optional field')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'Replace a secret: env:VAR, file:PATH or - (repeatable)')
            [CompletionResult]::new('--priority', '--priority', [CompletionResultType]::ParameterName, 'Run order in a chain; lower runs first')
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'Replace the events that fire it (repeatable)')
            [CompletionResult]::new('--when', '--when', [CompletionResultType]::ParameterName, 'Run only when this condition on the event holds, e.g. ''event.score < 3''')
            [CompletionResult]::new('--on-failure', '--on-failure', [CompletionResultType]::ParameterName, 'What a failure does to the rest of the chain')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Override the base URL (https, or http on loopback)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--org-default', '--org-default', [CompletionResultType]::ParameterName, 'Make it an org default (not assistant-specific)')
            [CompletionResult]::new('--no-events', '--no-events', [CompletionResultType]::ParameterName, 'Remove every event subscription')
            [CompletionResult]::new('--no-when', '--no-when', [CompletionResultType]::ParameterName, 'Remove the condition')
            [CompletionResult]::new('--template-base-url', '--template-base-url', [CompletionResultType]::ParameterName, 'Go back to the template''s base URL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;int;edit' {
            [CompletionResult]::new('--rename', '--rename', [CompletionResultType]::ParameterName, 'New name')
            [CompletionResult]::new('--assistant', '--assistant', [CompletionResultType]::ParameterName, 'Make it specific to this assistant')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'Set a non-secret field (repeatable); KEY= clears an optional field')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'Replace a secret: env:VAR, file:PATH or - (repeatable)')
            [CompletionResult]::new('--priority', '--priority', [CompletionResultType]::ParameterName, 'Run order in a chain; lower runs first')
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'Replace the events that fire it (repeatable)')
            [CompletionResult]::new('--when', '--when', [CompletionResultType]::ParameterName, 'Run only when this condition on the event holds, e.g. ''event.score < 3''')
            [CompletionResult]::new('--on-failure', '--on-failure', [CompletionResultType]::ParameterName, 'What a failure does to the rest of the chain')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Override the base URL (https, or http on loopback)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--org-default', '--org-default', [CompletionResultType]::ParameterName, 'Make it an org default (not assistant-specific)')
            [CompletionResult]::new('--no-events', '--no-events', [CompletionResultType]::ParameterName, 'Remove every event subscription')
            [CompletionResult]::new('--no-when', '--no-when', [CompletionResultType]::ParameterName, 'Remove the condition')
            [CompletionResult]::new('--template-base-url', '--template-base-url', [CompletionResultType]::ParameterName, 'Go back to the template''s base URL')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;integration;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be removed; change nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;int;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be removed; change nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;integration;enable' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;int;enable' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;integration;disable' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;int;disable' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;integration;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an integration from a provider template')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the org''s integrations')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one integration; secrets are masked')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an integration''s fields, secrets or settings')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an integration, its secrets and what was synced through it')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable an integration')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable an integration (kept, but no event runs it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;integration;help;add' {
            break
        }
        'crmctl;integration;help;list' {
            break
        }
        'crmctl;integration;help;show' {
            break
        }
        'crmctl;integration;help;edit' {
            break
        }
        'crmctl;integration;help;remove' {
            break
        }
        'crmctl;integration;help;enable' {
            break
        }
        'crmctl;integration;help;disable' {
            break
        }
        'crmctl;integration;help;help' {
            break
        }
        'crmctl;int;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an integration from a provider template')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the org''s integrations')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one integration; secrets are masked')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an integration''s fields, secrets or settings')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an integration, its secrets and what was synced through it')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable an integration')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable an integration (kept, but no event runs it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;int;help;add' {
            break
        }
        'crmctl;int;help;list' {
            break
        }
        'crmctl;int;help;show' {
            break
        }
        'crmctl;int;help;edit' {
            break
        }
        'crmctl;int;help;remove' {
            break
        }
        'crmctl;int;help;enable' {
            break
        }
        'crmctl;int;help;disable' {
            break
        }
        'crmctl;int;help;help' {
            break
        }
        'crmctl;test' {
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many tests run at once with --all (32: measured against a 100 ms provider, see the README''s performance section)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Test a configuration without saving it: the provider template id')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'With --provider: a non-secret field (repeatable)')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'With --provider: a secret and where to read it, env:VAR, file:PATH or -')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'With --provider: override the base URL')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 10s, 500ms)')
            [CompletionResult]::new('--max-response', '--max-response', [CompletionResultType]::ParameterName, 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request')
            [CompletionResult]::new('--max-pages', '--max-pages', [CompletionResultType]::ParameterName, 'Most pages one listing run (KB import, sync) follows')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Most items (articles, records) one listing run takes')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Test every enabled integration of the org')
            [CompletionResult]::new('--include-disabled', '--include-disabled', [CompletionResultType]::ParameterName, 'Include disabled integrations with --all')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;auth' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Sign in with OAuth 2.0 (authorization code with PKCE) and seal the tokens')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show whether an integration holds tokens and when they expire')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Forget an integration''s cached tokens')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;auth;login' {
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Loopback port for the redirect (default: a free port, unless the template fixes the redirect URI)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Give up waiting for the sign-in after this long')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 10s, 500ms)')
            [CompletionResult]::new('--max-response', '--max-response', [CompletionResultType]::ParameterName, 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request')
            [CompletionResult]::new('--max-pages', '--max-pages', [CompletionResultType]::ParameterName, 'Most pages one listing run (KB import, sync) follows')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Most items (articles, records) one listing run takes')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-browser', '--no-browser', [CompletionResultType]::ParameterName, 'Print the sign-in URL instead of opening a browser')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;auth;status' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;auth;logout' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 10s, 500ms)')
            [CompletionResult]::new('--max-response', '--max-response', [CompletionResultType]::ParameterName, 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request')
            [CompletionResult]::new('--max-pages', '--max-pages', [CompletionResultType]::ParameterName, 'Most pages one listing run (KB import, sync) follows')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Most items (articles, records) one listing run takes')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required without a terminal; or CRMCTL_YES=1)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required without a terminal; or CRMCTL_YES=1)')
            [CompletionResult]::new('--local-only', '--local-only', [CompletionResultType]::ParameterName, 'Only forget the tokens here; do not revoke them at the provider')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be forgotten; change nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;auth;help' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Sign in with OAuth 2.0 (authorization code with PKCE) and seal the tokens')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show whether an integration holds tokens and when they expire')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Forget an integration''s cached tokens')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;auth;help;login' {
            break
        }
        'crmctl;auth;help;status' {
            break
        }
        'crmctl;auth;help;logout' {
            break
        }
        'crmctl;auth;help;help' {
            break
        }
        'crmctl;send' {
            [CompletionResult]::new('--payload', '--payload', [CompletionResultType]::ParameterName, 'JSON payload file, or - for stdin')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Override a payload value: path=value, e.g. caller.phone=+61400000000 (repeatable)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 10s, 500ms)')
            [CompletionResult]::new('--max-response', '--max-response', [CompletionResultType]::ParameterName, 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request')
            [CompletionResult]::new('--max-pages', '--max-pages', [CompletionResultType]::ParameterName, 'Most pages one listing run (KB import, sync) follows')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Most items (articles, records) one listing run takes')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the rendered request with secrets masked; send nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;event' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('fire', 'fire', [CompletionResultType]::ParameterValue, 'Fire an event: each subscribed integration becomes a step in the queue')
            [CompletionResult]::new('types', 'types', [CompletionResultType]::ParameterValue, 'List the event types and their payload schemas')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List recent events')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one event with its steps')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;event;fire' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Many events from a JSON-lines file (or - for stdin), one object a line: {"type": ..., "payload": {...}, "assistant": ..., "idempotency_key": ...}; every line is checked before anything is queued')
            [CompletionResult]::new('--assistant', '--assistant', [CompletionResultType]::ParameterName, 'The assistant the event comes from (its integrations, else the org defaults)')
            [CompletionResult]::new('--payload', '--payload', [CompletionResultType]::ParameterName, 'JSON payload file, or - for stdin')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Override a payload value: path=value (repeatable)')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'Fire at most once per key: the same key again returns the first event')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per step before it is dead-lettered')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Steps run at once')
            [CompletionResult]::new('--lease', '--lease', [CompletionResultType]::ParameterName, 'How long a step''s lease lasts; a running step renews it every third of that, so a killed worker''s step runs again this soon')
            [CompletionResult]::new('--retry-base', '--retry-base', [CompletionResultType]::ParameterName, 'First retry delay; it doubles each attempt (with jitter), up to 5 minutes')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 10s, 500ms)')
            [CompletionResult]::new('--max-response', '--max-response', [CompletionResultType]::ParameterName, 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request')
            [CompletionResult]::new('--max-pages', '--max-pages', [CompletionResultType]::ParameterName, 'Most pages one listing run (KB import, sync) follows')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Most items (articles, records) one listing run takes')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Run the steps now and print each outcome')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and each rendered request (secrets masked); send nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;event;types' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;event;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows (1 or more; use --all for every row)')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows (the next page starts at offset + limit)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every row, however many (with -o json, one JSON array)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;event;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;event;help' {
            [CompletionResult]::new('fire', 'fire', [CompletionResultType]::ParameterValue, 'Fire an event: each subscribed integration becomes a step in the queue')
            [CompletionResult]::new('types', 'types', [CompletionResultType]::ParameterValue, 'List the event types and their payload schemas')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List recent events')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one event with its steps')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;event;help;fire' {
            break
        }
        'crmctl;event;help;types' {
            break
        }
        'crmctl;event;help;list' {
            break
        }
        'crmctl;event;help;show' {
            break
        }
        'crmctl;event;help;help' {
            break
        }
        'crmctl;queue' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('process', 'process', [CompletionResultType]::ParameterValue, 'Run the steps that are due now, then stop')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List steps (newest first)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one step, or an event with its steps')
            [CompletionResult]::new('retry', 'retry', [CompletionResultType]::ParameterValue, 'Queue failed, dead or skipped steps again')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Delete finished events, or dead letters')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;queue;process' {
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Steps run at once')
            [CompletionResult]::new('--lease', '--lease', [CompletionResultType]::ParameterName, 'How long a step''s lease lasts; a running step renews it every third of that, so a killed worker''s step runs again this soon')
            [CompletionResult]::new('--retry-base', '--retry-base', [CompletionResultType]::ParameterName, 'First retry delay; it doubles each attempt (with jitter), up to 5 minutes')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 10s, 500ms)')
            [CompletionResult]::new('--max-response', '--max-response', [CompletionResultType]::ParameterName, 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request')
            [CompletionResult]::new('--max-pages', '--max-pages', [CompletionResultType]::ParameterName, 'Most pages one listing run (KB import, sync) follows')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Most items (articles, records) one listing run takes')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--until-empty', '--until-empty', [CompletionResultType]::ParameterName, 'Keep going until nothing is pending, waiting out delayed retries')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;queue;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only steps in this status: pending, running, succeeded, failed, dead, skipped (repeatable)')
            [CompletionResult]::new('--event', '--event', [CompletionResultType]::ParameterName, 'Only this event''s steps')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows (1 or more; use --all for every row)')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows (the next page starts at offset + limit)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--dead', '--dead', [CompletionResultType]::ParameterName, 'Only dead letters (same as --status dead)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every row, however many (with -o json, one JSON array)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;queue;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;queue;retry' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--all-dead', '--all-dead', [CompletionResultType]::ParameterName, 'Every dead letter of the org')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;queue;purge' {
            [CompletionResult]::new('--older-than', '--older-than', [CompletionResultType]::ParameterName, 'Only what is older than this (e.g. 7d)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--dead', '--dead', [CompletionResultType]::ParameterName, 'Delete dead letters')
            [CompletionResult]::new('--finished', '--finished', [CompletionResultType]::ParameterName, 'Delete finished events (succeeded, failed, partial, skipped) and their steps')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required without a terminal; or CRMCTL_YES=1)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required without a terminal; or CRMCTL_YES=1)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Count what would be deleted; delete nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;queue;help' {
            [CompletionResult]::new('process', 'process', [CompletionResultType]::ParameterValue, 'Run the steps that are due now, then stop')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List steps (newest first)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one step, or an event with its steps')
            [CompletionResult]::new('retry', 'retry', [CompletionResultType]::ParameterValue, 'Queue failed, dead or skipped steps again')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Delete finished events, or dead letters')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;queue;help;process' {
            break
        }
        'crmctl;queue;help;list' {
            break
        }
        'crmctl;queue;help;show' {
            break
        }
        'crmctl;queue;help;retry' {
            break
        }
        'crmctl;queue;help;purge' {
            break
        }
        'crmctl;queue;help;help' {
            break
        }
        'crmctl;worker' {
            [CompletionResult]::new('--poll', '--poll', [CompletionResultType]::ParameterName, 'How often to look for due steps when idle')
            [CompletionResult]::new('--heartbeat', '--heartbeat', [CompletionResultType]::ParameterName, 'How often `-v` prints a heartbeat line with the worker''s counts')
            [CompletionResult]::new('--stall', '--stall', [CompletionResultType]::ParameterName, 'How long the store may stay busy or unwritable before the worker exits 3 (it never idles silently)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Steps run at once')
            [CompletionResult]::new('--lease', '--lease', [CompletionResultType]::ParameterName, 'How long a step''s lease lasts; a running step renews it every third of that, so a killed worker''s step runs again this soon')
            [CompletionResult]::new('--retry-base', '--retry-base', [CompletionResultType]::ParameterName, 'First retry delay; it doubles each attempt (with jitter), up to 5 minutes')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 10s, 500ms)')
            [CompletionResult]::new('--max-response', '--max-response', [CompletionResultType]::ParameterName, 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request')
            [CompletionResult]::new('--max-pages', '--max-pages', [CompletionResultType]::ParameterName, 'Most pages one listing run (KB import, sync) follows')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Most items (articles, records) one listing run takes')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;logs' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('tail', 'tail', [CompletionResultType]::ParameterValue, 'Show sync-log rows, and with --follow new ones as they are written')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one row whole, with its redacted request and response')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;logs;tail' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only rows since a duration ago (30m, 24h, 7d) or a time (RFC 3339)')
            [CompletionResult]::new('--integration', '--integration', [CompletionResultType]::ParameterName, 'Only this integration (name)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only this kind: test, action, step, kb_import, record_sync, webhook; `audit` prints the audit log (changes of configuration) instead')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only this status: success, failure, partial')
            [CompletionResult]::new('--event-type', '--event-type', [CompletionResultType]::ParameterName, 'Only rows of events of this type')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many rows of history (the newest)')
            [CompletionResult]::new('--poll', '--poll', [CompletionResultType]::ParameterName, 'How often to look for new rows with --follow')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Keep printing new rows until interrupted')
            [CompletionResult]::new('--follow', '--follow', [CompletionResultType]::ParameterName, 'Keep printing new rows until interrupted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;logs;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;logs;help' {
            [CompletionResult]::new('tail', 'tail', [CompletionResultType]::ParameterValue, 'Show sync-log rows, and with --follow new ones as they are written')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one row whole, with its redacted request and response')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;logs;help;tail' {
            break
        }
        'crmctl;logs;help;show' {
            break
        }
        'crmctl;logs;help;help' {
            break
        }
        'crmctl;kb' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import an integration''s knowledge-base articles (incremental by default)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List imported articles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one article whole, by its id or the provider''s id')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Full-text search over titles and bodies, best match first, with snippets')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export articles as JSON lines or Markdown files')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;kb;import' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only articles changed since a duration ago (30m, 24h, 7d) or a time (RFC 3339)')
            [CompletionResult]::new('--locale', '--locale', [CompletionResultType]::ParameterName, 'Only this locale (e.g. en-us), where the provider can filter by one')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'When a KB import of the same integration is already running (here or in another process): how long to wait for it before refusing with exit 2 (0s: refuse at once)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 10s, 500ms)')
            [CompletionResult]::new('--max-response', '--max-response', [CompletionResultType]::ParameterName, 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request')
            [CompletionResult]::new('--max-pages', '--max-pages', [CompletionResultType]::ParameterName, 'Most pages one listing run (KB import, sync) follows')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Most items (articles, records) one listing run takes')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Read every article and archive those gone from the source')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Read and compare, but write nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;kb;list' {
            [CompletionResult]::new('--integration', '--integration', [CompletionResultType]::ParameterName, 'Only this integration''s articles (name or id)')
            [CompletionResult]::new('--locale', '--locale', [CompletionResultType]::ParameterName, 'Only this locale')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows (1 or more; use --all for every row)')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows (the next page starts at offset + limit)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--archived', '--archived', [CompletionResultType]::ParameterName, 'Include archived articles')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every row, however many (with -o json, one JSON array)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;kb;show' {
            [CompletionResult]::new('--integration', '--integration', [CompletionResultType]::ParameterName, 'The integration, where a provider id is not unique (name or id)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;kb;search' {
            [CompletionResult]::new('--integration', '--integration', [CompletionResultType]::ParameterName, 'Only this integration''s articles (name or id)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many results')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--archived', '--archived', [CompletionResultType]::ParameterName, 'Include archived articles')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;kb;export' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Directory to write to (created if absent) [default: stdout]')
            [CompletionResult]::new('--integration', '--integration', [CompletionResultType]::ParameterName, 'Only this integration''s articles (name or id)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--archived', '--archived', [CompletionResultType]::ParameterName, 'Include archived articles')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;kb;help' {
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import an integration''s knowledge-base articles (incremental by default)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List imported articles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one article whole, by its id or the provider''s id')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Full-text search over titles and bodies, best match first, with snippets')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export articles as JSON lines or Markdown files')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;kb;help;import' {
            break
        }
        'crmctl;kb;help;list' {
            break
        }
        'crmctl;kb;help;show' {
            break
        }
        'crmctl;kb;help;search' {
            break
        }
        'crmctl;kb;help;export' {
            break
        }
        'crmctl;kb;help;help' {
            break
        }
        'crmctl;mapping' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List an integration''s field mappings (or the platform''s defaults)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Create or replace a field mapping, or load mappings from a YAML file')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a field mapping')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Apply an integration''s mappings to sample records and show the result')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;mapping;list' {
            [CompletionResult]::new('--stream', '--stream', [CompletionResultType]::ParameterName, 'Only this stream: contacts, tickets or deals')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--defaults', '--defaults', [CompletionResultType]::ParameterName, 'Show the platform''s default mappings instead')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;mapping;set' {
            [CompletionResult]::new('--stream', '--stream', [CompletionResultType]::ParameterName, 'contacts, tickets or deals')
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'The platform field to fill (see below)')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'A dot path into the source record (repeatable)')
            [CompletionResult]::new('--transform', '--transform', [CompletionResultType]::ParameterName, 'A transform, applied in order (repeatable; see below)')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'A YAML list of mappings')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--replace', '--replace', [CompletionResultType]::ParameterName, 'With --from-file: remove the other mappings of the streams in the file')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;mapping;remove' {
            [CompletionResult]::new('--stream', '--stream', [CompletionResultType]::ParameterName, 'contacts, tickets or deals')
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'The platform field')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required without a terminal; or CRMCTL_YES=1)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required without a terminal; or CRMCTL_YES=1)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be removed; change nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;mapping;test' {
            [CompletionResult]::new('--stream', '--stream', [CompletionResultType]::ParameterName, 'contacts, tickets or deals')
            [CompletionResult]::new('--record', '--record', [CompletionResultType]::ParameterName, 'A JSON file with one source record or an array of them; - for stdin')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;mapping;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List an integration''s field mappings (or the platform''s defaults)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Create or replace a field mapping, or load mappings from a YAML file')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a field mapping')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Apply an integration''s mappings to sample records and show the result')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;mapping;help;list' {
            break
        }
        'crmctl;mapping;help;set' {
            break
        }
        'crmctl;mapping;help;remove' {
            break
        }
        'crmctl;mapping;help;test' {
            break
        }
        'crmctl;mapping;help;help' {
            break
        }
        'crmctl;sync' {
            [CompletionResult]::new('--stream', '--stream', [CompletionResultType]::ParameterName, 'Only this stream: contacts, tickets or deals')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only records changed since a duration ago (30m, 24h, 7d) or a time (RFC 3339)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'When a sync of the same integration and stream is already running (here or in another process): how long to wait for it before refusing with exit 2 (0s: refuse at once)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 10s, 500ms)')
            [CompletionResult]::new('--max-response', '--max-response', [CompletionResultType]::ParameterName, 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request')
            [CompletionResult]::new('--max-pages', '--max-pages', [CompletionResultType]::ParameterName, 'Most pages one listing run (KB import, sync) follows')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Most items (articles, records) one listing run takes')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Read every record and mark those gone from the source as deleted')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Read, map and compare, but write nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;contacts' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List synced records across integrations')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one record with every mapped field, by its id or the provider''s id')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;contacts;list' {
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Words that must all appear')
            [CompletionResult]::new('--integration', '--integration', [CompletionResultType]::ParameterName, 'Only this integration''s records (name or id)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Only this account''s records (id or email domain)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows (1 or more; use --all for every row)')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows (the next page starts at offset + limit)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--deleted', '--deleted', [CompletionResultType]::ParameterName, 'Include records marked deleted (gone from the source)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every row, however many (with -o json, one JSON array)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;contacts;show' {
            [CompletionResult]::new('--integration', '--integration', [CompletionResultType]::ParameterName, 'The integration, where a provider id is not unique (name or id)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;contacts;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List synced records across integrations')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one record with every mapped field, by its id or the provider''s id')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;contacts;help;list' {
            break
        }
        'crmctl;contacts;help;show' {
            break
        }
        'crmctl;contacts;help;help' {
            break
        }
        'crmctl;tickets' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List synced records across integrations')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one record with every mapped field, by its id or the provider''s id')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;tickets;list' {
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Words that must all appear')
            [CompletionResult]::new('--integration', '--integration', [CompletionResultType]::ParameterName, 'Only this integration''s records (name or id)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Only this account''s records (id or email domain)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows (1 or more; use --all for every row)')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows (the next page starts at offset + limit)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--deleted', '--deleted', [CompletionResultType]::ParameterName, 'Include records marked deleted (gone from the source)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every row, however many (with -o json, one JSON array)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;tickets;show' {
            [CompletionResult]::new('--integration', '--integration', [CompletionResultType]::ParameterName, 'The integration, where a provider id is not unique (name or id)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;tickets;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List synced records across integrations')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one record with every mapped field, by its id or the provider''s id')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;tickets;help;list' {
            break
        }
        'crmctl;tickets;help;show' {
            break
        }
        'crmctl;tickets;help;help' {
            break
        }
        'crmctl;deals' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List synced records across integrations')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one record with every mapped field, by its id or the provider''s id')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;deals;list' {
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Words that must all appear')
            [CompletionResult]::new('--integration', '--integration', [CompletionResultType]::ParameterName, 'Only this integration''s records (name or id)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Only this account''s records (id or email domain)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows (1 or more; use --all for every row)')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows (the next page starts at offset + limit)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--deleted', '--deleted', [CompletionResultType]::ParameterName, 'Include records marked deleted (gone from the source)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every row, however many (with -o json, one JSON array)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;deals;show' {
            [CompletionResult]::new('--integration', '--integration', [CompletionResultType]::ParameterName, 'The integration, where a provider id is not unique (name or id)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;deals;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List synced records across integrations')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one record with every mapped field, by its id or the provider''s id')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;deals;help;list' {
            break
        }
        'crmctl;deals;help;show' {
            break
        }
        'crmctl;deals;help;help' {
            break
        }
        'crmctl;accounts' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List accounts with their contacts, tickets and deals')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;accounts;list' {
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only accounts whose domain or name contains this')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows (1 or more; use --all for every row)')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows (the next page starts at offset + limit)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every row, however many (with -o json, one JSON array)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;accounts;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List accounts with their contacts, tickets and deals')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;accounts;help;list' {
            break
        }
        'crmctl;accounts;help;help' {
            break
        }
        'crmctl;schedule' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Create or replace the schedule of an integration''s KB import or of one stream''s sync')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List schedules with their next and last runs')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a schedule')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;schedule;set' {
            [CompletionResult]::new('--stream', '--stream', [CompletionResultType]::ParameterName, 'One stream''s sync: contacts, tickets or deals')
            [CompletionResult]::new('--every', '--every', [CompletionResultType]::ParameterName, 'Run every DURATION (30s, 15m, 6h, 1d)')
            [CompletionResult]::new('--cron', '--cron', [CompletionResultType]::ParameterName, 'Run at a cron expression''s times, UTC (''0 * * * *'' is hourly)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--kb', '--kb', [CompletionResultType]::ParameterName, 'The knowledge-base import')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;schedule;list' {
            [CompletionResult]::new('--integration', '--integration', [CompletionResultType]::ParameterName, 'Only this integration''s schedules (name or id)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows (1 or more; use --all for every row)')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many rows (the next page starts at offset + limit)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every row, however many (with -o json, one JSON array)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;schedule;remove' {
            [CompletionResult]::new('--stream', '--stream', [CompletionResultType]::ParameterName, 'One stream''s sync: contacts, tickets or deals')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--kb', '--kb', [CompletionResultType]::ParameterName, 'The knowledge-base import')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required without a terminal; or CRMCTL_YES=1)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required without a terminal; or CRMCTL_YES=1)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be removed; change nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;schedule;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Create or replace the schedule of an integration''s KB import or of one stream''s sync')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List schedules with their next and last runs')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a schedule')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;schedule;help;set' {
            break
        }
        'crmctl;schedule;help;list' {
            break
        }
        'crmctl;schedule;help;remove' {
            break
        }
        'crmctl;schedule;help;help' {
            break
        }
        'crmctl;serve' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address to listen on (port 0 picks a free one and prints it)')
            [CompletionResult]::new('--max-body', '--max-body', [CompletionResultType]::ParameterName, 'Largest request body accepted (bytes, or with KiB/MiB)')
            [CompletionResult]::new('--header-timeout', '--header-timeout', [CompletionResultType]::ParameterName, 'Time a client has to send a request''s headers, counted from when the connection is ready for them (a slow or silent client is dropped)')
            [CompletionResult]::new('--idle-timeout', '--idle-timeout', [CompletionResultType]::ParameterName, 'Longest a connection may go with no byte moving either way (a stalled body, an idle keep-alive)')
            [CompletionResult]::new('--max-connections', '--max-connections', [CompletionResultType]::ParameterName, 'Most connections open at once; one more is answered 503 and closed')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;webhook' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'Create or rotate an integration''s webhook key (printed once), or set one from a source')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;webhook;key' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Read the key from env:VAR, file:PATH or - (stdin) instead of making one')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before replacing an existing key (required without a terminal; or CRMCTL_YES=1)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before replacing an existing key (required without a terminal; or CRMCTL_YES=1)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Say whether a key would be set or replaced; change nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;webhook;help' {
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'Create or rotate an integration''s webhook key (printed once), or set one from a source')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;webhook;help;key' {
            break
        }
        'crmctl;webhook;help;help' {
            break
        }
        'crmctl;stats' {
            [CompletionResult]::new('--integration', '--integration', [CompletionResultType]::ParameterName, 'Only this integration''s figures')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'The window for runs, success rate and the per-day picture: a duration ago (24h, 7d, 30d) or a time (RFC 3339)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;chatwoot' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('agents', 'agents', [CompletionResultType]::ParameterValue, 'Agents of the Chatwoot account')
            [CompletionResult]::new('inboxes', 'inboxes', [CompletionResultType]::ParameterValue, 'Inboxes of the Chatwoot account')
            [CompletionResult]::new('bots', 'bots', [CompletionResultType]::ParameterValue, 'Agent bots of the Chatwoot account, and which inbox each answers')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Add an agent to an inbox')
            [CompletionResult]::new('unassign', 'unassign', [CompletionResultType]::ParameterValue, 'Remove an agent from an inbox')
            [CompletionResult]::new('widget-script', 'widget-script', [CompletionResultType]::ParameterValue, 'Print the website widget embed snippet for an inbox')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;chatwoot;agents' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List agents')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an agent (checked against the org''s agent limit)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an agent')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;chatwoot;agents;list' {
            [CompletionResult]::new('--integration', '--integration', [CompletionResultType]::ParameterName, 'The Chatwoot integration (default: the org''s only one)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 10s, 500ms)')
            [CompletionResult]::new('--max-response', '--max-response', [CompletionResultType]::ParameterName, 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request')
            [CompletionResult]::new('--max-pages', '--max-pages', [CompletionResultType]::ParameterName, 'Most pages one listing run (KB import, sync) follows')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Most items (articles, records) one listing run takes')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;chatwoot;agents;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Email address')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'agent or administrator')
            [CompletionResult]::new('--password-from', '--password-from', [CompletionResultType]::ParameterName, 'Where to read the password: env:VAR, file:PATH or - (stdin)')
            [CompletionResult]::new('--integration', '--integration', [CompletionResultType]::ParameterName, 'The Chatwoot integration (default: the org''s only one)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 10s, 500ms)')
            [CompletionResult]::new('--max-response', '--max-response', [CompletionResultType]::ParameterName, 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request')
            [CompletionResult]::new('--max-pages', '--max-pages', [CompletionResultType]::ParameterName, 'Most pages one listing run (KB import, sync) follows')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Most items (articles, records) one listing run takes')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;chatwoot;agents;remove' {
            [CompletionResult]::new('--integration', '--integration', [CompletionResultType]::ParameterName, 'The Chatwoot integration (default: the org''s only one)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 10s, 500ms)')
            [CompletionResult]::new('--max-response', '--max-response', [CompletionResultType]::ParameterName, 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request')
            [CompletionResult]::new('--max-pages', '--max-pages', [CompletionResultType]::ParameterName, 'Most pages one listing run (KB import, sync) follows')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Most items (articles, records) one listing run takes')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required without a terminal; or CRMCTL_YES=1)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required without a terminal; or CRMCTL_YES=1)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show which agent would be removed; change nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;chatwoot;agents;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List agents')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an agent (checked against the org''s agent limit)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an agent')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;chatwoot;agents;help;list' {
            break
        }
        'crmctl;chatwoot;agents;help;create' {
            break
        }
        'crmctl;chatwoot;agents;help;remove' {
            break
        }
        'crmctl;chatwoot;agents;help;help' {
            break
        }
        'crmctl;chatwoot;inboxes' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List inboxes')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an inbox (checked against the org''s inbox limit)')
            [CompletionResult]::new('members', 'members', [CompletionResultType]::ParameterValue, 'The agents of an inbox: list, add, remove')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;chatwoot;inboxes;list' {
            [CompletionResult]::new('--integration', '--integration', [CompletionResultType]::ParameterName, 'The Chatwoot integration (default: the org''s only one)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 10s, 500ms)')
            [CompletionResult]::new('--max-response', '--max-response', [CompletionResultType]::ParameterName, 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request')
            [CompletionResult]::new('--max-pages', '--max-pages', [CompletionResultType]::ParameterName, 'Most pages one listing run (KB import, sync) follows')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Most items (articles, records) one listing run takes')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;chatwoot;inboxes;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Inbox name')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'The channel')
            [CompletionResult]::new('--website-url', '--website-url', [CompletionResultType]::ParameterName, 'The website the widget runs on (web_widget)')
            [CompletionResult]::new('--webhook-url', '--webhook-url', [CompletionResultType]::ParameterName, 'Where Chatwoot posts the inbox''s messages (api)')
            [CompletionResult]::new('--greeting', '--greeting', [CompletionResultType]::ParameterName, 'Greeting shown in the widget (web_widget)')
            [CompletionResult]::new('--integration', '--integration', [CompletionResultType]::ParameterName, 'The Chatwoot integration (default: the org''s only one)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 10s, 500ms)')
            [CompletionResult]::new('--max-response', '--max-response', [CompletionResultType]::ParameterName, 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request')
            [CompletionResult]::new('--max-pages', '--max-pages', [CompletionResultType]::ParameterName, 'Most pages one listing run (KB import, sync) follows')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Most items (articles, records) one listing run takes')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request; create nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;chatwoot;inboxes;members' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the agents of an inbox')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add agents to an inbox')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove agents from an inbox')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;chatwoot;inboxes;members;list' {
            [CompletionResult]::new('--integration', '--integration', [CompletionResultType]::ParameterName, 'The Chatwoot integration (default: the org''s only one)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 10s, 500ms)')
            [CompletionResult]::new('--max-response', '--max-response', [CompletionResultType]::ParameterName, 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request')
            [CompletionResult]::new('--max-pages', '--max-pages', [CompletionResultType]::ParameterName, 'Most pages one listing run (KB import, sync) follows')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Most items (articles, records) one listing run takes')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;chatwoot;inboxes;members;add' {
            [CompletionResult]::new('--integration', '--integration', [CompletionResultType]::ParameterName, 'The Chatwoot integration (default: the org''s only one)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 10s, 500ms)')
            [CompletionResult]::new('--max-response', '--max-response', [CompletionResultType]::ParameterName, 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request')
            [CompletionResult]::new('--max-pages', '--max-pages', [CompletionResultType]::ParameterName, 'Most pages one listing run (KB import, sync) follows')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Most items (articles, records) one listing run takes')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;chatwoot;inboxes;members;remove' {
            [CompletionResult]::new('--integration', '--integration', [CompletionResultType]::ParameterName, 'The Chatwoot integration (default: the org''s only one)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 10s, 500ms)')
            [CompletionResult]::new('--max-response', '--max-response', [CompletionResultType]::ParameterName, 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request')
            [CompletionResult]::new('--max-pages', '--max-pages', [CompletionResultType]::ParameterName, 'Most pages one listing run (KB import, sync) follows')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Most items (articles, records) one listing run takes')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;chatwoot;inboxes;members;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the agents of an inbox')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add agents to an inbox')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove agents from an inbox')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;chatwoot;inboxes;members;help;list' {
            break
        }
        'crmctl;chatwoot;inboxes;members;help;add' {
            break
        }
        'crmctl;chatwoot;inboxes;members;help;remove' {
            break
        }
        'crmctl;chatwoot;inboxes;members;help;help' {
            break
        }
        'crmctl;chatwoot;inboxes;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List inboxes')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an inbox (checked against the org''s inbox limit)')
            [CompletionResult]::new('members', 'members', [CompletionResultType]::ParameterValue, 'The agents of an inbox: list, add, remove')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;chatwoot;inboxes;help;list' {
            break
        }
        'crmctl;chatwoot;inboxes;help;create' {
            break
        }
        'crmctl;chatwoot;inboxes;help;members' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the agents of an inbox')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add agents to an inbox')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove agents from an inbox')
            break
        }
        'crmctl;chatwoot;inboxes;help;members;list' {
            break
        }
        'crmctl;chatwoot;inboxes;help;members;add' {
            break
        }
        'crmctl;chatwoot;inboxes;help;members;remove' {
            break
        }
        'crmctl;chatwoot;inboxes;help;help' {
            break
        }
        'crmctl;chatwoot;bots' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List agent bots')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an agent bot that Chatwoot calls at its outgoing URL')
            [CompletionResult]::new('attach', 'attach', [CompletionResultType]::ParameterValue, 'Attach an agent bot to an inbox (it answers the inbox''s conversations)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;chatwoot;bots;list' {
            [CompletionResult]::new('--integration', '--integration', [CompletionResultType]::ParameterName, 'The Chatwoot integration (default: the org''s only one)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 10s, 500ms)')
            [CompletionResult]::new('--max-response', '--max-response', [CompletionResultType]::ParameterName, 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request')
            [CompletionResult]::new('--max-pages', '--max-pages', [CompletionResultType]::ParameterName, 'Most pages one listing run (KB import, sync) follows')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Most items (articles, records) one listing run takes')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;chatwoot;bots;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Bot name')
            [CompletionResult]::new('--outgoing-url', '--outgoing-url', [CompletionResultType]::ParameterName, 'Where Chatwoot posts the events the bot answers (https)')
            [CompletionResult]::new('--integration', '--integration', [CompletionResultType]::ParameterName, 'The Chatwoot integration (default: the org''s only one)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 10s, 500ms)')
            [CompletionResult]::new('--max-response', '--max-response', [CompletionResultType]::ParameterName, 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request')
            [CompletionResult]::new('--max-pages', '--max-pages', [CompletionResultType]::ParameterName, 'Most pages one listing run (KB import, sync) follows')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Most items (articles, records) one listing run takes')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;chatwoot;bots;attach' {
            [CompletionResult]::new('--integration', '--integration', [CompletionResultType]::ParameterName, 'The Chatwoot integration (default: the org''s only one)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 10s, 500ms)')
            [CompletionResult]::new('--max-response', '--max-response', [CompletionResultType]::ParameterName, 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request')
            [CompletionResult]::new('--max-pages', '--max-pages', [CompletionResultType]::ParameterName, 'Most pages one listing run (KB import, sync) follows')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Most items (articles, records) one listing run takes')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;chatwoot;bots;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List agent bots')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an agent bot that Chatwoot calls at its outgoing URL')
            [CompletionResult]::new('attach', 'attach', [CompletionResultType]::ParameterValue, 'Attach an agent bot to an inbox (it answers the inbox''s conversations)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;chatwoot;bots;help;list' {
            break
        }
        'crmctl;chatwoot;bots;help;create' {
            break
        }
        'crmctl;chatwoot;bots;help;attach' {
            break
        }
        'crmctl;chatwoot;bots;help;help' {
            break
        }
        'crmctl;chatwoot;assign' {
            [CompletionResult]::new('--integration', '--integration', [CompletionResultType]::ParameterName, 'The Chatwoot integration (default: the org''s only one)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 10s, 500ms)')
            [CompletionResult]::new('--max-response', '--max-response', [CompletionResultType]::ParameterName, 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request')
            [CompletionResult]::new('--max-pages', '--max-pages', [CompletionResultType]::ParameterName, 'Most pages one listing run (KB import, sync) follows')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Most items (articles, records) one listing run takes')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;chatwoot;unassign' {
            [CompletionResult]::new('--integration', '--integration', [CompletionResultType]::ParameterName, 'The Chatwoot integration (default: the org''s only one)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 10s, 500ms)')
            [CompletionResult]::new('--max-response', '--max-response', [CompletionResultType]::ParameterName, 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request')
            [CompletionResult]::new('--max-pages', '--max-pages', [CompletionResultType]::ParameterName, 'Most pages one listing run (KB import, sync) follows')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Most items (articles, records) one listing run takes')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;chatwoot;widget-script' {
            [CompletionResult]::new('--inbox', '--inbox', [CompletionResultType]::ParameterName, 'Inbox id or name (a website inbox)')
            [CompletionResult]::new('--position', '--position', [CompletionResultType]::ParameterName, 'Bubble position')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Bubble type')
            [CompletionResult]::new('--integration', '--integration', [CompletionResultType]::ParameterName, 'The Chatwoot integration (default: the org''s only one)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 10s, 500ms)')
            [CompletionResult]::new('--max-response', '--max-response', [CompletionResultType]::ParameterName, 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request')
            [CompletionResult]::new('--max-pages', '--max-pages', [CompletionResultType]::ParameterName, 'Most pages one listing run (KB import, sync) follows')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Most items (articles, records) one listing run takes')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;chatwoot;help' {
            [CompletionResult]::new('agents', 'agents', [CompletionResultType]::ParameterValue, 'Agents of the Chatwoot account')
            [CompletionResult]::new('inboxes', 'inboxes', [CompletionResultType]::ParameterValue, 'Inboxes of the Chatwoot account')
            [CompletionResult]::new('bots', 'bots', [CompletionResultType]::ParameterValue, 'Agent bots of the Chatwoot account, and which inbox each answers')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Add an agent to an inbox')
            [CompletionResult]::new('unassign', 'unassign', [CompletionResultType]::ParameterValue, 'Remove an agent from an inbox')
            [CompletionResult]::new('widget-script', 'widget-script', [CompletionResultType]::ParameterValue, 'Print the website widget embed snippet for an inbox')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;chatwoot;help;agents' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List agents')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an agent (checked against the org''s agent limit)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an agent')
            break
        }
        'crmctl;chatwoot;help;agents;list' {
            break
        }
        'crmctl;chatwoot;help;agents;create' {
            break
        }
        'crmctl;chatwoot;help;agents;remove' {
            break
        }
        'crmctl;chatwoot;help;inboxes' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List inboxes')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an inbox (checked against the org''s inbox limit)')
            [CompletionResult]::new('members', 'members', [CompletionResultType]::ParameterValue, 'The agents of an inbox: list, add, remove')
            break
        }
        'crmctl;chatwoot;help;inboxes;list' {
            break
        }
        'crmctl;chatwoot;help;inboxes;create' {
            break
        }
        'crmctl;chatwoot;help;inboxes;members' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the agents of an inbox')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add agents to an inbox')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove agents from an inbox')
            break
        }
        'crmctl;chatwoot;help;inboxes;members;list' {
            break
        }
        'crmctl;chatwoot;help;inboxes;members;add' {
            break
        }
        'crmctl;chatwoot;help;inboxes;members;remove' {
            break
        }
        'crmctl;chatwoot;help;bots' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List agent bots')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an agent bot that Chatwoot calls at its outgoing URL')
            [CompletionResult]::new('attach', 'attach', [CompletionResultType]::ParameterValue, 'Attach an agent bot to an inbox (it answers the inbox''s conversations)')
            break
        }
        'crmctl;chatwoot;help;bots;list' {
            break
        }
        'crmctl;chatwoot;help;bots;create' {
            break
        }
        'crmctl;chatwoot;help;bots;attach' {
            break
        }
        'crmctl;chatwoot;help;assign' {
            break
        }
        'crmctl;chatwoot;help;unassign' {
            break
        }
        'crmctl;chatwoot;help;widget-script' {
            break
        }
        'crmctl;chatwoot;help;help' {
            break
        }
        'crmctl;sandbox' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the sandbox API on loopback until interrupted')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;sandbox;serve' {
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port on 127.0.0.1 (0 picks a free one and prints it)')
            [CompletionResult]::new('--latency', '--latency', [CompletionResultType]::ParameterName, 'Added to every response')
            [CompletionResult]::new('--rate-limit-every', '--rate-limit-every', [CompletionResultType]::ParameterName, 'Answer every Nth request with 429 and Retry-After (0: never)')
            [CompletionResult]::new('--error-every', '--error-every', [CompletionResultType]::ParameterName, 'Answer every Nth request with 503 (0: never)')
            [CompletionResult]::new('--hang-every', '--hang-every', [CompletionResultType]::ParameterName, 'Never answer every Nth request (0: never)')
            [CompletionResult]::new('--malformed-every', '--malformed-every', [CompletionResultType]::ParameterName, 'Send a malformed JSON body on every Nth request (0: never)')
            [CompletionResult]::new('--records', '--records', [CompletionResultType]::ParameterName, 'Seed this many contacts, tickets, deals and articles each')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;sandbox;help' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the sandbox API on loopback until interrupted')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;sandbox;help;serve' {
            break
        }
        'crmctl;sandbox;help;help' {
            break
        }
        'crmctl;import' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('legacy', 'legacy', [CompletionResultType]::ParameterValue, 'Import integrations from the seed systems'' stores, re-sealing every secret')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;import;legacy' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Layout of the export')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The JSON export of the legacy table')
            [CompletionResult]::new('--legacy-key', '--legacy-key', [CompletionResultType]::ParameterName, 'Where to read the legacy INTEGRATION_ENCRYPTION_KEY: env:VAR, file:PATH or - (stdin)')
            [CompletionResult]::new('--default-field', '--default-field', [CompletionResultType]::ParameterName, 'A plain field value for rows that lack it, e.g. chatwoot.inbox_id=3 (repeatable)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Report what would be imported; write nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;import;help' {
            [CompletionResult]::new('legacy', 'legacy', [CompletionResultType]::ParameterValue, 'Import integrations from the seed systems'' stores, re-sealing every secret')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;import;help;legacy' {
            break
        }
        'crmctl;import;help;help' {
            break
        }
        'crmctl;apply' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A YAML file (one or more documents), a directory of them (repeatable), or - for stdin')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A YAML file (one or more documents), a directory of them (repeatable), or - for stdin')
            [CompletionResult]::new('--sealed', '--sealed', [CompletionResultType]::ParameterName, 'Apply a bundle written by `crmctl export --sealed` (passphrase from CRMCTL_BUNDLE_PASSPHRASE or a prompt)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 10s, 500ms)')
            [CompletionResult]::new('--max-response', '--max-response', [CompletionResultType]::ParameterName, 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request')
            [CompletionResult]::new('--max-pages', '--max-pages', [CompletionResultType]::ParameterName, 'Most pages one listing run (KB import, sync) follows')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Most items (articles, records) one listing run takes')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan; write nothing')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Delete assistants and integrations the files do not declare, within the orgs they name')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'With --prune: delete without asking (required without a terminal; or CRMCTL_YES=1)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'With --prune: delete without asking (required without a terminal; or CRMCTL_YES=1)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test the connection of every integration created or changed; write nothing if one fails')
            [CompletionResult]::new('--detailed-exitcode', '--detailed-exitcode', [CompletionResultType]::ParameterName, 'Exit 0 when nothing changed and 4 when something changed (or would, with --dry-run)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;export' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to this file instead of stdout (never overwritten)')
            [CompletionResult]::new('--sealed', '--sealed', [CompletionResultType]::ParameterName, 'Write a passphrase-sealed bundle including secrets'' values to FILE (never overwritten)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--all-orgs', '--all-orgs', [CompletionResultType]::ParameterName, 'Every org, not only --org')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;schema' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'The JSON Schema of one apply document (YAML language servers read it)')
            [CompletionResult]::new('template', 'template', [CompletionResultType]::ParameterValue, 'The JSON Schema of a provider template')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;schema;apply' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;schema;template' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;schema;help' {
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'The JSON Schema of one apply document (YAML language servers read it)')
            [CompletionResult]::new('template', 'template', [CompletionResultType]::ParameterValue, 'The JSON Schema of a provider template')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;schema;help;apply' {
            break
        }
        'crmctl;schema;help;template' {
            break
        }
        'crmctl;schema;help;help' {
            break
        }
        'crmctl;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--install', '--install', [CompletionResultType]::ParameterName, 'Install name-completing completions for your user (bash or fish) and the man pages, instead of printing a script')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;store' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show the store''s engine, location (password masked), schema version, id and row counts')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy a whole store to another engine or place (SQLite <-> PostgreSQL)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;store;info' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;store;copy' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The store to copy (default: --db / CRMCTL_DB)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Where to copy it: a SQLite path (created when absent) or a postgres:// URL')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--overwrite', '--overwrite', [CompletionResultType]::ParameterName, 'Replace what the target holds')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;store;help' {
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show the store''s engine, location (password masked), schema version, id and row counts')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy a whole store to another engine or place (SQLite <-> PostgreSQL)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;store;help;info' {
            break
        }
        'crmctl;store;help;copy' {
            break
        }
        'crmctl;store;help;help' {
            break
        }
        'crmctl;doctor' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;version' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The org (tenant) every command works in')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Format of the data printed to stdout')
            [CompletionResult]::new('--template-dir', '--template-dir', [CompletionResultType]::ParameterName, 'Extra directory of provider templates (repeatable; later ones win)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with a message naming the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail to stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crmctl;help' {
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'Create, inspect, rotate and move the master key')
            [CompletionResult]::new('template', 'template', [CompletionResultType]::ParameterValue, 'List, show and validate provider templates')
            [CompletionResult]::new('org', 'org', [CompletionResultType]::ParameterValue, 'Manage orgs (tenants)')
            [CompletionResult]::new('assistant', 'assistant', [CompletionResultType]::ParameterValue, 'Manage assistants (voice or chat agents) in an org')
            [CompletionResult]::new('integration', 'integration', [CompletionResultType]::ParameterValue, 'Configure integrations')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Test integrations'' connections and say precisely what is wrong')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'OAuth 2.0 sign-in for integrations that use the authorization-code flow')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Run one action of one integration now (or show it with --dry-run)')
            [CompletionResult]::new('event', 'event', [CompletionResultType]::ParameterValue, 'Fire events that run chained integrations through the queue')
            [CompletionResult]::new('queue', 'queue', [CompletionResultType]::ParameterValue, 'Inspect and manage the durable step queue, including dead letters')
            [CompletionResult]::new('worker', 'worker', [CompletionResultType]::ParameterValue, 'Run the queue until SIGINT/SIGTERM')
            [CompletionResult]::new('logs', 'logs', [CompletionResultType]::ParameterValue, 'Read the sync log: tests, steps, imports, syncs, webhooks')
            [CompletionResult]::new('kb', 'kb', [CompletionResultType]::ParameterValue, 'Import, search and export the assistant''s knowledge base from a helpdesk')
            [CompletionResult]::new('mapping', 'mapping', [CompletionResultType]::ParameterValue, 'Map source records'' fields to the platform''s contacts, tickets and deals')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Sync contacts, tickets and deals from a CRM or helpdesk (incremental by default)')
            [CompletionResult]::new('contacts', 'contacts', [CompletionResultType]::ParameterValue, 'The unified contacts view across every connected CRM')
            [CompletionResult]::new('tickets', 'tickets', [CompletionResultType]::ParameterValue, 'The unified tickets view across every connected helpdesk')
            [CompletionResult]::new('deals', 'deals', [CompletionResultType]::ParameterValue, 'The unified deals view across every connected CRM')
            [CompletionResult]::new('accounts', 'accounts', [CompletionResultType]::ParameterValue, 'Accounts: synced contacts grouped by their email domain')
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'Run knowledge-base imports and record syncs on a schedule (`crmctl worker` runs them)')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Receive pushed contacts, tickets and deals (n8n-style webhooks) until SIGINT/SIGTERM')
            [CompletionResult]::new('webhook', 'webhook', [CompletionResultType]::ParameterValue, 'Webhook keys for `crmctl serve`')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Dashboard figures: success rate, records and bytes synced, per-integration last sync, failures')
            [CompletionResult]::new('chatwoot', 'chatwoot', [CompletionResultType]::ParameterValue, 'Administer a Chatwoot helpdesk: agents, inboxes, the chat widget')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'A local fake CRM/helpdesk API to try crmctl without a vendor account')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import integrations from other systems'' stores')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Create, update and (with --prune) delete orgs, assistants and integrations from YAML files')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write orgs, assistants and integrations as apply files (secrets as references), or a sealed bundle')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'JSON Schemas for apply files and provider templates, for editors')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('store', 'store', [CompletionResultType]::ParameterValue, 'The store itself: what it is, and moving it between SQLite and PostgreSQL')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check the keyring, key, store, templates, clock, integrations and queue')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Print the version, the commit it was built from, its features and the store schema it supports')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;help;key' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Print a new random 256-bit key, base64, for a CI secret store')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the store''s master key and record its id and check value')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Say which key source is in use, the key id, and whether it opens the store')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Re-seal every secret under a new key, in one transaction')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the master key to a passphrase-sealed file (Argon2id + AES-256-GCM)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Read a key file from `key export` and save the key in the OS keyring')
            break
        }
        'crmctl;help;key;generate' {
            break
        }
        'crmctl;help;key;init' {
            break
        }
        'crmctl;help;key;status' {
            break
        }
        'crmctl;help;key;rotate' {
            break
        }
        'crmctl;help;key;export' {
            break
        }
        'crmctl;help;key;import' {
            break
        }
        'crmctl;help;template' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the provider templates (built-in and your own)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one template: fields, auth, test, actions, what it cannot do')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check template files; errors name file, line and column')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print the JSON Schema of the template format, for editors')
            break
        }
        'crmctl;help;template;list' {
            break
        }
        'crmctl;help;template;show' {
            break
        }
        'crmctl;help;template;validate' {
            break
        }
        'crmctl;help;template;schema' {
            break
        }
        'crmctl;help;org' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create an org')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List orgs')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an org and everything in it')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set (or with an empty value, clear) an org setting, e.g. agent_limit=3')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an org: its plan, its limits and what counts against them')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'The org''s plan (tier): FREE, STARTER, PRO_PLUS, TEAM, BUSINESS, ENTERPRISE')
            break
        }
        'crmctl;help;org;add' {
            break
        }
        'crmctl;help;org;list' {
            break
        }
        'crmctl;help;org;remove' {
            break
        }
        'crmctl;help;org;set' {
            break
        }
        'crmctl;help;org;show' {
            break
        }
        'crmctl;help;org;plan' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Put an org on a plan (or `none` for no plan and no limits)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the plans, their limits and the kinds of integration each allows')
            break
        }
        'crmctl;help;org;plan;set' {
            break
        }
        'crmctl;help;org;plan;list' {
            break
        }
        'crmctl;help;assistant' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create an assistant in the org (--org)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the org''s assistants')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an assistant and its assistant-specific integrations')
            break
        }
        'crmctl;help;assistant;add' {
            break
        }
        'crmctl;help;assistant;list' {
            break
        }
        'crmctl;help;assistant;remove' {
            break
        }
        'crmctl;help;integration' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an integration from a provider template')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the org''s integrations')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one integration; secrets are masked')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an integration''s fields, secrets or settings')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an integration, its secrets and what was synced through it')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable an integration')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable an integration (kept, but no event runs it)')
            break
        }
        'crmctl;help;integration;add' {
            break
        }
        'crmctl;help;integration;list' {
            break
        }
        'crmctl;help;integration;show' {
            break
        }
        'crmctl;help;integration;edit' {
            break
        }
        'crmctl;help;integration;remove' {
            break
        }
        'crmctl;help;integration;enable' {
            break
        }
        'crmctl;help;integration;disable' {
            break
        }
        'crmctl;help;test' {
            break
        }
        'crmctl;help;auth' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Sign in with OAuth 2.0 (authorization code with PKCE) and seal the tokens')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show whether an integration holds tokens and when they expire')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Forget an integration''s cached tokens')
            break
        }
        'crmctl;help;auth;login' {
            break
        }
        'crmctl;help;auth;status' {
            break
        }
        'crmctl;help;auth;logout' {
            break
        }
        'crmctl;help;send' {
            break
        }
        'crmctl;help;event' {
            [CompletionResult]::new('fire', 'fire', [CompletionResultType]::ParameterValue, 'Fire an event: each subscribed integration becomes a step in the queue')
            [CompletionResult]::new('types', 'types', [CompletionResultType]::ParameterValue, 'List the event types and their payload schemas')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List recent events')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one event with its steps')
            break
        }
        'crmctl;help;event;fire' {
            break
        }
        'crmctl;help;event;types' {
            break
        }
        'crmctl;help;event;list' {
            break
        }
        'crmctl;help;event;show' {
            break
        }
        'crmctl;help;queue' {
            [CompletionResult]::new('process', 'process', [CompletionResultType]::ParameterValue, 'Run the steps that are due now, then stop')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List steps (newest first)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one step, or an event with its steps')
            [CompletionResult]::new('retry', 'retry', [CompletionResultType]::ParameterValue, 'Queue failed, dead or skipped steps again')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Delete finished events, or dead letters')
            break
        }
        'crmctl;help;queue;process' {
            break
        }
        'crmctl;help;queue;list' {
            break
        }
        'crmctl;help;queue;show' {
            break
        }
        'crmctl;help;queue;retry' {
            break
        }
        'crmctl;help;queue;purge' {
            break
        }
        'crmctl;help;worker' {
            break
        }
        'crmctl;help;logs' {
            [CompletionResult]::new('tail', 'tail', [CompletionResultType]::ParameterValue, 'Show sync-log rows, and with --follow new ones as they are written')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one row whole, with its redacted request and response')
            break
        }
        'crmctl;help;logs;tail' {
            break
        }
        'crmctl;help;logs;show' {
            break
        }
        'crmctl;help;kb' {
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import an integration''s knowledge-base articles (incremental by default)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List imported articles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one article whole, by its id or the provider''s id')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Full-text search over titles and bodies, best match first, with snippets')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export articles as JSON lines or Markdown files')
            break
        }
        'crmctl;help;kb;import' {
            break
        }
        'crmctl;help;kb;list' {
            break
        }
        'crmctl;help;kb;show' {
            break
        }
        'crmctl;help;kb;search' {
            break
        }
        'crmctl;help;kb;export' {
            break
        }
        'crmctl;help;mapping' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List an integration''s field mappings (or the platform''s defaults)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Create or replace a field mapping, or load mappings from a YAML file')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a field mapping')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Apply an integration''s mappings to sample records and show the result')
            break
        }
        'crmctl;help;mapping;list' {
            break
        }
        'crmctl;help;mapping;set' {
            break
        }
        'crmctl;help;mapping;remove' {
            break
        }
        'crmctl;help;mapping;test' {
            break
        }
        'crmctl;help;sync' {
            break
        }
        'crmctl;help;contacts' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List synced records across integrations')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one record with every mapped field, by its id or the provider''s id')
            break
        }
        'crmctl;help;contacts;list' {
            break
        }
        'crmctl;help;contacts;show' {
            break
        }
        'crmctl;help;tickets' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List synced records across integrations')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one record with every mapped field, by its id or the provider''s id')
            break
        }
        'crmctl;help;tickets;list' {
            break
        }
        'crmctl;help;tickets;show' {
            break
        }
        'crmctl;help;deals' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List synced records across integrations')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one record with every mapped field, by its id or the provider''s id')
            break
        }
        'crmctl;help;deals;list' {
            break
        }
        'crmctl;help;deals;show' {
            break
        }
        'crmctl;help;accounts' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List accounts with their contacts, tickets and deals')
            break
        }
        'crmctl;help;accounts;list' {
            break
        }
        'crmctl;help;schedule' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Create or replace the schedule of an integration''s KB import or of one stream''s sync')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List schedules with their next and last runs')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a schedule')
            break
        }
        'crmctl;help;schedule;set' {
            break
        }
        'crmctl;help;schedule;list' {
            break
        }
        'crmctl;help;schedule;remove' {
            break
        }
        'crmctl;help;serve' {
            break
        }
        'crmctl;help;webhook' {
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'Create or rotate an integration''s webhook key (printed once), or set one from a source')
            break
        }
        'crmctl;help;webhook;key' {
            break
        }
        'crmctl;help;stats' {
            break
        }
        'crmctl;help;chatwoot' {
            [CompletionResult]::new('agents', 'agents', [CompletionResultType]::ParameterValue, 'Agents of the Chatwoot account')
            [CompletionResult]::new('inboxes', 'inboxes', [CompletionResultType]::ParameterValue, 'Inboxes of the Chatwoot account')
            [CompletionResult]::new('bots', 'bots', [CompletionResultType]::ParameterValue, 'Agent bots of the Chatwoot account, and which inbox each answers')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Add an agent to an inbox')
            [CompletionResult]::new('unassign', 'unassign', [CompletionResultType]::ParameterValue, 'Remove an agent from an inbox')
            [CompletionResult]::new('widget-script', 'widget-script', [CompletionResultType]::ParameterValue, 'Print the website widget embed snippet for an inbox')
            break
        }
        'crmctl;help;chatwoot;agents' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List agents')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an agent (checked against the org''s agent limit)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an agent')
            break
        }
        'crmctl;help;chatwoot;agents;list' {
            break
        }
        'crmctl;help;chatwoot;agents;create' {
            break
        }
        'crmctl;help;chatwoot;agents;remove' {
            break
        }
        'crmctl;help;chatwoot;inboxes' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List inboxes')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an inbox (checked against the org''s inbox limit)')
            [CompletionResult]::new('members', 'members', [CompletionResultType]::ParameterValue, 'The agents of an inbox: list, add, remove')
            break
        }
        'crmctl;help;chatwoot;inboxes;list' {
            break
        }
        'crmctl;help;chatwoot;inboxes;create' {
            break
        }
        'crmctl;help;chatwoot;inboxes;members' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the agents of an inbox')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add agents to an inbox')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove agents from an inbox')
            break
        }
        'crmctl;help;chatwoot;inboxes;members;list' {
            break
        }
        'crmctl;help;chatwoot;inboxes;members;add' {
            break
        }
        'crmctl;help;chatwoot;inboxes;members;remove' {
            break
        }
        'crmctl;help;chatwoot;bots' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List agent bots')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an agent bot that Chatwoot calls at its outgoing URL')
            [CompletionResult]::new('attach', 'attach', [CompletionResultType]::ParameterValue, 'Attach an agent bot to an inbox (it answers the inbox''s conversations)')
            break
        }
        'crmctl;help;chatwoot;bots;list' {
            break
        }
        'crmctl;help;chatwoot;bots;create' {
            break
        }
        'crmctl;help;chatwoot;bots;attach' {
            break
        }
        'crmctl;help;chatwoot;assign' {
            break
        }
        'crmctl;help;chatwoot;unassign' {
            break
        }
        'crmctl;help;chatwoot;widget-script' {
            break
        }
        'crmctl;help;sandbox' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the sandbox API on loopback until interrupted')
            break
        }
        'crmctl;help;sandbox;serve' {
            break
        }
        'crmctl;help;import' {
            [CompletionResult]::new('legacy', 'legacy', [CompletionResultType]::ParameterValue, 'Import integrations from the seed systems'' stores, re-sealing every secret')
            break
        }
        'crmctl;help;import;legacy' {
            break
        }
        'crmctl;help;apply' {
            break
        }
        'crmctl;help;export' {
            break
        }
        'crmctl;help;schema' {
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'The JSON Schema of one apply document (YAML language servers read it)')
            [CompletionResult]::new('template', 'template', [CompletionResultType]::ParameterValue, 'The JSON Schema of a provider template')
            break
        }
        'crmctl;help;schema;apply' {
            break
        }
        'crmctl;help;schema;template' {
            break
        }
        'crmctl;help;completions' {
            break
        }
        'crmctl;help;store' {
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show the store''s engine, location (password masked), schema version, id and row counts')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy a whole store to another engine or place (SQLite <-> PostgreSQL)')
            break
        }
        'crmctl;help;store;info' {
            break
        }
        'crmctl;help;store;copy' {
            break
        }
        'crmctl;help;doctor' {
            break
        }
        'crmctl;help;version' {
            break
        }
        'crmctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
