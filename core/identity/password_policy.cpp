#include "identity/password_policy.h"

#include <QFile>

namespace azc::identity {

PasswordPolicy::PasswordPolicy()
{
    QFile f(QStringLiteral(":/identity/common_passwords.txt"));
    if (f.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = f.readAll().split('\n');
        for (const QByteArray &line : lines)
            if (!line.isEmpty() && !line.startsWith('#'))
                m_common.insert(QString::fromUtf8(line).trimmed().toLower());
    }
    Q_ASSERT(!m_common.isEmpty());
}

Status PasswordPolicy::check(const QString &password, const QString &username) const
{
    auto weak = [](const char *detail, const QString &message) {
        return Error::make(QStringLiteral("weak_password"), message,
                           {{QStringLiteral("detail"), QString::fromLatin1(detail)}});
    };
    if (password.size() < 10)
        return weak("too_short", QStringLiteral("use at least 10 characters"));
    if (password.size() > 128)
        return weak("too_long", QStringLiteral("use at most 128 characters"));
    if (m_common.contains(password.toLower()))
        return weak("common", QStringLiteral("this password is too common"));
    // The username plus a few characters is guessable; the username inside
    // a long password is not a weakness in itself.
    if (username.size() >= 3) {
        QString rest = password.toLower();
        rest.remove(username.toLower());
        if (rest.size() < 6)
            return weak("contains_username", QStringLiteral("do not build the password around your username"));
    }
    return okStatus();
}

} // namespace azc::identity
