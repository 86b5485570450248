
use builtin;
use str;

set edit:completion:arg-completer[crmctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'crmctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'crmctl'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand key 'Create, inspect, rotate and move the master key'
            cand template 'List, show and validate provider templates'
            cand org 'Manage orgs (tenants)'
            cand assistant 'Manage assistants (voice or chat agents) in an org'
            cand integration 'Configure integrations'
            cand int 'Configure integrations'
            cand test 'Test integrations'' connections and say precisely what is wrong'
            cand auth 'OAuth 2.0 sign-in for integrations that use the authorization-code flow'
            cand send 'Run one action of one integration now (or show it with --dry-run)'
            cand event 'Fire events that run chained integrations through the queue'
            cand queue 'Inspect and manage the durable step queue, including dead letters'
            cand worker 'Run the queue until SIGINT/SIGTERM'
            cand logs 'Read the sync log: tests, steps, imports, syncs, webhooks'
            cand kb 'Import, search and export the assistant''s knowledge base from a helpdesk'
            cand mapping 'Map source records'' fields to the platform''s contacts, tickets and deals'
            cand sync 'Sync contacts, tickets and deals from a CRM or helpdesk (incremental by default)'
            cand contacts 'The unified contacts view across every connected CRM'
            cand tickets 'The unified tickets view across every connected helpdesk'
            cand deals 'The unified deals view across every connected CRM'
            cand accounts 'Accounts: synced contacts grouped by their email domain'
            cand schedule 'Run knowledge-base imports and record syncs on a schedule (`crmctl worker` runs them)'
            cand serve 'Receive pushed contacts, tickets and deals (n8n-style webhooks) until SIGINT/SIGTERM'
            cand webhook 'Webhook keys for `crmctl serve`'
            cand stats 'Dashboard figures: success rate, records and bytes synced, per-integration last sync, failures'
            cand chatwoot 'Administer a Chatwoot helpdesk: agents, inboxes, the chat widget'
            cand sandbox 'A local fake CRM/helpdesk API to try crmctl without a vendor account'
            cand import 'Import integrations from other systems'' stores'
            cand apply 'Create, update and (with --prune) delete orgs, assistants and integrations from YAML files'
            cand export 'Write orgs, assistants and integrations as apply files (secrets as references), or a sealed bundle'
            cand schema 'JSON Schemas for apply files and provider templates, for editors'
            cand completions 'Print a shell completion script'
            cand store 'The store itself: what it is, and moving it between SQLite and PostgreSQL'
            cand doctor 'Check the keyring, key, store, templates, clock, integrations and queue'
            cand version 'Print the version, the commit it was built from, its features and the store schema it supports'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;key'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand generate 'Print a new random 256-bit key, base64, for a CI secret store'
            cand init 'Create the store''s master key and record its id and check value'
            cand status 'Say which key source is in use, the key id, and whether it opens the store'
            cand rotate 'Re-seal every secret under a new key, in one transaction'
            cand export 'Write the master key to a passphrase-sealed file (Argon2id + AES-256-GCM)'
            cand import 'Read a key file from `key export` and save the key in the OS keyring'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;key;generate'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;key;init'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --passphrase 'Derive the key from a passphrase (CRMCTL_PASSPHRASE or a prompt) with Argon2id'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;key;status'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;key;rotate'= {
            cand --to 'Where the new key lives [default: where the current one is]'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand -y 'Do not ask for confirmation (required without a terminal; or CRMCTL_YES=1)'
            cand --yes 'Do not ask for confirmation (required without a terminal; or CRMCTL_YES=1)'
            cand --dry-run 'Say what would be re-sealed and retired; change nothing'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;key;export'= {
            cand --out 'File to write (created 0600; must not exist)'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;key;import'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;key;help'= {
            cand generate 'Print a new random 256-bit key, base64, for a CI secret store'
            cand init 'Create the store''s master key and record its id and check value'
            cand status 'Say which key source is in use, the key id, and whether it opens the store'
            cand rotate 'Re-seal every secret under a new key, in one transaction'
            cand export 'Write the master key to a passphrase-sealed file (Argon2id + AES-256-GCM)'
            cand import 'Read a key file from `key export` and save the key in the OS keyring'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;key;help;generate'= {
        }
        &'crmctl;key;help;init'= {
        }
        &'crmctl;key;help;status'= {
        }
        &'crmctl;key;help;rotate'= {
        }
        &'crmctl;key;help;export'= {
        }
        &'crmctl;key;help;import'= {
        }
        &'crmctl;key;help;help'= {
        }
        &'crmctl;template'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'List the provider templates (built-in and your own)'
            cand show 'Show one template: fields, auth, test, actions, what it cannot do'
            cand validate 'Check template files; errors name file, line and column'
            cand schema 'Print the JSON Schema of the template format, for editors'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;template;list'= {
            cand --limit 'At most this many rows (1 or more; use --all for every row)'
            cand --offset 'Skip this many rows (the next page starts at offset + limit)'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --all 'Every row, however many (with -o json, one JSON array)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;template;show'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;template;validate'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;template;schema'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;template;help'= {
            cand list 'List the provider templates (built-in and your own)'
            cand show 'Show one template: fields, auth, test, actions, what it cannot do'
            cand validate 'Check template files; errors name file, line and column'
            cand schema 'Print the JSON Schema of the template format, for editors'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;template;help;list'= {
        }
        &'crmctl;template;help;show'= {
        }
        &'crmctl;template;help;validate'= {
        }
        &'crmctl;template;help;schema'= {
        }
        &'crmctl;template;help;help'= {
        }
        &'crmctl;org'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Create an org'
            cand list 'List orgs'
            cand remove 'Remove an org and everything in it'
            cand set 'Set (or with an empty value, clear) an org setting, e.g. agent_limit=3'
            cand show 'Show an org: its plan, its limits and what counts against them'
            cand plan 'The org''s plan (tier): FREE, STARTER, PRO_PLUS, TEAM, BUSINESS, ENTERPRISE'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;org;add'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;org;list'= {
            cand --limit 'At most this many rows (1 or more; use --all for every row)'
            cand --offset 'Skip this many rows (the next page starts at offset + limit)'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --all 'Every row, however many (with -o json, one JSON array)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;org;remove'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand -y 'Do not ask for confirmation (required without a terminal)'
            cand --yes 'Do not ask for confirmation (required without a terminal)'
            cand --dry-run 'Show what would be removed; change nothing'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;org;set'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;org;show'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;org;plan'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand set 'Put an org on a plan (or `none` for no plan and no limits)'
            cand list 'List the plans, their limits and the kinds of integration each allows'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;org;plan;set'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;org;plan;list'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;org;plan;help'= {
            cand set 'Put an org on a plan (or `none` for no plan and no limits)'
            cand list 'List the plans, their limits and the kinds of integration each allows'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;org;plan;help;set'= {
        }
        &'crmctl;org;plan;help;list'= {
        }
        &'crmctl;org;plan;help;help'= {
        }
        &'crmctl;org;help'= {
            cand add 'Create an org'
            cand list 'List orgs'
            cand remove 'Remove an org and everything in it'
            cand set 'Set (or with an empty value, clear) an org setting, e.g. agent_limit=3'
            cand show 'Show an org: its plan, its limits and what counts against them'
            cand plan 'The org''s plan (tier): FREE, STARTER, PRO_PLUS, TEAM, BUSINESS, ENTERPRISE'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;org;help;add'= {
        }
        &'crmctl;org;help;list'= {
        }
        &'crmctl;org;help;remove'= {
        }
        &'crmctl;org;help;set'= {
        }
        &'crmctl;org;help;show'= {
        }
        &'crmctl;org;help;plan'= {
            cand set 'Put an org on a plan (or `none` for no plan and no limits)'
            cand list 'List the plans, their limits and the kinds of integration each allows'
        }
        &'crmctl;org;help;plan;set'= {
        }
        &'crmctl;org;help;plan;list'= {
        }
        &'crmctl;org;help;help'= {
        }
        &'crmctl;assistant'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Create an assistant in the org (--org)'
            cand list 'List the org''s assistants'
            cand remove 'Remove an assistant and its assistant-specific integrations'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;assistant;add'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --integrations-disabled 'Create it with integrations switched off'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;assistant;list'= {
            cand --limit 'At most this many rows (1 or more; use --all for every row)'
            cand --offset 'Skip this many rows (the next page starts at offset + limit)'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --all 'Every row, however many (with -o json, one JSON array)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;assistant;remove'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand -y 'Do not ask for confirmation (required without a terminal)'
            cand --yes 'Do not ask for confirmation (required without a terminal)'
            cand --dry-run 'Show what would be removed; change nothing'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;assistant;help'= {
            cand add 'Create an assistant in the org (--org)'
            cand list 'List the org''s assistants'
            cand remove 'Remove an assistant and its assistant-specific integrations'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;assistant;help;add'= {
        }
        &'crmctl;assistant;help;list'= {
        }
        &'crmctl;assistant;help;remove'= {
        }
        &'crmctl;assistant;help;help'= {
        }
        &'crmctl;integration'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Add an integration from a provider template'
            cand list 'List the org''s integrations'
            cand show 'Show one integration; secrets are masked'
            cand edit 'Change an integration''s fields, secrets or settings'
            cand remove 'Remove an integration, its secrets and what was synced through it'
            cand enable 'Enable an integration'
            cand disable 'Disable an integration (kept, but no event runs it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;int'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Add an integration from a provider template'
            cand list 'List the org''s integrations'
            cand show 'Show one integration; secrets are masked'
            cand edit 'Change an integration''s fields, secrets or settings'
            cand remove 'Remove an integration, its secrets and what was synced through it'
            cand enable 'Enable an integration'
            cand disable 'Disable an integration (kept, but no event runs it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;integration;add'= {
            cand --name 'Name of the integration, unique in the org'
            cand --assistant 'Make it specific to this assistant (default: an org default)'
            cand --field 'A non-secret field value (repeatable)'
            cand --secret 'A secret field and where to read it: env:VAR, file:PATH or - (repeatable)'
            cand --priority 'Run order in a chain; lower runs first [default: 100]'
            cand --on 'An event that fires it (repeatable): conversation_ended, contact_request, escalation, kb_sync, low_score, or a custom name; EVENT:ACTION names the action to run (default: the template''s action for the event)'
            cand --on-failure 'What a failure does to the rest of the chain [default: continue]'
            cand --base-url 'Override the template''s base URL (https, or http on loopback)'
            cand --when 'Run only when this condition on the event holds, e.g. ''event.score < 3'''
            cand --from-file 'Read the integration from a YAML file; flags override its values'
            cand --timeout 'Give up on a request after this long (e.g. 10s, 500ms)'
            cand --max-response 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request'
            cand --max-pages 'Most pages one listing run (KB import, sync) follows'
            cand --max-items 'Most items (articles, records) one listing run takes'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --disabled 'Add it disabled'
            cand --test 'Test the connection first; a failing configuration is not saved'
            cand --force 'With --test: save even when the test fails'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;int;add'= {
            cand --name 'Name of the integration, unique in the org'
            cand --assistant 'Make it specific to this assistant (default: an org default)'
            cand --field 'A non-secret field value (repeatable)'
            cand --secret 'A secret field and where to read it: env:VAR, file:PATH or - (repeatable)'
            cand --priority 'Run order in a chain; lower runs first [default: 100]'
            cand --on 'An event that fires it (repeatable): conversation_ended, contact_request, escalation, kb_sync, low_score, or a custom name; EVENT:ACTION names the action to run (default: the template''s action for the event)'
            cand --on-failure 'What a failure does to the rest of the chain [default: continue]'
            cand --base-url 'Override the template''s base URL (https, or http on loopback)'
            cand --when 'Run only when this condition on the event holds, e.g. ''event.score < 3'''
            cand --from-file 'Read the integration from a YAML file; flags override its values'
            cand --timeout 'Give up on a request after this long (e.g. 10s, 500ms)'
            cand --max-response 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request'
            cand --max-pages 'Most pages one listing run (KB import, sync) follows'
            cand --max-items 'Most items (articles, records) one listing run takes'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --disabled 'Add it disabled'
            cand --test 'Test the connection first; a failing configuration is not saved'
            cand --force 'With --test: save even when the test fails'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;integration;list'= {
            cand --limit 'At most this many rows (1 or more; use --all for every row)'
            cand --offset 'Skip this many rows (the next page starts at offset + limit)'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --all 'Every row, however many (with -o json, one JSON array)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;int;list'= {
            cand --limit 'At most this many rows (1 or more; use --all for every row)'
            cand --offset 'Skip this many rows (the next page starts at offset + limit)'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --all 'Every row, however many (with -o json, one JSON array)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;integration;show'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;int;show'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;integration;edit'= {
            cand --rename 'New name'
            cand --assistant 'Make it specific to this assistant'
            cand --field 'Set a non-secret field (repeatable); KEY= clears an optional field'
            cand --secret 'Replace a secret: env:VAR, file:PATH or - (repeatable)'
            cand --priority 'Run order in a chain; lower runs first'
            cand --on 'Replace the events that fire it (repeatable)'
            cand --when 'Run only when this condition on the event holds, e.g. ''event.score < 3'''
            cand --on-failure 'What a failure does to the rest of the chain'
            cand --base-url 'Override the base URL (https, or http on loopback)'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --org-default 'Make it an org default (not assistant-specific)'
            cand --no-events 'Remove every event subscription'
            cand --no-when 'Remove the condition'
            cand --template-base-url 'Go back to the template''s base URL'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;int;edit'= {
            cand --rename 'New name'
            cand --assistant 'Make it specific to this assistant'
            cand --field 'Set a non-secret field (repeatable); KEY= clears an optional field'
            cand --secret 'Replace a secret: env:VAR, file:PATH or - (repeatable)'
            cand --priority 'Run order in a chain; lower runs first'
            cand --on 'Replace the events that fire it (repeatable)'
            cand --when 'Run only when this condition on the event holds, e.g. ''event.score < 3'''
            cand --on-failure 'What a failure does to the rest of the chain'
            cand --base-url 'Override the base URL (https, or http on loopback)'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --org-default 'Make it an org default (not assistant-specific)'
            cand --no-events 'Remove every event subscription'
            cand --no-when 'Remove the condition'
            cand --template-base-url 'Go back to the template''s base URL'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;integration;remove'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand -y 'Do not ask for confirmation (required without a terminal)'
            cand --yes 'Do not ask for confirmation (required without a terminal)'
            cand --dry-run 'Show what would be removed; change nothing'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;int;remove'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand -y 'Do not ask for confirmation (required without a terminal)'
            cand --yes 'Do not ask for confirmation (required without a terminal)'
            cand --dry-run 'Show what would be removed; change nothing'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;integration;enable'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;int;enable'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;integration;disable'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;int;disable'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;integration;help'= {
            cand add 'Add an integration from a provider template'
            cand list 'List the org''s integrations'
            cand show 'Show one integration; secrets are masked'
            cand edit 'Change an integration''s fields, secrets or settings'
            cand remove 'Remove an integration, its secrets and what was synced through it'
            cand enable 'Enable an integration'
            cand disable 'Disable an integration (kept, but no event runs it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;integration;help;add'= {
        }
        &'crmctl;integration;help;list'= {
        }
        &'crmctl;integration;help;show'= {
        }
        &'crmctl;integration;help;edit'= {
        }
        &'crmctl;integration;help;remove'= {
        }
        &'crmctl;integration;help;enable'= {
        }
        &'crmctl;integration;help;disable'= {
        }
        &'crmctl;integration;help;help'= {
        }
        &'crmctl;int;help'= {
            cand add 'Add an integration from a provider template'
            cand list 'List the org''s integrations'
            cand show 'Show one integration; secrets are masked'
            cand edit 'Change an integration''s fields, secrets or settings'
            cand remove 'Remove an integration, its secrets and what was synced through it'
            cand enable 'Enable an integration'
            cand disable 'Disable an integration (kept, but no event runs it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;int;help;add'= {
        }
        &'crmctl;int;help;list'= {
        }
        &'crmctl;int;help;show'= {
        }
        &'crmctl;int;help;edit'= {
        }
        &'crmctl;int;help;remove'= {
        }
        &'crmctl;int;help;enable'= {
        }
        &'crmctl;int;help;disable'= {
        }
        &'crmctl;int;help;help'= {
        }
        &'crmctl;test'= {
            cand --concurrency 'How many tests run at once with --all (32: measured against a 100 ms provider, see the README''s performance section)'
            cand --provider 'Test a configuration without saving it: the provider template id'
            cand --field 'With --provider: a non-secret field (repeatable)'
            cand --secret 'With --provider: a secret and where to read it, env:VAR, file:PATH or -'
            cand --base-url 'With --provider: override the base URL'
            cand --timeout 'Give up on a request after this long (e.g. 10s, 500ms)'
            cand --max-response 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request'
            cand --max-pages 'Most pages one listing run (KB import, sync) follows'
            cand --max-items 'Most items (articles, records) one listing run takes'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --all 'Test every enabled integration of the org'
            cand --include-disabled 'Include disabled integrations with --all'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;auth'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand login 'Sign in with OAuth 2.0 (authorization code with PKCE) and seal the tokens'
            cand status 'Show whether an integration holds tokens and when they expire'
            cand logout 'Forget an integration''s cached tokens'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;auth;login'= {
            cand --port 'Loopback port for the redirect (default: a free port, unless the template fixes the redirect URI)'
            cand --wait 'Give up waiting for the sign-in after this long'
            cand --timeout 'Give up on a request after this long (e.g. 10s, 500ms)'
            cand --max-response 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request'
            cand --max-pages 'Most pages one listing run (KB import, sync) follows'
            cand --max-items 'Most items (articles, records) one listing run takes'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-browser 'Print the sign-in URL instead of opening a browser'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;auth;status'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;auth;logout'= {
            cand --timeout 'Give up on a request after this long (e.g. 10s, 500ms)'
            cand --max-response 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request'
            cand --max-pages 'Most pages one listing run (KB import, sync) follows'
            cand --max-items 'Most items (articles, records) one listing run takes'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand -y 'Do not ask for confirmation (required without a terminal; or CRMCTL_YES=1)'
            cand --yes 'Do not ask for confirmation (required without a terminal; or CRMCTL_YES=1)'
            cand --local-only 'Only forget the tokens here; do not revoke them at the provider'
            cand --dry-run 'Show what would be forgotten; change nothing'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;auth;help'= {
            cand login 'Sign in with OAuth 2.0 (authorization code with PKCE) and seal the tokens'
            cand status 'Show whether an integration holds tokens and when they expire'
            cand logout 'Forget an integration''s cached tokens'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;auth;help;login'= {
        }
        &'crmctl;auth;help;status'= {
        }
        &'crmctl;auth;help;logout'= {
        }
        &'crmctl;auth;help;help'= {
        }
        &'crmctl;send'= {
            cand --payload 'JSON payload file, or - for stdin'
            cand --set 'Override a payload value: path=value, e.g. caller.phone=+61400000000 (repeatable)'
            cand --timeout 'Give up on a request after this long (e.g. 10s, 500ms)'
            cand --max-response 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request'
            cand --max-pages 'Most pages one listing run (KB import, sync) follows'
            cand --max-items 'Most items (articles, records) one listing run takes'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --dry-run 'Print the rendered request with secrets masked; send nothing'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;event'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand fire 'Fire an event: each subscribed integration becomes a step in the queue'
            cand types 'List the event types and their payload schemas'
            cand list 'List recent events'
            cand show 'Show one event with its steps'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;event;fire'= {
            cand --file 'Many events from a JSON-lines file (or - for stdin), one object a line: {"type": ..., "payload": {...}, "assistant": ..., "idempotency_key": ...}; every line is checked before anything is queued'
            cand --assistant 'The assistant the event comes from (its integrations, else the org defaults)'
            cand --payload 'JSON payload file, or - for stdin'
            cand --set 'Override a payload value: path=value (repeatable)'
            cand --idempotency-key 'Fire at most once per key: the same key again returns the first event'
            cand --max-attempts 'Attempts per step before it is dead-lettered'
            cand --concurrency 'Steps run at once'
            cand --lease 'How long a step''s lease lasts; a running step renews it every third of that, so a killed worker''s step runs again this soon'
            cand --retry-base 'First retry delay; it doubles each attempt (with jitter), up to 5 minutes'
            cand --timeout 'Give up on a request after this long (e.g. 10s, 500ms)'
            cand --max-response 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request'
            cand --max-pages 'Most pages one listing run (KB import, sync) follows'
            cand --max-items 'Most items (articles, records) one listing run takes'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --wait 'Run the steps now and print each outcome'
            cand --dry-run 'Print the plan and each rendered request (secrets masked); send nothing'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;event;types'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;event;list'= {
            cand --limit 'At most this many rows (1 or more; use --all for every row)'
            cand --offset 'Skip this many rows (the next page starts at offset + limit)'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --all 'Every row, however many (with -o json, one JSON array)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;event;show'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;event;help'= {
            cand fire 'Fire an event: each subscribed integration becomes a step in the queue'
            cand types 'List the event types and their payload schemas'
            cand list 'List recent events'
            cand show 'Show one event with its steps'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;event;help;fire'= {
        }
        &'crmctl;event;help;types'= {
        }
        &'crmctl;event;help;list'= {
        }
        &'crmctl;event;help;show'= {
        }
        &'crmctl;event;help;help'= {
        }
        &'crmctl;queue'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand process 'Run the steps that are due now, then stop'
            cand list 'List steps (newest first)'
            cand show 'Show one step, or an event with its steps'
            cand retry 'Queue failed, dead or skipped steps again'
            cand purge 'Delete finished events, or dead letters'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;queue;process'= {
            cand --concurrency 'Steps run at once'
            cand --lease 'How long a step''s lease lasts; a running step renews it every third of that, so a killed worker''s step runs again this soon'
            cand --retry-base 'First retry delay; it doubles each attempt (with jitter), up to 5 minutes'
            cand --timeout 'Give up on a request after this long (e.g. 10s, 500ms)'
            cand --max-response 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request'
            cand --max-pages 'Most pages one listing run (KB import, sync) follows'
            cand --max-items 'Most items (articles, records) one listing run takes'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --until-empty 'Keep going until nothing is pending, waiting out delayed retries'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;queue;list'= {
            cand --status 'Only steps in this status: pending, running, succeeded, failed, dead, skipped (repeatable)'
            cand --event 'Only this event''s steps'
            cand --limit 'At most this many rows (1 or more; use --all for every row)'
            cand --offset 'Skip this many rows (the next page starts at offset + limit)'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --dead 'Only dead letters (same as --status dead)'
            cand --all 'Every row, however many (with -o json, one JSON array)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;queue;show'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;queue;retry'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --all-dead 'Every dead letter of the org'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;queue;purge'= {
            cand --older-than 'Only what is older than this (e.g. 7d)'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --dead 'Delete dead letters'
            cand --finished 'Delete finished events (succeeded, failed, partial, skipped) and their steps'
            cand -y 'Do not ask for confirmation (required without a terminal; or CRMCTL_YES=1)'
            cand --yes 'Do not ask for confirmation (required without a terminal; or CRMCTL_YES=1)'
            cand --dry-run 'Count what would be deleted; delete nothing'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;queue;help'= {
            cand process 'Run the steps that are due now, then stop'
            cand list 'List steps (newest first)'
            cand show 'Show one step, or an event with its steps'
            cand retry 'Queue failed, dead or skipped steps again'
            cand purge 'Delete finished events, or dead letters'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;queue;help;process'= {
        }
        &'crmctl;queue;help;list'= {
        }
        &'crmctl;queue;help;show'= {
        }
        &'crmctl;queue;help;retry'= {
        }
        &'crmctl;queue;help;purge'= {
        }
        &'crmctl;queue;help;help'= {
        }
        &'crmctl;worker'= {
            cand --poll 'How often to look for due steps when idle'
            cand --heartbeat 'How often `-v` prints a heartbeat line with the worker''s counts'
            cand --stall 'How long the store may stay busy or unwritable before the worker exits 3 (it never idles silently)'
            cand --concurrency 'Steps run at once'
            cand --lease 'How long a step''s lease lasts; a running step renews it every third of that, so a killed worker''s step runs again this soon'
            cand --retry-base 'First retry delay; it doubles each attempt (with jitter), up to 5 minutes'
            cand --timeout 'Give up on a request after this long (e.g. 10s, 500ms)'
            cand --max-response 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request'
            cand --max-pages 'Most pages one listing run (KB import, sync) follows'
            cand --max-items 'Most items (articles, records) one listing run takes'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;logs'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand tail 'Show sync-log rows, and with --follow new ones as they are written'
            cand show 'Show one row whole, with its redacted request and response'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;logs;tail'= {
            cand --since 'Only rows since a duration ago (30m, 24h, 7d) or a time (RFC 3339)'
            cand --integration 'Only this integration (name)'
            cand --kind 'Only this kind: test, action, step, kb_import, record_sync, webhook; `audit` prints the audit log (changes of configuration) instead'
            cand --status 'Only this status: success, failure, partial'
            cand --event-type 'Only rows of events of this type'
            cand --limit 'How many rows of history (the newest)'
            cand --poll 'How often to look for new rows with --follow'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand -f 'Keep printing new rows until interrupted'
            cand --follow 'Keep printing new rows until interrupted'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;logs;show'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;logs;help'= {
            cand tail 'Show sync-log rows, and with --follow new ones as they are written'
            cand show 'Show one row whole, with its redacted request and response'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;logs;help;tail'= {
        }
        &'crmctl;logs;help;show'= {
        }
        &'crmctl;logs;help;help'= {
        }
        &'crmctl;kb'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand import 'Import an integration''s knowledge-base articles (incremental by default)'
            cand list 'List imported articles'
            cand show 'Show one article whole, by its id or the provider''s id'
            cand search 'Full-text search over titles and bodies, best match first, with snippets'
            cand export 'Export articles as JSON lines or Markdown files'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;kb;import'= {
            cand --since 'Only articles changed since a duration ago (30m, 24h, 7d) or a time (RFC 3339)'
            cand --locale 'Only this locale (e.g. en-us), where the provider can filter by one'
            cand --wait 'When a KB import of the same integration is already running (here or in another process): how long to wait for it before refusing with exit 2 (0s: refuse at once)'
            cand --timeout 'Give up on a request after this long (e.g. 10s, 500ms)'
            cand --max-response 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request'
            cand --max-pages 'Most pages one listing run (KB import, sync) follows'
            cand --max-items 'Most items (articles, records) one listing run takes'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --full 'Read every article and archive those gone from the source'
            cand --dry-run 'Read and compare, but write nothing'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;kb;list'= {
            cand --integration 'Only this integration''s articles (name or id)'
            cand --locale 'Only this locale'
            cand --limit 'At most this many rows (1 or more; use --all for every row)'
            cand --offset 'Skip this many rows (the next page starts at offset + limit)'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --archived 'Include archived articles'
            cand --all 'Every row, however many (with -o json, one JSON array)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;kb;show'= {
            cand --integration 'The integration, where a provider id is not unique (name or id)'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;kb;search'= {
            cand --integration 'Only this integration''s articles (name or id)'
            cand --limit 'At most this many results'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --archived 'Include archived articles'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;kb;export'= {
            cand --format 'Output format'
            cand --out 'Directory to write to (created if absent) [default: stdout]'
            cand --integration 'Only this integration''s articles (name or id)'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --archived 'Include archived articles'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;kb;help'= {
            cand import 'Import an integration''s knowledge-base articles (incremental by default)'
            cand list 'List imported articles'
            cand show 'Show one article whole, by its id or the provider''s id'
            cand search 'Full-text search over titles and bodies, best match first, with snippets'
            cand export 'Export articles as JSON lines or Markdown files'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;kb;help;import'= {
        }
        &'crmctl;kb;help;list'= {
        }
        &'crmctl;kb;help;show'= {
        }
        &'crmctl;kb;help;search'= {
        }
        &'crmctl;kb;help;export'= {
        }
        &'crmctl;kb;help;help'= {
        }
        &'crmctl;mapping'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'List an integration''s field mappings (or the platform''s defaults)'
            cand set 'Create or replace a field mapping, or load mappings from a YAML file'
            cand remove 'Remove a field mapping'
            cand test 'Apply an integration''s mappings to sample records and show the result'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;mapping;list'= {
            cand --stream 'Only this stream: contacts, tickets or deals'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --defaults 'Show the platform''s default mappings instead'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;mapping;set'= {
            cand --stream 'contacts, tickets or deals'
            cand --target 'The platform field to fill (see below)'
            cand --source 'A dot path into the source record (repeatable)'
            cand --transform 'A transform, applied in order (repeatable; see below)'
            cand --from-file 'A YAML list of mappings'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --replace 'With --from-file: remove the other mappings of the streams in the file'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;mapping;remove'= {
            cand --stream 'contacts, tickets or deals'
            cand --target 'The platform field'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand -y 'Do not ask for confirmation (required without a terminal; or CRMCTL_YES=1)'
            cand --yes 'Do not ask for confirmation (required without a terminal; or CRMCTL_YES=1)'
            cand --dry-run 'Show what would be removed; change nothing'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;mapping;test'= {
            cand --stream 'contacts, tickets or deals'
            cand --record 'A JSON file with one source record or an array of them; - for stdin'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;mapping;help'= {
            cand list 'List an integration''s field mappings (or the platform''s defaults)'
            cand set 'Create or replace a field mapping, or load mappings from a YAML file'
            cand remove 'Remove a field mapping'
            cand test 'Apply an integration''s mappings to sample records and show the result'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;mapping;help;list'= {
        }
        &'crmctl;mapping;help;set'= {
        }
        &'crmctl;mapping;help;remove'= {
        }
        &'crmctl;mapping;help;test'= {
        }
        &'crmctl;mapping;help;help'= {
        }
        &'crmctl;sync'= {
            cand --stream 'Only this stream: contacts, tickets or deals'
            cand --since 'Only records changed since a duration ago (30m, 24h, 7d) or a time (RFC 3339)'
            cand --wait 'When a sync of the same integration and stream is already running (here or in another process): how long to wait for it before refusing with exit 2 (0s: refuse at once)'
            cand --timeout 'Give up on a request after this long (e.g. 10s, 500ms)'
            cand --max-response 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request'
            cand --max-pages 'Most pages one listing run (KB import, sync) follows'
            cand --max-items 'Most items (articles, records) one listing run takes'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --full 'Read every record and mark those gone from the source as deleted'
            cand --dry-run 'Read, map and compare, but write nothing'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;contacts'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'List synced records across integrations'
            cand show 'Show one record with every mapped field, by its id or the provider''s id'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;contacts;list'= {
            cand --search 'Words that must all appear'
            cand --integration 'Only this integration''s records (name or id)'
            cand --account 'Only this account''s records (id or email domain)'
            cand --limit 'At most this many rows (1 or more; use --all for every row)'
            cand --offset 'Skip this many rows (the next page starts at offset + limit)'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --deleted 'Include records marked deleted (gone from the source)'
            cand --all 'Every row, however many (with -o json, one JSON array)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;contacts;show'= {
            cand --integration 'The integration, where a provider id is not unique (name or id)'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;contacts;help'= {
            cand list 'List synced records across integrations'
            cand show 'Show one record with every mapped field, by its id or the provider''s id'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;contacts;help;list'= {
        }
        &'crmctl;contacts;help;show'= {
        }
        &'crmctl;contacts;help;help'= {
        }
        &'crmctl;tickets'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'List synced records across integrations'
            cand show 'Show one record with every mapped field, by its id or the provider''s id'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;tickets;list'= {
            cand --search 'Words that must all appear'
            cand --integration 'Only this integration''s records (name or id)'
            cand --account 'Only this account''s records (id or email domain)'
            cand --limit 'At most this many rows (1 or more; use --all for every row)'
            cand --offset 'Skip this many rows (the next page starts at offset + limit)'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --deleted 'Include records marked deleted (gone from the source)'
            cand --all 'Every row, however many (with -o json, one JSON array)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;tickets;show'= {
            cand --integration 'The integration, where a provider id is not unique (name or id)'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;tickets;help'= {
            cand list 'List synced records across integrations'
            cand show 'Show one record with every mapped field, by its id or the provider''s id'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;tickets;help;list'= {
        }
        &'crmctl;tickets;help;show'= {
        }
        &'crmctl;tickets;help;help'= {
        }
        &'crmctl;deals'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'List synced records across integrations'
            cand show 'Show one record with every mapped field, by its id or the provider''s id'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;deals;list'= {
            cand --search 'Words that must all appear'
            cand --integration 'Only this integration''s records (name or id)'
            cand --account 'Only this account''s records (id or email domain)'
            cand --limit 'At most this many rows (1 or more; use --all for every row)'
            cand --offset 'Skip this many rows (the next page starts at offset + limit)'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --deleted 'Include records marked deleted (gone from the source)'
            cand --all 'Every row, however many (with -o json, one JSON array)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;deals;show'= {
            cand --integration 'The integration, where a provider id is not unique (name or id)'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;deals;help'= {
            cand list 'List synced records across integrations'
            cand show 'Show one record with every mapped field, by its id or the provider''s id'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;deals;help;list'= {
        }
        &'crmctl;deals;help;show'= {
        }
        &'crmctl;deals;help;help'= {
        }
        &'crmctl;accounts'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'List accounts with their contacts, tickets and deals'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;accounts;list'= {
            cand --search 'Only accounts whose domain or name contains this'
            cand --limit 'At most this many rows (1 or more; use --all for every row)'
            cand --offset 'Skip this many rows (the next page starts at offset + limit)'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --all 'Every row, however many (with -o json, one JSON array)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;accounts;help'= {
            cand list 'List accounts with their contacts, tickets and deals'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;accounts;help;list'= {
        }
        &'crmctl;accounts;help;help'= {
        }
        &'crmctl;schedule'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand set 'Create or replace the schedule of an integration''s KB import or of one stream''s sync'
            cand list 'List schedules with their next and last runs'
            cand remove 'Remove a schedule'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;schedule;set'= {
            cand --stream 'One stream''s sync: contacts, tickets or deals'
            cand --every 'Run every DURATION (30s, 15m, 6h, 1d)'
            cand --cron 'Run at a cron expression''s times, UTC (''0 * * * *'' is hourly)'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --kb 'The knowledge-base import'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;schedule;list'= {
            cand --integration 'Only this integration''s schedules (name or id)'
            cand --limit 'At most this many rows (1 or more; use --all for every row)'
            cand --offset 'Skip this many rows (the next page starts at offset + limit)'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --all 'Every row, however many (with -o json, one JSON array)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;schedule;remove'= {
            cand --stream 'One stream''s sync: contacts, tickets or deals'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --kb 'The knowledge-base import'
            cand -y 'Do not ask for confirmation (required without a terminal; or CRMCTL_YES=1)'
            cand --yes 'Do not ask for confirmation (required without a terminal; or CRMCTL_YES=1)'
            cand --dry-run 'Show what would be removed; change nothing'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;schedule;help'= {
            cand set 'Create or replace the schedule of an integration''s KB import or of one stream''s sync'
            cand list 'List schedules with their next and last runs'
            cand remove 'Remove a schedule'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;schedule;help;set'= {
        }
        &'crmctl;schedule;help;list'= {
        }
        &'crmctl;schedule;help;remove'= {
        }
        &'crmctl;schedule;help;help'= {
        }
        &'crmctl;serve'= {
            cand --listen 'Address to listen on (port 0 picks a free one and prints it)'
            cand --max-body 'Largest request body accepted (bytes, or with KiB/MiB)'
            cand --header-timeout 'Time a client has to send a request''s headers, counted from when the connection is ready for them (a slow or silent client is dropped)'
            cand --idle-timeout 'Longest a connection may go with no byte moving either way (a stalled body, an idle keep-alive)'
            cand --max-connections 'Most connections open at once; one more is answered 503 and closed'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;webhook'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand key 'Create or rotate an integration''s webhook key (printed once), or set one from a source'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;webhook;key'= {
            cand --from 'Read the key from env:VAR, file:PATH or - (stdin) instead of making one'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand -y 'Do not ask before replacing an existing key (required without a terminal; or CRMCTL_YES=1)'
            cand --yes 'Do not ask before replacing an existing key (required without a terminal; or CRMCTL_YES=1)'
            cand --dry-run 'Say whether a key would be set or replaced; change nothing'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;webhook;help'= {
            cand key 'Create or rotate an integration''s webhook key (printed once), or set one from a source'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;webhook;help;key'= {
        }
        &'crmctl;webhook;help;help'= {
        }
        &'crmctl;stats'= {
            cand --integration 'Only this integration''s figures'
            cand --since 'The window for runs, success rate and the per-day picture: a duration ago (24h, 7d, 30d) or a time (RFC 3339)'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;chatwoot'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand agents 'Agents of the Chatwoot account'
            cand inboxes 'Inboxes of the Chatwoot account'
            cand bots 'Agent bots of the Chatwoot account, and which inbox each answers'
            cand assign 'Add an agent to an inbox'
            cand unassign 'Remove an agent from an inbox'
            cand widget-script 'Print the website widget embed snippet for an inbox'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;chatwoot;agents'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'List agents'
            cand create 'Create an agent (checked against the org''s agent limit)'
            cand remove 'Remove an agent'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;chatwoot;agents;list'= {
            cand --integration 'The Chatwoot integration (default: the org''s only one)'
            cand --timeout 'Give up on a request after this long (e.g. 10s, 500ms)'
            cand --max-response 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request'
            cand --max-pages 'Most pages one listing run (KB import, sync) follows'
            cand --max-items 'Most items (articles, records) one listing run takes'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;chatwoot;agents;create'= {
            cand --name 'Display name'
            cand --email 'Email address'
            cand --role 'agent or administrator'
            cand --password-from 'Where to read the password: env:VAR, file:PATH or - (stdin)'
            cand --integration 'The Chatwoot integration (default: the org''s only one)'
            cand --timeout 'Give up on a request after this long (e.g. 10s, 500ms)'
            cand --max-response 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request'
            cand --max-pages 'Most pages one listing run (KB import, sync) follows'
            cand --max-items 'Most items (articles, records) one listing run takes'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;chatwoot;agents;remove'= {
            cand --integration 'The Chatwoot integration (default: the org''s only one)'
            cand --timeout 'Give up on a request after this long (e.g. 10s, 500ms)'
            cand --max-response 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request'
            cand --max-pages 'Most pages one listing run (KB import, sync) follows'
            cand --max-items 'Most items (articles, records) one listing run takes'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand -y 'Do not ask for confirmation (required without a terminal; or CRMCTL_YES=1)'
            cand --yes 'Do not ask for confirmation (required without a terminal; or CRMCTL_YES=1)'
            cand --dry-run 'Show which agent would be removed; change nothing'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;chatwoot;agents;help'= {
            cand list 'List agents'
            cand create 'Create an agent (checked against the org''s agent limit)'
            cand remove 'Remove an agent'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;chatwoot;agents;help;list'= {
        }
        &'crmctl;chatwoot;agents;help;create'= {
        }
        &'crmctl;chatwoot;agents;help;remove'= {
        }
        &'crmctl;chatwoot;agents;help;help'= {
        }
        &'crmctl;chatwoot;inboxes'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'List inboxes'
            cand create 'Create an inbox (checked against the org''s inbox limit)'
            cand members 'The agents of an inbox: list, add, remove'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;chatwoot;inboxes;list'= {
            cand --integration 'The Chatwoot integration (default: the org''s only one)'
            cand --timeout 'Give up on a request after this long (e.g. 10s, 500ms)'
            cand --max-response 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request'
            cand --max-pages 'Most pages one listing run (KB import, sync) follows'
            cand --max-items 'Most items (articles, records) one listing run takes'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;chatwoot;inboxes;create'= {
            cand --name 'Inbox name'
            cand --channel 'The channel'
            cand --website-url 'The website the widget runs on (web_widget)'
            cand --webhook-url 'Where Chatwoot posts the inbox''s messages (api)'
            cand --greeting 'Greeting shown in the widget (web_widget)'
            cand --integration 'The Chatwoot integration (default: the org''s only one)'
            cand --timeout 'Give up on a request after this long (e.g. 10s, 500ms)'
            cand --max-response 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request'
            cand --max-pages 'Most pages one listing run (KB import, sync) follows'
            cand --max-items 'Most items (articles, records) one listing run takes'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --dry-run 'Show the request; create nothing'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;chatwoot;inboxes;members'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'List the agents of an inbox'
            cand add 'Add agents to an inbox'
            cand remove 'Remove agents from an inbox'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;chatwoot;inboxes;members;list'= {
            cand --integration 'The Chatwoot integration (default: the org''s only one)'
            cand --timeout 'Give up on a request after this long (e.g. 10s, 500ms)'
            cand --max-response 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request'
            cand --max-pages 'Most pages one listing run (KB import, sync) follows'
            cand --max-items 'Most items (articles, records) one listing run takes'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;chatwoot;inboxes;members;add'= {
            cand --integration 'The Chatwoot integration (default: the org''s only one)'
            cand --timeout 'Give up on a request after this long (e.g. 10s, 500ms)'
            cand --max-response 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request'
            cand --max-pages 'Most pages one listing run (KB import, sync) follows'
            cand --max-items 'Most items (articles, records) one listing run takes'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;chatwoot;inboxes;members;remove'= {
            cand --integration 'The Chatwoot integration (default: the org''s only one)'
            cand --timeout 'Give up on a request after this long (e.g. 10s, 500ms)'
            cand --max-response 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request'
            cand --max-pages 'Most pages one listing run (KB import, sync) follows'
            cand --max-items 'Most items (articles, records) one listing run takes'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;chatwoot;inboxes;members;help'= {
            cand list 'List the agents of an inbox'
            cand add 'Add agents to an inbox'
            cand remove 'Remove agents from an inbox'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;chatwoot;inboxes;members;help;list'= {
        }
        &'crmctl;chatwoot;inboxes;members;help;add'= {
        }
        &'crmctl;chatwoot;inboxes;members;help;remove'= {
        }
        &'crmctl;chatwoot;inboxes;members;help;help'= {
        }
        &'crmctl;chatwoot;inboxes;help'= {
            cand list 'List inboxes'
            cand create 'Create an inbox (checked against the org''s inbox limit)'
            cand members 'The agents of an inbox: list, add, remove'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;chatwoot;inboxes;help;list'= {
        }
        &'crmctl;chatwoot;inboxes;help;create'= {
        }
        &'crmctl;chatwoot;inboxes;help;members'= {
            cand list 'List the agents of an inbox'
            cand add 'Add agents to an inbox'
            cand remove 'Remove agents from an inbox'
        }
        &'crmctl;chatwoot;inboxes;help;members;list'= {
        }
        &'crmctl;chatwoot;inboxes;help;members;add'= {
        }
        &'crmctl;chatwoot;inboxes;help;members;remove'= {
        }
        &'crmctl;chatwoot;inboxes;help;help'= {
        }
        &'crmctl;chatwoot;bots'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'List agent bots'
            cand create 'Create an agent bot that Chatwoot calls at its outgoing URL'
            cand attach 'Attach an agent bot to an inbox (it answers the inbox''s conversations)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;chatwoot;bots;list'= {
            cand --integration 'The Chatwoot integration (default: the org''s only one)'
            cand --timeout 'Give up on a request after this long (e.g. 10s, 500ms)'
            cand --max-response 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request'
            cand --max-pages 'Most pages one listing run (KB import, sync) follows'
            cand --max-items 'Most items (articles, records) one listing run takes'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;chatwoot;bots;create'= {
            cand --name 'Bot name'
            cand --outgoing-url 'Where Chatwoot posts the events the bot answers (https)'
            cand --integration 'The Chatwoot integration (default: the org''s only one)'
            cand --timeout 'Give up on a request after this long (e.g. 10s, 500ms)'
            cand --max-response 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request'
            cand --max-pages 'Most pages one listing run (KB import, sync) follows'
            cand --max-items 'Most items (articles, records) one listing run takes'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;chatwoot;bots;attach'= {
            cand --integration 'The Chatwoot integration (default: the org''s only one)'
            cand --timeout 'Give up on a request after this long (e.g. 10s, 500ms)'
            cand --max-response 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request'
            cand --max-pages 'Most pages one listing run (KB import, sync) follows'
            cand --max-items 'Most items (articles, records) one listing run takes'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;chatwoot;bots;help'= {
            cand list 'List agent bots'
            cand create 'Create an agent bot that Chatwoot calls at its outgoing URL'
            cand attach 'Attach an agent bot to an inbox (it answers the inbox''s conversations)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;chatwoot;bots;help;list'= {
        }
        &'crmctl;chatwoot;bots;help;create'= {
        }
        &'crmctl;chatwoot;bots;help;attach'= {
        }
        &'crmctl;chatwoot;bots;help;help'= {
        }
        &'crmctl;chatwoot;assign'= {
            cand --integration 'The Chatwoot integration (default: the org''s only one)'
            cand --timeout 'Give up on a request after this long (e.g. 10s, 500ms)'
            cand --max-response 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request'
            cand --max-pages 'Most pages one listing run (KB import, sync) follows'
            cand --max-items 'Most items (articles, records) one listing run takes'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;chatwoot;unassign'= {
            cand --integration 'The Chatwoot integration (default: the org''s only one)'
            cand --timeout 'Give up on a request after this long (e.g. 10s, 500ms)'
            cand --max-response 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request'
            cand --max-pages 'Most pages one listing run (KB import, sync) follows'
            cand --max-items 'Most items (articles, records) one listing run takes'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;chatwoot;widget-script'= {
            cand --inbox 'Inbox id or name (a website inbox)'
            cand --position 'Bubble position'
            cand --type 'Bubble type'
            cand --integration 'The Chatwoot integration (default: the org''s only one)'
            cand --timeout 'Give up on a request after this long (e.g. 10s, 500ms)'
            cand --max-response 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request'
            cand --max-pages 'Most pages one listing run (KB import, sync) follows'
            cand --max-items 'Most items (articles, records) one listing run takes'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;chatwoot;help'= {
            cand agents 'Agents of the Chatwoot account'
            cand inboxes 'Inboxes of the Chatwoot account'
            cand bots 'Agent bots of the Chatwoot account, and which inbox each answers'
            cand assign 'Add an agent to an inbox'
            cand unassign 'Remove an agent from an inbox'
            cand widget-script 'Print the website widget embed snippet for an inbox'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;chatwoot;help;agents'= {
            cand list 'List agents'
            cand create 'Create an agent (checked against the org''s agent limit)'
            cand remove 'Remove an agent'
        }
        &'crmctl;chatwoot;help;agents;list'= {
        }
        &'crmctl;chatwoot;help;agents;create'= {
        }
        &'crmctl;chatwoot;help;agents;remove'= {
        }
        &'crmctl;chatwoot;help;inboxes'= {
            cand list 'List inboxes'
            cand create 'Create an inbox (checked against the org''s inbox limit)'
            cand members 'The agents of an inbox: list, add, remove'
        }
        &'crmctl;chatwoot;help;inboxes;list'= {
        }
        &'crmctl;chatwoot;help;inboxes;create'= {
        }
        &'crmctl;chatwoot;help;inboxes;members'= {
            cand list 'List the agents of an inbox'
            cand add 'Add agents to an inbox'
            cand remove 'Remove agents from an inbox'
        }
        &'crmctl;chatwoot;help;inboxes;members;list'= {
        }
        &'crmctl;chatwoot;help;inboxes;members;add'= {
        }
        &'crmctl;chatwoot;help;inboxes;members;remove'= {
        }
        &'crmctl;chatwoot;help;bots'= {
            cand list 'List agent bots'
            cand create 'Create an agent bot that Chatwoot calls at its outgoing URL'
            cand attach 'Attach an agent bot to an inbox (it answers the inbox''s conversations)'
        }
        &'crmctl;chatwoot;help;bots;list'= {
        }
        &'crmctl;chatwoot;help;bots;create'= {
        }
        &'crmctl;chatwoot;help;bots;attach'= {
        }
        &'crmctl;chatwoot;help;assign'= {
        }
        &'crmctl;chatwoot;help;unassign'= {
        }
        &'crmctl;chatwoot;help;widget-script'= {
        }
        &'crmctl;chatwoot;help;help'= {
        }
        &'crmctl;sandbox'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand serve 'Serve the sandbox API on loopback until interrupted'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;sandbox;serve'= {
            cand --port 'Port on 127.0.0.1 (0 picks a free one and prints it)'
            cand --latency 'Added to every response'
            cand --rate-limit-every 'Answer every Nth request with 429 and Retry-After (0: never)'
            cand --error-every 'Answer every Nth request with 503 (0: never)'
            cand --hang-every 'Never answer every Nth request (0: never)'
            cand --malformed-every 'Send a malformed JSON body on every Nth request (0: never)'
            cand --records 'Seed this many contacts, tickets, deals and articles each'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;sandbox;help'= {
            cand serve 'Serve the sandbox API on loopback until interrupted'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;sandbox;help;serve'= {
        }
        &'crmctl;sandbox;help;help'= {
        }
        &'crmctl;import'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand legacy 'Import integrations from the seed systems'' stores, re-sealing every secret'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;import;legacy'= {
            cand --format 'Layout of the export'
            cand --file 'The JSON export of the legacy table'
            cand --legacy-key 'Where to read the legacy INTEGRATION_ENCRYPTION_KEY: env:VAR, file:PATH or - (stdin)'
            cand --default-field 'A plain field value for rows that lack it, e.g. chatwoot.inbox_id=3 (repeatable)'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --dry-run 'Report what would be imported; write nothing'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;import;help'= {
            cand legacy 'Import integrations from the seed systems'' stores, re-sealing every secret'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;import;help;legacy'= {
        }
        &'crmctl;import;help;help'= {
        }
        &'crmctl;apply'= {
            cand -f 'A YAML file (one or more documents), a directory of them (repeatable), or - for stdin'
            cand --file 'A YAML file (one or more documents), a directory of them (repeatable), or - for stdin'
            cand --sealed 'Apply a bundle written by `crmctl export --sealed` (passphrase from CRMCTL_BUNDLE_PASSPHRASE or a prompt)'
            cand --timeout 'Give up on a request after this long (e.g. 10s, 500ms)'
            cand --max-response 'Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request'
            cand --max-pages 'Most pages one listing run (KB import, sync) follows'
            cand --max-items 'Most items (articles, records) one listing run takes'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --dry-run 'Print the plan; write nothing'
            cand --prune 'Delete assistants and integrations the files do not declare, within the orgs they name'
            cand -y 'With --prune: delete without asking (required without a terminal; or CRMCTL_YES=1)'
            cand --yes 'With --prune: delete without asking (required without a terminal; or CRMCTL_YES=1)'
            cand --test 'Test the connection of every integration created or changed; write nothing if one fails'
            cand --detailed-exitcode 'Exit 0 when nothing changed and 4 when something changed (or would, with --dry-run)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;export'= {
            cand --out 'Write to this file instead of stdout (never overwritten)'
            cand --sealed 'Write a passphrase-sealed bundle including secrets'' values to FILE (never overwritten)'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --all-orgs 'Every org, not only --org'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;schema'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand apply 'The JSON Schema of one apply document (YAML language servers read it)'
            cand template 'The JSON Schema of a provider template'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;schema;apply'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;schema;template'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;schema;help'= {
            cand apply 'The JSON Schema of one apply document (YAML language servers read it)'
            cand template 'The JSON Schema of a provider template'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;schema;help;apply'= {
        }
        &'crmctl;schema;help;template'= {
        }
        &'crmctl;schema;help;help'= {
        }
        &'crmctl;completions'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --install 'Install name-completing completions for your user (bash or fish) and the man pages, instead of printing a script'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;store'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand info 'Show the store''s engine, location (password masked), schema version, id and row counts'
            cand copy 'Copy a whole store to another engine or place (SQLite <-> PostgreSQL)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;store;info'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;store;copy'= {
            cand --from 'The store to copy (default: --db / CRMCTL_DB)'
            cand --to 'Where to copy it: a SQLite path (created when absent) or a postgres:// URL'
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --overwrite 'Replace what the target holds'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;store;help'= {
            cand info 'Show the store''s engine, location (password masked), schema version, id and row counts'
            cand copy 'Copy a whole store to another engine or place (SQLite <-> PostgreSQL)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;store;help;info'= {
        }
        &'crmctl;store;help;copy'= {
        }
        &'crmctl;store;help;help'= {
        }
        &'crmctl;doctor'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;version'= {
            cand --db 'The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]'
            cand --org 'The org (tenant) every command works in'
            cand -o 'Format of the data printed to stdout'
            cand --output 'Format of the data printed to stdout'
            cand --template-dir 'Extra directory of provider templates (repeatable; later ones win)'
            cand --no-input 'Never prompt; fail with a message naming the missing flag instead'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'Print more detail to stderr (repeat for more)'
            cand --verbose 'Print more detail to stderr (repeat for more)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crmctl;help'= {
            cand key 'Create, inspect, rotate and move the master key'
            cand template 'List, show and validate provider templates'
            cand org 'Manage orgs (tenants)'
            cand assistant 'Manage assistants (voice or chat agents) in an org'
            cand integration 'Configure integrations'
            cand test 'Test integrations'' connections and say precisely what is wrong'
            cand auth 'OAuth 2.0 sign-in for integrations that use the authorization-code flow'
            cand send 'Run one action of one integration now (or show it with --dry-run)'
            cand event 'Fire events that run chained integrations through the queue'
            cand queue 'Inspect and manage the durable step queue, including dead letters'
            cand worker 'Run the queue until SIGINT/SIGTERM'
            cand logs 'Read the sync log: tests, steps, imports, syncs, webhooks'
            cand kb 'Import, search and export the assistant''s knowledge base from a helpdesk'
            cand mapping 'Map source records'' fields to the platform''s contacts, tickets and deals'
            cand sync 'Sync contacts, tickets and deals from a CRM or helpdesk (incremental by default)'
            cand contacts 'The unified contacts view across every connected CRM'
            cand tickets 'The unified tickets view across every connected helpdesk'
            cand deals 'The unified deals view across every connected CRM'
            cand accounts 'Accounts: synced contacts grouped by their email domain'
            cand schedule 'Run knowledge-base imports and record syncs on a schedule (`crmctl worker` runs them)'
            cand serve 'Receive pushed contacts, tickets and deals (n8n-style webhooks) until SIGINT/SIGTERM'
            cand webhook 'Webhook keys for `crmctl serve`'
            cand stats 'Dashboard figures: success rate, records and bytes synced, per-integration last sync, failures'
            cand chatwoot 'Administer a Chatwoot helpdesk: agents, inboxes, the chat widget'
            cand sandbox 'A local fake CRM/helpdesk API to try crmctl without a vendor account'
            cand import 'Import integrations from other systems'' stores'
            cand apply 'Create, update and (with --prune) delete orgs, assistants and integrations from YAML files'
            cand export 'Write orgs, assistants and integrations as apply files (secrets as references), or a sealed bundle'
            cand schema 'JSON Schemas for apply files and provider templates, for editors'
            cand completions 'Print a shell completion script'
            cand store 'The store itself: what it is, and moving it between SQLite and PostgreSQL'
            cand doctor 'Check the keyring, key, store, templates, clock, integrations and queue'
            cand version 'Print the version, the commit it was built from, its features and the store schema it supports'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;help;key'= {
            cand generate 'Print a new random 256-bit key, base64, for a CI secret store'
            cand init 'Create the store''s master key and record its id and check value'
            cand status 'Say which key source is in use, the key id, and whether it opens the store'
            cand rotate 'Re-seal every secret under a new key, in one transaction'
            cand export 'Write the master key to a passphrase-sealed file (Argon2id + AES-256-GCM)'
            cand import 'Read a key file from `key export` and save the key in the OS keyring'
        }
        &'crmctl;help;key;generate'= {
        }
        &'crmctl;help;key;init'= {
        }
        &'crmctl;help;key;status'= {
        }
        &'crmctl;help;key;rotate'= {
        }
        &'crmctl;help;key;export'= {
        }
        &'crmctl;help;key;import'= {
        }
        &'crmctl;help;template'= {
            cand list 'List the provider templates (built-in and your own)'
            cand show 'Show one template: fields, auth, test, actions, what it cannot do'
            cand validate 'Check template files; errors name file, line and column'
            cand schema 'Print the JSON Schema of the template format, for editors'
        }
        &'crmctl;help;template;list'= {
        }
        &'crmctl;help;template;show'= {
        }
        &'crmctl;help;template;validate'= {
        }
        &'crmctl;help;template;schema'= {
        }
        &'crmctl;help;org'= {
            cand add 'Create an org'
            cand list 'List orgs'
            cand remove 'Remove an org and everything in it'
            cand set 'Set (or with an empty value, clear) an org setting, e.g. agent_limit=3'
            cand show 'Show an org: its plan, its limits and what counts against them'
            cand plan 'The org''s plan (tier): FREE, STARTER, PRO_PLUS, TEAM, BUSINESS, ENTERPRISE'
        }
        &'crmctl;help;org;add'= {
        }
        &'crmctl;help;org;list'= {
        }
        &'crmctl;help;org;remove'= {
        }
        &'crmctl;help;org;set'= {
        }
        &'crmctl;help;org;show'= {
        }
        &'crmctl;help;org;plan'= {
            cand set 'Put an org on a plan (or `none` for no plan and no limits)'
            cand list 'List the plans, their limits and the kinds of integration each allows'
        }
        &'crmctl;help;org;plan;set'= {
        }
        &'crmctl;help;org;plan;list'= {
        }
        &'crmctl;help;assistant'= {
            cand add 'Create an assistant in the org (--org)'
            cand list 'List the org''s assistants'
            cand remove 'Remove an assistant and its assistant-specific integrations'
        }
        &'crmctl;help;assistant;add'= {
        }
        &'crmctl;help;assistant;list'= {
        }
        &'crmctl;help;assistant;remove'= {
        }
        &'crmctl;help;integration'= {
            cand add 'Add an integration from a provider template'
            cand list 'List the org''s integrations'
            cand show 'Show one integration; secrets are masked'
            cand edit 'Change an integration''s fields, secrets or settings'
            cand remove 'Remove an integration, its secrets and what was synced through it'
            cand enable 'Enable an integration'
            cand disable 'Disable an integration (kept, but no event runs it)'
        }
        &'crmctl;help;integration;add'= {
        }
        &'crmctl;help;integration;list'= {
        }
        &'crmctl;help;integration;show'= {
        }
        &'crmctl;help;integration;edit'= {
        }
        &'crmctl;help;integration;remove'= {
        }
        &'crmctl;help;integration;enable'= {
        }
        &'crmctl;help;integration;disable'= {
        }
        &'crmctl;help;test'= {
        }
        &'crmctl;help;auth'= {
            cand login 'Sign in with OAuth 2.0 (authorization code with PKCE) and seal the tokens'
            cand status 'Show whether an integration holds tokens and when they expire'
            cand logout 'Forget an integration''s cached tokens'
        }
        &'crmctl;help;auth;login'= {
        }
        &'crmctl;help;auth;status'= {
        }
        &'crmctl;help;auth;logout'= {
        }
        &'crmctl;help;send'= {
        }
        &'crmctl;help;event'= {
            cand fire 'Fire an event: each subscribed integration becomes a step in the queue'
            cand types 'List the event types and their payload schemas'
            cand list 'List recent events'
            cand show 'Show one event with its steps'
        }
        &'crmctl;help;event;fire'= {
        }
        &'crmctl;help;event;types'= {
        }
        &'crmctl;help;event;list'= {
        }
        &'crmctl;help;event;show'= {
        }
        &'crmctl;help;queue'= {
            cand process 'Run the steps that are due now, then stop'
            cand list 'List steps (newest first)'
            cand show 'Show one step, or an event with its steps'
            cand retry 'Queue failed, dead or skipped steps again'
            cand purge 'Delete finished events, or dead letters'
        }
        &'crmctl;help;queue;process'= {
        }
        &'crmctl;help;queue;list'= {
        }
        &'crmctl;help;queue;show'= {
        }
        &'crmctl;help;queue;retry'= {
        }
        &'crmctl;help;queue;purge'= {
        }
        &'crmctl;help;worker'= {
        }
        &'crmctl;help;logs'= {
            cand tail 'Show sync-log rows, and with --follow new ones as they are written'
            cand show 'Show one row whole, with its redacted request and response'
        }
        &'crmctl;help;logs;tail'= {
        }
        &'crmctl;help;logs;show'= {
        }
        &'crmctl;help;kb'= {
            cand import 'Import an integration''s knowledge-base articles (incremental by default)'
            cand list 'List imported articles'
            cand show 'Show one article whole, by its id or the provider''s id'
            cand search 'Full-text search over titles and bodies, best match first, with snippets'
            cand export 'Export articles as JSON lines or Markdown files'
        }
        &'crmctl;help;kb;import'= {
        }
        &'crmctl;help;kb;list'= {
        }
        &'crmctl;help;kb;show'= {
        }
        &'crmctl;help;kb;search'= {
        }
        &'crmctl;help;kb;export'= {
        }
        &'crmctl;help;mapping'= {
            cand list 'List an integration''s field mappings (or the platform''s defaults)'
            cand set 'Create or replace a field mapping, or load mappings from a YAML file'
            cand remove 'Remove a field mapping'
            cand test 'Apply an integration''s mappings to sample records and show the result'
        }
        &'crmctl;help;mapping;list'= {
        }
        &'crmctl;help;mapping;set'= {
        }
        &'crmctl;help;mapping;remove'= {
        }
        &'crmctl;help;mapping;test'= {
        }
        &'crmctl;help;sync'= {
        }
        &'crmctl;help;contacts'= {
            cand list 'List synced records across integrations'
            cand show 'Show one record with every mapped field, by its id or the provider''s id'
        }
        &'crmctl;help;contacts;list'= {
        }
        &'crmctl;help;contacts;show'= {
        }
        &'crmctl;help;tickets'= {
            cand list 'List synced records across integrations'
            cand show 'Show one record with every mapped field, by its id or the provider''s id'
        }
        &'crmctl;help;tickets;list'= {
        }
        &'crmctl;help;tickets;show'= {
        }
        &'crmctl;help;deals'= {
            cand list 'List synced records across integrations'
            cand show 'Show one record with every mapped field, by its id or the provider''s id'
        }
        &'crmctl;help;deals;list'= {
        }
        &'crmctl;help;deals;show'= {
        }
        &'crmctl;help;accounts'= {
            cand list 'List accounts with their contacts, tickets and deals'
        }
        &'crmctl;help;accounts;list'= {
        }
        &'crmctl;help;schedule'= {
            cand set 'Create or replace the schedule of an integration''s KB import or of one stream''s sync'
            cand list 'List schedules with their next and last runs'
            cand remove 'Remove a schedule'
        }
        &'crmctl;help;schedule;set'= {
        }
        &'crmctl;help;schedule;list'= {
        }
        &'crmctl;help;schedule;remove'= {
        }
        &'crmctl;help;serve'= {
        }
        &'crmctl;help;webhook'= {
            cand key 'Create or rotate an integration''s webhook key (printed once), or set one from a source'
        }
        &'crmctl;help;webhook;key'= {
        }
        &'crmctl;help;stats'= {
        }
        &'crmctl;help;chatwoot'= {
            cand agents 'Agents of the Chatwoot account'
            cand inboxes 'Inboxes of the Chatwoot account'
            cand bots 'Agent bots of the Chatwoot account, and which inbox each answers'
            cand assign 'Add an agent to an inbox'
            cand unassign 'Remove an agent from an inbox'
            cand widget-script 'Print the website widget embed snippet for an inbox'
        }
        &'crmctl;help;chatwoot;agents'= {
            cand list 'List agents'
            cand create 'Create an agent (checked against the org''s agent limit)'
            cand remove 'Remove an agent'
        }
        &'crmctl;help;chatwoot;agents;list'= {
        }
        &'crmctl;help;chatwoot;agents;create'= {
        }
        &'crmctl;help;chatwoot;agents;remove'= {
        }
        &'crmctl;help;chatwoot;inboxes'= {
            cand list 'List inboxes'
            cand create 'Create an inbox (checked against the org''s inbox limit)'
            cand members 'The agents of an inbox: list, add, remove'
        }
        &'crmctl;help;chatwoot;inboxes;list'= {
        }
        &'crmctl;help;chatwoot;inboxes;create'= {
        }
        &'crmctl;help;chatwoot;inboxes;members'= {
            cand list 'List the agents of an inbox'
            cand add 'Add agents to an inbox'
            cand remove 'Remove agents from an inbox'
        }
        &'crmctl;help;chatwoot;inboxes;members;list'= {
        }
        &'crmctl;help;chatwoot;inboxes;members;add'= {
        }
        &'crmctl;help;chatwoot;inboxes;members;remove'= {
        }
        &'crmctl;help;chatwoot;bots'= {
            cand list 'List agent bots'
            cand create 'Create an agent bot that Chatwoot calls at its outgoing URL'
            cand attach 'Attach an agent bot to an inbox (it answers the inbox''s conversations)'
        }
        &'crmctl;help;chatwoot;bots;list'= {
        }
        &'crmctl;help;chatwoot;bots;create'= {
        }
        &'crmctl;help;chatwoot;bots;attach'= {
        }
        &'crmctl;help;chatwoot;assign'= {
        }
        &'crmctl;help;chatwoot;unassign'= {
        }
        &'crmctl;help;chatwoot;widget-script'= {
        }
        &'crmctl;help;sandbox'= {
            cand serve 'Serve the sandbox API on loopback until interrupted'
        }
        &'crmctl;help;sandbox;serve'= {
        }
        &'crmctl;help;import'= {
            cand legacy 'Import integrations from the seed systems'' stores, re-sealing every secret'
        }
        &'crmctl;help;import;legacy'= {
        }
        &'crmctl;help;apply'= {
        }
        &'crmctl;help;export'= {
        }
        &'crmctl;help;schema'= {
            cand apply 'The JSON Schema of one apply document (YAML language servers read it)'
            cand template 'The JSON Schema of a provider template'
        }
        &'crmctl;help;schema;apply'= {
        }
        &'crmctl;help;schema;template'= {
        }
        &'crmctl;help;completions'= {
        }
        &'crmctl;help;store'= {
            cand info 'Show the store''s engine, location (password masked), schema version, id and row counts'
            cand copy 'Copy a whole store to another engine or place (SQLite <-> PostgreSQL)'
        }
        &'crmctl;help;store;info'= {
        }
        &'crmctl;help;store;copy'= {
        }
        &'crmctl;help;doctor'= {
        }
        &'crmctl;help;version'= {
        }
        &'crmctl;help;help'= {
        }
    ]
    $completions[$command]
}
