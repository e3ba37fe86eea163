#include "backend/demo_seed.h"

#include "exchange/provider/provider_module.h"
#include "module/domain_module.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDemo, "azc.demo")

namespace azc {

namespace {

class DemoModule : public module::DomainModule
{
public:
    explicit DemoModule(const BackendConfig &config) : m_config(config) {}

    QString name() const override { return QStringLiteral("demo"); }
    QStringList needs() const override
    {
        return {QStringLiteral("identity"), QStringLiteral("wallet"), QStringLiteral("custody"),
                QStringLiteral("spot"), QStringLiteral("desk"), QStringLiteral("messaging"),
                QStringLiteral("p2p"), QStringLiteral("bots"), QStringLiteral("payments"), QStringLiteral("miniprograms"), QStringLiteral("bridge")};
    }
    Status open(module::Context &) override { return okStatus(); }
    Status seedDemo(module::Context &c, const module::DemoSeed &seed) override
    {
        DemoServices demo(m_config, c.db, c.services);
        if (auto s = seedDemoData(demo); !s)
            return s;
        if (seed.freshDatabase && m_config.marketMaker.enabled
            && c.services.need<provider::ActiveProvider>().connector)
            if (auto s = fundDemoMarketMaker(demo, m_config.marketMaker.userId); !s)
                return Error::make(s.error().reason, QStringLiteral("market maker: ") + s.error().message);
        return okStatus();
    }
    // At every start, demo or not (it checks for a configured demo chain), so a
    // chain started after the first run is picked up. The demo chain is an
    // extra: a database it does not fit (say, from an older build) keeps
    // working without it.
    Status start(module::Context &c) override
    {
        DemoServices demo(m_config, c.db, c.services);
        if (auto s = seedDemoChain(demo); !s)
            qCWarning(lcDemo) << "demo chain not configured:" << s.error().message;
        return okStatus();
    }

private:
    const BackendConfig &m_config;
};

} // namespace

std::unique_ptr<module::DomainModule> demoModule(const BackendConfig &config)
{
    return std::make_unique<DemoModule>(config);
}

} // namespace azc
