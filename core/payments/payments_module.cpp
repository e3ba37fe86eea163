#include "payments/payments_module.h"

#include "audit/audit_log.h"
#include "exchange/spot/spot_exchange.h"
#include "files/file_service.h"
#include "identity/user_directory.h"
#include "ledger/ledger_service.h"
#include "notify/notification_service.h"
#include "payments/api/payment_api.h"
#include "payments/payments_methods.h"
#include "payments/payments_schema.h"
#include "payments/payments_service.h"
#include "payments/webhook_sender.h"
#include "wallet/wallet_service.h"

#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPayments, "azc.payments")

namespace azc::payments {

namespace {

// USD per the exchange: 1 USD = 1 USDT (the settlement stablecoin), and any
// other asset through its last trade in USDT. The rate is the asset's units
// of one USD as an 18-decimal string, rounded so the merchant is never short.
PaymentsService::RateSource exchangeRates(spot::SpotExchange *spot)
{
    return [spot](const QString &currency, const QString &asset) -> Result<QString> {
        if (currency != QLatin1String("USD"))
            return fail("invalid_params", QStringLiteral("no rate for ") + currency);
        if (asset == QLatin1String("USDT"))
            return QStringLiteral("1");
        if (!spot)
            return fail("unavailable", QStringLiteral("the exchange is not running, so %1 has no price").arg(asset));
        auto tickers = spot->tickers();
        if (!tickers)
            return tickers.error();
        for (const QJsonValue &t : tickers->value(QStringLiteral("tickers")).toArray()) {
            const QJsonObject o = t.toObject();
            if (o.value(QStringLiteral("market")).toString() != asset + QStringLiteral("-USDT"))
                continue;
            auto price = Amount::parse(o.value(QStringLiteral("last")).toString(), Amount::kMaxDecimals);
            if (!price || price->isZero() || price->isNegative())
                break;
            auto rate = Amount::fromUnits(powerOfTen(Amount::kMaxDecimals))
                            .mulDiv(powerOfTen(Amount::kMaxDecimals), price->units(), Rounding::Ceiling);
            if (!rate)
                break;
            return rate->toString(Amount::kMaxDecimals);
        }
        return fail("unavailable", QStringLiteral("%1 has no price on the exchange yet").arg(asset));
    };
}

class PaymentsModule : public module::DomainModule
{
public:
    explicit PaymentsModule(PaymentsConfig config) : m_config(std::move(config)) {}

    QString name() const override { return QStringLiteral("payments"); }
    QStringList needs() const override { return {QStringLiteral("files"), QStringLiteral("wallet")}; }
    QList<module::Schema> schema(storage::Dialect) const override
    {
        return {{QStringLiteral("payments"), paymentsMigrations()}};
    }
    Status open(module::Context &c) override
    {
        auto &s = c.services;
        // API key and webhook secrets must be readable again (HMAC needs them):
        // sealed under a key that lives outside the database, like TOTP seeds.
        auto box = crypto::SecretBox::loadOrCreate(c.secretsDir + QStringLiteral("/payments.key"));
        if (!box)
            return box.error();
        m_payments = &s.add(std::make_unique<PaymentsService>(
            c.db, s.need<ledger::LedgerService>(), s.need<wallet::WalletService>(), s.need<identity::UserDirectory>(),
            s.need<files::FileService>(),
            s.need<notify::NotificationService>(), c.bus, s.need<audit::AuditLog>(), std::move(box).value(), c.clock, m_config));
        m_payments->setRateSource(exchangeRates(s.find<spot::SpotExchange>()));
        m_sender = &s.add(std::make_unique<WebhookSender>(*m_payments));
        m_payments->onDeliveriesQueued = [sender = m_sender] { sender->kick(); };
        return okStatus();
    }
    Status declareMethods(module::Context &c) override
    {
        declarePaymentsMethods(c.methods, *m_payments);
        return okStatus();
    }
    Status start(module::Context &) override
    {
        if (auto s = m_payments->start(); !s)
            return s;
        m_sender->start(); // what was committed but not delivered before a restart goes out now
        return okStatus();
    }
    void serve(module::Context &c) override
    {
        if (!m_config.apiEnabled)
            return;
        auto &api = c.services.add(std::make_unique<PaymentApi>(*m_payments));
        if (auto s = api.listen(m_config.certificateFile, m_config.keyFile, m_config.tlsReloadSeconds); !s) {
            qCWarning(lcPayments) << "payment API:" << s.error().message;
            return;
        }
        qCInfo(lcPayments) << "payment API at" << api.url().toString();
    }
    void stop(module::Context &) override
    {
        if (m_sender)
            m_sender->stop();
    }

private:
    PaymentsConfig m_config;
    PaymentsService *m_payments = nullptr;
    WebhookSender *m_sender = nullptr;
};

} // namespace

std::unique_ptr<module::DomainModule> paymentsModule(PaymentsConfig config)
{
    return std::make_unique<PaymentsModule>(std::move(config));
}

} // namespace azc::payments
