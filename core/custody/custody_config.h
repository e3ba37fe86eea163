#pragma once
// How custody runs; part of BackendConfig.

#include <QString>

namespace azc::custody {

struct CustodyConfig {
    // Unlocks the sealed master seed (at least 8 characters). Empty: custody
    // is off and its methods answer "unavailable".
    QString passphrase;
    // The embedded app: a seed that cannot be opened (its passphrase lost with a
    // keychain) leaves custody off with a warning instead of stopping the app.
    bool optional = false;
    int pollIntervalMs = 2000;             // how often each network is followed
    int scanBatch = 16;                    // blocks fetched per pass
    qint64 addressCoolingMs = 24LL * 3600 * 1000; // a saved address's wait before use
    // The demo's local chain (scripts/demo_chain.sh): seeded as network "anvil".
    QString demoRpcUrl;
    QString demoTokenAddress;
    // The demo chain's TallyRecord contract ("0x…", or empty): where governance
    // records tally results (AZC_DEMO_TALLY_CONTRACT, --demo-tally-contract).
    QString demoTallyContract;
};

} // namespace azc::custody
