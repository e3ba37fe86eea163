#pragma once
// Roles are ordered: each one can do what the ones below it can.

#include <QString>
#include <optional>

namespace azc::server {

enum class Role { Public = 0, User = 1, Support = 2, Admin = 3 };

QString roleName(Role role);
std::optional<Role> roleFromName(const QString &name); // "user", "support", "admin" (not "public")
inline bool roleAtLeast(Role have, Role need) { return static_cast<int>(have) >= static_cast<int>(need); }

} // namespace azc::server
