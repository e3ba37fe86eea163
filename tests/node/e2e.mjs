#!/usr/bin/env node
// End-to-end test of the headless server through its public protocol (docs/protocol.md):
// registration, log-in, chunked upload of a KYC document, KYC submission, promotion of a second
// user to support, review in the support queue, document download, assignment, approval, and the
// `event.kyc.decided` push reaching the first user's open socket.
//
// Usage: node e2e.mjs /path/to/azcoinerd
// Environment: AZC_E2E_KEEP=1 keeps the temporary data folder; AZC_E2E_VERBOSE=1 echoes the
// server's output as it comes.

import { spawn, execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

let AzcClient, RpcError, sha256Hex;
try {
    ({ AzcClient, RpcError, sha256Hex } = await import('./client.mjs'));
} catch (err) {
    console.error(`FAIL: cannot load client.mjs (${err.message}).\n`
                  + 'Install the test dependencies first: (cd tests/node && npm ci), '
                  + 'which scripts/test.sh does.');
    process.exit(2);
}

const ROOT_PASSWORD = 'Root#E2e-Vault-7f3K9q';
const USER_PASSWORD = 'Harbor-Lantern-5821!';
const SUPPORT_PASSWORD = 'Quiet-Meadow-9034#';
const STARTUP_TIMEOUT_MS = 30000;
const OVERALL_TIMEOUT_MS = 180000;

const serverPath = process.argv[2];
const verbose = process.env.AZC_E2E_VERBOSE === '1';
const serverOutput = []; // last lines of the server's stdout/stderr, shown on failure
let server = null;
let dataDir = null;
const clients = [];

// ---- small utilities -------------------------------------------------------------------------

class CheckFailed extends Error {}

function check(condition, message) {
    if (!condition)
        throw new CheckFailed(message);
}

function show(value) {
    return JSON.stringify(value);
}

let stepNo = 0;
async function step(title, fn) {
    stepNo += 1;
    const started = Date.now();
    try {
        const value = await fn();
        console.log(`ok ${stepNo} - ${title} (${Date.now() - started} ms)`);
        return value;
    } catch (err) {
        console.log(`not ok ${stepNo} - ${title}`);
        err.step = title;
        throw err;
    }
}

/** Expects `promise` to fail with RPC error `code` (and `reason`, when given). */
async function expectRpcError(promise, code, reason) {
    try {
        const result = await promise;
        throw new CheckFailed(`expected error ${code}${reason ? `/${reason}` : ''}, `
                              + `got result ${show(result)}`);
    } catch (err) {
        if (err instanceof CheckFailed)
            throw err;
        if (!(err instanceof RpcError))
            throw err;
        check(err.code === code, `expected error code ${code}, got ${err.code} (${err.message})`);
        if (reason)
            check(err.reason === reason,
                  `expected data.reason "${reason}", got "${err.reason}" (${err.message})`);
        return err;
    }
}

function remember(line) {
    serverOutput.push(line);
    if (serverOutput.length > 200)
        serverOutput.shift();
    if (verbose)
        console.log(`  [server] ${line}`);
}

// ---- a small valid PNG, built by hand --------------------------------------------------------

const CRC_TABLE = (() => {
    const table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++)
            c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
        table[n] = c >>> 0;
    }
    return table;
})();

function crc32(buffer) {
    let c = 0xffffffff;
    for (const byte of buffer)
        c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type, data) {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typeAndData));
    return Buffer.concat([length, typeAndData, crc]);
}

/**
 * An RGB PNG of width×height pixels filled with deterministic noise. Noise does not compress, so
 * a 160×120 image is about 58 KB: more than one 46,080-byte chunk, which exercises the offsets.
 */
function makePng(width, height, seed = 0x2026) {
    let state = seed >>> 0;
    const next = () => {
        state ^= state << 13; state >>>= 0;
        state ^= state >>> 17;
        state ^= state << 5; state >>>= 0;
        return state & 0xff;
    };
    const raw = Buffer.alloc((width * 3 + 1) * height);
    let p = 0;
    for (let y = 0; y < height; y++) {
        raw[p++] = 0; // filter: none
        for (let x = 0; x < width * 3; x++)
            raw[p++] = next();
    }
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(width, 0);
    ihdr.writeUInt32BE(height, 4);
    ihdr[8] = 8;  // bit depth
    ihdr[9] = 2;  // colour type: RGB
    ihdr[10] = 0; // compression
    ihdr[11] = 0; // filter
    ihdr[12] = 0; // interlace
    return Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        pngChunk('IHDR', ihdr),
        pngChunk('IDAT', deflateSync(raw)),
        pngChunk('IEND', Buffer.alloc(0)),
    ]);
}

// ---- the server process ----------------------------------------------------------------------

function serverEnv() {
    // Keep the server away from the invoking user's own configuration and keychain.
    return { ...process.env, XDG_CONFIG_HOME: join(dataDir, 'xdg-config'),
             XDG_DATA_HOME: join(dataDir, 'xdg-data'), QT_QPA_PLATFORM: 'offscreen' };
}

function runServerCommand(args, input = '') {
    return new Promise((resolve) => {
        const child = execFile(serverPath, args, { env: serverEnv(), timeout: 60000 },
                               (error, stdout, stderr) => {
                                   resolve({ code: error ? (error.code ?? 1) : 0, signal: error?.signal,
                                             stdout, stderr });
                               });
        child.stdin.end(input); // e.g. the admin's password: never on the command line
    });
}

function startServer() {
    return new Promise((resolve, reject) => {
        const args = ['--listen', '127.0.0.1:0', '--data-dir', dataDir];
        server = spawn(serverPath, args, { env: serverEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
        let settled = false;
        const timer = setTimeout(() => {
            if (settled)
                return;
            settled = true;
            reject(new CheckFailed(`no "listening ws://HOST:PORT" line on stdout within `
                                   + `${STARTUP_TIMEOUT_MS} ms`));
        }, STARTUP_TIMEOUT_MS);
        const lineReader = (stream, tag) => {
            let buffered = '';
            stream.setEncoding('utf8');
            stream.on('data', (text) => {
                buffered += text;
                let nl;
                while ((nl = buffered.indexOf('\n')) >= 0) {
                    const line = buffered.slice(0, nl).replace(/\r$/, '');
                    buffered = buffered.slice(nl + 1);
                    remember(`${tag} ${line}`);
                    const match = tag === 'out' && /^listening (wss?:\/\/\S+?)\/?\s*$/.exec(line);
                    if (match && !settled) {
                        settled = true;
                        clearTimeout(timer);
                        resolve(match[1]);
                    }
                }
            });
        };
        lineReader(server.stdout, 'out');
        lineReader(server.stderr, 'err');
        server.on('error', (err) => {
            if (!settled) {
                settled = true;
                clearTimeout(timer);
                reject(new CheckFailed(`cannot start ${serverPath}: ${err.message}`));
            }
        });
        server.on('exit', (code, signal) => {
            remember(`exit code=${code} signal=${signal}`);
            if (!settled) {
                settled = true;
                clearTimeout(timer);
                reject(new CheckFailed(`server exited before listening (code ${code}, `
                                       + `signal ${signal})`));
            }
        });
    });
}

async function stopServer() {
    if (!server || server.exitCode !== null || server.signalCode !== null)
        return;
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    const timer = setTimeout(() => server.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
}

async function connect(url, name) {
    const client = await AzcClient.connect(url, { name });
    clients.push(client);
    return client;
}

// ---- the scenario ----------------------------------------------------------------------------

async function scenario() {
    check(serverPath, 'usage: node e2e.mjs /path/to/azcoinerd');
    check(existsSync(serverPath), `no such file: ${serverPath}`);
    dataDir = await mkdtemp(join(tmpdir(), 'azc-node-e2e-'));
    console.log(`# server ${serverPath}, data folder ${dataDir}`);

    await step('azcoinerd admin create makes the first admin', async () => {
        const r = await runServerCommand(['admin', 'create', '--username', 'root', '--data-dir', dataDir],
                                         `${ROOT_PASSWORD}\n`);
        check(r.code === 0, `admin create exited with ${r.code}${r.signal ? ` (${r.signal})` : ''}`
                            + `\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
    });

    const url = await step('server starts on a free port and prints its address',
                           () => startServer());
    console.log(`# ${url}`);

    const anon = await connect(url, 'anonymous');
    await step('sys.info answers without a session and lists the methods', async () => {
        const info = await anon.call('sys.info');
        check(Array.isArray(info.methods), `sys.info: no methods array in ${show(info)}`);
        for (const m of ['auth.register', 'auth.login', 'files.beginUpload', 'kyc.submit',
                         'kyc.queue', 'kyc.approve', 'admin.setRole'])
            check(info.methods.includes(m), `sys.info does not list ${m}`);
    });

    await step('kyc.status without a session is refused with -32001 unauthenticated',
               () => expectRpcError(anon.call('kyc.status'), -32001, 'unauthenticated'));

    // First user: registers, logs in, uploads a document and asks for tier 1.
    const alice = await connect(url, 'user');
    const aliceUser = await step('a new user registers', async () => {
        const user = await alice.register({ username: 'node_alice', displayName: 'Alice Node',
                                            password: USER_PASSWORD });
        check(typeof user?.id === 'string' && user.id.length > 0,
              `auth.register: user.id is not a non-empty string: ${show(user)}`);
        check(user.username === 'node_alice', `auth.register: username ${show(user.username)}`);
        check(user.role === 'user', `auth.register: role is ${show(user.role)}, expected "user"`);
        check(user.kycTier === 0, `auth.register: kycTier is ${show(user.kycTier)}, expected 0`);
        return user;
    });

    await step('the user logs in', async () => {
        const r = await alice.login({ username: 'node_alice', password: USER_PASSWORD,
                                      device: 'node e2e' });
        check(typeof r.token === 'string' && r.token.length >= 43,
              `auth.login: token ${show(r.token)} is not a 43-character string`);
        check(r.user?.id === aliceUser.id, `auth.login: user.id ${show(r.user?.id)} differs`);
        check(r.session && r.session.current === true,
              `auth.login: session.current is not true: ${show(r.session)}`);
    });

    await step('a plain user may not read the KYC queue (-32003 forbidden)',
               () => expectRpcError(alice.call('kyc.queue', {}), -32003, 'forbidden'));

    const png = makePng(160, 120);
    const pngSha = sha256Hex(png);
    const file = await step(`the user uploads a ${png.length}-byte PNG in chunks`, async () => {
        const f = await alice.uploadFile(png, { name: 'passport.png', mime: 'image/png',
                                                purpose: 'kyc' });
        check(typeof f?.fileId === 'string' && f.fileId.length > 0,
              `files.finishUpload: no fileId in ${show(f)}`);
        check(f.size === png.length, `files.finishUpload: size ${f.size}, uploaded ${png.length}`);
        check(f.mime === 'image/png', `files.finishUpload: mime ${show(f.mime)}`);
        check(f.name === 'passport.png', `files.finishUpload: name ${show(f.name)}`);
        return f;
    });

    const submitted = await step('the user submits KYC for tier 1', async () => {
        const r = await alice.call('kyc.submit', {
            targetTier: 1, fullName: 'Alice Node', dateOfBirth: '1990-04-12', country: 'DE',
            documentType: 'passport', documentNumber: 'C01X00T47', fileIds: [file.fileId],
        });
        const c = r.case;
        check(typeof c?.id === 'string', `kyc.submit: no case id in ${show(r)}`);
        check(c.status === 'pending', `kyc.submit: status ${show(c.status)}, expected "pending"`);
        check(c.targetTier === 1, `kyc.submit: targetTier ${show(c.targetTier)}`);
        check(c.userId === aliceUser.id, `kyc.submit: userId ${show(c.userId)}`);
        check(Array.isArray(c.documents) && c.documents.some((d) => d.fileId === file.fileId),
              `kyc.submit: documents do not include the uploaded file: ${show(c.documents)}`);
        return c;
    });

    await step('a second pending case is refused (invalid_state)', () => expectRpcError(
        alice.call('kyc.submit', {
            targetTier: 1, fullName: 'Alice Node', dateOfBirth: '1990-04-12', country: 'DE',
            documentType: 'passport', documentNumber: 'C01X00T47', fileIds: [file.fileId],
        }), -32000, 'invalid_state'));

    // Second user, promoted to support by the admin.
    const supportUser = await step('a second user registers', async () => {
        const other = await connect(url, 'second-user');
        const user = await other.register({ username: 'node_sam', displayName: 'Sam Support',
                                            password: SUPPORT_PASSWORD });
        check(typeof user?.id === 'string', `auth.register: no id in ${show(user)}`);
        other.close();
        return user;
    });

    const root = await connect(url, 'admin');
    await step('the admin created on the command line logs in', async () => {
        const r = await root.login({ username: 'root', password: ROOT_PASSWORD });
        check(r.user?.role === 'admin', `auth.login(root): role ${show(r.user?.role)}`);
    });

    await step('the admin promotes the second user to support (admin.setRole)', async () => {
        const r = await root.call('admin.setRole', { userId: supportUser.id, role: 'support' });
        check(r.user?.id === supportUser.id, `admin.setRole: user ${show(r.user)}`);
        check(r.user?.role === 'support', `admin.setRole: role ${show(r.user?.role)}`);
    });

    const support = await connect(url, 'support');
    await step('the support user logs in with the support role', async () => {
        const r = await support.login({ username: 'node_sam', password: SUPPORT_PASSWORD });
        check(r.user?.role === 'support', `auth.login(support): role ${show(r.user?.role)}`);
        const me = await support.call('account.me');
        check(me.user?.role === 'support', `account.me(support): role ${show(me.user?.role)}`);
    });

    await step('the case is in the support queue', async () => {
        const r = await support.call('kyc.queue', { status: 'pending', limit: 100 });
        check(Array.isArray(r.cases), `kyc.queue: no cases array in ${show(r)}`);
        check(Number.isInteger(r.total) && r.total >= 1, `kyc.queue: total ${show(r.total)}`);
        const found = r.cases.find((c) => c.id === submitted.id);
        check(found, `kyc.queue: case ${submitted.id} missing from ${show(r.cases.map((c) => c.id))}`);
        check(found.username === 'node_alice', `kyc.queue: username ${show(found.username)}`);
    });

    const opened = await step('support opens the case (kyc.case)', async () => {
        const r = await support.call('kyc.case', { caseId: submitted.id });
        check(r.case?.id === submitted.id, `kyc.case: case ${show(r.case?.id)}`);
        check(r.user?.id === aliceUser.id, `kyc.case: user ${show(r.user?.id)}`);
        check(r.case.fullName === 'Alice Node', `kyc.case: fullName ${show(r.case.fullName)}`);
        const doc = (r.case.documents ?? []).find((d) => d.fileId === file.fileId);
        check(doc, `kyc.case: document ${file.fileId} missing from ${show(r.case.documents)}`);
        check(doc.size === png.length, `kyc.case: document size ${show(doc.size)}`);
        return r.case;
    });

    await step('support downloads the document and its SHA-256 matches', async () => {
        const d = await support.downloadFile(opened.documents[0].fileId);
        check(d.data.length === png.length,
              `files.download: got ${d.data.length} bytes, uploaded ${png.length}`);
        check(d.size === png.length, `files.download: size ${show(d.size)}`);
        check(d.mime === 'image/png', `files.download: mime ${show(d.mime)}`);
        const got = sha256Hex(d.data);
        check(got === pngSha, `files.download: sha256 ${got}, uploaded ${pngSha}`);
    });

    await step('support assigns the case to themselves', async () => {
        const r = await support.call('kyc.assign', { caseId: submitted.id });
        check(r.case?.assignedTo === supportUser.id,
              `kyc.assign: assignedTo ${show(r.case?.assignedTo)}, expected ${supportUser.id}`);
    });

    const decided = alice.waitForEvent('event.kyc.decided',
                                       (p) => p?.case?.id === submitted.id, { timeoutMs: 10000 });
    decided.catch(() => {}); // awaited below; avoid an unhandled rejection meanwhile

    await step('support approves the case', async () => {
        const r = await support.call('kyc.approve', { caseId: submitted.id });
        check(r.case?.status === 'approved', `kyc.approve: status ${show(r.case?.status)}`);
        check(typeof r.case.decidedAt === 'number' && r.case.decidedAt > 0,
              `kyc.approve: decidedAt ${show(r.case.decidedAt)} is not a time in ms`);
    });

    await step('the user receives event.kyc.decided on the open socket', async () => {
        const p = await decided;
        check(p.case.status === 'approved', `event.kyc.decided: status ${show(p.case.status)}`);
    });

    await step('kyc.status and account.me show tier 1', async () => {
        const s = await alice.call('kyc.status');
        check(s.tier === 1, `kyc.status: tier ${show(s.tier)}, expected 1`);
        check(Array.isArray(s.cases) && s.cases[0]?.id === submitted.id
              && s.cases[0].status === 'approved',
              `kyc.status: newest case is not the approved one: ${show(s.cases)}`);
        const me = await alice.call('account.me');
        check(me.user?.kycTier === 1, `account.me: kycTier ${show(me.user?.kycTier)}, expected 1`);
    });

    for (const c of clients)
        c.close();
    await step('the server stops on SIGTERM', async () => {
        await stopServer();
    });

    await step('azcoinerd audit verify accepts the audit chain', async () => {
        const r = await runServerCommand(['audit', 'verify', '--data-dir', dataDir]);
        check(r.code === 0, `audit verify exited with ${r.code}\nstdout: ${r.stdout}\n`
                            + `stderr: ${r.stderr}`);
    });
}

// ---- main ------------------------------------------------------------------------------------

async function cleanup() {
    for (const c of clients)
        c.close();
    await stopServer().catch(() => {});
    if (dataDir && process.env.AZC_E2E_KEEP !== '1')
        await rm(dataDir, { recursive: true, force: true }).catch(() => {});
    else if (dataDir)
        console.log(`# kept ${dataDir}`);
}

const watchdog = setTimeout(() => {
    console.error(`FAIL: the test did not finish within ${OVERALL_TIMEOUT_MS / 1000} s`);
    if (server && server.exitCode === null)
        server.kill('SIGKILL');
    process.exit(3);
}, OVERALL_TIMEOUT_MS);

for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, async () => {
        await cleanup();
        process.exit(130);
    });
}

let exitCode = 0;
try {
    await scenario();
    console.log('PASS: node e2e');
} catch (err) {
    exitCode = 1;
    console.error(`FAIL${err.step ? ` in "${err.step}"` : ''}: ${err.message}`);
    if (!(err instanceof CheckFailed) && !(err instanceof RpcError) && err.stack)
        console.error(err.stack);
    if (serverOutput.length) {
        console.error('--- last server output ---');
        for (const line of serverOutput.slice(-60))
            console.error(line);
    }
} finally {
    await cleanup();
    clearTimeout(watchdog);
}
process.exit(exitCode);
