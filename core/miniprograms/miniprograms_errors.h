#pragma once
// The refusals and small helpers the mini-programs domain shares across its files.

#include "common/result.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace azc::miniprograms {

inline Error notFound(const QString &what) { return fail("not_found", what); }
inline Error invalidState(const QString &message, const QString &detail)
{
    return fail("invalid_state", message, {{QStringLiteral("detail"), detail}});
}
inline QString compactJson(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }
inline QJsonObject jsonObject(const QString &text) { return QJsonDocument::fromJson(text.toUtf8()).object(); }

} // namespace azc::miniprograms
