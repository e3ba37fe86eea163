#pragma once
// What a password must be: 10 to 128 characters, not one of the common
// passwords shipped in resources/identity/common_passwords.txt, and not
// the username plus fewer than six other characters.

#include "common/result.h"

#include <QSet>

namespace azc::identity {

class PasswordPolicy
{
public:
    PasswordPolicy(); // loads the list from the compiled-in resource
    // Error "weak_password" with data.detail: too_short, too_long, common, contains_username.
    Status check(const QString &password, const QString &username) const;
    int commonCount() const { return int(m_common.size()); }

private:
    QSet<QString> m_common;
};

} // namespace azc::identity
