// Corner Shop: an example mini program. It uses only the documented SDK
// (the global `azc`, see the host's azc-sdk.js).
"use strict";

const items = [
    {sku: "beans", emoji: "☕", name: {en: "Coffee beans, 250 g", fa: "دانه قهوه، ۲۵۰ گرم"}, asset: "USDT", amount: "12.5"},
    {sku: "mug", emoji: "🍵", name: {en: "Enamel mug", fa: "لیوان لعابی"}, asset: "USDT", amount: "8"},
    {sku: "stickers", emoji: "⭐", name: {en: "AZC sticker pack", fa: "بسته برچسب AZC"}, asset: "AZC", amount: "25"}
];
const words = {
    en: {buy: "Buy", paid: "Paid — thank you! Order", orders: "Your orders", none: "No orders yet.", hello: "Hello"},
    fa: {buy: "خرید", paid: "پرداخت شد — سپاس! سفارش", orders: "سفارش‌های شما", none: "هنوز سفارشی ندارید.", hello: "سلام"}
};
const lang = () => (azc.context.language === "fa" ? "fa" : "en");
const t = (k) => words[lang()][k];

function status(text, ok) {
    const el = document.getElementById("status");
    el.textContent = text;
    el.className = ok ? "ok" : "err";
}

async function orders() {
    const raw = await azc.storage.get("orders");
    return raw ? JSON.parse(raw) : [];
}

async function showOrders() {
    const list = await orders();
    document.getElementById("ordersTitle").textContent = t("orders");
    document.getElementById("orders").textContent = list.length
        ? list.map((o) => `${o.name} · ${o.amount} ${o.asset}`).join("\n")
        : t("none");
    document.getElementById("orders").style.whiteSpace = "pre-line";
}

async function buy(item, button) {
    button.disabled = true;
    try {
        const orderId = `${item.sku}-${Date.now()}`;
        const paid = await azc.requestPayment({asset: item.asset, amount: item.amount,
                                               description: item.name.en, orderId});
        status(`${t("paid")} ${orderId}`, true);
        const list = await orders();
        list.unshift({orderId, name: item.name[lang()], asset: item.asset, amount: item.amount, invoiceId: paid.invoiceId});
        await azc.storage.set("orders", JSON.stringify(list.slice(0, 20)));
        await showOrders();
    } catch (e) {
        if (e.code !== "cancelled")
            status(e.message, false);
    } finally {
        button.disabled = false;
    }
}

function render() {
    const ul = document.getElementById("items");
    ul.replaceChildren();
    for (const item of items) {
        const li = document.createElement("li");
        const emoji = Object.assign(document.createElement("span"), {className: "emoji", textContent: item.emoji});
        const what = Object.assign(document.createElement("div"), {className: "what"});
        what.append(Object.assign(document.createElement("b"), {textContent: item.name[lang()]}));
        const price = Object.assign(document.createElement("span"), {className: "price", textContent: `${item.amount} ${item.asset}`, dir: "ltr"});
        const button = Object.assign(document.createElement("button"), {textContent: t("buy")});
        button.dataset.sku = item.sku;
        button.addEventListener("click", () => buy(item, button));
        li.append(emoji, what, price, button);
        ul.append(li);
    }
}

azc.ready.then(async () => {
    azc.onContextChanged(() => { render(); showOrders(); });
    render();
    showOrders();
    try {
        const me = await azc.getUserProfile();
        document.getElementById("hello").textContent = `${t("hello")}, ${me.displayName}`;
    } catch (e) {
        // The user said no: the shop works without a name.
    }
});
