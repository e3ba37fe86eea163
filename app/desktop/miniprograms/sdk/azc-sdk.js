// AZCoiner mini-program SDK. The host injects this file (after Qt's
// qwebchannel.js) into every page of a mini program before the page's own
// scripts run; programs use the global `azc` and nothing else.
//
//   await azc.ready                       the host is connected; azc.context is filled
//   azc.context                           {programId, version, theme: "light"|"dark", colors: {...},
//                                          language: "en"|"fa"|..., direction: "ltr"|"rtl", startParam}
//   azc.onContextChanged(fn)              theme or language changed in the host
//   azc.getUserProfile()                  {openId, displayName, username}; asks the user the first time
//   azc.requestPayment({asset, amount, description?, orderId?})
//                                         the host's own confirmation dialog (payee, amount, asset, fee,
//                                         2FA above the user's threshold, the user's daily cap for this
//                                         program); resolves {status: "paid", invoiceId, receipt}
//   azc.shareToChat({text, startParam?})  the user picks a chat; a card with an Open button is posted
//   azc.scanQr()                          the user picks an image; resolves {text}
//   azc.storage.get(key) / .set(key, value) / .remove(key)
//                                         strings, per user and program, 64 KiB in all
//   azc.close()
// Every call needs the permission of its name in the manifest (profile, payments, share, scanQr,
// storage); a refused call rejects with an Error whose .code says why ("not_declared",
// "unknown_method", "cancelled", "consent_denied", "cap_exceeded", "quota_exceeded", ...).
(function () {
    "use strict";
    if (window.azc)
        return;
    // WebRTC reaches STUN/TURN servers past both the CSP and the host's request guard: a program
    // has no use for it, so the constructors are gone before the page's first script runs.
    ["RTCPeerConnection", "webkitRTCPeerConnection", "RTCDataChannel", "RTCSessionDescription", "RTCIceCandidate"]
        .forEach(function (name) {
            try { Object.defineProperty(window, name, {value: undefined, writable: false, configurable: false}); } catch (e) { }
        });
    var bridge = null, nextId = 1, pending = {}, listeners = [], context = {};
    var readyResolve;
    var api = {
        get context() { return context; }, // a getter: the api object itself is frozen
        ready: new Promise(function (resolve) { readyResolve = resolve; }),
        onContextChanged: function (fn) { listeners.push(fn); },
        getUserProfile: function () { return call("getUserProfile", {}); },
        requestPayment: function (p) { return call("requestPayment", p || {}); },
        shareToChat: function (p) { return call("shareToChat", p || {}); },
        scanQr: function () { return call("scanQr", {}); },
        storage: {
            get: function (key) { return call("storage.get", {key: String(key)}).then(function (r) { return r.value; }); },
            set: function (key, value) { return call("storage.set", {key: String(key), value: String(value)}); },
            remove: function (key) { return call("storage.set", {key: String(key)}); }
        },
        close: function () { return call("close", {}); },
        // For tests of the host itself: any method name, as a program might try.
        _call: function (method, args) { return call(method, args || {}); }
    };
    function call(method, args) {
        return api.ready.then(function () {
            return new Promise(function (resolve, reject) {
                var id = nextId++;
                pending[id] = {resolve: resolve, reject: reject};
                bridge.call(id, String(method), JSON.stringify(args));
            });
        });
    }
    function applyContext(json) {
        try { context = JSON.parse(json); } catch (e) { return; }
        var root = document.documentElement;
        if (root) {
            root.setAttribute("dir", context.direction || "ltr");
            root.setAttribute("lang", context.language || "en");
            root.setAttribute("data-theme", context.theme || "light");
            var colors = context.colors || {};
            Object.keys(colors).forEach(function (k) { root.style.setProperty("--azc-" + k, colors[k]); });
        }
        listeners.forEach(function (fn) { try { fn(context); } catch (e) { console.error(e); } });
    }
    Object.defineProperty(window, "azc", {value: Object.freeze(api), writable: false, configurable: false});
    new QWebChannel(qt.webChannelTransport, function (channel) {
        bridge = channel.objects.host;
        bridge.reply.connect(function (id, ok, json) {
            var p = pending[id];
            if (!p)
                return;
            delete pending[id];
            var value = {};
            try { value = JSON.parse(json); } catch (e) { }
            if (ok) {
                p.resolve(value);
            } else {
                var err = new Error(value.message || "refused");
                err.code = value.code || "error";
                p.reject(err);
            }
        });
        bridge.contextChanged.connect(function () { applyContext(bridge.context); });
        applyContext(bridge.context);
        readyResolve();
        // First paint: the host measures open-to-paint with this.
        requestAnimationFrame(function () { requestAnimationFrame(function () { bridge.painted(); }); });
    });
})();
