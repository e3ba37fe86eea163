#pragma once
// Deposits and withdrawals (custody): the blockchain networks. For users
// (chain.networks) the enabled ones; with `admin` set (chain.adminNetworks)
// all of them with the node's state, the hot wallet and the number of
// deposit addresses, plus the admin's edits (chain.setNetwork, setAsset,
// setWithdrawLimit). Reloaded every `refreshMs` so "offline" follows the node.
// Rows: itemId, name, chainId, confirmations, nativeAsset, enabled, online,
// head, assets (list of NetworkAsset), assetCodes, rpcUrl, lastError,
// checkedAt, hotWallet, depositAddresses.

#include "foundation/remote_list_model.h"

#include <QTimer>

namespace azc {

class CustodyNetworksModel : public RemoteListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool admin READ admin WRITE setAdmin NOTIFY adminChanged)
    Q_PROPERTY(int refreshMs READ refreshMs WRITE setRefreshMs NOTIFY refreshMsChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadedChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
public:
    explicit CustodyNetworksModel(QObject *parent = nullptr);

    bool admin() const { return m_admin; }
    void setAdmin(bool admin);
    int refreshMs() const { return m_refreshMs; }
    void setRefreshMs(int ms);
    bool loaded() const { return m_loaded; }
    QString errorText() const { return m_errorText; }

    Q_INVOKABLE void reload() override;
    Q_INVOKABLE QVariantMap network(const QString &id) const;
    // The NetworkAsset {asset, decimals, contract, minDeposit, …} of `asset` on `network`; {} if none.
    Q_INVOKABLE QVariantMap assetOf(const QString &network, const QString &asset) const;

    // Admin edits; the errors stay in errorText (shown inside the form).
    Q_INVOKABLE void saveNetwork(const QVariantMap &fields);
    Q_INVOKABLE void saveAsset(const QVariantMap &fields);
    Q_INVOKABLE void saveWithdrawLimit(const QString &asset, int tier, const QString &perWithdrawal,
                                       const QString &daily, const QString &twoFactorAbove);

signals:
    void adminChanged();
    void refreshMsChanged();
    void loadedChanged();
    void errorTextChanged();
    void saved(const QString &what);

protected:
    void onAttached() override;

private:
    void setErrorText(const QString &text);
    void save(const QString &method, const QJsonObject &params, const QString &what, const QString &doneText);

    bool m_admin = false;
    bool m_loaded = false;
    int m_refreshMs = 5000;
    QString m_errorText;
    QTimer m_timer;
};

} // namespace azc
