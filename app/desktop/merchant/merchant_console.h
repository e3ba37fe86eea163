#pragma once
// The merchant console for an organisation's members: which organisations
// you belong to, the chosen one's details (status, KYB, members, fee plan),
// balances, the daily statement the dashboard charts, payment links, payouts,
// and creating invoices (the last one is shown large with its QR code and
// barcode, and can be saved as a printable PDF or a PNG). Reloads when the
// server says something changed in the organisation (event.payments.changed).
// Keys and webhooks are MerchantDevelopers'; the invoice list is
// MerchantInvoicesModel's.

#include "foundation/remote_object.h"

#include <QTimer>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>

class QImage;

namespace azc {

class FileUploader;

class MerchantConsole : public RemoteObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVariantList orgs READ orgs NOTIFY orgsChanged)
    Q_PROPERTY(QString orgId READ orgId WRITE setOrgId NOTIFY orgChanged)
    Q_PROPERTY(QVariantMap org READ org NOTIFY orgChanged)
    Q_PROPERTY(bool active READ active NOTIFY orgChanged)
    Q_PROPERTY(QString role READ role NOTIFY orgChanged)
    Q_PROPERTY(QVariantList balances READ balances NOTIFY moneyChanged)
    Q_PROPERTY(QVariantMap statement READ statement NOTIFY moneyChanged)
    Q_PROPERTY(QVariantList payouts READ payouts NOTIFY moneyChanged)
    Q_PROPERTY(QVariantList links READ links NOTIFY linksChanged)
    Q_PROPERTY(QVariantMap lastInvoice READ lastInvoice NOTIFY lastInvoiceChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY errorChanged)
    Q_PROPERTY(QVariantList kybFiles READ kybFiles NOTIFY kybFilesChanged)
public:
    explicit MerchantConsole(QObject *parent = nullptr);

    QVariantList orgs() const { return m_orgs; }
    QString orgId() const { return m_orgId; }
    void setOrgId(const QString &orgId);
    QVariantMap org() const { return m_org; }
    bool active() const { return m_org.value(QStringLiteral("status")).toString() == QLatin1String("active"); }
    QString role() const { return m_org.value(QStringLiteral("myRole")).toString(); }
    QVariantList balances() const { return m_balances; }
    QVariantMap statement() const { return m_statement; }
    QVariantList payouts() const { return m_payouts; }
    QVariantList links() const { return m_links; }
    QVariantMap lastInvoice() const { return m_lastInvoice; }
    QString errorText() const { return m_errorText; }
    QString notice() const { return m_notice; }
    QVariantList kybFiles() const { return m_kybFiles; }

    Q_INVOKABLE void reload();
    Q_INVOKABLE void createOrg(const QString &name, const QString &website, const QString &settlementAsset);
    Q_INVOKABLE void addKybDocument(const QUrl &file);
    Q_INVOKABLE void submitKyb(const QVariantMap &fields);
    Q_INVOKABLE void addMember(const QString &username, const QString &role);
    // `amount` in the asset; or empty with a USD `price`.
    Q_INVOKABLE void createInvoice(const QString &asset, const QString &amount, const QString &price,
                                   const QString &description, const QString &orderId, int expiresInMinutes);
    Q_INVOKABLE void showInvoice(const QString &invoiceId);
    Q_INVOKABLE void cancelInvoice(const QString &invoiceId);
    Q_INVOKABLE void refund(const QString &invoiceId, const QString &amount, const QString &reason);
    Q_INVOKABLE void payout(const QString &asset, const QString &amount, const QString &toUsername);
    Q_INVOKABLE void createLink(const QString &asset, const QString &amount, const QString &description);
    Q_INVOKABLE void setLinkActive(const QString &linkId, bool active);
    Q_INVOKABLE void loadStatement(const QString &asset, int days);
    // A printable sheet: merchant, amount, description, the QR code and the barcode.
    Q_INVOKABLE bool saveInvoicePdf(const QVariantMap &invoice, const QUrl &file);
    Q_INVOKABLE bool saveQrPng(const QString &text, const QUrl &file);
    // The statement on screen as CSV for the accountant: one line per day,
    // the server's exact amounts, the opening and closing balances.
    Q_INVOKABLE bool saveStatementCsv(const QUrl &file);
    // A bar's height in thousandths of the tallest bar of the statement's
    // `key` ("payments", "fees"), computed exactly from the amounts.
    Q_INVOKABLE int barPermille(const QVariantMap &day, const QString &key) const;
    Q_INVOKABLE void clearMessages();

signals:
    void orgsChanged();
    void orgChanged();
    void moneyChanged();
    void linksChanged();
    void lastInvoiceChanged();
    void errorChanged();
    void kybFilesChanged();
    void invoicesChanged(); // invoices were created, paid, cancelled or refunded: lists reload

protected:
    void onAttached() override;

private:
    void loadOrg();
    QJsonObject withOrg(QJsonObject params) const;
    void fail(const RpcReply &reply);
    void say(const QString &notice);

    QVariantList m_orgs;
    QString m_orgId;
    QVariantMap m_org;
    QVariantList m_balances;
    QVariantMap m_statement;
    QString m_statementAsset = QStringLiteral("USDT");
    QVariantList m_payouts;
    QVariantList m_links;
    QVariantMap m_lastInvoice;
    QString m_errorText;
    QString m_notice;
    QVariantList m_kybFiles;
    FileUploader *m_uploader = nullptr;
    QTimer m_refresh; // pushes about the organisation, coalesced
};

// `params` with the organisation the call is about (every merchant method takes one).
inline QJsonObject withOrgId(const QString &orgId, QJsonObject params)
{
    params.insert(QStringLiteral("orgId"), orgId);
    return params;
}

} // namespace azc
