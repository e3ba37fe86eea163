#include "p2p/p2p_module.h"

#include "audit/audit_log.h"
#include "exchange/spot/spot_exchange.h"
#include "identity/user_directory.h"
#include "ledger/ledger_service.h"
#include "messaging/messaging_service.h"
#include "notify/notification_service.h"
#include "p2p/p2p_methods.h"
#include "p2p/p2p_schema.h"
#include "p2p/p2p_service.h"
#include "server/role.h"
#include "wallet/wallet_service.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcP2PModule, "azc.p2p")

namespace azc::p2p {

namespace {

// Each trade's chat is a system group of the two parties in messaging; every
// step leaves a note there and a dispute brings the support team in.
TradeChat tradeChatIn(messaging::MessagingService &m, identity::UserDirectory &users)
{
    TradeChat chat;
    chat.open = [&m](const QString &owner, const QString &title, const QStringList &members) {
        return m.openSystemGroup(owner, title, members);
    };
    chat.note = [&m](const QString &chatId, const QString &author, const QJsonObject &note) {
        if (auto s = m.postSystemNote(chatId, author, note); !s)
            qCWarning(lcP2PModule) << "trade chat note:" << s.error().message;
    };
    chat.bringSupport = [&m, &users](const QString &chatId) {
        auto team = users.idsWithRole(server::Role::Support);
        for (const QString &id : team ? team.value() : QStringList())
            if (auto s = m.addSystemMember(chatId, id); !s)
                qCWarning(lcP2PModule) << "trade chat support:" << s.error().message;
    };
    chat.post = [&m](const QString &chatId, const QString &author, const QString &text,
                     const QString &fileId) -> Result<QJsonObject> {
        messaging::SendRequest r;
        r.conversationId = chatId;
        r.text = text;
        r.fileId = fileId;
        auto sent = m.send(author, r);
        if (!sent)
            return sent.error();
        return sent->value(QStringLiteral("message")).toObject();
    };
    return chat;
}

class P2PModule : public module::DomainModule
{
public:
    explicit P2PModule(P2PConfig config) : m_config(config) {}

    QString name() const override { return QStringLiteral("p2p"); }
    QStringList needs() const override
    {
        return {QStringLiteral("wallet"), QStringLiteral("messaging"), QStringLiteral("spot")};
    }
    QList<module::Schema> schema(storage::Dialect) const override
    {
        return {{QStringLiteral("p2p"), p2pMigrations()}};
    }
    Status open(module::Context &c) override
    {
        auto &s = c.services;
        auto &users = s.need<identity::UserDirectory>();
        m_p2p = &s.add(std::make_unique<P2PService>(
                P2PServices{c.db, s.need<ledger::LedgerService>(), s.need<wallet::WalletService>(),
                            s.need<audit::AuditLog>(), users, s.need<notify::NotificationService>(), c.bus, c.clock},
                m_config));
        m_p2p->setTradeChat(tradeChatIn(s.need<messaging::MessagingService>(), users));
        m_p2p->setLastPrice([spot = &s.need<spot::SpotExchange>()](const QString &market) {
            return spot->referencePrice(market);
        });
        return m_p2p->start(); // resumes the trade timers
    }
    Status declareMethods(module::Context &c) override
    {
        declareP2PMethods(c.methods, *m_p2p);
        return okStatus();
    }

private:
    P2PConfig m_config;
    P2PService *m_p2p = nullptr;
};

} // namespace

std::unique_ptr<module::DomainModule> p2pModule(P2PConfig config)
{
    return std::make_unique<P2PModule>(config);
}

} // namespace azc::p2p
