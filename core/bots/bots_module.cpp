#include "bots/bots_module.h"

#include "bots/bot_service.h"
#include "identity/session_manager.h"
#include "identity/user_directory.h"
#include "messaging/messaging_service.h"

namespace azc::bots {

namespace {

class BotsModule : public module::DomainModule
{
public:
    explicit BotsModule(BotsConfig config) : m_config(config) {}

    QString name() const override { return QStringLiteral("bots"); }
    QStringList needs() const override { return {QStringLiteral("identity"), QStringLiteral("messaging")}; }
    QList<module::Schema> schema(storage::Dialect) const override
    {
        return {{QStringLiteral("bots"), BotService::migrations()}};
    }
    Status open(module::Context &c) override
    {
        auto &s = c.services;
        m_bots = &s.add(std::make_unique<BotService>(
                BotServices{c.db, s.need<identity::UserDirectory>(), s.need<identity::SessionManager>(),
                            s.need<messaging::MessagingService>(), c.bus, c.clock},
                m_config.callbackTimeoutMs));
        return okStatus();
    }
    Status declareMethods(module::Context &c) override { return declareBotMethods(c.methods, *m_bots); }

private:
    BotsConfig m_config;
    BotService *m_bots = nullptr;
};

} // namespace

std::unique_ptr<module::DomainModule> botsModule(BotsConfig config)
{
    return std::make_unique<BotsModule>(config);
}

} // namespace azc::bots
