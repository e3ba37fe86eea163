#include "governance/proposal_composer.h"

#include "common/amount.h"
#include "governance/governance_errors.h"

#include <QJsonArray>

namespace azc {

ProposalComposer::ProposalComposer(QObject *parent) : RemoteObject(parent) {}

void ProposalComposer::loadChoices()
{
    request(QStringLiteral("staking.products"), {}, [this](const QJsonObject &r) {
        m_products = r.value(QStringLiteral("products")).toArray().toVariantList();
        emit choicesChanged();
    });
    request(QStringLiteral("spot.markets"), {}, [this](const QJsonObject &r) {
        m_markets = r.value(QStringLiteral("markets")).toArray().toVariantList();
        emit choicesChanged();
    });
}

QJsonObject ProposalComposer::buildAction(const QString &type, const QVariantMap &f, QString *problem)
{
    const auto text = [&f](const char *key) { return f.value(QLatin1String(key)).toString().trimmed(); };
    QJsonObject params;
    if (type.isEmpty())
        return {};
    if (type == QLatin1String("fund.payout")) {
        params = {{QStringLiteral("toUsername"), text("toUsername")}, {QStringLiteral("asset"), text("asset")}, {QStringLiteral("amount"), text("amount")}};
        if (text("toUsername").isEmpty() || text("amount").isEmpty())
            *problem = tr("Name the recipient and the amount the fund pays.");
    } else if (type == QLatin1String("fees.set")) {
        // The fee rate is typed as a percentage; the server wants a fraction at 8 decimals.
        auto percent = Amount::parse(text("ratePercent").isEmpty() ? QStringLiteral("0") : text("ratePercent"), 6);
        if (!percent) {
            *problem = tr("The fee rate is a percentage with at most 6 decimals.");
            return {};
        }
        params = {{QStringLiteral("asset"), text("asset")}, {QStringLiteral("flow"), text("flow")},
                  {QStringLiteral("fixed"), text("fixed").isEmpty() ? QStringLiteral("0") : text("fixed")},
                  {QStringLiteral("rate"), Amount::fromUnits(percent->units()).toString(8)}, // n % = n/100 = units(6)/1e8
                  {QStringLiteral("min"), text("min").isEmpty() ? QStringLiteral("0") : text("min")},
                  {QStringLiteral("max"), text("max").isEmpty() ? QStringLiteral("0") : text("max")}};
    } else if (type == QLatin1String("spot.market")) {
        const QStringList pair = text("market").split(u'-');
        if (pair.size() != 2) {
            *problem = tr("Choose the market.");
            return {};
        }
        params = {{QStringLiteral("base"), pair.first()}, {QStringLiteral("quote"), pair.last()}, {QStringLiteral("status"), text("status")}};
    } else if (type == QLatin1String("staking.rate")) {
        auto percent = Amount::parse(text("ratePercent"), 2); // 9.25 % = 925 basis points
        if (!percent || percent->isNegative()) {
            *problem = tr("The new rate is a percentage with at most 2 decimals.");
            return {};
        }
        params = {{QStringLiteral("productId"), text("productId")}, {QStringLiteral("rateBps"), qint64(percent->units())}};
    } else {
        *problem = tr("Unknown action.");
        return {};
    }
    return {{QStringLiteral("type"), type}, {QStringLiteral("params"), params}};
}

void ProposalComposer::propose(const QString &title, const QString &body, const QString &actionType, const QVariantMap &fields)
{
    QString problem;
    const QJsonObject action = buildAction(actionType, fields, &problem);
    if (!problem.isEmpty())
        return setError(problem);
    setError({});
    QJsonObject params{{QStringLiteral("title"), title.trimmed()}, {QStringLiteral("body"), body.trimmed()}};
    if (!action.isEmpty())
        params.insert(QStringLiteral("action"), action);
    request(QStringLiteral("governance.propose"), params,
            [this](const QJsonObject &r) { emit proposed(r.value(QStringLiteral("proposal")).toObject().value(QStringLiteral("id")).toString()); },
            [this](const RpcReply &reply) { setError(GovernanceErrors::describe(reply)); });
}

void ProposalComposer::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    emit errorChanged();
}

} // namespace azc
