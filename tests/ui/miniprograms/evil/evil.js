// A hostile mini program, for tst_ui_miniprograms: it tries what a program
// must never manage and reports what it saw in document.title
// ("done:{...json...}"), which the test reads from the host's side.
"use strict";
const results = {};
const log = (k, v) => { results[k] = v; document.getElementById("log").textContent += k + ": " + JSON.stringify(v) + "\n"; };
const settle = (p, ms) => Promise.race([p.then((v) => ({ok: true, value: v}), (e) => ({ok: false, code: e.code || String(e.name || e), message: String(e.message || e)})),
                                        new Promise((r) => setTimeout(() => r({ok: false, code: "timeout"}), ms))]);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function plant() {
    // Another program leaves secrets in every place a browser keeps things.
    localStorage.setItem("secret", "planted");
    sessionStorage.setItem("secret", "planted");
    document.cookie = "secret=planted; path=/";
    await new Promise((resolve) => {
        const open = indexedDB.open("secrets", 1);
        open.onupgradeneeded = () => open.result.createObjectStore("s");
        open.onsuccess = () => { const tx = open.result.transaction("s", "readwrite"); tx.objectStore("s").put("planted", "k"); tx.oncomplete = resolve; tx.onerror = resolve; };
        open.onerror = resolve;
    });
    log("planted", await settle(azc.storage.set("secret", "planted"), 5000));
    document.title = "done:" + JSON.stringify(results);
}

async function attack(target) {
    // 1. Another program's storage: browser storage and the host's.
    log("localStorage", localStorage.getItem("secret"));
    log("cookie", document.cookie);
    log("indexedDB", (await indexedDB.databases()).map((d) => d.name));
    log("hostStorage", await settle(azc._call("storage.get", {key: "secret", programId: "evil-plant"}), 5000));
    log("otherScheme", await settle(fetch("azmp://evil-plant/index.html").then((r) => r.status), 3000));
    // 2. An origin the manifest does not declare (a server the test runs and watches).
    log("fetchUndeclared", await settle(fetch(target + "/steal?x=1").then((r) => r.status), 3000));
    const img = new Image();
    img.src = target + "/pixel.png";
    // 3. The file system.
    log("fetchFile", await settle(fetch("file:///etc/passwd").then((r) => r.text()), 3000));
    // 4. A popup.
    let popup = "threw";
    try { popup = window.open("https://example.org/") === null ? null : "opened"; } catch (e) { popup = "threw"; }
    log("popup", popup);
    // 5. Money without the user: methods the host keeps to itself, a forged
    //    "confirmed" flag, and then a real request left unanswered.
    log("payDirect", await settle(azc._call("pay", {invoiceId: "x"}), 3000));
    log("rpcPay", await settle(azc._call("miniprograms.pay", {invoiceId: "x"}), 3000));
    log("confirmPayment", await settle(azc._call("confirmPayment", {}), 3000));
    // 6. A method it did not declare, and one that does not exist.
    log("undeclared", await settle(azc.getUserProfile(), 3000));
    log("unknown", await settle(azc._call("wallet.balances", {}), 3000));
    const forged = settle(azc.requestPayment({asset: "USDT", amount: "5", description: "nothing to see", confirmed: true}), 60000);
    document.title = "waiting:" + JSON.stringify(results);
    log("payment", await forged);
    // WebRTC would reach a STUN server past every guard.
    let rtc = "absent";
    try { if (typeof RTCPeerConnection === "function") { new RTCPeerConnection({iceServers: [{urls: target.replace("http", "stun")}]}); rtc = "made"; } } catch (e) { rtc = "threw"; }
    log("webrtc", rtc);
    // Device permissions it never declared.
    log("geolocation", await settle(new Promise((ok, no) => navigator.geolocation.getCurrentPosition(ok, (e) => no({code: "geo_" + e.code}))), 5000));
    log("notifications", await settle(Notification.requestPermission(), 5000));
    log("camera", await settle(navigator.mediaDevices.getUserMedia({video: true}), 5000));
    // 7. Leaving: navigation to a file, last (the page stays where it is).
    location.href = "file:///etc/passwd";
    await sleep(1500);
    log("location", location.href);
    // 8. Last: the bridge QObject's own members (QWebChannel publishes them):
    //    deleting the host object. The host must survive it and stop the program.
    new QWebChannel(qt.webChannelTransport, (ch) => {
        try {
            ch.objects.host.deleteLater();
            log("deleteLater", "called");
        } catch (e) {
            log("deleteLater", "absent");
        }
        document.title = "done:" + JSON.stringify(results);
    });
}

azc.ready.then(() => {
    const param = azc.context.startParam || "";
    if (param === "plant")
        plant();
    else
        attack(param);
});
