#!/usr/bin/env node
// A real OAuth 2.0 server for crmctl's tests (tests/it/oauth.rs and the Zoho
// contract test): oauth2-mock-server from the npm registry, with hooks that
// make it behave like a strict provider.
//
//   node oauth-server.js [CONFIG_JSON]
//
// Prints {"port": N, "url": "http://127.0.0.1:N"} on stdout once listening,
// then serves until killed (or until its stdin closes, so a crashed test
// leaves nothing behind).
//
// CONFIG (all optional):
//   client_id, client_secret  the only client accepted (invalid_client otherwise)
//   refresh_tokens            refresh tokens valid from the start
//   expires_in                access-token lifetime in seconds (default 3600)
//   token_path                token endpoint path (default /token)
//   access_token_prefix       prepended to every access token ("PREFIX.<jwt>")
//   extra                     properties added to every token response (api_domain...)
//   rotate                    refresh grants return a new refresh token and
//                             spend the old one (default true)
//   authorize_path            authorization endpoint path (default /authorize)
//   require_pkce              authorization codes need a PKCE verifier (default true)
//   no_refresh_token          token responses carry no refresh token (Intercom)
//   no_expires_in             token responses carry no expires_in (Intercom, Salesforce)
//   revoke_path               a revocation endpoint: any request whose path starts with
//                             it is recorded (GET /__log "revocations": method, path,
//                             query, form, client authentication) and spends the refresh
//                             token it names (in the form, the query or the path's tail)
//   revoke_status             the revocation endpoint's status instead of 200
//
// What it adds to oauth2-mock-server:
// - every token request is recorded: GET /__log (grant type, refresh token
//   presented, PKCE verifier sent, client authentication, status, tokens issued);
// - refresh tokens rotate: each refresh grant returns a fresh one and the one
//   presented is spent; a spent or unknown one gets 400 {"error":"invalid_grant"};
// - authorization codes need a PKCE verifier (the mock checks it against the
//   challenge) and work once;
// - GET /api/me is a protected resource that accepts only unexpired, unrevoked
//   access tokens this server issued (401 otherwise);
// - POST /__config merges JSON into CONFIG (e.g. {"expires_in": 30});
//   POST /__revoke makes every access token issued so far invalid;
//   {"reject_all": true} makes /api/me refuse every token.
'use strict';

const http = require('http');

async function main() {
  const { OAuth2Issuer, OAuth2Service, Events } = await import('oauth2-mock-server');
  const config = Object.assign(
    { expires_in: 3600, token_path: '/token', authorize_path: '/authorize', require_pkce: true, rotate: true, refresh_tokens: [], extra: {} },
    JSON.parse(process.argv[2] || '{}'),
  );

  const issuer = new OAuth2Issuer();
  await issuer.keys.generate('RS256');
  const service = new OAuth2Service(issuer, { token: config.token_path, authorize: config.authorize_path });

  const log = [];
  const revocations = [];
  const resourceLog = [];
  const validRefresh = new Set(config.refresh_tokens);
  const usedCodes = new Set();
  // access token -> expiry (ms since epoch)
  const accessTokens = new Map();

  const json = (res, status, body) => {
    res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify(body));
  };

  function client(req) {
    const auth = req.headers.authorization || '';
    if (auth.toLowerCase().startsWith('basic ')) {
      const decoded = Buffer.from(auth.slice(6), 'base64').toString('utf8');
      const i = decoded.indexOf(':');
      return { method: 'basic', id: decodeURIComponent(decoded.slice(0, i)), secret: decodeURIComponent(decoded.slice(i + 1)) };
    }
    const b = req.body || {};
    return { method: b.client_secret !== undefined ? 'post' : 'none', id: b.client_id, secret: b.client_secret };
  }

  service.on(Events.BeforeResponse, (resp, req) => {
    const body = req.body || {};
    const c = client(req);
    const fail = (status, error, description) => {
      resp.statusCode = status;
      resp.body = { error, error_description: description };
    };
    req.__record = { client_auth: c.method, client_id: c.id };
    if ((config.client_id !== undefined && c.id !== config.client_id) || (config.client_secret !== undefined && c.secret !== config.client_secret)) {
      return fail(401, 'invalid_client', 'unknown client or wrong client secret');
    }
    switch (body.grant_type) {
      case 'refresh_token':
        if (!validRefresh.has(body.refresh_token)) return fail(400, 'invalid_grant', 'refresh token unknown, revoked or already used');
        if (config.rotate) validRefresh.delete(body.refresh_token);
        else delete resp.body.refresh_token;
        break;
      case 'authorization_code':
        if (config.require_pkce && !body.code_verifier) return fail(400, 'invalid_grant', 'PKCE code_verifier required');
        if (usedCodes.has(body.code)) return fail(400, 'invalid_grant', 'authorization code already used');
        usedCodes.add(body.code);
        break;
      default:
        break;
    }
    if (config.no_refresh_token) delete resp.body.refresh_token;
    if (resp.body.refresh_token) validRefresh.add(resp.body.refresh_token);
    if (config.access_token_prefix) resp.body.access_token = `${config.access_token_prefix}.${resp.body.access_token}`;
    resp.body.expires_in = config.expires_in;
    if (config.no_expires_in) delete resp.body.expires_in;
    Object.assign(resp.body, config.extra);
    accessTokens.set(resp.body.access_token, Date.now() + config.expires_in * 1000);
    req.__record.issued_access_token = resp.body.access_token;
    req.__record.issued_refresh_token = resp.body.refresh_token || null;
  });

  service.addRoute('GET', '/__log', (req, res) => json(res, 200, { token_requests: log, resource_requests: resourceLog, revocations }));
  service.addRoute('POST', '/__config', (req, res) => {
    Object.assign(config, req.body || {});
    json(res, 200, config);
  });
  service.addRoute('POST', '/__revoke', (req, res) => {
    accessTokens.clear();
    json(res, 200, { revoked: true });
  });
  service.addRoute('GET', '/api/me', (req, res) => {
    const auth = req.headers.authorization || '';
    const token = auth.startsWith('Bearer ') ? auth.slice(7) : null;
    const exp = token && accessTokens.get(token);
    const ok = Boolean(exp && exp > Date.now()) && !config.reject_all;
    resourceLog.push({ path: '/api/me', status: ok ? 200 : 401, token });
    if (!ok) return json(res, 401, { error: 'invalid_token', error_description: 'the access token is missing, unknown, expired or revoked' });
    json(res, 200, { id: 'johndoe', name: 'John Doe', email: 'john.doe@example.com', org: 'Acme' });
  });

  const server = http.createServer((req, res) => {
    const path = (req.url || '').split('?')[0];
    if (config.revoke_path && path.startsWith(config.revoke_path)) {
      let raw = '';
      req.on('data', (c) => { raw += c; });
      req.on('end', () => {
        const u = new URL(req.url, 'http://127.0.0.1');
        const form = Object.fromEntries(new URLSearchParams(raw));
        const auth = req.headers.authorization || '';
        const tail = decodeURIComponent(path.slice(config.revoke_path.length).replace(/^\//, ''));
        const token = form.token || u.searchParams.get('token') || tail || null;
        const known = token !== null && validRefresh.has(token);
        if (token !== null) validRefresh.delete(token);
        let clientAuth = 'none';
        let clientId = form.client_id || null;
        if (auth.toLowerCase().startsWith('basic ')) {
          clientAuth = 'basic';
          const decoded = Buffer.from(auth.slice(6), 'base64').toString('utf8');
          clientId = decodeURIComponent(decoded.slice(0, decoded.indexOf(':')));
        } else if (form.client_secret !== undefined) {
          clientAuth = 'post';
        }
        revocations.push({
          method: req.method,
          path,
          query: Object.fromEntries(u.searchParams),
          form,
          content_type: req.headers['content-type'] || null,
          client_auth: clientAuth,
          client_id: clientId,
          token,
          known,
        });
        if (config.revoke_status) json(res, config.revoke_status, { error: 'invalid_request', error_description: 'the token cannot be revoked' });
        else json(res, 200, { status: 'success' });
      });
      return;
    }
    if (req.method === 'POST' && path === config.token_path) {
      res.on('finish', () => {
        const b = req.body || {};
        log.push({
          grant_type: b.grant_type || null,
          refresh_token: b.refresh_token || null,
          code: b.code || null,
          code_verifier: Boolean(b.code_verifier),
          redirect_uri: b.redirect_uri || null,
          scope: b.scope || null,
          status: res.statusCode,
          ...(req.__record || {}),
        });
      });
    }
    service.requestHandler(req, res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  issuer.url = `http://127.0.0.1:${port}`;
  process.stdout.write(JSON.stringify({ port, url: issuer.url }) + '\n');

  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.stdin.on('end', stop);
  process.stdin.on('error', stop);
  process.stdin.resume();
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : String(e));
  process.exit(1);
});
