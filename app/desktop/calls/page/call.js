// The call page: every RTCPeerConnection of the call (a mesh, one per other
// participant), the microphone, camera and screen, the speaker, the
// statistics and the tiles. It decides nothing about the call itself: the
// desktop's CallManager sends commands (`call.command`, JSON) and hears what
// happens here through the few methods of the `call` bridge object.
"use strict";

(function () {
    const params = new URLSearchParams(location.search);
    document.documentElement.dir = params.get("dir") === "rtl" ? "rtl" : "ltr";

    let bridge = null;
    const st = {
        call: 0,                  // which call this is: media that arrives after its call ended is stopped
        selfId: "", iceServers: [], relayOnly: false,
        local: new MediaStream(), camera: null, screen: null,
        audioOn: true, held: false, sinkId: "", chosen: {},
        peers: new Map(),         // peerId -> {pc, remote, tile, queue, pending, makingOffer, offerer}
        info: {},                 // peerId -> {name, audio, video, held}
        selfLabel: "", ended: false
    };

    // ---- ringtone: WebAudio (the desktop has no multimedia module) -----------------------
    let tone = null;
    function stopTone() {
        if (!tone) return;
        clearInterval(tone.timer);
        tone.ctx.close();
        tone = null;
    }
    function startTone(kind) {
        stopTone();
        if (kind !== "incoming" && kind !== "outgoing") return;
        const ctx = new AudioContext();
        const gain = ctx.createGain();
        gain.gain.value = 0;
        gain.connect(ctx.destination);
        // Incoming: a two-note chime, 1.6 s on in every 3 s; outgoing: a soft 425 Hz ringback, 1 s in 4 s.
        const notes = kind === "incoming" ? [659.25, 783.99] : [425];
        const level = kind === "incoming" ? 0.22 : 0.08;
        const oscillators = notes.map(f => {
            const o = ctx.createOscillator();
            o.type = "sine";
            o.frequency.value = f;
            o.connect(gain);
            o.start();
            return o;
        });
        const period = kind === "incoming" ? 3000 : 4000, on = kind === "incoming" ? 1.6 : 1.0;
        const beat = () => {
            const t = ctx.currentTime;
            gain.gain.setTargetAtTime(level, t, 0.02);
            if (oscillators.length > 1) { // alternate the two notes, four times a beat
                for (let i = 0; i < 4; ++i) {
                    oscillators[0].frequency.setValueAtTime(i % 2 ? notes[1] : notes[0], t + i * on / 4);
                    oscillators[1].frequency.setValueAtTime(i % 2 ? notes[0] * 2 : notes[1] * 2, t + i * on / 4);
                }
            }
            gain.gain.setTargetAtTime(0, t + on, 0.04);
        };
        ctx.resume().then(beat);
        tone = { ctx, timer: setInterval(beat, period) };
    }

    // ---- local media --------------------------------------------------------------------------
    function constraint(kind) {
        const id = st.chosen[kind];
        return id ? { deviceId: { exact: id } } : true;
    }
    async function getCamera() {
        const s = await navigator.mediaDevices.getUserMedia({ video: constraint("videoinput") });
        return s.getVideoTracks()[0];
    }
    // The microphone and the camera are asked for separately and at once: the microphone is
    // ready well before the camera, and the call needs no renegotiation for either (its
    // transceivers send whatever track they are given later), so voice flows as soon as the
    // connection is up instead of waiting for the slower device.
    async function openLocal(wantVideo) {
        const call = st.call;
        const audio = navigator.mediaDevices.getUserMedia({ audio: constraint("audioinput") })
            .then(s => adoptTrack(s.getAudioTracks()[0], call), () => { if (call === st.call) bridge.failed("media"); });
        const video = !wantVideo ? Promise.resolve()
            : navigator.mediaDevices.getUserMedia({ video: constraint("videoinput") })
                .then(s => adoptTrack(s.getVideoTracks()[0], call), () => { if (call === st.call) bridge.failed("camera"); });
        await Promise.all([audio, video]);
        if (call !== st.call)
            return;
        await reportDevices();
        showSelf();
        reportMedia();
    }
    function adoptTrack(track, call) {
        if (!track)
            return;
        if (call !== st.call || st.ended) { // the call ended while the device was opening
            track.stop();
            return;
        }
        st.local.addTrack(track);
        if (track.kind === "audio") {
            track.enabled = st.audioOn && !st.held;
            forSenders("audio", s => s.replaceTrack(track).catch(() => {}));
        } else {
            st.camera = track;
            replaceVideo();
        }
        reportMedia();
    }
    function audioTrack() { return st.local.getAudioTracks()[0] || null; }
    function videoTrack() { return st.screen || st.camera; }
    function reportMedia() {
        const a = audioTrack();
        bridge.media(!!a && a.enabled && st.audioOn, !!st.camera, !!st.screen);
    }
    async function reportDevices() {
        const all = await navigator.mediaDevices.enumerateDevices();
        const out = { audioinput: [], videoinput: [], audiooutput: [] };
        all.forEach(d => { if (out[d.kind]) out[d.kind].push({ id: d.deviceId, label: d.label }); });
        bridge.devices(JSON.stringify(out));
    }
    navigator.mediaDevices.addEventListener("devicechange", () => { if (bridge) reportDevices(); });

    function forSenders(kind, fn) {
        st.peers.forEach(p => p.pc.getTransceivers().forEach(t => {
            if (t.receiver.track && t.receiver.track.kind === kind && t.sender) fn(t.sender);
        }));
    }
    function replaceVideo() {
        const track = st.held ? null : videoTrack();
        forSenders("video", s => s.replaceTrack(track).catch(() => {}));
        showSelf();
    }
    // A device that opens after its call ended (or after the next one began) is closed at once:
    // otherwise the camera light or the screen capture would stay on with nothing to send it to.
    function current(call, track) {
        if (call === st.call && !st.ended)
            return true;
        track.stop();
        return false;
    }
    async function setCamera(on) {
        const call = st.call;
        if (on && !st.camera) {
            try {
                const track = await getCamera();
                if (!current(call, track)) return;
                st.camera = track;
                st.local.addTrack(track);
            } catch (e) { bridge.failed("camera"); }
        } else if (!on && st.camera) {
            st.camera.stop();
            st.local.removeTrack(st.camera);
            st.camera = null;
        }
        replaceVideo();
        reportMedia();
    }
    async function setScreen(on) {
        const call = st.call;
        if (on && !st.screen) {
            try {
                const s = await navigator.mediaDevices.getDisplayMedia({ video: true, audio: false });
                if (!current(call, s.getVideoTracks()[0])) return;
                st.screen = s.getVideoTracks()[0];
                st.screen.addEventListener("ended", () => setScreen(false)); // stopped from outside
            } catch (e) { bridge.failed("screen"); }
        } else if (!on && st.screen) {
            st.screen.stop();
            st.screen = null;
        }
        replaceVideo();
        reportMedia();
    }
    async function switchDevice(kind, id) {
        const call = st.call;
        st.chosen[kind] = id;
        if (kind === "audiooutput") {
            st.sinkId = id;
            for (const p of st.peers.values())
                await p.tile.video.setSinkId(id).catch(() => bridge.failed("speaker"));
            return;
        }
        try {
            if (kind === "audioinput") {
                const s = await navigator.mediaDevices.getUserMedia({ audio: constraint("audioinput") });
                const fresh = s.getAudioTracks()[0], old = audioTrack();
                if (!current(call, fresh)) return;
                fresh.enabled = st.audioOn && !st.held;
                if (old) { old.stop(); st.local.removeTrack(old); }
                st.local.addTrack(fresh);
                forSenders("audio", sn => sn.replaceTrack(fresh).catch(() => {}));
            } else if (kind === "videoinput" && st.camera) {
                const fresh = await getCamera();
                if (!current(call, fresh) || !st.camera) { if (!st.camera) fresh.stop(); return; }
                st.camera.stop();
                st.local.removeTrack(st.camera);
                st.camera = fresh;
                st.local.addTrack(fresh);
                replaceVideo();
            }
        } catch (e) { bridge.failed(kind === "audioinput" ? "media" : "camera"); }
    }

    // ---- tiles ----------------------------------------------------------------------------------
    function initials(name) { return (name || "?").trim().split(/\s+/).map(w => w[0]).join("").slice(0, 2).toUpperCase(); }
    function makeTile(id) {
        const tile = document.createElement("div");
        tile.className = "tile novideo";
        tile.dataset.peer = id;
        tile.innerHTML = '<video autoplay playsinline></video><div class="avatar"></div><div class="name"></div>'
                       + '<div class="badge"></div><div class="flag mic">🔇</div><div class="flag hold">⏸</div>';
        document.getElementById("tiles").appendChild(tile);
        layout();
        return { el: tile, video: tile.querySelector("video") };
    }
    function layout() {
        const grid = document.getElementById("tiles");
        grid.className = "n" + Math.min(3, grid.children.length);
    }
    function paintTile(id) {
        const p = st.peers.get(id), info = st.info[id] || {};
        if (!p) return;
        const el = p.tile.el;
        el.querySelector(".name").textContent = info.name || "";
        el.querySelector(".avatar").textContent = initials(info.name);
        const hasVideo = p.remote.getVideoTracks().some(t => !t.muted) && info.video !== false;
        el.classList.toggle("novideo", !hasVideo);
        el.classList.toggle("muted", info.audio === false);
        el.classList.toggle("held", !!info.held);
    }
    function showSelf() {
        const self = document.getElementById("self");
        const track = videoTrack();
        self.classList.toggle("hidden", !track || st.ended);
        self.querySelector(".name").textContent = st.selfLabel;
        const v = self.querySelector("video");
        v.style.transform = st.screen ? "none" : "";
        const wanted = track ? new MediaStream([track]) : null;
        if (!wanted) v.srcObject = null;
        else if (!v.srcObject || v.srcObject.getVideoTracks()[0] !== track) v.srcObject = wanted;
    }

    // ---- peer connections ------------------------------------------------------------------
    function config() {
        return { iceServers: st.iceServers, iceTransportPolicy: st.relayOnly ? "relay" : "all", bundlePolicy: "max-bundle" };
    }
    function peer(id, asOfferer) {
        let p = st.peers.get(id);
        if (p) return p;
        const pc = new RTCPeerConnection(config());
        p = { pc, remote: new MediaStream(), tile: makeTile(id), queue: Promise.resolve(), pending: [], makingOffer: false };
        st.peers.set(id, p);
        p.tile.video.srcObject = p.remote;
        if (st.sinkId) p.tile.video.setSinkId(st.sinkId).catch(() => {});
        if (asOfferer) {
            // Both kinds always: turning the camera (or a screen) on later is a replaceTrack, not a renegotiation.
            pc.addTransceiver(audioTrack() || "audio", { direction: "sendrecv", streams: [st.local] });
            pc.addTransceiver((st.held ? null : videoTrack()) || "video", { direction: "sendrecv", streams: [st.local] });
        }
        pc.onicecandidate = e => {
            const c = e.candidate;
            bridge.sendSignal(id, "candidate", JSON.stringify(c ? { candidate: c.candidate, sdpMid: c.sdpMid || "", sdpMLineIndex: c.sdpMLineIndex || 0 }
                                                                : { candidate: "", sdpMid: "", sdpMLineIndex: 0 }));
        };
        pc.ontrack = e => {
            p.remote.addTrack(e.track);
            e.track.onunmute = () => paintTile(id);
            e.track.onmute = () => paintTile(id);
            p.tile.video.play().catch(() => {});
            paintTile(id);
        };
        pc.onconnectionstatechange = () => {
            bridge.connection(id, pc.connectionState);
            // The path died (not the peer: it would have left): the lower id offers again with an ICE restart.
            if (pc.connectionState === "failed" && st.selfId < id) offer(id, true);
        };
        paintTile(id);
        return p;
    }
    // A peer's tasks run one after another; a task still queued when its connection was closed
    // (the call ended, maybe a new one with the same person began) does nothing.
    function run(id, task) {
        const p = st.peers.get(id);
        p.queue = p.queue.then(() => (st.peers.get(id) === p ? task(p) : undefined))
                         .catch(e => console.warn("call " + id + ": " + e));
        return p.queue;
    }
    function offer(id, iceRestart) {
        peer(id, true);
        return run(id, async p => {
            p.makingOffer = true;
            try {
                await attachLocal(p); // whatever local tracks exist now; later ones are a replaceTrack
                await p.pc.setLocalDescription(await p.pc.createOffer({ iceRestart: !!iceRestart }));
                bridge.sendSignal(id, "offer", JSON.stringify({ sdp: p.pc.localDescription.sdp }));
            } finally { p.makingOffer = false; }
        });
    }
    async function attachLocal(p) {
        for (const t of p.pc.getTransceivers()) {
            const kind = t.receiver.track && t.receiver.track.kind;
            if (!kind || t.stopped) continue;
            t.direction = "sendrecv";
            await t.sender.replaceTrack(kind === "audio" ? audioTrack() : (st.held ? null : videoTrack()));
            t.sender.setStreams && t.sender.setStreams(st.local);
        }
    }
    async function flushCandidates(p) {
        for (const c of p.pending.splice(0)) await p.pc.addIceCandidate(c).catch(() => {});
    }
    function remote(cmd) {
        const id = cmd.peerId;
        peer(id, false);
        return run(id, async p => {
            const pc = p.pc;
            if (cmd.type === "offer") {
                // Both ends offered at once (two ICE restarts): the higher id yields.
                const collision = p.makingOffer || pc.signalingState !== "stable";
                if (collision && st.selfId < id) return;
                if (collision) await pc.setLocalDescription({ type: "rollback" });
                await pc.setRemoteDescription({ type: "offer", sdp: cmd.sdp });
                await attachLocal(p);
                await pc.setLocalDescription(await pc.createAnswer());
                bridge.sendSignal(id, "answer", JSON.stringify({ sdp: pc.localDescription.sdp }));
                await flushCandidates(p);
            } else if (cmd.type === "answer") {
                if (pc.signalingState !== "have-local-offer") return;
                await pc.setRemoteDescription({ type: "answer", sdp: cmd.sdp });
                await flushCandidates(p);
            } else if (cmd.type === "candidate" && cmd.candidate && cmd.candidate.candidate) {
                const c = { candidate: cmd.candidate.candidate, sdpMid: cmd.candidate.sdpMid, sdpMLineIndex: cmd.candidate.sdpMLineIndex };
                if (pc.remoteDescription) await pc.addIceCandidate(c).catch(() => {});
                else p.pending.push(c);
            }
        });
    }
    function closePeer(id) {
        const p = st.peers.get(id);
        if (!p) return;
        p.pc.close();
        p.tile.el.remove();
        st.peers.delete(id);
        layout();
    }
    function end() {
        st.ended = true;
        st.call += 1;
        stopTone();
        [...st.peers.keys()].forEach(closePeer);
        st.local.getTracks().forEach(t => t.stop());
        if (st.screen) st.screen.stop();
        st.camera = st.screen = null;
        showSelf();
    }

    // ---- statistics: every second, per peer ------------------------------------------------------
    async function collect(p) {
        const report = await p.pc.getStats();
        const s = { packetsReceived: 0, bytesReceived: 0, packetsSent: 0, bytesSent: 0, packetsLost: 0,
                    rttMs: -1, jitterMs: -1, framesDecoded: 0, localCandidate: "", remoteCandidate: "" };
        let pairId = "";
        report.forEach(r => {
            if (r.type === "inbound-rtp") {
                s.packetsReceived += r.packetsReceived || 0;
                s.bytesReceived += r.bytesReceived || 0;
                s.packetsLost += Math.max(0, r.packetsLost || 0);
                s.framesDecoded += r.framesDecoded || 0;
                if (r.kind === "audio" && typeof r.jitter === "number") s.jitterMs = r.jitter * 1000;
            } else if (r.type === "outbound-rtp") {
                s.packetsSent += r.packetsSent || 0;
                s.bytesSent += r.bytesSent || 0;
            } else if (r.type === "transport" && r.selectedCandidatePairId) {
                pairId = r.selectedCandidatePairId;
            }
        });
        const pair = pairId && report.get(pairId);
        if (pair) {
            if (typeof pair.currentRoundTripTime === "number") s.rttMs = pair.currentRoundTripTime * 1000;
            const l = report.get(pair.localCandidateId), r = report.get(pair.remoteCandidateId);
            s.localCandidate = (l && l.candidateType) || "";
            s.remoteCandidate = (r && r.candidateType) || "";
        }
        return s;
    }
    // Every 250 ms until every peer's media flows (the call's set-up is timed by it), then every second.
    async function reportStats() {
        let waiting = false;
        if (bridge && st.peers.size > 0) {
            const out = {};
            for (const [id, p] of st.peers) {
                try {
                    out[id] = await collect(p);
                    waiting = waiting || out[id].packetsReceived === 0;
                } catch (e) { /* closed meanwhile */ }
            }
            bridge.stats(JSON.stringify(out));
            st.peers.forEach((p, id) => paintTile(id)); // a remote camera that came on
        }
        setTimeout(reportStats, waiting ? 250 : 1000);
    }
    setTimeout(reportStats, 1000);

    // ---- commands from the desktop ---------------------------------------------------------
    function onCommand(json) {
        const cmd = JSON.parse(json);
        switch (cmd.op) {
        case "ring": startTone(cmd.tone); break;
        case "configure":
            // A new call in the page that stays loaded between calls.
            [...st.peers.keys()].forEach(closePeer);
            st.call += 1;
            st.ended = false;
            st.local = new MediaStream();
            st.camera = st.screen = null;
            st.audioOn = true;
            st.held = false;
            st.selfId = cmd.selfId;
            st.iceServers = cmd.iceServers || [];
            st.relayOnly = !!cmd.relayOnly;
            st.chosen = cmd.devices || {};
            st.selfLabel = cmd.selfLabel || "";
            openLocal(!!cmd.video);
            break;
        case "iceServers":
            st.iceServers = cmd.iceServers || [];
            st.peers.forEach(p => p.pc.setConfiguration(config()));
            break;
        case "offer": offer(cmd.peerId, !!cmd.iceRestart); break;
        case "remote": remote(cmd); break;
        case "close": closePeer(cmd.peerId); break;
        case "peers":
            st.info = cmd.peers || {};
            st.peers.forEach((p, id) => paintTile(id));
            break;
        case "quality": {
            const p = st.peers.get(cmd.peerId);
            if (p) p.tile.el.querySelector(".badge").className = "badge " + (cmd.level || "");
            break;
        }
        case "mute": {
            st.audioOn = !cmd.on;
            const a = audioTrack();
            if (a) a.enabled = st.audioOn && !st.held;
            reportMedia();
            break;
        }
        case "camera": setCamera(!!cmd.on); break;
        case "screen": setScreen(!!cmd.on); break;
        case "device": switchDevice(cmd.kind, cmd.id); break;
        case "hold": {
            // On hold: nothing sent either way until resumed.
            st.held = !!cmd.on;
            const a = audioTrack();
            if (a) a.enabled = st.audioOn && !st.held;
            replaceVideo();
            st.peers.forEach(p => { p.tile.video.muted = st.held; });
            break;
        }
        case "end": end(); break;
        }
    }

    window.addEventListener("load", () => {
        new QWebChannel(qt.webChannelTransport, channel => {
            bridge = channel.objects.call;
            bridge.command.connect(onCommand);
            bridge.ready(window.isSecureContext);
        });
    });
})();
