#include "foundation/theme.h"

#include "foundation/app_context.h"

namespace azc {

Theme::Theme(QObject *parent) : QObject(parent) {}

Theme *Theme::create(QQmlEngine *qml, QJSEngine *)
{
    return AppContext::singletonFor<Theme>(qml, &AppContext::theme);
}

void Theme::setDark(bool dark)
{
    if (m_dark == dark)
        return;
    m_dark = dark;
    emit changed();
}

} // namespace azc
