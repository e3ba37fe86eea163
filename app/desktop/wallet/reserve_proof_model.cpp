#include "wallet/reserve_proof_model.h"

#include "foundation/event_hub.h"
#include "foundation/app_context.h"
#include "foundation/error_sink.h"
#include "foundation/session.h"

#include "reserves/merkle_sum_tree.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

namespace azc {

namespace {

QString shortHash(const QString &hex)
{
    return hex.left(12) + QStringLiteral("…");
}

QString reasonText(const QString &reason)
{
    if (reason == QLatin1String("proof_mismatch_user"))
        return ReserveProofModel::tr("The proof is not about your account.");
    if (reason == QLatin1String("proof_negative_sum"))
        return ReserveProofModel::tr("The proof contains a negative balance, which would hide liabilities.");
    if (reason == QLatin1String("proof_overflow"))
        return ReserveProofModel::tr("The sums in the proof overflow.");
    if (reason == QLatin1String("proof_root_mismatch"))
        return ReserveProofModel::tr("Rebuilding the tree from your balance does not give the published root.");
    if (reason == QLatin1String("proof_total_mismatch"))
        return ReserveProofModel::tr("Rebuilding the tree from your balance does not give the published total.");
    return ReserveProofModel::tr("The proof is malformed.");
}

} // namespace

ReserveProofModel::ReserveProofModel(QObject *parent) : RemoteObject(parent) {}

QVariantList ReserveProofModel::snapshotAssets() const
{
    return m_snapshot.value(QStringLiteral("assets")).toArray().toVariantList();
}

QJsonObject ReserveProofModel::publishedEntry(const QString &asset) const
{
    for (const QJsonValue &v : m_snapshot.value(QStringLiteral("assets")).toArray()) {
        if (v.toObject().value(QStringLiteral("asset")).toString() == asset)
            return v.toObject();
    }
    return {};
}

void ReserveProofModel::onAttached()
{
    // A newer snapshot replaces the one shown (and any verdict about the old one).
    events()->on(Topic::ReservesPublished, this, [this](const ServerEvent &e) {
        m_snapshot = e.object("snapshot");
        emit snapshotChanged();
        setVerdict(None, {});
    });
    reload();
}

void ReserveProofModel::reload()
{
    request(QStringLiteral("reserves.latest"), {}, [this](const QJsonObject &result) {
        m_snapshot = result.value(QStringLiteral("snapshot")).toObject();
        emit snapshotChanged();
        setVerdict(None, {});
    });
}

void ReserveProofModel::setVerdict(Verdict verdict, const QString &text)
{
    m_verdict = verdict;
    m_verdictText = text;
    emit verdictChanged();
}

QString ReserveProofModel::check(const QJsonObject &proofJson, const QJsonObject &snapshot, const QString &userId,
                                 QString *balance, int *pathLength)
{
    auto proof = reserves::InclusionProof::fromJson(proofJson);
    if (!proof)
        return reasonText(proof.error().reason);
    if (balance)
        *balance = proof->balance.toString(proof->decimals);
    if (pathLength)
        *pathLength = int(proof->path.size());
    QJsonObject published;
    for (const QJsonValue &v : snapshot.value(QStringLiteral("assets")).toArray()) {
        if (v.toObject().value(QStringLiteral("asset")).toString() == proof->asset)
            published = v.toObject();
    }
    // The proof must be about the snapshot everyone was shown, not one made for us.
    if (proof->snapshotId != snapshot.value(QStringLiteral("id")).toString() || published.isEmpty())
        return tr("The proof belongs to another snapshot than the published one.");
    if (published.value(QStringLiteral("decimals")).toInt() != proof->decimals)
        return tr("The proof counts %1 in other units than the published snapshot.").arg(proof->asset);
    if (published.value(QStringLiteral("root")).toString() != proof->root)
        return tr("The proof's root is not the published root.");
    const auto total = Amount::parse(published.value(QStringLiteral("total")).toString(), proof->decimals);
    if (!total || total.value() != proof->total)
        return tr("The proof's total is not the published total.");
    if (auto verified = reserves::verifyInclusion(proof.value(), userId); !verified)
        return reasonText(verified.error().reason);
    return {};
}

void ReserveProofModel::verify(const QString &asset)
{
    if (!hasSnapshot() || asset.isEmpty())
        return;
    m_asset = asset;
    const QJsonObject published = publishedEntry(asset);
    m_publishedRoot = published.value(QStringLiteral("root")).toString();
    m_publishedTotal = published.value(QStringLiteral("total")).toString();
    m_leaves = published.value(QStringLiteral("leaves")).toInt();
    m_balance.clear();
    m_pathLength = 0;
    setVerdict(Checking, tr("Checking…"));
    const QString snapshotId = m_snapshot.value(QStringLiteral("id")).toString();
    const QJsonObject params{{QStringLiteral("asset"), asset}, {QStringLiteral("snapshotId"), snapshotId}};
    request(QStringLiteral("reserves.myProof"), params, [this, asset](const QJsonObject &result) {
        if (asset != m_asset)
            return;
        const QString why = check(result.value(QStringLiteral("proof")).toObject(), m_snapshot,
                                  context()->session()->userId(), &m_balance, &m_pathLength);
        const QString when = QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(m_snapshot.value(QStringLiteral("createdAt")).toInteger()),
            QStringLiteral("d MMM yyyy, HH:mm"));
        if (why.isEmpty())
            setVerdict(Verified, tr("Your balance of %1 %2 is included in the snapshot of %3, root %4")
                                     .arg(m_balance, asset, when, shortHash(m_publishedRoot)));
        else
            setVerdict(Failed, tr("Not verified: %1").arg(why));
    }, [this, asset](const RpcReply &reply) {
        if (asset != m_asset)
            return;
        if (reply.reason == QLatin1String("not_found"))
            setVerdict(NotIncluded, tr("You held no %1 when this snapshot was taken, so it has no entry for you.").arg(asset));
        else
            setVerdict(Failed, tr("The proof could not be fetched: %1").arg(ErrorSink::describe(reply)));
    });
}

} // namespace azc
