#pragma once
// Reading already-validated params (the gateway checked types against the
// method's ParamSchema before the handler runs).

#include <QJsonObject>
#include <QString>

namespace azc::server {

inline QString str(const QJsonObject &params, const char *name)
{
    return params.value(QLatin1String(name)).toString();
}

} // namespace azc::server
