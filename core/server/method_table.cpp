#include "server/method_table.h"

#include <QRegularExpression>
#include <algorithm>

namespace azc::server {

QString roleName(Role role)
{
    switch (role) {
    case Role::Public: return QStringLiteral("public");
    case Role::User: return QStringLiteral("user");
    case Role::Support: return QStringLiteral("support");
    case Role::Admin: return QStringLiteral("admin");
    case Role::Bot: return QStringLiteral("bot");
    }
    return {};
}

std::optional<Role> roleFromName(const QString &name)
{
    if (name == QLatin1String("user")) return Role::User;
    if (name == QLatin1String("support")) return Role::Support;
    if (name == QLatin1String("admin")) return Role::Admin;
    if (name == QLatin1String("bot")) return Role::Bot;
    return std::nullopt;
}

QString audienceName(Audience a)
{
    switch (a) {
    case Audience::People: return QStringLiteral("people");
    case Audience::Bot: return QStringLiteral("bot");
    case Audience::PartnerKey: return QStringLiteral("partnerKey");
    case Audience::MiniProgram: return QStringLiteral("miniProgram");
    }
    return {};
}

Audience audienceOf(Role role)
{
    return role == Role::Bot ? Audience::Bot : Audience::People;
}

QString rateClassName(RateClass c)
{
    switch (c) {
    case RateClass::Auth: return QStringLiteral("auth");
    case RateClass::Read: return QStringLiteral("read");
    case RateClass::Write: return QStringLiteral("write");
    case RateClass::Upload: return QStringLiteral("upload");
    case RateClass::Signal: return QStringLiteral("signal");
    }
    return {};
}

Status MethodTable::add(MethodSpec spec)
{
    static const QRegularExpression namePattern(QStringLiteral("^[a-z][a-z0-9]*\\.[a-z][A-Za-z]*$"));
    auto refuse = [&](const QString &why) {
        return Error::make(QStringLiteral("invalid_method"), spec.name + QStringLiteral(": ") + why);
    };
    if (!namePattern.match(spec.name).hasMatch())
        return refuse(QStringLiteral("name must be area.verb"));
    if (spec.name.startsWith(QLatin1String("event.")))
        return refuse(QStringLiteral("event.* is reserved for server pushes"));
    if (!spec.role)
        return refuse(QStringLiteral("a method must declare its role"));
    if (bool(spec.handler) == bool(spec.asyncHandler))
        return refuse(QStringLiteral("a method needs exactly one handler"));
    if (spec.minKycTier < 0 || spec.minKycTier > 2)
        return refuse(QStringLiteral("KYC tier must be 0, 1 or 2"));
    if (*spec.role == Role::Public && spec.minKycTier > 0)
        return refuse(QStringLiteral("a public method cannot need a KYC tier"));
    if (m_methods.contains(spec.name))
        return refuse(QStringLiteral("declared twice"));
    // Bots sign in and ping like anyone (public methods) and call their own;
    // a bot method is for bots only.
    spec.audiences = Audience::People;
    if (*spec.role == Role::Public)
        spec.audiences |= Audience::Bot;
    else if (*spec.role == Role::Bot)
        spec.audiences = Audience::Bot;
    const QString name = spec.name;
    m_methods.insert(name, std::move(spec));
    return okStatus();
}

Status MethodTable::openTo(Audience audience, const QStringList &names)
{
    if (audience == Audience::People)
        return Error::make(QStringLiteral("invalid_method"), QStringLiteral("people reach every method by role"));
    for (const QString &name : names) {
        auto it = m_methods.find(name);
        if (it == m_methods.end())
            return Error::make(QStringLiteral("invalid_method"), name + QStringLiteral(": not declared"));
        if (it->audiences.testFlag(audience))
            return Error::make(QStringLiteral("invalid_method"),
                               name + QStringLiteral(": open to ") + audienceName(audience) + QStringLiteral(" already"));
        it->audiences |= audience;
    }
    return okStatus();
}

bool MethodTable::allows(const MethodSpec &spec, Role role)
{
    const Audience audience = audienceOf(role);
    if (!spec.audiences.testFlag(audience))
        return false;
    // Beyond people, being in the audience is the whole grant.
    return audience != Audience::People || roleAtLeast(role, *spec.role);
}

void MethodTable::declare(MethodSpec spec)
{
    const QString name = spec.name;
    if (auto s = add(std::move(spec)); !s)
        qFatal("method table: %s", qPrintable(s.error().message));
}

const MethodSpec *MethodTable::find(const QString &name) const
{
    const auto it = m_methods.constFind(name);
    return it == m_methods.cend() ? nullptr : &*it;
}

QStringList MethodTable::names() const
{
    QStringList n = m_methods.keys();
    std::sort(n.begin(), n.end());
    return n;
}

} // namespace azc::server
