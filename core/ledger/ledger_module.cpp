#include "ledger/ledger_module.h"

#include "ledger/ledger_service.h"

namespace azc::ledger {

namespace {

class LedgerModule : public module::DomainModule
{
public:
    QString name() const override { return QStringLiteral("ledger"); }
    QList<module::Schema> schema(storage::Dialect) const override
    {
        return {{QStringLiteral("ledger"), LedgerService::migrations()}};
    }
    Status open(module::Context &c) override
    {
        m_ledger = &c.services.add(std::make_unique<LedgerService>(c.db, c.clock));
        return okStatus();
    }
    // Answered operations are durable already; this writes nothing new.
    void stop(module::Context &) override { m_ledger->flush(); }

private:
    LedgerService *m_ledger = nullptr;
};

} // namespace

std::unique_ptr<module::DomainModule> ledgerModule()
{
    return std::make_unique<LedgerModule>();
}

} // namespace azc::ledger
