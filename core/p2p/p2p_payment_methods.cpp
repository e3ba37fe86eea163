// Payment methods: where a user receives fiat. Kept per user, named by sell
// ads (or by whoever takes a buy ad), and copied into a trade when it opens,
// so the counterparty sees them only there and later edits change nothing.

#include "p2p/p2p_rows.h"
#include "storage/database.h"

#include <QJsonDocument>
#include <QUuid>

namespace azc::p2p {

namespace {

struct FieldSpec {
    const char *key;
    const char *label;
};

struct TypeSpec {
    const char *type;
    const char *label;
    QList<FieldSpec> fields;
};

const QList<TypeSpec> &typeSpecs()
{
    static const QList<TypeSpec> specs{
            {"bank_transfer", "Bank transfer",
             {{"accountName", "Account holder"}, {"bankName", "Bank"}, {"accountNumber", "Account number or IBAN"}}},
            {"card", "Card to card", {{"cardholder", "Cardholder"}, {"cardNumber", "Card number"}}},
            {"ewallet", "E-wallet", {{"provider", "Provider"}, {"account", "Account or phone"}}},
            {"other", "Other", {{"details", "Details"}}}};
    return specs;
}

const TypeSpec *typeSpec(const QString &type)
{
    for (const TypeSpec &t : typeSpecs())
        if (type == QLatin1String(t.type))
            return &t;
    return nullptr;
}

constexpr int kMaxMethods = 20;

QJsonObject methodJson(const QSqlQuery &r)
{
    return {{QStringLiteral("id"), r.value(0).toString()},
            {QStringLiteral("type"), r.value(1).toString()},
            {QStringLiteral("label"), r.value(2).toString()},
            {QStringLiteral("fields"), QJsonDocument::fromJson(r.value(3).toByteArray()).object()},
            {QStringLiteral("createdAt"), r.value(4).toLongLong()}};
}

const QString kMethodColumns = QStringLiteral("id, type, label, fields, created_at");

} // namespace

bool isPaymentType(const QString &type)
{
    return typeSpec(type) != nullptr;
}

QJsonObject P2PService::paymentTypes()
{
    QJsonArray types;
    for (const TypeSpec &t : typeSpecs()) {
        QJsonArray fields;
        for (const FieldSpec &f : t.fields)
            fields.append(QJsonObject{{QStringLiteral("key"), QLatin1String(f.key)}, {QStringLiteral("label"), QLatin1String(f.label)}});
        types.append(QJsonObject{{QStringLiteral("type"), QLatin1String(t.type)},
                                 {QStringLiteral("label"), QLatin1String(t.label)},
                                 {QStringLiteral("fields"), fields}});
    }
    return {{QStringLiteral("types"), types}};
}

Result<QJsonObject> P2PService::paymentMethods(const QString &userId)
{
    auto q = s.db.exec(QStringLiteral("SELECT ") + kMethodColumns
                               + QStringLiteral(" FROM p2p_payment_methods WHERE user_id = ? ORDER BY created_at, id"),
                       {userId});
    if (!q)
        return q.error();
    QJsonArray out;
    while (q.value().next())
        out.append(methodJson(q.value()));
    return QJsonObject{{QStringLiteral("methods"), out}};
}

Result<QJsonObject> P2PService::addPaymentMethod(const QString &userId, const QString &type, const QString &label,
                                                 const QJsonObject &fields)
{
    const TypeSpec *spec = typeSpec(type);
    if (!spec)
        return fail("invalid_params", QStringLiteral("type is one of bank_transfer, card, ewallet, other"),
                    {{QStringLiteral("field"), QStringLiteral("type")}});
    QJsonObject clean;
    for (const FieldSpec &f : spec->fields) {
        const QString value = fields.value(QLatin1String(f.key)).toString().trimmed();
        if (value.isEmpty() || value.size() > 128)
            return fail("invalid_params", QStringLiteral("%1 is required (at most 128 characters)").arg(QLatin1String(f.label)),
                        {{QStringLiteral("field"), QLatin1String(f.key)}});
        clean.insert(QLatin1String(f.key), value);
    }
    for (auto it = fields.begin(); it != fields.end(); ++it)
        if (!clean.contains(it.key()))
            return fail("invalid_params", QStringLiteral("%1 is not a field of this type").arg(it.key()),
                        {{QStringLiteral("field"), it.key()}});
    auto count = s.db.scalar(QStringLiteral("SELECT COUNT(*) FROM p2p_payment_methods WHERE user_id = ?"), {userId});
    if (!count)
        return count.error();
    if (count->toInt() >= kMaxMethods)
        return fail("invalid_state", QStringLiteral("you can keep up to %1 payment methods").arg(kMaxMethods),
                    {{QStringLiteral("detail"), QStringLiteral("too_many")}});
    const QString id = QUuid::createUuid().toString(QUuid::Id128);
    const QByteArray json = QJsonDocument(clean).toJson(QJsonDocument::Compact);
    const qint64 now = s.clock.nowMs();
    if (auto w = s.db.exec(QStringLiteral("INSERT INTO p2p_payment_methods (id, user_id, type, label, fields, created_at)"
                                          " VALUES (?, ?, ?, ?, ?, ?)"),
                           {id, userId, type, label.trimmed(), QString::fromUtf8(json), now});
        !w)
        return w.error();
    return QJsonObject{{QStringLiteral("method"),
                        QJsonObject{{QStringLiteral("id"), id},
                                    {QStringLiteral("type"), type},
                                    {QStringLiteral("label"), label.trimmed()},
                                    {QStringLiteral("fields"), clean},
                                    {QStringLiteral("createdAt"), now}}}};
}

Result<QJsonObject> P2PService::removePaymentMethod(const QString &userId, const QString &id)
{
    auto owner = s.db.scalar(QStringLiteral("SELECT user_id FROM p2p_payment_methods WHERE id = ?"), {id});
    if (!owner)
        return owner.error();
    if (!owner->isValid() || owner->toString() != userId)
        return fail("not_found", QStringLiteral("no such payment method of yours"), {{QStringLiteral("field"), QStringLiteral("id")}});
    // An ad that still offers it would promise a way to pay that no longer exists.
    auto ads = adsWhere(QStringLiteral("WHERE user_id = ? AND status <> 'closed'"), {userId});
    if (!ads)
        return ads.error();
    for (const Ad &a : ads.value())
        if (a.paymentMethodIds.contains(id))
            return fail("invalid_state", QStringLiteral("an open ad offers this payment method; edit or close it first"),
                        {{QStringLiteral("detail"), QStringLiteral("in_use")}, {QStringLiteral("adId"), a.id}});
    if (auto w = s.db.exec(QStringLiteral("DELETE FROM p2p_payment_methods WHERE id = ?"), {id}); !w)
        return w.error();
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("removed"), true}};
}

Result<QJsonArray> P2PService::paymentMethodsOf(const QString &userId, const QStringList &ids)
{
    QJsonArray out;
    for (const QString &id : ids) {
        auto q = s.db.exec(QStringLiteral("SELECT ") + kMethodColumns
                                   + QStringLiteral(" FROM p2p_payment_methods WHERE id = ? AND user_id = ?"),
                           {id, userId});
        if (!q)
            return q.error();
        if (!q.value().next())
            return fail("not_found", QStringLiteral("no such payment method of yours"),
                        {{QStringLiteral("field"), QStringLiteral("paymentMethodIds")}, {QStringLiteral("id"), id}});
        out.append(methodJson(q.value()));
    }
    return out;
}

} // namespace azc::p2p
