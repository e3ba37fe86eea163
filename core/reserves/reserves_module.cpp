#include "reserves/reserves_module.h"

#include "reserves/reserves_service.h"

namespace azc::reserves {

namespace {

class ReservesModule : public module::DomainModule
{
public:
    QString name() const override { return QStringLiteral("reserves"); }
    QList<module::Schema> schema(storage::Dialect) const override
    {
        return {{QStringLiteral("reserves"), ReservesService::migrations()}};
    }
    Status open(module::Context &c) override
    {
        c.services.add(std::make_unique<ReservesService>(c.db, c.clock));
        return okStatus();
    }
};

} // namespace

std::unique_ptr<module::DomainModule> reservesModule()
{
    return std::make_unique<ReservesModule>();
}

} // namespace azc::reserves
