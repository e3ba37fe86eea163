#pragma once
// The payments domain (AZPay and the partner Payment API): needs the wallet
// (and through it identity and the ledger); uses the spot exchange's prices
// for fiat-priced invoices when the exchange is there.

#include "module/domain_module.h"
#include "payments/payments_config.h"

namespace azc::payments {

std::unique_ptr<module::DomainModule> paymentsModule(PaymentsConfig config);

} // namespace azc::payments
