// The demo's local chain: scripts/run.sh starts anvil (scripts/demo_chain.sh),
// deploys the AZC token and hands both to the app, which configures them here
// as network "anvil" the way an admin would (chain.setNetwork/setAsset and
// withdrawal limits per KYC tier). Without a chain nothing is configured and
// the wallet simply has no on-chain networks.

#include "backend/demo_seed.h"

#include "custody/custody_service.h"
#include "custody/networks.h"
#include "chain/evm_rpc_client.h"
#include "custody/withdrawals.h"
#include "identity/user_directory.h"

namespace azc {

namespace {

struct DemoLimit {
    const char *asset;
    int tier;
    const char *perWithdrawal, *daily, *twoFactorAbove;
};

// Tier 0 may withdraw a little without 2FA; verified users more.
const DemoLimit kLimits[] = {
    {"ETH", 0, "0.5", "1", "0.2"},      {"ETH", 1, "5", "10", "1"},
    {"ETH", 2, "50", "100", "5"},       {"ETH", 3, "500", "1000", "50"},
    {"AZC", 0, "1000", "2000", "500"},  {"AZC", 1, "10000", "20000", "5000"},
    {"AZC", 2, "100000", "200000", "50000"}, {"AZC", 3, "1000000", "2000000", "500000"},
};

// alice deposits 2 ETH from anvil's unlocked dev account 0 the first time
// this database meets the chain: custody credits her and sweeps the coins to
// the hot wallet like any deposit, so the hot wallet has gas for what it
// sends on chain (the DAO's tally records) and the books match the chain.
void depositDemoEther(DemoServices &d)
{
    auto alice = d.users->byUsername(QStringLiteral("alice"));
    if (!alice || !alice.value())
        return;
    auto address = d.custody->depositAddress(alice.value()->id, QStringLiteral("anvil"));
    if (!address)
        return;
    auto *rpc = new chain::EvmRpcClient(QUrl(d.config.custody.demoRpcUrl));
    const QJsonObject tx{{QStringLiteral("from"), QStringLiteral("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266")},
                         {QStringLiteral("to"), address->value(QStringLiteral("address")).toString()},
                         {QStringLiteral("value"), QStringLiteral("0x1bc16d674ec80000")}}; // 2 ETH in wei
    rpc->call(QStringLiteral("eth_sendTransaction"), {tx}, [rpc](Result<QJsonValue>) { rpc->deleteLater(); });
}

} // namespace

Status seedDemoChain(DemoServices &d)
{
    const custody::CustodyConfig &c = d.config.custody;
    if (c.demoRpcUrl.isEmpty() || !d.custody->isOpen())
        return okStatus();
    auto admin = d.users->byUsername(QStringLiteral("admin"));
    if (!admin || !admin.value())
        return okStatus(); // not the demo database
    const identity::User &u = *admin.value();
    const server::Caller caller{u.id, u.username, {}, u.role, u.kycTier, u.frozen};

    custody::Network *existing = d.custody->networks().find(QStringLiteral("anvil"));
    const bool firstTimeOnThisChain = !existing || existing->rpcUrl != c.demoRpcUrl;
    if (firstTimeOnThisChain) {
        auto saved = d.custody->saveNetwork(caller, {{QStringLiteral("id"), QStringLiteral("anvil")},
                                                     {QStringLiteral("name"), QStringLiteral("Local Ethereum (anvil)")},
                                                     {QStringLiteral("chainId"), 31337},
                                                     {QStringLiteral("rpcUrl"), c.demoRpcUrl},
                                                     {QStringLiteral("confirmations"), 3},
                                                     {QStringLiteral("nativeAsset"), QStringLiteral("ETH")}});
        if (!saved)
            return saved.error();
        auto eth = d.custody->saveAsset(caller, {{QStringLiteral("network"), QStringLiteral("anvil")},
                                                 {QStringLiteral("asset"), QStringLiteral("ETH")},
                                                 {QStringLiteral("minDeposit"), QStringLiteral("0.001")},
                                                 {QStringLiteral("minWithdrawal"), QStringLiteral("0.01")},
                                                 {QStringLiteral("withdrawalFee"), QStringLiteral("0.0005")},
                                                 {QStringLiteral("dualApprovalAbove"), QStringLiteral("5")}});
        if (!eth)
            return eth.error();
        for (const DemoLimit &l : kLimits) {
            auto limit = d.custody->withdrawals().setLimit(caller, QString::fromLatin1(l.asset), l.tier,
                                                           QString::fromLatin1(l.perWithdrawal),
                                                           QString::fromLatin1(l.daily),
                                                           QString::fromLatin1(l.twoFactorAbove));
            if (!limit)
                return limit.error();
        }
    }
    custody::Network *anvil = d.custody->networks().find(QStringLiteral("anvil"));
    const custody::NetworkAsset *azc = anvil ? anvil->asset(QStringLiteral("AZC")) : nullptr;
    if (!c.demoTokenAddress.isEmpty() && (!azc || azc->contract.toHex() != c.demoTokenAddress.mid(2).toLower().toLatin1())) {
        auto token = d.custody->saveAsset(caller, {{QStringLiteral("network"), QStringLiteral("anvil")},
                                                   {QStringLiteral("asset"), QStringLiteral("AZC")},
                                                   {QStringLiteral("contract"), c.demoTokenAddress},
                                                   {QStringLiteral("minDeposit"), QStringLiteral("1")},
                                                   {QStringLiteral("minWithdrawal"), QStringLiteral("10")},
                                                   {QStringLiteral("withdrawalFee"), QStringLiteral("1")},
                                                   {QStringLiteral("dualApprovalAbove"), QStringLiteral("100000")}});
        if (!token)
            return token.error();
    }
    if (firstTimeOnThisChain && !c.demoTallyContract.isEmpty()) // gas for the DAO's records, when it records
        depositDemoEther(d);
    return okStatus();
}

} // namespace azc
