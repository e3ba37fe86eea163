#pragma once
// One asset's history for the signed-in user, newest first, in pages
// (wallet.history with `before` = the previous page's nextBefore); a push
// event.wallet.changed for that asset brings in what is new at the top.
// Rows: itemId (operationId), seq, operationId, code, asset, amount (signed,
// as sent), signedAmount ("+5", "-10.1"), direction ("in", "out",
// "adjustment"), counterparty (display name), counterpartyUsername, memo,
// createdAt, details (the operation's receipt).

#include "foundation/paged_list_model.h"

#include <QVariantMap>

namespace azc {

class WalletHistoryModel : public PagedListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString asset READ asset WRITE setAsset NOTIFY assetChanged)
public:
    explicit WalletHistoryModel(QObject *parent = nullptr);

    QString asset() const { return m_asset; }
    void setAsset(const QString &asset);
    // Answers with receiptReady: a transfer's receipt from wallet.receipt,
    // other operations (adjustments) from their history row.
    Q_INVOKABLE void openReceipt(const QString &operationId);

signals:
    void assetChanged();
    void receiptReady(const QVariantMap &receipt);

protected:
    void onAttached() override;
    QString pageMethod() const override { return QStringLiteral("wallet.history"); }
    QJsonObject pageParams(const QJsonValue &cursor, int limit) const override;
    Page pageFrom(const QJsonObject &result, const QJsonValue &cursor) override;
    bool ready() const override { return !m_asset.isEmpty(); }

private:
    QJsonObject rowFrom(const QJsonObject &entry) const;
    QList<QJsonObject> rowsFrom(const QJsonObject &page) const;
    void fetchNewest();

    QString m_asset;
};

} // namespace azc
