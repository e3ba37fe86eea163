// Split the Bill: an example mini program. Shares are exact: the total in
// cents is divided with integers and the cents left over go one each to the
// first people, so the shares always add up to the total.
"use strict";

const words = {
    en: {title: "Split the Bill", what: "What for", total: "Total", asset: "Asset", people: "People (one per line)",
         share: "Share to chat", shared: "Shared.", sharedWithYou: "Shared with you"},
    fa: {title: "تقسیم صورت‌حساب", what: "بابت", total: "مبلغ کل", asset: "دارایی", people: "افراد (هر خط یک نفر)",
         share: "ارسال به گفتگو", shared: "ارسال شد.", sharedWithYou: "با شما به اشتراک گذاشته شد"}
};
const t = (k) => (words[azc.context.language] || words.en)[k];

function translate() {
    document.getElementById("title").textContent = t("title");
    document.getElementById("whatLabel").textContent = t("what");
    document.getElementById("totalLabel").textContent = t("total");
    document.getElementById("assetLabel").textContent = t("asset");
    document.getElementById("peopleLabel").textContent = t("people");
    document.getElementById("share").textContent = t("share");
}

const DECIMALS = 2n;
const SCALE = 10n ** DECIMALS;

function parseCents(text) {
    const m = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(String(text).trim());
    if (!m)
        return null;
    return BigInt(m[1]) * SCALE + BigInt((m[2] || "").padEnd(2, "0"));
}

function formatCents(c) {
    const whole = c / SCALE, frac = (c % SCALE).toString().padStart(2, "0");
    return `${whole}.${frac}`;
}

function split(totalCents, names) {
    const n = BigInt(names.length);
    const base = totalCents / n, left = totalCents % n;
    return names.map((name, i) => ({name, cents: base + (BigInt(i) < left ? 1n : 0n)}));
}

function readForm() {
    return {
        what: document.getElementById("what").value.trim() || "Bill",
        total: document.getElementById("total").value,
        asset: document.getElementById("asset").value,
        people: document.getElementById("people").value.split("\n").map((s) => s.trim()).filter(Boolean).slice(0, 20)
    };
}

function fillForm(bill) {
    document.getElementById("what").value = bill.what;
    document.getElementById("total").value = bill.total;
    document.getElementById("asset").value = bill.asset;
    document.getElementById("people").value = bill.people.join("\n");
}

function render() {
    const bill = readForm();
    const cents = parseCents(bill.total);
    const table = document.getElementById("shares");
    table.replaceChildren();
    const button = document.getElementById("share");
    button.disabled = cents === null || bill.people.length === 0;
    if (button.disabled)
        return null;
    const shares = split(cents, bill.people);
    for (const s of shares) {
        const tr = document.createElement("tr");
        // Amounts read left to right in every language ("33.34 USDT", not "USDT 33.34" in Persian).
        tr.append(Object.assign(document.createElement("td"), {textContent: s.name}),
                  Object.assign(document.createElement("td"), {textContent: `${formatCents(s.cents)} ${bill.asset}`, dir: "ltr"}));
        table.append(tr);
    }
    return {bill, shares};
}

async function share() {
    const r = render();
    if (!r)
        return;
    const lines = r.shares.map((s) => `• ${s.name}: ${formatCents(s.cents)} ${r.bill.asset}`);
    const text = `${r.bill.what}: ${formatCents(parseCents(r.bill.total))} ${r.bill.asset}\n${lines.join("\n")}`;
    const status = document.getElementById("status");
    try {
        await azc.shareToChat({text, startParam: btoa(unescape(encodeURIComponent(JSON.stringify(r.bill))))});
        status.textContent = t("shared");
        status.className = "ok";
    } catch (e) {
        if (e.code !== "cancelled") {
            status.textContent = e.message;
            status.className = "err";
        }
    }
}

azc.ready.then(async () => {
    translate();
    azc.onContextChanged(translate);
    const start = azc.context.startParam;
    if (start) {
        try {
            fillForm(JSON.parse(decodeURIComponent(escape(atob(start)))));
            document.getElementById("subtitle").textContent = t("sharedWithYou");
        } catch (e) { /* a card from an older version: start empty */ }
    } else {
        const saved = await azc.storage.get("last");
        if (saved)
            fillForm(JSON.parse(saved));
    }
    for (const id of ["what", "total", "asset", "people"])
        document.getElementById(id).addEventListener("input", () => {
            render();
            azc.storage.set("last", JSON.stringify(readForm()));
        });
    document.getElementById("share").addEventListener("click", share);
    render();
});
