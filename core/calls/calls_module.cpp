#include "calls/calls_module.h"

#include "calls/calls_methods.h"
#include "calls/calls_service.h"
#include "identity/user_directory.h"
#include "messaging/messaging_service.h"
#include "notify/event_bus.h"
#include "notify/notification_service.h"

#include <QFile>

namespace azc::calls {

namespace {

class CallsModule : public module::DomainModule
{
public:
    explicit CallsModule(CallsConfig config) : m_config(std::move(config)) {}

    QString name() const override { return QStringLiteral("calls"); }
    QStringList needs() const override { return {QStringLiteral("messaging")}; }
    QList<module::Schema> schema(storage::Dialect) const override
    {
        return {{QStringLiteral("calls"), CallsService::migrations()}};
    }
    Status open(module::Context &c) override
    {
        const bool wantsTurn = std::any_of(m_config.iceUrls.cbegin(), m_config.iceUrls.cend(), [](const QString &u) {
            return u.startsWith(QLatin1String("turn"));
        });
        if (wantsTurn && m_config.turnSecret.isEmpty()) {
            // The secret coturn shares with us (static-auth-secret) lives with the other key files.
            QFile f(c.secretsDir + QStringLiteral("/turn-secret"));
            if (!f.open(QIODevice::ReadOnly))
                return fail("config", QStringLiteral("TURN servers are configured but %1 cannot be read").arg(f.fileName()));
            m_config.turnSecret = f.readAll().trimmed();
            if (m_config.turnSecret.size() < 16)
                return fail("config", QStringLiteral("%1 holds fewer than 16 bytes").arg(f.fileName()));
        }
        auto &s = c.services;
        m_calls = &s.add(std::make_unique<CallsService>(
                CallsServices{c.db, s.need<identity::UserDirectory>(), s.need<messaging::MessagingService>(),
                              s.need<notify::NotificationService>(), c.bus, c.clock},
                m_config));
        // A participant whose sockets all closed leaves the call after the grace period.
        QObject::connect(&c.bus, &notify::EventBus::sessionPresenceChanged, m_calls,
                         [calls = m_calls](const QString &sessionId, const QString &, bool online) {
                             calls->sessionPresence(sessionId, online);
                         });
        return m_calls->recover();
    }
    Status declareMethods(module::Context &c) override
    {
        declareCallsMethods(c.methods, *m_calls);
        return okStatus();
    }

private:
    CallsConfig m_config;
    CallsService *m_calls = nullptr;
};

} // namespace

std::unique_ptr<module::DomainModule> callsModule(CallsConfig config)
{
    return std::make_unique<CallsModule>(std::move(config));
}

} // namespace azc::calls
