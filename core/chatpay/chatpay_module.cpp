#include "chatpay/chatpay_module.h"

#include "chatpay/chat_money.h"
#include "chatpay/chat_money_methods.h"
#include "chatpay/red_packets.h"
#include "identity/user_directory.h"
#include "ledger/ledger_service.h"
#include "messaging/messaging_service.h"
#include "wallet/wallet_service.h"

namespace azc::chatpay {

namespace {

class ChatPayModule : public module::DomainModule
{
public:
    explicit ChatPayModule(ChatPayConfig config) : m_config(config) {}

    QString name() const override { return QStringLiteral("chatpay"); }
    QStringList needs() const override { return {QStringLiteral("wallet"), QStringLiteral("messaging")}; }
    QList<module::Schema> schema(storage::Dialect) const override
    {
        return {{QStringLiteral("chatpay"), RedPackets::migrations()}};
    }
    Status open(module::Context &c) override
    {
        auto &s = c.services;
        auto &messaging = s.need<messaging::MessagingService>();
        auto &wallet = s.need<wallet::WalletService>();
        m_money = &s.add(std::make_unique<ChatMoney>(messaging, wallet, s.need<identity::UserDirectory>()));
        m_packets = &s.add(std::make_unique<RedPackets>(c.db, s.need<ledger::LedgerService>(), wallet, messaging,
                                                        c.clock, m_config.redPacketSweepMs,
                                                        m_config.redPacketMinuteMs));
        return m_packets->start(); // refunds what expired while the server was down
    }
    Status declareMethods(module::Context &c) override
    {
        declareChatMoneyMethods(c.methods, *m_money, *m_packets);
        return okStatus();
    }

private:
    ChatPayConfig m_config;
    ChatMoney *m_money = nullptr;
    RedPackets *m_packets = nullptr;
};

} // namespace

std::unique_ptr<module::DomainModule> chatPayModule(ChatPayConfig config)
{
    return std::make_unique<ChatPayModule>(config);
}

} // namespace azc::chatpay
