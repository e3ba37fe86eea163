#pragma once
// What the messaging files share about stored rows: the JSON columns
// (`data`, `mentions`, `forward_json`) and the one "no such message" answer.

#include "common/result.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace azc::messaging {

inline QJsonObject parseObject(const QString &json)
{
    return json.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(json.toUtf8()).object();
}

inline QString compact(const QJsonValue &v)
{
    return QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                         : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

inline Error messageNotFound(const char *field = "messageId")
{
    return fail("not_found", QStringLiteral("no such message"), {{QStringLiteral("field"), QLatin1String(field)}});
}

// Kinds that other domains post through postSpecial (payment, request,
// redpacket, ...): bubbles that stand for an object elsewhere. Only people's
// own kinds are ordinary, so a new special kind is special without a list.
inline bool isSpecialKind(const QString &kind)
{
    return kind != QLatin1String("text") && kind != QLatin1String("file") && kind != QLatin1String("system");
}

} // namespace azc::messaging
