#include "merchant/merchant_console.h"

#include "common/amount.h"
#include "foundation/app_context.h"
#include "foundation/barcode.h"
#include "foundation/error_sink.h"
#include "foundation/event_hub.h"
#include "foundation/file_transfer.h"
#include "foundation/idempotency_key.h"
#include "foundation/qr_code.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace azc {

namespace {

QVariantList listOf(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toArray().toVariantList();
}

} // namespace

MerchantConsole::MerchantConsole(QObject *parent) : RemoteObject(parent)
{
    // A busy shop is told of every payment: one refresh for all the pushes
    // of a quarter second, not five requests per payment.
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(250);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        loadOrg();
        emit invoicesChanged();
        if (const QString shown = m_lastInvoice.value(QStringLiteral("id")).toString(); !shown.isEmpty())
            showInvoice(shown); // the invoice on screen turns paid (or refunded) by itself
    });
}

void MerchantConsole::onAttached()
{
    events()->on(Topic::PaymentsChanged, this, [this](const ServerEvent &e) {
        if (e.objectId == m_orgId && !m_refresh.isActive())
            m_refresh.start();
    });
    events()->onResync(this, [this] { reload(); });
    reload();
}

void MerchantConsole::fail(const RpcReply &reply)
{
    m_errorText = ErrorSink::describe(reply);
    m_notice.clear();
    emit errorChanged();
}

void MerchantConsole::say(const QString &notice)
{
    m_notice = notice;
    m_errorText.clear();
    emit errorChanged();
}

void MerchantConsole::clearMessages()
{
    m_notice.clear();
    m_errorText.clear();
    emit errorChanged();
}

QJsonObject MerchantConsole::withOrg(QJsonObject params) const
{
    return withOrgId(m_orgId, std::move(params));
}

void MerchantConsole::reload()
{
    request(QStringLiteral("payments.myOrgs"), {}, [this](const QJsonObject &r) {
        m_orgs = listOf(r, "orgs");
        emit orgsChanged();
        bool known = false;
        for (const QVariant &o : std::as_const(m_orgs))
            known = known || o.toMap().value(QStringLiteral("id")).toString() == m_orgId;
        if (!known)
            setOrgId(m_orgs.isEmpty() ? QString() : m_orgs.first().toMap().value(QStringLiteral("id")).toString());
        else
            loadOrg();
    });
}

void MerchantConsole::setOrgId(const QString &orgId)
{
    if (orgId == m_orgId && !m_org.isEmpty())
        return;
    m_orgId = orgId;
    m_org.clear();
    m_balances.clear();
    m_statement.clear();
    m_payouts.clear();
    m_links.clear();
    m_lastInvoice.clear();
    emit orgChanged();
    emit moneyChanged();
    emit linksChanged();
    emit lastInvoiceChanged();
    emit invoicesChanged();
    loadOrg();
}

void MerchantConsole::loadOrg()
{
    if (m_orgId.isEmpty())
        return;
    request(QStringLiteral("payments.org"), withOrg({}), [this](const QJsonObject &r) {
        m_org = r.toVariantMap();
        const QString settlement = r.value(QStringLiteral("settlementAsset")).toString();
        if (!settlement.isEmpty())
            m_statementAsset = settlement;
        emit orgChanged();
        request(QStringLiteral("payments.balances"), withOrg({}), [this](const QJsonObject &b) {
            m_balances = listOf(b, "balances");
            emit moneyChanged();
        });
        loadStatement(m_statementAsset, 14);
        request(QStringLiteral("payments.payouts"), withOrg({{QStringLiteral("limit"), 20}}), [this](const QJsonObject &p) {
            m_payouts = listOf(p, "payouts");
            emit moneyChanged();
        });
        request(QStringLiteral("payments.links"), withOrg({}), [this](const QJsonObject &l) {
            m_links = listOf(l, "links");
            emit linksChanged();
        });
    });
}

void MerchantConsole::loadStatement(const QString &asset, int days)
{
    m_statementAsset = asset;
    request(QStringLiteral("payments.statement"),
            withOrg({{QStringLiteral("asset"), asset}, {QStringLiteral("days"), days}}), [this](const QJsonObject &s) {
                m_statement = s.toVariantMap();
                emit moneyChanged();
            });
}

void MerchantConsole::createOrg(const QString &name, const QString &website, const QString &settlementAsset)
{
    QJsonObject params{{QStringLiteral("name"), name.trimmed()}, {QStringLiteral("settlementAsset"), settlementAsset}};
    if (!website.trimmed().isEmpty())
        params.insert(QStringLiteral("website"), website.trimmed());
    request(QStringLiteral("payments.createOrg"), params, [this](const QJsonObject &org) {
        say(tr("%1 is set up. Send your business documents for verification to start taking payments.")
                .arg(org.value(QStringLiteral("name")).toString()));
        m_orgId = org.value(QStringLiteral("id")).toString();
        reload();
    }, [this](const RpcReply &reply) { fail(reply); });
}

void MerchantConsole::addKybDocument(const QUrl &file)
{
    if (!client())
        return;
    if (!m_uploader) {
        m_uploader = new FileUploader(client(), this);
        connect(m_uploader, &FileUploader::finished, this, [this](const QJsonObject &f) {
            m_kybFiles.append(f.toVariantMap());
            emit kybFilesChanged();
        });
        connect(m_uploader, &FileUploader::failed, this, [this](const RpcReply &reply) { fail(reply); });
    }
    m_uploader->upload(file.isLocalFile() ? file.toLocalFile() : file.toString(), QStringLiteral("kyc"));
}

void MerchantConsole::submitKyb(const QVariantMap &fields)
{
    QJsonObject params = withOrg(QJsonObject::fromVariantMap(fields));
    QJsonArray ids;
    for (const QVariant &f : std::as_const(m_kybFiles))
        ids.append(f.toMap().value(QStringLiteral("fileId")).toString());
    params.insert(QStringLiteral("fileIds"), ids);
    request(QStringLiteral("payments.submitKyb"), params, [this](const QJsonObject &) {
        m_kybFiles.clear();
        emit kybFilesChanged();
        say(tr("Your documents are with our team. You will be notified of the decision."));
        loadOrg();
    }, [this](const RpcReply &reply) { fail(reply); });
}

void MerchantConsole::addMember(const QString &username, const QString &role)
{
    QString name = username.trimmed().toLower();
    if (name.startsWith(QLatin1Char('@')))
        name.remove(0, 1);
    request(QStringLiteral("payments.addMember"), withOrg({{QStringLiteral("username"), name}, {QStringLiteral("role"), role}}),
            [this](const QJsonObject &org) {
                m_org = org.toVariantMap();
                emit orgChanged();
            },
            [this](const RpcReply &reply) { fail(reply); });
}

void MerchantConsole::createInvoice(const QString &asset, const QString &amount, const QString &price,
                                    const QString &description, const QString &orderId, int expiresInMinutes)
{
    QJsonObject params = withOrg({{QStringLiteral("asset"), asset}, {QStringLiteral("idempotencyKey"), newIdempotencyKey()}});
    if (!price.trimmed().isEmpty()) {
        params.insert(QStringLiteral("priceCurrency"), QStringLiteral("USD"));
        params.insert(QStringLiteral("priceAmount"), price.trimmed());
    } else {
        params.insert(QStringLiteral("amount"), amount.trimmed());
    }
    if (!description.trimmed().isEmpty())
        params.insert(QStringLiteral("description"), description.trimmed());
    if (!orderId.trimmed().isEmpty())
        params.insert(QStringLiteral("orderId"), orderId.trimmed());
    if (expiresInMinutes > 0)
        params.insert(QStringLiteral("expiresInMinutes"), expiresInMinutes);
    request(QStringLiteral("payments.createInvoice"), params, [this](const QJsonObject &r) {
        m_lastInvoice = r.value(QStringLiteral("invoice")).toObject().toVariantMap();
        clearMessages();
        emit lastInvoiceChanged();
        emit invoicesChanged();
    }, [this](const RpcReply &reply) { fail(reply); });
}

void MerchantConsole::showInvoice(const QString &invoiceId)
{
    request(QStringLiteral("payments.invoice"), withOrg({{QStringLiteral("invoiceId"), invoiceId}}), [this](const QJsonObject &r) {
        m_lastInvoice = r.toVariantMap();
        emit lastInvoiceChanged();
    });
}

void MerchantConsole::cancelInvoice(const QString &invoiceId)
{
    request(QStringLiteral("payments.cancelInvoice"), withOrg({{QStringLiteral("invoiceId"), invoiceId}}),
            [this](const QJsonObject &r) {
                m_lastInvoice = r.toVariantMap();
                emit lastInvoiceChanged();
                emit invoicesChanged();
            },
            [this](const RpcReply &reply) { fail(reply); });
}

void MerchantConsole::refund(const QString &invoiceId, const QString &amount, const QString &reason)
{
    QJsonObject params = withOrg({{QStringLiteral("invoiceId"), invoiceId}, {QStringLiteral("idempotencyKey"), newIdempotencyKey()}});
    if (!amount.trimmed().isEmpty())
        params.insert(QStringLiteral("amount"), amount.trimmed());
    if (!reason.trimmed().isEmpty())
        params.insert(QStringLiteral("reason"), reason.trimmed());
    request(QStringLiteral("payments.refund"), params, [this, invoiceId](const QJsonObject &r) {
        const QJsonObject refund = r.value(QStringLiteral("refund")).toObject();
        say(tr("Refunded %1 %2 to the customer's wallet.")
                .arg(refund.value(QStringLiteral("amount")).toString(), refund.value(QStringLiteral("asset")).toString()));
        showInvoice(invoiceId);
        loadOrg();
        emit invoicesChanged();
    }, [this](const RpcReply &reply) { fail(reply); });
}

void MerchantConsole::payout(const QString &asset, const QString &amount, const QString &toUsername)
{
    QJsonObject params = withOrg({{QStringLiteral("asset"), asset}, {QStringLiteral("amount"), amount.trimmed()},
                                  {QStringLiteral("idempotencyKey"), newIdempotencyKey()}});
    if (!toUsername.trimmed().isEmpty())
        params.insert(QStringLiteral("toUsername"), toUsername.trimmed().toLower());
    request(QStringLiteral("payments.payout"), params, [this](const QJsonObject &r) {
        const QJsonObject p = r.value(QStringLiteral("payout")).toObject();
        say(tr("Paid out %1 %2 to %3.").arg(p.value(QStringLiteral("amount")).toString(), p.value(QStringLiteral("asset")).toString(),
                                           p.value(QStringLiteral("to")).toObject().value(QStringLiteral("displayName")).toString()));
        loadOrg();
    }, [this](const RpcReply &reply) { fail(reply); });
}

void MerchantConsole::createLink(const QString &asset, const QString &amount, const QString &description)
{
    QJsonObject params = withOrg({{QStringLiteral("asset"), asset}});
    if (!amount.trimmed().isEmpty())
        params.insert(QStringLiteral("amount"), amount.trimmed());
    if (!description.trimmed().isEmpty())
        params.insert(QStringLiteral("description"), description.trimmed());
    request(QStringLiteral("payments.createLink"), params, [this](const QJsonObject &l) {
        m_links = listOf(l, "links");
        emit linksChanged();
    }, [this](const RpcReply &reply) { fail(reply); });
}

void MerchantConsole::setLinkActive(const QString &linkId, bool active)
{
    request(QStringLiteral("payments.setLinkActive"), withOrg({{QStringLiteral("linkId"), linkId}, {QStringLiteral("active"), active}}),
            [this](const QJsonObject &l) {
                m_links = listOf(l, "links");
                emit linksChanged();
            },
            [this](const RpcReply &reply) { fail(reply); });
}

int MerchantConsole::barPermille(const QVariantMap &day, const QString &key) const
{
    const int decimals = m_statement.value(QStringLiteral("decimals")).toInt();
    const auto parse = [decimals](const QVariant &v) {
        auto a = Amount::parse(v.toString(), decimals);
        return a ? a.value() : Amount();
    };
    Amount tallest;
    for (const QVariant &other : m_statement.value(QStringLiteral("days")).toList())
        tallest = std::max(tallest, parse(other.toMap().value(key)));
    const Amount value = parse(day.value(key));
    if (tallest.isZero() || value.isNegative())
        return 0;
    const auto permille = value.mulDiv(1000, tallest.units(), Rounding::HalfUp);
    return permille ? int(permille->units()) : 0;
}

bool MerchantConsole::saveQrPng(const QString &text, const QUrl &file)
{
    const QImage image = renderQrCode(text, 12);
    return !image.isNull() && image.save(file.isLocalFile() ? file.toLocalFile() : file.toString(), "PNG");
}

bool MerchantConsole::saveStatementCsv(const QUrl &file)
{
    if (m_statement.isEmpty())
        return false;
    QFile out(file.isLocalFile() ? file.toLocalFile() : file.toString());
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return false;
    const QString asset = m_statement.value(QStringLiteral("asset")).toString();
    QByteArray csv = "day,asset,payments,count,fees,refunds,payouts,other,net,closing_balance\n";
    csv += "opening," + asset.toUtf8() + ",,,,,,,," + m_statement.value(QStringLiteral("openingBalance")).toString().toUtf8() + '\n';
    static const char *const columns[] = {"payments", "count", "fees", "refunds", "payouts", "other", "net", "closingBalance"};
    for (const QVariant &entry : m_statement.value(QStringLiteral("days")).toList()) {
        const QVariantMap day = entry.toMap();
        csv += day.value(QStringLiteral("day")).toString().toUtf8() + ',' + asset.toUtf8();
        for (const char *column : columns)
            csv += ',' + day.value(QLatin1String(column)).toString().toUtf8(); // exact decimal strings, never reformatted
        csv += '\n';
    }
    return out.write(csv) == csv.size();
}

bool MerchantConsole::saveInvoicePdf(const QVariantMap &invoice, const QUrl &file)
{
    QPdfWriter pdf(file.isLocalFile() ? file.toLocalFile() : file.toString());
    pdf.setPageSize(QPageSize(QPageSize::A6));
    pdf.setResolution(300);
    pdf.setTitle(tr("Invoice %1").arg(invoice.value(QStringLiteral("id")).toString()));
    QPainter p;
    if (!p.begin(&pdf))
        return false;
    const int w = pdf.width();
    int y = 40;
    const auto line = [&](const QString &text, int pointSize, bool bold) {
        QFont f = p.font();
        f.setPointSize(pointSize);
        f.setBold(bold);
        p.setFont(f);
        const QRect box(0, y, w, p.fontMetrics().height() * 2);
        const QRect used = p.boundingRect(box, Qt::AlignHCenter | Qt::TextWordWrap, text);
        p.drawText(box, Qt::AlignHCenter | Qt::TextWordWrap, text);
        y += used.height() + 20;
    };
    line(invoice.value(QStringLiteral("merchant")).toMap().value(QStringLiteral("name")).toString(), 14, true);
    line(QStringLiteral("%1 %2").arg(invoice.value(QStringLiteral("amount")).toString(), invoice.value(QStringLiteral("asset")).toString()),
         18, true);
    if (const QString what = invoice.value(QStringLiteral("description")).toString(); !what.isEmpty())
        line(what, 9, false);
    const QImage qr = renderQrCode(invoice.value(QStringLiteral("uri")).toString(), 16);
    const int qrSide = w * 6 / 10;
    p.drawImage(QRect((w - qrSide) / 2, y, qrSide, qrSide), qr);
    y += qrSide + 20;
    const QImage bars = renderCode128(invoice.value(QStringLiteral("id")).toString(), 3, 120);
    const int barWidth = w * 8 / 10;
    p.drawImage(QRect((w - barWidth) / 2, y, barWidth, 140), bars);
    y += 160;
    line(invoice.value(QStringLiteral("id")).toString(), 7, false);
    line(tr("Pay with AZCoiner: Wallet → Pay. Valid until %1.")
             .arg(QDateTime::fromMSecsSinceEpoch(invoice.value(QStringLiteral("expiresAt")).toLongLong()).toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
         7, false);
    return p.end();
}

} // namespace azc
