#pragma once
// Public, User, Support and Admin are ordered: each one can do what the ones
// below it can. Bot stands apart: a bot calls public methods and the methods
// its table entry opens to bots (MethodSpec::bots), nothing else — a bot's
// token must never reach a wallet.

#include <QString>
#include <optional>

namespace azc::server {

enum class Role { Public = 0, User = 1, Support = 2, Admin = 3, Bot = 4 };

QString roleName(Role role);
std::optional<Role> roleFromName(const QString &name); // "user", "support", "admin", "bot" (not "public")
inline bool roleAtLeast(Role have, Role need)
{
    if (have == Role::Bot || need == Role::Bot)
        return have == need || need == Role::Public;
    return static_cast<int>(have) >= static_cast<int>(need);
}

} // namespace azc::server
