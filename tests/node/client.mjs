// A small JSON-RPC 2.0 over WebSocket client for the AZCoiner backend.
//
// Written only from docs/protocol.md: if this client and the server disagree, one of them (or the
// document) is wrong, and the document is the contract.

import { createHash } from 'node:crypto';
import WebSocket from 'ws';

const DEFAULT_TIMEOUT_MS = 15000;
const DEFAULT_CHUNK_SIZE = 46080; // protocol.md: files.* chunk size, decoded bytes

/** An error answer from the server: `{code, message, data: {reason, ...}}`. */
export class RpcError extends Error {
    constructor(method, error) {
        const reason = error?.data?.reason;
        super(`${method} failed: ${error?.code} ${error?.message ?? ''}`
              + (reason ? ` (reason: ${reason})` : ''));
        this.name = 'RpcError';
        this.method = method;
        this.code = error?.code;
        this.reason = reason;
        this.data = error?.data ?? {};
    }
}

/** The socket closed (or never opened) before an answer came. */
export class ConnectionClosedError extends Error {
    constructor(message, closeCode) {
        super(message);
        this.name = 'ConnectionClosedError';
        this.closeCode = closeCode;
    }
}

export function sha256Hex(buffer) {
    return createHash('sha256').update(buffer).digest('hex');
}

export class AzcClient {
    /**
     * Opens a WebSocket to `url` (ws://HOST:PORT/).
     * options.headers: extra handshake headers (e.g. X-AZC-Launch-Secret);
     * options.origin: an Origin header (native clients send none);
     * options.timeoutMs: per-request timeout.
     */
    static connect(url, options = {}) {
        return new Promise((resolve, reject) => {
            const wsOptions = { headers: { ...(options.headers ?? {}) } };
            if (options.origin)
                wsOptions.origin = options.origin;
            const ws = new WebSocket(url, wsOptions);
            const onError = (err) => reject(new ConnectionClosedError(
                `cannot connect to ${url}: ${err.message}`));
            ws.once('error', onError);
            ws.once('unexpected-response', (_req, res) => {
                ws.removeListener('error', onError);
                reject(new ConnectionClosedError(
                    `handshake with ${url} refused: HTTP ${res.statusCode}`));
                ws.terminate();
            });
            ws.once('open', () => {
                ws.removeListener('error', onError);
                resolve(new AzcClient(ws, url, options));
            });
        });
    }

    constructor(ws, url, options) {
        this.ws = ws;
        this.url = url;
        this.name = options.name ?? url;
        this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
        this.nextId = 1;
        this.pending = new Map();     // id -> {resolve, reject, timer, method}
        this.events = [];             // every push received, in order: {method, params, at}
        this.waiters = [];            // {method, predicate, resolve, reject, timer}
        this.listeners = new Map();   // method -> Set(handler)
        this.token = null;
        this.user = null;
        this.closed = null;           // {code, reason} once closed

        ws.on('message', (data, isBinary) => this.#onMessage(data, isBinary));
        ws.on('error', () => { /* reported through 'close' */ });
        ws.on('close', (code, reasonBuf) => this.#onClose(code, reasonBuf.toString()));
    }

    #onMessage(data, isBinary) {
        if (isBinary) {
            this.protocolViolations = (this.protocolViolations ?? 0) + 1;
            return;
        }
        let msg;
        try {
            msg = JSON.parse(data.toString('utf8'));
        } catch {
            this.protocolViolations = (this.protocolViolations ?? 0) + 1;
            return;
        }
        if (msg === null || typeof msg !== 'object' || Array.isArray(msg) || msg.jsonrpc !== '2.0') {
            this.protocolViolations = (this.protocolViolations ?? 0) + 1;
            return;
        }
        if (typeof msg.method === 'string' && !('id' in msg)) {
            this.#onPush(msg.method, msg.params ?? {});
            return;
        }
        const entry = this.pending.get(String(msg.id));
        if (!entry)
            return; // an answer nobody waits for (timed out already)
        this.pending.delete(String(msg.id));
        clearTimeout(entry.timer);
        if (msg.error !== undefined)
            entry.reject(new RpcError(entry.method, msg.error));
        else
            entry.resolve(msg.result);
    }

    #onPush(method, params) {
        if (method === 'event.session.rotated' && typeof params.token === 'string')
            this.token = params.token; // protocol.md: the old token stops working at once
        const event = { method, params, at: Date.now() };
        this.events.push(event);
        for (const handler of this.listeners.get(method) ?? [])
            handler(params);
        for (const waiter of [...this.waiters]) {
            if (waiter.method === method && waiter.predicate(params)) {
                this.#dropWaiter(waiter);
                waiter.resolve(params);
            }
        }
    }

    #onClose(code, reason) {
        this.closed = { code, reason };
        const error = new ConnectionClosedError(
            `${this.name}: socket closed (code ${code}${reason ? `, ${reason}` : ''})`, code);
        for (const entry of this.pending.values()) {
            clearTimeout(entry.timer);
            entry.reject(error);
        }
        this.pending.clear();
        for (const waiter of [...this.waiters]) {
            this.#dropWaiter(waiter);
            waiter.reject(error);
        }
    }

    #dropWaiter(waiter) {
        clearTimeout(waiter.timer);
        this.waiters = this.waiters.filter((w) => w !== waiter);
    }

    /** Calls `method` and resolves with its `result`, or rejects with an RpcError. */
    call(method, params, { timeoutMs } = {}) {
        if (this.closed || this.ws.readyState !== WebSocket.OPEN) {
            return Promise.reject(new ConnectionClosedError(
                `${this.name}: cannot call ${method}, socket is not open`, this.closed?.code));
        }
        const id = String(this.nextId++);
        const request = { jsonrpc: '2.0', id, method };
        if (params !== undefined)
            request.params = params;
        return new Promise((resolve, reject) => {
            const limit = timeoutMs ?? this.timeoutMs;
            const timer = setTimeout(() => {
                this.pending.delete(id);
                reject(new Error(`${this.name}: ${method} got no answer within ${limit} ms`));
            }, limit);
            this.pending.set(id, { resolve, reject, timer, method });
            this.ws.send(JSON.stringify(request));
        });
    }

    /** Sends a client notification (no id, never answered). */
    notify(method, params) {
        const request = { jsonrpc: '2.0', method };
        if (params !== undefined)
            request.params = params;
        this.ws.send(JSON.stringify(request));
    }

    /** Calls `handler(params)` for every push named `method`. Returns an unsubscribe function. */
    on(method, handler) {
        if (!this.listeners.has(method))
            this.listeners.set(method, new Set());
        this.listeners.get(method).add(handler);
        return () => this.listeners.get(method)?.delete(handler);
    }

    /**
     * Resolves with the params of the first push named `method` matching `predicate`,
     * including one that already arrived (unless options.onlyNew).
     */
    waitForEvent(method, predicate = () => true, { timeoutMs = DEFAULT_TIMEOUT_MS, onlyNew = false } = {}) {
        if (!onlyNew) {
            const seen = this.events.find((e) => e.method === method && predicate(e.params));
            if (seen)
                return Promise.resolve(seen.params);
        }
        if (this.closed) {
            return Promise.reject(new ConnectionClosedError(
                `${this.name}: socket closed, ${method} will never come`, this.closed.code));
        }
        return new Promise((resolve, reject) => {
            const waiter = { method, predicate, resolve, reject, timer: null };
            waiter.timer = setTimeout(() => {
                this.#dropWaiter(waiter);
                const got = this.events.map((e) => e.method).join(', ') || 'none';
                reject(new Error(`${this.name}: no ${method} push within ${timeoutMs} ms `
                                 + `(pushes received: ${got})`));
            }, timeoutMs);
            this.waiters.push(waiter);
        });
    }

    close(code = 1000) {
        if (this.ws.readyState === WebSocket.OPEN || this.ws.readyState === WebSocket.CONNECTING)
            this.ws.close(code);
    }

    // ---- helpers for common flows ---------------------------------------------------------

    async register({ username, displayName, password, email, phone }) {
        const params = { username, displayName, password };
        if (email !== undefined)
            params.email = email;
        if (phone !== undefined)
            params.phone = phone;
        const result = await this.call('auth.register', params);
        return result.user;
    }

    async login({ username, password, totpCode, device }) {
        const params = { username, password };
        if (totpCode !== undefined)
            params.totpCode = totpCode;
        if (device !== undefined)
            params.device = device;
        const result = await this.call('auth.login', params);
        this.token = result.token;
        this.user = result.user;
        return result;
    }

    async resume(token) {
        const result = await this.call('auth.resume', { token });
        this.token = token;
        this.user = result.user;
        return result;
    }

    /**
     * Uploads `buffer` through files.beginUpload / uploadChunk / finishUpload.
     * Resolves with the file object `{fileId, name, mime, size}`.
     */
    async uploadFile(buffer, { name, mime, purpose = 'kyc' }) {
        const begin = await this.call('files.beginUpload', {
            name, mime, size: buffer.length, sha256: sha256Hex(buffer), purpose,
        });
        const chunkSize = Number(begin.chunkSize) > 0 ? Number(begin.chunkSize) : DEFAULT_CHUNK_SIZE;
        for (let offset = 0; offset < buffer.length; offset += chunkSize) {
            const chunk = buffer.subarray(offset, Math.min(offset + chunkSize, buffer.length));
            await this.call('files.uploadChunk', {
                uploadId: begin.uploadId, offset, data: chunk.toString('base64'),
            });
        }
        const finish = await this.call('files.finishUpload', { uploadId: begin.uploadId });
        return finish.file;
    }

    /**
     * Downloads a whole file with files.download. Resolves with `{data: Buffer, size, mime}`.
     * Without options.chunkSize no `length` is sent and the server picks the piece size.
     */
    async downloadFile(fileId, { chunkSize } = {}) {
        const parts = [];
        let offset = 0;
        let size;
        let mime;
        for (;;) {
            const params = { fileId, offset };
            if (chunkSize !== undefined)
                params.length = chunkSize;
            const part = await this.call('files.download', params);
            const bytes = Buffer.from(part.data ?? '', 'base64');
            parts.push(bytes);
            offset += bytes.length;
            size = part.size;
            mime = part.mime;
            if (part.eof)
                break;
            if (bytes.length === 0)
                throw new Error(`files.download returned no data at offset ${offset} but eof=false`);
        }
        return { data: Buffer.concat(parts), size, mime };
    }
}
