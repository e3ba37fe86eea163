#include "module/domain_module.h"

#include <QSet>

namespace azc::module {

QString checkOrder(const ModuleList &modules)
{
    QSet<QString> before;
    for (const auto &m : modules) {
        for (const QString &need : m->needs())
            if (!before.contains(need))
                return m->name() + QStringLiteral(" needs ") + need + QStringLiteral(", which is not before it");
        if (before.contains(m->name()))
            return m->name() + QStringLiteral(" is listed twice");
        before.insert(m->name());
    }
    return {};
}

} // namespace azc::module
