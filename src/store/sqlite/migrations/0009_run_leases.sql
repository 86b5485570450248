-- One run at a time per integration and job (`kb`, or `sync:<stream>`):
-- a KB import or record sync holds a lease here while it runs, renewed by
-- a heartbeat and with every page it commits, and released at its end. A
-- run whose process died leaves a lease that expires; the next run takes
-- it over. Pages and the final archive/delete step check the lease in
-- their own transaction, so a run that lost it writes nothing more.
CREATE TABLE run_leases (
    org_id         TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    integration_id TEXT NOT NULL REFERENCES integrations (id) ON DELETE CASCADE,
    job            TEXT NOT NULL,
    lease_id       TEXT NOT NULL,
    -- Who holds it, for the message a waiting run prints:
    -- "pid 4242 on host-a (crmctl kb import)".
    holder         TEXT NOT NULL,
    started_at     TEXT NOT NULL,
    lease_until    TEXT NOT NULL,
    PRIMARY KEY (integration_id, job)
);
