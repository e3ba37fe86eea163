#include "custody/reconciliation.h"

#include "chain/evm_quantity.h"
#include "custody/networks.h"
#include "custody/withdrawals.h"
#include "ledger/ledger_service.h"
#include "storage/database.h"
#include "wallet/money_text.h"

#include <QDateTime>
#include <QJsonArray>

namespace azc::custody {

namespace {

struct Line {
    QString network, asset;
    int decimals = 0;
    Amount hotChain, unsweptChain, hotLedger, unsweptLedger, confirming, belowMinimum, pendingWithdrawals;
    QString error;
};

struct Run {
    QList<Line> lines;
    int pending = 0;
    QHash<QString, Amount> liabilities; // asset → users' available + held
    QHash<QString, int> decimals;
    server::Reply reply;
};

Amount plus(Amount a, Amount b) { return a.checkedAdd(b).value_or(Amount::max()); }

QJsonObject lineJson(const Line &l)
{
    const Amount onChain = plus(l.hotChain, l.unsweptChain);
    const Amount expected = plus(plus(l.hotLedger, l.unsweptLedger), plus(l.confirming, l.belowMinimum));
    const Amount difference = onChain.checkedSub(expected).value_or(Amount());
    const int d = l.decimals;
    return {{QStringLiteral("asset"), l.asset},
            {QStringLiteral("decimals"), d},
            {QStringLiteral("hotOnChain"), l.hotChain.toString(d)},
            {QStringLiteral("unsweptOnChain"), l.unsweptChain.toString(d)},
            {QStringLiteral("hotLedger"), l.hotLedger.toString(d)},
            {QStringLiteral("unsweptLedger"), l.unsweptLedger.toString(d)},
            {QStringLiteral("confirming"), l.confirming.toString(d)},
            {QStringLiteral("belowMinimum"), l.belowMinimum.toString(d)},
            {QStringLiteral("pendingWithdrawals"), l.pendingWithdrawals.toString(d)},
            {QStringLiteral("difference"), l.error.isEmpty() ? difference.toString(d) : QString()},
            {QStringLiteral("ok"), l.error.isEmpty() && difference.isZero()},
            {QStringLiteral("error"), l.error}};
}

void finish(const std::shared_ptr<Run> &run)
{
    QJsonArray networks;
    QString current;
    QJsonArray lines;
    bool allOk = true;
    bool online = true;
    QHash<QString, Amount> custody; // asset → hot + unswept per the ledger, all networks
    auto close = [&] {
        if (!current.isEmpty())
            networks.append(QJsonObject{{QStringLiteral("network"), current}, {QStringLiteral("online"), online},
                                        {QStringLiteral("lines"), lines}});
        lines = {};
        online = true;
    };
    for (const Line &l : run->lines) {
        if (l.network != current) {
            close();
            current = l.network;
        }
        const QJsonObject j = lineJson(l);
        allOk = allOk && j.value(QStringLiteral("ok")).toBool();
        online = online && l.error.isEmpty();
        lines.append(j);
        custody[l.asset] = plus(custody.value(l.asset), plus(l.hotLedger, l.unsweptLedger));
    }
    close();
    QJsonArray assets;
    QStringList codes = run->liabilities.keys();
    for (const QString &c : custody.keys())
        if (!codes.contains(c))
            codes.append(c);
    codes.sort();
    for (const QString &code : codes) {
        const int d = run->decimals.value(code, 0);
        assets.append(QJsonObject{{QStringLiteral("asset"), code},
                                  {QStringLiteral("decimals"), d},
                                  {QStringLiteral("liabilities"), run->liabilities.value(code).toString(d)},
                                  {QStringLiteral("onChainCustody"), custody.value(code).toString(d)}});
    }
    run->reply(QJsonObject{{QStringLiteral("checkedAt"), QDateTime::currentMSecsSinceEpoch()},
                           {QStringLiteral("ok"), allOk},
                           {QStringLiteral("networks"), networks},
                           {QStringLiteral("assets"), assets}});
}

} // namespace

Reconciliation::Reconciliation(storage::Database &db, ledger::LedgerService &ledger, NetworkRegistry &networks,
                               Withdrawals &withdrawals, QByteArray hotWallet)
    : m_db(db), m_ledger(ledger), m_networks(networks), m_withdrawals(withdrawals), m_hotWallet(std::move(hotWallet))
{
}

void Reconciliation::run(server::Reply reply)
{
    auto accounts = m_ledger.allAccounts();
    if (!accounts)
        return reply(accounts.error());
    auto run = std::make_shared<Run>();
    run->reply = std::move(reply);
    QHash<QString, Amount> ledgerByKey; // "asset/subKind" of HotWallet accounts
    for (const ledger::Account &a : accounts.value()) {
        if (a.key.kind == ledger::AccountKind::HotWallet)
            ledgerByKey[a.key.asset + u'/' + a.key.subKind] = a.balance;
        if (auto asset = m_ledger.asset(a.key.asset))
            run->decimals[a.key.asset] = asset->decimals;
        if (!a.key.ownerId.isEmpty()
            && (a.key.kind == ledger::AccountKind::Available || a.key.kind == ledger::AccountKind::Held))
            run->liabilities[a.key.asset] = plus(run->liabilities.value(a.key.asset), a.balance);
    }

    struct Query { int line; QByteArray address; bool hot; };
    QList<Query> queries;
    for (Network *n : m_networks.all()) {
        auto pending = m_withdrawals.pendingByAsset(n->id);
        auto addresses = m_db.exec(QStringLiteral("SELECT DISTINCT address FROM chain_deposits WHERE network_id = ?"
                                                  " AND kind = 'user'"), {n->id});
        if (!pending || !addresses)
            return run->reply(fail("storage_error", QStringLiteral("cannot read custody state")));
        QList<QByteArray> depositAddresses;
        while (addresses.value().next())
            depositAddresses.append(QByteArray::fromHex(addresses.value().value(0).toString().toLatin1()));
        for (const NetworkAsset &a : n->assets) {
            Line l;
            l.network = n->id;
            l.asset = a.asset;
            l.decimals = a.decimals;
            run->decimals[a.asset] = a.decimals;
            l.hotLedger = ledgerByKey.value(a.asset + u'/' + n->id + QStringLiteral(":hot"));
            l.unsweptLedger = ledgerByKey.value(a.asset + u'/' + n->id + QStringLiteral(":unswept"));
            l.pendingWithdrawals = pending->value(a.asset);
            auto waiting = m_db.exec(QStringLiteral("SELECT status, amount FROM chain_deposits WHERE network_id = ?"
                                                    " AND asset = ? AND status IN ('seen', 'below_minimum')"),
                                     {n->id, a.asset});
            if (!waiting)
                return run->reply(waiting.error());
            while (waiting.value().next()) {
                const Amount amount = wallet::amountFromUnitsText(waiting.value().value(1).toString());
                Amount &bucket = waiting.value().value(0).toString() == QLatin1String("seen") ? l.confirming : l.belowMinimum;
                bucket = plus(bucket, amount);
            }
            const int index = int(run->lines.size());
            run->lines.append(l);
            queries.append({index, m_hotWallet, true});
            for (const QByteArray &address : depositAddresses)
                queries.append({index, address, false});
        }
    }
    if (queries.isEmpty())
        return finish(run);
    run->pending = int(queries.size());
    for (const Query &q : queries) {
        const Line &l = run->lines.at(q.line);
        Network *n = m_networks.find(l.network);
        chain::ChainAdapter *node = m_networks.adapter(l.network);
        const NetworkAsset *asset = n ? n->asset(l.asset) : nullptr;
        auto arrived = [run, q](Result<chain::UInt256> balance) {
            Line &line = run->lines[q.line];
            if (!balance) {
                line.error = balance.error().message;
            } else {
                const Amount amount = chain::toAmount(balance.value()).value_or(Amount::max());
                Amount &bucket = q.hot ? line.hotChain : line.unsweptChain;
                bucket = plus(bucket, amount);
            }
            if (--run->pending == 0)
                finish(run);
        };
        if (!node || !asset) {
            arrived(fail("not_found", QStringLiteral("the network is gone")));
            continue;
        }
        if (asset->isNative())
            node->nativeBalance(q.address, arrived);
        else
            node->tokenBalance(asset->contract, q.address, arrived);
    }
}

} // namespace azc::custody
