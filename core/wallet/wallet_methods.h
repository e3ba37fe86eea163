#pragma once
// The wallet, treasury (master wallet) and proof-of-reserves methods, for
// the composition root to register in the one method table.

#include "server/method_table.h"

namespace azc::reserves { class ReservesService; }

namespace azc::wallet {

class WalletService;
class TreasuryService;
class Adjustments;

struct WalletServices {
    WalletService &wallet;
    TreasuryService &treasury;
    Adjustments &adjustments;
    reserves::ReservesService &reserves;
};

void declareWalletMethods(server::MethodTable &table, WalletServices services);
void declareTreasuryMethods(server::MethodTable &table, WalletServices services);

} // namespace azc::wallet
