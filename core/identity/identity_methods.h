#pragma once
// The protocol methods of the identity domain (docs/protocol.md:
// Authentication and sessions, Account and 2FA, KYC, Support and admin).

namespace azc::server { class MethodTable; }

namespace azc::identity {

class AuthService;
class SessionManager;
class TwoFactor;
class UserDirectory;
class KycService;

struct IdentityServices {
    UserDirectory &users;
    SessionManager &sessions;
    AuthService &auth;
    TwoFactor &twoFactor;
    KycService &kyc;
};

void declareAuthMethods(server::MethodTable &table, IdentityServices services);
void declareKycMethods(server::MethodTable &table, IdentityServices services);
void declareAdminMethods(server::MethodTable &table, IdentityServices services);

} // namespace azc::identity
