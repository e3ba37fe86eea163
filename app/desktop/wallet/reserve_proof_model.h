#pragma once
// "Is my balance included?": the latest published proof-of-reserves
// snapshot (reserves.latest) and, for one asset, the user's inclusion proof
// (reserves.myProof) checked here, on this computer, with
// reserves::verifyInclusion — and against what the snapshot published (root,
// total, snapshot id, asset). Nothing in the proof is trusted.

#include "foundation/remote_object.h"

#include <QVariantList>
#include <QVariantMap>

namespace azc {

class ReserveProofModel : public RemoteObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool hasSnapshot READ hasSnapshot NOTIFY snapshotChanged)
    Q_PROPERTY(QVariantMap snapshot READ snapshot NOTIFY snapshotChanged)
    Q_PROPERTY(QVariantList snapshotAssets READ snapshotAssets NOTIFY snapshotChanged)
    Q_PROPERTY(QString asset READ asset NOTIFY verdictChanged)
    Q_PROPERTY(Verdict verdict READ verdict NOTIFY verdictChanged)
    Q_PROPERTY(QString verdictText READ verdictText NOTIFY verdictChanged)
    Q_PROPERTY(QString balance READ balance NOTIFY verdictChanged)
    Q_PROPERTY(int pathLength READ pathLength NOTIFY verdictChanged)
    Q_PROPERTY(int leaves READ leaves NOTIFY verdictChanged)
    Q_PROPERTY(QString publishedRoot READ publishedRoot NOTIFY verdictChanged)
    Q_PROPERTY(QString publishedTotal READ publishedTotal NOTIFY verdictChanged)
public:
    // NotIncluded: the server says the user held none of it at that moment.
    enum Verdict { None, Checking, Verified, Failed, NotIncluded };
    Q_ENUM(Verdict)

    explicit ReserveProofModel(QObject *parent = nullptr);

    bool hasSnapshot() const { return !m_snapshot.isEmpty(); }
    QVariantMap snapshot() const { return m_snapshot.toVariantMap(); }
    QVariantList snapshotAssets() const;
    QString asset() const { return m_asset; }
    Verdict verdict() const { return m_verdict; }
    QString verdictText() const { return m_verdictText; }
    QString balance() const { return m_balance; }
    int pathLength() const { return m_pathLength; }
    int leaves() const { return m_leaves; }
    QString publishedRoot() const { return m_publishedRoot; }
    QString publishedTotal() const { return m_publishedTotal; }

    Q_INVOKABLE void reload();
    Q_INVOKABLE void verify(const QString &asset);

    // The whole check, without the network: `proofJson` against the
    // snapshot's entry for its asset, for `userId`. Empty when it holds,
    // else why not (a sentence).
    static QString check(const QJsonObject &proofJson, const QJsonObject &snapshot, const QString &userId,
                         QString *balance = nullptr, int *pathLength = nullptr);

signals:
    void snapshotChanged();
    void verdictChanged();

protected:
    void onAttached() override;

private:
    void setVerdict(Verdict verdict, const QString &text);
    QJsonObject publishedEntry(const QString &asset) const;

    QJsonObject m_snapshot;
    QString m_asset;
    Verdict m_verdict = None;
    QString m_verdictText;
    QString m_balance;
    int m_pathLength = 0;
    int m_leaves = 0;
    QString m_publishedRoot;
    QString m_publishedTotal;
};

} // namespace azc
