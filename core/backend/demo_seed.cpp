#include "backend/demo_seed.h"

#include "bots/bot_service.h"
#include "custody/custody_service.h"
#include "exchange/spot/spot_exchange.h"
#include "files/file_service.h"
#include "identity/auth_service.h"
#include "identity/kyc_service.h"
#include "identity/user_directory.h"
#include "ledger/ledger_service.h"
#include "messaging/messaging_service.h"
#include "module/service_registry.h"
#include "miniprograms/miniprograms_service.h"
#include "p2p/p2p_service.h"
#include "governance/governance_service.h"
#include "launchpad/launchpad_service.h"
#include "payments/payments_service.h"
#include "staking/staking_service.h"
#include "storage/database.h"
#include "bridge/market_service.h"
#include "wallet/adjustments.h"
#include "wallet/wallet_service.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>

namespace azc {

DemoServices::DemoServices(const BackendConfig &c, storage::Database &database, const module::ServiceRegistry &s)
    : config(c),
      db(&database),
      users(&s.need<identity::UserDirectory>()),
      auth(&s.need<identity::AuthService>()),
      kyc(&s.need<identity::KycService>()),
      files(&s.need<files::FileService>()),
      ledger(&s.need<ledger::LedgerService>()),
      wallet(&s.need<wallet::WalletService>()),
      adjustments(&s.need<wallet::Adjustments>()),
      custody(&s.need<custody::CustodyService>()),
      spot(&s.need<spot::SpotExchange>()),
      messaging(&s.need<messaging::MessagingService>()),
      p2p(&s.need<p2p::P2PService>()),
      bots(&s.need<bots::BotService>()),
      payments(&s.need<payments::PaymentsService>()),
      miniprograms(&s.need<miniprograms::MiniProgramsService>()),
      staking(&s.need<staking::StakingService>()),
      governance(&s.need<governance::GovernanceService>()),
      launchpad(&s.need<launchpad::LaunchpadService>()),
      bridge(&s.need<bridge::BridgeService>()),
      market(&s.need<bridge::MarketService>())
{
}

namespace {

struct DemoUser {
    const char *username;
    const char *displayName;
    const char *password;
    server::Role role;
    const char *email;
    const char *phone;
};

struct DemoCase {
    const char *username;
    const char *fullName;
    const char *dateOfBirth;
    const char *country;
    const char *documentType;
    const char *documentNumber;
    const char *file;
};

const DemoUser kUsers[] = {
    {"admin", "Exchange Admin", "AzcAdmin#2026", server::Role::Admin, "admin@azcoiner.example", ""},
    // A second admin, so adjustments can be approved by four eyes.
    {"finance", "Farah Karimi", "AzcFinance#2026", server::Role::Admin, "farah@azcoiner.example", "+98 912 555 0188"},
    {"support", "Sara Ahmadi", "AzcSupport#2026", server::Role::Support, "sara@azcoiner.example", "+98 912 555 0101"},
    {"alice", "Alice Nguyen", "AzcAlice#2026", server::Role::User, "alice@example.com", "+84 90 555 0142"},
    {"bob", "Bob Kim", "AzcBob#2026", server::Role::User, "bob.kim@example.com", "+82 10 5555 0199"},
    {"carol", "Carol Smith", "AzcCarol#2026", server::Role::User, "carol@example.co.uk", "+44 7700 900123"},
    {"dariush", "Dariush Rahimi", "AzcDariush#2026", server::Role::User, "dariush@example.ir", "+98 935 555 0177"},
};

const DemoCase kCases[] = {
    {"alice", "Alice Nguyen", "1991-04-12", "VN", "passport", "C8812345", "alice_passport.png"},
    {"bob", "Bob Kim", "1990-08-12", "KR", "id_card", "900812-1234567", "bob_id_card.png"},
    {"dariush", "Dariush Rahimi", "1987-11-02", "IR", "passport", "K47882190", "dariush_passport.png"},
    {"carol", "Carol Smith", "1985-12-04", "GB", "driver_license", "SMITH851204C99", "carol_license.png"},
};

Result<QString> uploadDemoFile(DemoServices &d, const QString &userId, const QString &name)
{
    QFile f(QStringLiteral(":/demo/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(QStringLiteral("internal_error"), QStringLiteral("missing demo file ") + name);
    auto stored = d.files->store(userId, name, QStringLiteral("image/png"), f.readAll(), QStringLiteral("kyc"));
    if (!stored)
        return stored.error();
    return stored->id;
}

} // namespace

Status seedDemoData(DemoServices &d)
{
    auto count = d.users->count();
    if (!count)
        return count.error();
    if (count.value() > 0)
        return okStatus();
    storage::Transaction tx(*d.db); // all of it or none: a failed seed is retried on the next start
    QHash<QString, QString> ids;
    for (const DemoUser &u : kUsers) {
        auto made = d.auth->registerUser({QString::fromLatin1(u.username), QString::fromUtf8(u.displayName),
                                          QString::fromLatin1(u.password), QString::fromLatin1(u.email),
                                          QString::fromLatin1(u.phone)},
                                         u.role);
        if (!made)
            return made.error();
        ids.insert(made->username, made->id);
    }
    for (const DemoCase &c : kCases) {
        const QString userId = ids.value(QString::fromLatin1(c.username));
        auto fileId = uploadDemoFile(d, userId, QString::fromLatin1(c.file));
        if (!fileId)
            return fileId.error();
        auto submitted = d.kyc->submit(userId, {1, QString::fromUtf8(c.fullName), QString::fromLatin1(c.dateOfBirth),
                                                QString::fromLatin1(c.country), QString::fromLatin1(c.documentType),
                                                QString::fromLatin1(c.documentNumber), {fileId.value()}});
        if (!submitted)
            return submitted.error();
    }
    // Carol was verified earlier, so the consoles show a decided case and a
    // user at tier 1 beside the pending queue.
    auto carolCase = d.kyc->status(ids.value(QStringLiteral("carol")));
    if (!carolCase)
        return carolCase.error();
    const QString caseId =
        carolCase->value(QStringLiteral("cases")).toArray().first().toObject().value(QStringLiteral("id")).toString();
    auto decided = d.kyc->decide(caseId, ids.value(QStringLiteral("support")), identity::KycDecision::Approve, QString());
    if (!decided)
        return decided.error();
    if (auto s = seedDemoMoney(d); !s)
        return s;
    if (auto s = seedDemoMarkets(d); !s)
        return s;
    if (auto s = seedDemoChats(d); !s)
        return s;
    if (auto s = seedDemoP2P(d); !s)
        return s;
    if (auto s = seedDemoBot(d); !s)
        return s;
    if (auto s = seedDemoMiniPrograms(d); !s)
        return s;
    if (auto s = seedDemoGovernance(d); !s)
        return s;
    if (auto s = seedDemoBridge(d); !s)
        return s;
    return tx.commit();
}

} // namespace azc
