#pragma once
// Identity: accounts, sessions, passwords and second factors, KYC and the
// admin's user list (auth.*, session.*, account.*, totp.*, kyc.*, admin.*).

#include "crypto/password_hasher.h"
#include "module/domain_module.h"

namespace azc::identity {

std::unique_ptr<module::DomainModule> identityModule(crypto::Argon2Params passwordCost);

} // namespace azc::identity
