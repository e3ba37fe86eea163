#pragma once
// One asset's history for the signed-in user, newest first, in pages
// (wallet.history with `before` = the previous page's nextBefore); a push
// event.wallet.changed for that asset brings in what is new at the top.
// Rows: itemId (operationId), seq, operationId, code, asset, amount (signed,
// as sent), signedAmount ("+5", "-10.1"), direction ("in", "out",
// "adjustment"), counterparty (display name), counterpartyUsername, memo,
// createdAt, details (the operation's receipt).

#include "remote_list_model.h"

#include <QVariantMap>

namespace azc {

class WalletHistoryModel : public RemoteListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString asset READ asset WRITE setAsset NOTIFY assetChanged)
    Q_PROPERTY(bool canLoadMore READ canLoadMore NOTIFY pagingChanged)
    Q_PROPERTY(bool loadingMore READ loadingMore NOTIFY pagingChanged)
    Q_PROPERTY(int pageSize READ pageSize WRITE setPageSize NOTIFY pagingChanged)
public:
    explicit WalletHistoryModel(QObject *parent = nullptr);

    QString asset() const { return m_asset; }
    void setAsset(const QString &asset);
    bool canLoadMore() const { return m_nextBefore > 0; }
    bool loadingMore() const { return m_loadingMore; }
    int pageSize() const { return m_pageSize; }
    void setPageSize(int size);

    Q_INVOKABLE void reload() override;
    // The next older page, if there is one and none is on its way.
    Q_INVOKABLE void loadMore();
    // Answers with receiptReady: a transfer's receipt from wallet.receipt,
    // other operations (adjustments) from their history row.
    Q_INVOKABLE void openReceipt(const QString &operationId);

signals:
    void assetChanged();
    void pagingChanged();
    void receiptReady(const QVariantMap &receipt);

protected:
    void onAttached() override;

private:
    QJsonObject rowFrom(const QJsonObject &entry) const;
    QList<QJsonObject> rowsFrom(const QJsonObject &page) const;
    void fetchNewest();
    void setNextBefore(const QJsonValue &value);

    QString m_asset;
    qint64 m_nextBefore = 0;
    bool m_loadingMore = false;
    int m_pageSize = 30;
    int m_generation = 0; // answers for an asset no longer shown are dropped
};

} // namespace azc
