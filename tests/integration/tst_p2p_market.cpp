// The P2P market around the trade itself, through a real backend over real
// WebSockets on SQLite and PostgreSQL: payment methods (kept private until a
// trade shows the seller's copy), buy ads whose taker names where they are
// paid, floating prices that follow an admin rate or the spot market, ad
// edits, filters and sorting, counterparty requirements, proofs of payment in
// the trade chat, reputation and one feedback per party, live trade pushes
// and notifications. Ledger invariants are checked after every test.

#include "p2p_test_helpers.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QtTest>

using namespace azc;
using namespace azc::test;
using namespace azc::test::p2p;

class TstP2pMarket : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestBackend> m_backend;

    std::unique_ptr<WsClient> as(const char *username, const char *password) { return signIn(*m_backend, username, password); }
    std::unique_ptr<WsClient> carol() { return as("carol", "AzcCarol#2026"); }
    std::unique_ptr<WsClient> bob() { return as("bob", "AzcBob#2026"); }
    std::unique_ptr<WsClient> alice() { return as("alice", "AzcAlice#2026"); }
    std::unique_ptr<WsClient> admin() { return as("admin", "AzcAdmin#2026"); }

    // In the asset's units (USDT: 6 decimals, like amt()).
    static Amount balance(WsClient &c, const char *asset)
    {
        for (const QJsonValue &b : c.result(QStringLiteral("wallet.balances"))[QStringLiteral("balances")].toArray())
            if (b[QStringLiteral("asset")].toString() == QLatin1String(asset))
                return Amount::parse(b[QStringLiteral("available")].toString(), b[QStringLiteral("decimals")].toInt()).value();
        return {};
    }
    static QJsonObject adOf(const QJsonObject &reply) { return reply[QStringLiteral("result")][QStringLiteral("ad")].toObject(); }
    static QStringList adIds(WsClient &c, const QJsonObject &filter)
    {
        QStringList ids;
        for (const QJsonValue &a : c.result(QStringLiteral("p2p.ads"), filter)[QStringLiteral("ads")].toArray())
            ids.append(a[QStringLiteral("id")].toString());
        return ids;
    }
    static QString upload(WsClient &c, const QByteArray &bytes, const QString &name)
    {
        const QJsonObject begun = c.result(QStringLiteral("files.beginUpload"),
                                           {{QStringLiteral("name"), name},
                                            {QStringLiteral("mime"), QStringLiteral("image/png")},
                                            {QStringLiteral("size"), bytes.size()},
                                            {QStringLiteral("sha256"), QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())},
                                            {QStringLiteral("purpose"), QStringLiteral("chat")}});
        const QString uploadId = begun[QStringLiteral("uploadId")].toString();
        c.result(QStringLiteral("files.uploadChunk"), {{QStringLiteral("uploadId"), uploadId},
                                                      {QStringLiteral("offset"), 0},
                                                      {QStringLiteral("data"), QString::fromLatin1(bytes.toBase64())}});
        return c.result(QStringLiteral("files.finishUpload"), {{QStringLiteral("uploadId"), uploadId}})
                [QStringLiteral("file")][QStringLiteral("fileId")].toString();
    }
    static void closeAd(WsClient &c, const QJsonObject &ad)
    {
        c.result(QStringLiteral("p2p.setAdStatus"), {{QStringLiteral("id"), ad[QStringLiteral("id")]}, {QStringLiteral("status"), QStringLiteral("closed")}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_backend = startP2pBackend();
        QVERIFY(m_backend);
    }

    void cleanup()
    {
        AZC_VERIFY_LEDGER(*m_backend);
    }

    void paymentMethodsAreCheckedAndPrivateUntilATrade()
    {
        auto b = bob();
        auto c = carol();
        const QJsonArray types = b->result(QStringLiteral("p2p.paymentTypes"))[QStringLiteral("types")].toArray();
        QCOMPARE(types.size(), 4);
        QCOMPARE(types.first()[QStringLiteral("type")].toString(), QStringLiteral("bank_transfer"));
        auto add = [&](const QJsonObject &fields, const char *type = "card") {
            return b->call(QStringLiteral("p2p.addPaymentMethod"), {{QStringLiteral("type"), QString::fromLatin1(type)},
                                                                   {QStringLiteral("label"), QStringLiteral("Visa")},
                                                                   {QStringLiteral("fields"), fields}});
        };
        const QJsonObject card{{QStringLiteral("cardholder"), QStringLiteral("BOB KIM")}, {QStringLiteral("cardNumber"), QStringLiteral("4111 1111 1111 1111")}};
        // A missing field, a field the type does not have, an unknown type: refused, nothing stored.
        const int before = b->result(QStringLiteral("p2p.paymentMethods"))[QStringLiteral("methods")].toArray().size();
        QCOMPARE(add({{QStringLiteral("cardholder"), QStringLiteral("BOB KIM")}})[QStringLiteral("error")][QStringLiteral("data")][QStringLiteral("field")].toString(),
                 QStringLiteral("cardNumber"));
        QJsonObject extra = card;
        extra.insert(QStringLiteral("cvv"), QStringLiteral("123"));
        QCOMPARE(add(extra)[QStringLiteral("error")][QStringLiteral("data")][QStringLiteral("field")].toString(), QStringLiteral("cvv"));
        QCOMPARE(reason(add(card, "crypto")), QStringLiteral("invalid_params"));
        QCOMPARE(b->result(QStringLiteral("p2p.paymentMethods"))[QStringLiteral("methods")].toArray().size(), before);
        const QJsonObject made = add(card)[QStringLiteral("result")][QStringLiteral("method")].toObject();
        QCOMPARE(made[QStringLiteral("fields")][QStringLiteral("cardNumber")].toString(), QStringLiteral("4111 1111 1111 1111"));
        // Nobody else can remove it.
        QCOMPARE(reason(c->call(QStringLiteral("p2p.removePaymentMethod"), {{QStringLiteral("id"), made[QStringLiteral("id")]}})), QStringLiteral("not_found"));

        // A sell ad must name the seller's own methods; the list shows only their kinds.
        QCOMPARE(createSellAd(*c, "10", "1", "10", {{QStringLiteral("paymentMethodIds"), QJsonArray{}}})
                         [QStringLiteral("error")][QStringLiteral("data")][QStringLiteral("field")].toString(),
                 QStringLiteral("paymentMethodIds"));
        QCOMPARE(reason(createSellAd(*c, "10", "1", "10", {{QStringLiteral("paymentMethodIds"), QJsonArray{made[QStringLiteral("id")]}}})),
                 QStringLiteral("not_found"));
        const QJsonObject ad = adOf(createSellAd(*c, "10", "1", "10"));
        QCOMPARE(ad[QStringLiteral("paymentTypes")].toArray(), QJsonArray{QStringLiteral("bank_transfer")});
        QVERIFY(!ad.contains(QStringLiteral("paymentMethods")));
        for (const QJsonValue &listed : b->result(QStringLiteral("p2p.ads"), {{QStringLiteral("asset"), QStringLiteral("USDT")}})[QStringLiteral("ads")].toArray())
            QVERIFY(!listed.toObject().contains(QStringLiteral("paymentMethodIds")));
        // The method an open ad offers cannot be removed.
        const QString carolMethod = paymentMethod(*c);
        QCOMPARE(detail(c->call(QStringLiteral("p2p.removePaymentMethod"), {{QStringLiteral("id"), carolMethod}})), QStringLiteral("in_use"));

        // Inside a trade both parties see the seller's details as they were when it opened.
        const QJsonObject trade = tradeOf(takeAd(*b, ad, "2"));
        QCOMPARE(trade[QStringLiteral("myRole")].toString(), QStringLiteral("buyer"));
        const QJsonArray details = trade[QStringLiteral("paymentMethods")].toArray();
        QCOMPARE(details.size(), 1);
        QJsonObject carolsBank;
        for (const QJsonValue &m : c->result(QStringLiteral("p2p.paymentMethods"))[QStringLiteral("methods")].toArray())
            if (m[QStringLiteral("id")].toString() == carolMethod)
                carolsBank = m.toObject();
        QVERIFY(!carolsBank.isEmpty());
        QCOMPARE(details.first().toObject(), carolsBank);
        const QJsonObject sellerView = c->result(QStringLiteral("p2p.trade"), {{QStringLiteral("id"), trade[QStringLiteral("id")]}})[QStringLiteral("trade")].toObject();
        QCOMPARE(sellerView[QStringLiteral("myRole")].toString(), QStringLiteral("seller"));
        QCOMPARE(sellerView[QStringLiteral("paymentMethods")].toArray(), details);
        QCOMPARE(tradeOf(b->call(QStringLiteral("p2p.cancel"), {{QStringLiteral("id"), trade[QStringLiteral("id")]}}))[QStringLiteral("status")].toString(),
                 QStringLiteral("cancelled"));
        closeAd(*c, ad);
        QCOMPARE(b->result(QStringLiteral("p2p.removePaymentMethod"), {{QStringLiteral("id"), made[QStringLiteral("id")]}})[QStringLiteral("removed")].toBool(), true);
    }

    void aBuyAdTakerEscrowsTheirOwnCoins()
    {
        auto c = carol();
        auto b = bob();
        const QJsonObject buy = adOf(c->call(QStringLiteral("p2p.createAd"),
                                             {{QStringLiteral("side"), QStringLiteral("buy")},
                                              {QStringLiteral("asset"), QStringLiteral("USDT")},
                                              {QStringLiteral("fiat"), QStringLiteral("USD")},
                                              {QStringLiteral("price"), QStringLiteral("0.99")},
                                              {QStringLiteral("total"), QStringLiteral("50")},
                                              {QStringLiteral("minAmount"), QStringLiteral("5")},
                                              {QStringLiteral("maxAmount"), QStringLiteral("50")},
                                              {QStringLiteral("paymentTypes"), QJsonArray{QStringLiteral("ewallet")}},
                                              {QStringLiteral("idempotencyKey"), key()}}));
        QCOMPARE(buy[QStringLiteral("paymentTypes")].toArray(), QJsonArray{QStringLiteral("ewallet")});
        const Amount bobBefore = balance(*b, "USDT");
        // The seller (bob) must say where he is paid, with a kind the ad accepts.
        QCOMPARE(takeAd(*b, buy, "10")[QStringLiteral("error")][QStringLiteral("data")][QStringLiteral("field")].toString(), QStringLiteral("paymentMethodId"));
        const QString bank = paymentMethod(*b); // a bank transfer: not accepted
        QCOMPARE(takeAd(*b, buy, "10", bank)[QStringLiteral("error")][QStringLiteral("data")][QStringLiteral("field")].toString(), QStringLiteral("paymentMethodId"));
        QCOMPARE(balance(*b, "USDT"), bobBefore);
        const QString wallet = paymentMethod(*b, QStringLiteral("ewallet"));
        const QJsonObject taken = takeAd(*b, buy, "10", wallet);
        const QJsonObject trade = tradeOf(taken);
        QVERIFY2(!trade.isEmpty(), QJsonDocument(taken).toJson().constData());
        QCOMPARE(trade[QStringLiteral("myRole")].toString(), QStringLiteral("seller"));
        QCOMPARE(trade[QStringLiteral("fiatAmount")].toString(), QStringLiteral("9.9"));
        QCOMPARE(trade[QStringLiteral("paymentMethods")].toArray().first()[QStringLiteral("id")].toString(), wallet);
        QCOMPARE(balance(*b, "USDT"), *bobBefore.checkedSub(amt(QStringLiteral("10"))));
        const Amount carolBefore = balance(*c, "USDT");
        QCOMPARE(tradeOf(c->call(QStringLiteral("p2p.markPaid"), {{QStringLiteral("id"), trade[QStringLiteral("id")]}}))[QStringLiteral("status")].toString(), QStringLiteral("paid"));
        QCOMPARE(tradeOf(b->call(QStringLiteral("p2p.release"), {{QStringLiteral("id"), trade[QStringLiteral("id")]}}))[QStringLiteral("outcome")].toString(), QStringLiteral("released"));
        QCOMPARE(balance(*c, "USDT"), *carolBefore.checkedAdd(amt(QStringLiteral("9.99"))));
        QCOMPARE(balance(*b, "USDT"), *bobBefore.checkedSub(amt(QStringLiteral("10"))));
        closeAd(*c, buy);
    }

    void floatingPricesFollowTheReference()
    {
        auto a = admin();
        auto c = carol();
        auto b = bob();
        // Only admins set rates; a floating ad with no reference is not offered.
        QCOMPARE(reason(c->call(QStringLiteral("p2p.setReferenceRate"), {{QStringLiteral("asset"), QStringLiteral("USDT")},
                                                                         {QStringLiteral("fiat"), QStringLiteral("GBP")},
                                                                         {QStringLiteral("rate"), QStringLiteral("0.8")}})),
                 QStringLiteral("forbidden"));
        const QJsonObject gbp = adOf(createSellAd(*c, "20", "1", "20", {{QStringLiteral("fiat"), QStringLiteral("GBP")},
                                                                        {QStringLiteral("priceType"), QStringLiteral("floating")},
                                                                        {QStringLiteral("margin"), QStringLiteral("2")}}));
        QCOMPARE(gbp[QStringLiteral("price")].toString(), QString());
        QVERIFY(!adIds(*b, {{QStringLiteral("fiat"), QStringLiteral("GBP")}}).contains(gbp[QStringLiteral("id")].toString()));
        QCOMPARE(detail(takeAd(*b, gbp, "2")), QStringLiteral("no_reference_price"));
        QCOMPARE(reason(createSellAd(*c, "20", "1", "20", {{QStringLiteral("priceType"), QStringLiteral("floating")},
                                                           {QStringLiteral("margin"), QStringLiteral("51")}})),
                 QStringLiteral("invalid_params"));

        // The admin's rate: 0.80 GBP per USDT, +2 % → 0.82 (0.816 to the cent).
        QCOMPARE(a->result(QStringLiteral("p2p.setReferenceRate"), {{QStringLiteral("asset"), QStringLiteral("USDT")},
                                                                    {QStringLiteral("fiat"), QStringLiteral("GBP")},
                                                                    {QStringLiteral("rate"), QStringLiteral("0.8")}})
                         [QStringLiteral("rate")][QStringLiteral("rate")].toString(),
                 QStringLiteral("0.8"));
        const QJsonArray listed = b->result(QStringLiteral("p2p.ads"), {{QStringLiteral("fiat"), QStringLiteral("GBP")}})[QStringLiteral("ads")].toArray();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first()[QStringLiteral("price")].toString(), QStringLiteral("0.82"));
        QCOMPARE(listed.first()[QStringLiteral("referencePrice")].toString(), QStringLiteral("0.8"));
        const QJsonObject trade = tradeOf(takeAd(*b, gbp, "10"));
        QCOMPARE(trade[QStringLiteral("price")].toString(), QStringLiteral("0.82"));
        // The trade keeps its price when the reference moves; the ad follows it.
        a->result(QStringLiteral("p2p.setReferenceRate"), {{QStringLiteral("asset"), QStringLiteral("USDT")},
                                                           {QStringLiteral("fiat"), QStringLiteral("GBP")},
                                                           {QStringLiteral("rate"), QStringLiteral("0.9")}});
        QCOMPARE(b->result(QStringLiteral("p2p.trade"), {{QStringLiteral("id"), trade[QStringLiteral("id")]}})[QStringLiteral("trade")][QStringLiteral("price")].toString(),
                 QStringLiteral("0.82"));
        QCOMPARE(b->result(QStringLiteral("p2p.ads"), {{QStringLiteral("fiat"), QStringLiteral("GBP")}})[QStringLiteral("ads")][0][QStringLiteral("price")].toString(),
                 QStringLiteral("0.92")); // 0.918
        b->call(QStringLiteral("p2p.cancel"), {{QStringLiteral("id"), trade[QStringLiteral("id")]}});

        // BTC in GBP from the market. Before BTC-USDT has traded: the middle of the demo book
        // (bid 66,900, ask 67,250 → 67,075) × the USDT rate.
        auto btcInGbp = [](WsClient &client) {
            for (const QJsonValue &r : client.result(QStringLiteral("p2p.referenceRates"), {{QStringLiteral("fiat"), QStringLiteral("GBP")}})[QStringLiteral("rates")].toArray())
                if (r[QStringLiteral("asset")].toString() == QStringLiteral("BTC"))
                    return r.toObject();
            return QJsonObject();
        };
        QCOMPARE(btcInGbp(*b)[QStringLiteral("rate")].toString(), QStringLiteral("60367.5"));
        QCOMPARE(btcInGbp(*b)[QStringLiteral("source")].toString(), QStringLiteral("market"));
        // Then the last BTC-USDT trade × the USDT rate.
        QVERIFY(b->call(QStringLiteral("spot.place"), {{QStringLiteral("market"), QStringLiteral("BTC-USDT")},
                                                      {QStringLiteral("side"), QStringLiteral("buy")},
                                                      {QStringLiteral("type"), QStringLiteral("limit")},
                                                      {QStringLiteral("price"), QStringLiteral("67250")},
                                                      {QStringLiteral("quantity"), QStringLiteral("0.0001")},
                                                      {QStringLiteral("timeInForce"), QStringLiteral("ioc")},
                                                      {QStringLiteral("idempotencyKey"), key()}})
                        .contains(QStringLiteral("result")));
        QJsonObject btc;
        for (const QJsonValue &r : b->result(QStringLiteral("p2p.referenceRates"), {{QStringLiteral("fiat"), QStringLiteral("GBP")}})[QStringLiteral("rates")].toArray())
            if (r[QStringLiteral("asset")].toString() == QStringLiteral("BTC"))
                btc = r.toObject();
        QCOMPARE(btc[QStringLiteral("source")].toString(), QStringLiteral("market"));
        QCOMPARE(btc[QStringLiteral("rate")].toString(), QStringLiteral("60525")); // 67,250 × 0.9
        // An edit turns the GBP ad into a fixed one; trades keep their terms.
        const QJsonObject edited = adOf(c->call(QStringLiteral("p2p.updateAd"), {{QStringLiteral("id"), gbp[QStringLiteral("id")]},
                                                                                 {QStringLiteral("priceType"), QStringLiteral("fixed")},
                                                                                 {QStringLiteral("price"), QStringLiteral("0.85")},
                                                                                 {QStringLiteral("maxAmount"), QStringLiteral("15")},
                                                                                 {QStringLiteral("autoReply"), QStringLiteral("Hi! Pay to the account shown.")}}));
        QCOMPARE(edited[QStringLiteral("price")].toString(), QStringLiteral("0.85"));
        QCOMPARE(edited[QStringLiteral("maxAmount")].toString(), QStringLiteral("15"));
        QCOMPARE(edited[QStringLiteral("margin")].toString(), QString());
        QCOMPARE(reason(c->call(QStringLiteral("p2p.updateAd"), {{QStringLiteral("id"), gbp[QStringLiteral("id")]},
                                                                 {QStringLiteral("maxAmount"), QStringLiteral("21")}})),
                 QStringLiteral("invalid_params")); // above the total
        QCOMPARE(reason(b->call(QStringLiteral("p2p.updateAd"), {{QStringLiteral("id"), gbp[QStringLiteral("id")]},
                                                                 {QStringLiteral("price"), QStringLiteral("0.01")}})),
                 QStringLiteral("not_found"));
        // The auto-reply greets the next taker in the trade chat.
        const QJsonObject next = tradeOf(takeAd(*b, edited, "3"));
        QStringList texts;
        for (const QJsonValue &m : b->result(QStringLiteral("messages.list"), {{QStringLiteral("conversationId"), next[QStringLiteral("chatId")]}})[QStringLiteral("messages")].toArray())
            texts.append(m[QStringLiteral("text")].toString());
        QVERIFY2(texts.contains(QStringLiteral("Hi! Pay to the account shown.")), qPrintable(texts.join(u'|')));
        b->call(QStringLiteral("p2p.cancel"), {{QStringLiteral("id"), next[QStringLiteral("id")]}});
        closeAd(*c, edited);
    }

    // After a restart the replayed engine still knows the last trade: it prices BTC, not the book's middle.
    void marketReferenceSurvivesARestart()
    {
        QVERIFY(m_backend->restart());
        auto b = bob();
        QString btc;
        for (const QJsonValue &r : b->result(QStringLiteral("p2p.referenceRates"), {{QStringLiteral("fiat"), QStringLiteral("GBP")}})[QStringLiteral("rates")].toArray())
            if (r[QStringLiteral("asset")].toString() == QStringLiteral("BTC"))
                btc = r[QStringLiteral("rate")].toString();
        QCOMPARE(btc, QStringLiteral("60525")); // 67,250 × 0.9
    }

    void filtersSortingAndRequirements()
    {
        auto c = carol();
        auto b = bob();
        auto a = alice();
        const QJsonObject cheap = adOf(createSellAd(*c, "30", "5", "10", {{QStringLiteral("fiat"), QStringLiteral("CHF")},
                                                                          {QStringLiteral("price"), QStringLiteral("0.95")}}));
        const QJsonObject dear = adOf(createSellAd(*c, "30", "20", "30", {{QStringLiteral("fiat"), QStringLiteral("CHF")},
                                                                          {QStringLiteral("price"), QStringLiteral("0.97")},
                                                                          {QStringLiteral("minAccountAgeDays"), 30},
                                                                          {QStringLiteral("minCompletedTrades"), 1}}));
        const QString cheapId = cheap[QStringLiteral("id")].toString(), dearId = dear[QStringLiteral("id")].toString();
        QCOMPARE(adIds(*b, {{QStringLiteral("fiat"), QStringLiteral("CHF")}}), (QStringList{cheapId, dearId}));
        QCOMPARE(adIds(*b, {{QStringLiteral("fiat"), QStringLiteral("CHF")}, {QStringLiteral("amount"), QStringLiteral("25")}}), QStringList{dearId});
        QCOMPARE(adIds(*b, {{QStringLiteral("fiat"), QStringLiteral("CHF")}, {QStringLiteral("amount"), QStringLiteral("7")}}), QStringList{cheapId});
        QCOMPARE(adIds(*b, {{QStringLiteral("fiat"), QStringLiteral("CHF")}, {QStringLiteral("paymentType"), QStringLiteral("card")}}), QStringList());
        QCOMPARE(adIds(*b, {{QStringLiteral("fiat"), QStringLiteral("CHF")}, {QStringLiteral("offset"), 1}}), QStringList{dearId});
        // The demo accounts are minutes old: the age requirement refuses, then the trade count.
        QCOMPARE(detail(takeAd(*b, dear, "25")), QStringLiteral("account_age"));
        QVERIFY(c->call(QStringLiteral("p2p.updateAd"), {{QStringLiteral("id"), dearId}, {QStringLiteral("minAccountAgeDays"), 0}}).contains(QStringLiteral("result")));
        const qint64 bobTrades = b->result(QStringLiteral("p2p.profile"))[QStringLiteral("profile")][QStringLiteral("completedTrades")].toInteger();
        const qint64 aliceTrades = a->result(QStringLiteral("p2p.profile"))[QStringLiteral("profile")][QStringLiteral("completedTrades")].toInteger();
        QCOMPARE(aliceTrades, 0);
        QCOMPARE(detail(takeAd(*a, dear, "25")), QStringLiteral("completed_trades"));
        QVERIFY(bobTrades >= 1); // his trades in the tests before
        QCOMPARE(tradeOf(takeAd(*b, dear, "25"))[QStringLiteral("status")].toString(), QStringLiteral("pending_payment"));
        closeAd(*c, cheap);
        closeAd(*c, dear);
    }

    void proofsReputationFeedbackAndPushes()
    {
        auto c = carol();
        auto b = bob();
        auto a = alice();
        const QJsonObject ad = adOf(createSellAd(*c, "40", "1", "40", {{QStringLiteral("fiat"), QStringLiteral("SEK")}}));
        const qint64 carolBefore = c->result(QStringLiteral("p2p.profile"))[QStringLiteral("profile")][QStringLiteral("completedTrades")].toInteger();
        const QJsonObject trade = tradeOf(takeAd(*b, ad, "10"));
        const QString id = trade[QStringLiteral("id")].toString();
        // The seller's screen follows: opened pushes the trade to both.
        QCOMPARE(c->waitEvent(QStringLiteral("event.p2p.trade"))[QStringLiteral("trade")][QStringLiteral("id")].toString(), id);
        // A proof that is not the buyer's refuses the whole step.
        QByteArray png("\x89PNG\r\n\x1a\n", 8);
        png.append(QByteArray(2000, 'r'));
        const QString alicesFile = upload(*a, png + "alice", QStringLiteral("other.png"));
        QVERIFY(!alicesFile.isEmpty());
        QCOMPARE(reason(b->call(QStringLiteral("p2p.markPaid"), {{QStringLiteral("id"), id}, {QStringLiteral("proofFileIds"), QJsonArray{alicesFile}}})),
                 QStringLiteral("forbidden"));
        QCOMPARE(b->result(QStringLiteral("p2p.trade"), {{QStringLiteral("id"), id}})[QStringLiteral("trade")][QStringLiteral("status")].toString(),
                 QStringLiteral("pending_payment"));
        const QString receipt = upload(*b, png, QStringLiteral("receipt.png"));
        const QJsonObject paid = tradeOf(b->call(QStringLiteral("p2p.markPaid"), {{QStringLiteral("id"), id}, {QStringLiteral("proofFileIds"), QJsonArray{receipt}}}));
        QCOMPARE(paid[QStringLiteral("status")].toString(), QStringLiteral("paid"));
        QVERIFY(paid[QStringLiteral("paidAt")].toInteger() > 0);
        QCOMPARE(paid[QStringLiteral("proofs")].toArray().size(), 1);
        QCOMPARE(paid[QStringLiteral("proofs")][0][QStringLiteral("name")].toString(), QStringLiteral("receipt.png"));
        // The seller can open the proof (it was shared in the trade chat) and is notified.
        QVERIFY(c->call(QStringLiteral("files.download"), {{QStringLiteral("fileId"), receipt}, {QStringLiteral("offset"), 0}}).contains(QStringLiteral("result")));
        QCOMPARE(reason(a->call(QStringLiteral("files.download"), {{QStringLiteral("fileId"), receipt}, {QStringLiteral("offset"), 0}})), QStringLiteral("forbidden"));
        bool told = false;
        for (const QJsonValue &n : c->result(QStringLiteral("notify.list"))[QStringLiteral("notifications")].toArray())
            told = told || (n[QStringLiteral("kind")] == QStringLiteral("p2p.trade") && n[QStringLiteral("data")][QStringLiteral("tradeId")] == id
                            && n[QStringLiteral("data")][QStringLiteral("action")] == QStringLiteral("mark_paid"));
        QVERIFY(told);

        // Feedback only once the trade is completed, once per party.
        auto rate = [&](WsClient &w, const char *rating) {
            return w.call(QStringLiteral("p2p.feedback"), {{QStringLiteral("id"), id}, {QStringLiteral("rating"), QString::fromLatin1(rating)},
                                                           {QStringLiteral("comment"), QStringLiteral("fast and friendly")}});
        };
        QCOMPARE(detail(rate(*b, "positive")), QStringLiteral("not_completed"));
        QCOMPARE(tradeOf(c->call(QStringLiteral("p2p.release"), {{QStringLiteral("id"), id}}))[QStringLiteral("outcome")].toString(), QStringLiteral("released"));
        QCOMPARE(reason(a->call(QStringLiteral("p2p.feedback"), {{QStringLiteral("id"), id}, {QStringLiteral("rating"), QStringLiteral("negative")}})),
                 QStringLiteral("not_found"));
        const QJsonObject rated = tradeOf(rate(*b, "positive"));
        QCOMPARE(rated[QStringLiteral("feedback")][QStringLiteral("buyer")][QStringLiteral("rating")].toString(), QStringLiteral("positive"));
        QVERIFY(rated[QStringLiteral("feedback")][QStringLiteral("seller")].isNull());
        QCOMPARE(detail(rate(*b, "negative")), QStringLiteral("already_rated"));
        QVERIFY(rate(*c, "positive").contains(QStringLiteral("result")));

        const QJsonObject profile = a->result(QStringLiteral("p2p.profile"), {{QStringLiteral("username"), QStringLiteral("carol")}})[QStringLiteral("profile")].toObject();
        QCOMPARE(profile[QStringLiteral("user")][QStringLiteral("username")].toString(), QStringLiteral("carol"));
        QCOMPARE(profile[QStringLiteral("completedTrades")].toInteger(), carolBefore + 1);
        QVERIFY(profile[QStringLiteral("positive")].toInteger() >= 1);
        QVERIFY(profile[QStringLiteral("avgReleaseSeconds")].toInteger() >= 0);
        QCOMPARE(profile[QStringLiteral("feedback")][0][QStringLiteral("from")][QStringLiteral("username")].toString(), QStringLiteral("bob"));
        QCOMPARE(profile[QStringLiteral("feedback")][0][QStringLiteral("comment")].toString(), QStringLiteral("fast and friendly"));
        // This one and the demo's: every row comes back, each with its author.
        QCOMPARE(profile[QStringLiteral("feedback")].toArray().size(), profile[QStringLiteral("positive")].toInteger() + profile[QStringLiteral("negative")].toInteger());
        QVERIFY(profile[QStringLiteral("feedback")].toArray().size() >= 2);
        QVERIFY(!profile[QStringLiteral("feedback")][1][QStringLiteral("from")][QStringLiteral("username")].toString().isEmpty());
        // The ad shows the advertiser's reputation.
        const QJsonObject listed = a->result(QStringLiteral("p2p.ads"), {{QStringLiteral("fiat"), QStringLiteral("SEK")}})[QStringLiteral("ads")][0].toObject();
        QCOMPARE(listed[QStringLiteral("reputation")][QStringLiteral("completedTrades")].toInteger(), carolBefore + 1);
        QCOMPARE(reason(a->call(QStringLiteral("p2p.profile"), {{QStringLiteral("username"), QStringLiteral("nobody_here")}})), QStringLiteral("not_found"));
        closeAd(*c, ad);
    }

    void completionRateCountsTheBuyersCancellations()
    {
        auto c = carol();
        auto d = as("dariush", "AzcDariush#2026");
        QVERIFY(d);
        const QJsonObject ad = adOf(createSellAd(*c, "30", "1", "30", {{QStringLiteral("fiat"), QStringLiteral("NOK")}}));
        // dariush completes two trades and cancels one: 2 of 3 → 66.7 %.
        for (int i = 0; i < 3; ++i) {
            const QString id = tradeOf(takeAd(*d, ad, "2"))[QStringLiteral("id")].toString();
            if (i == 2) {
                d->call(QStringLiteral("p2p.cancel"), {{QStringLiteral("id"), id}});
                continue;
            }
            d->call(QStringLiteral("p2p.markPaid"), {{QStringLiteral("id"), id}});
            c->call(QStringLiteral("p2p.release"), {{QStringLiteral("id"), id}});
        }
        const QJsonObject p = d->result(QStringLiteral("p2p.profile"))[QStringLiteral("profile")].toObject();
        QCOMPARE(p[QStringLiteral("completedTrades")].toInteger(), 2);
        QCOMPARE(p[QStringLiteral("completionRate")].toString(), QStringLiteral("66.7"));
        QCOMPARE(p[QStringLiteral("avgReleaseSeconds")].toInteger(), -1); // he never sold
        closeAd(*c, ad);
    }
};

QTEST_GUILESS_MAIN(TstP2pMarket)
#include "tst_p2p_market.moc"
