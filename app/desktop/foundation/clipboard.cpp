#include "foundation/clipboard.h"

#include <QClipboard>
#include <QGuiApplication>

namespace azc {

void Clipboard::setText(const QString &text) const
{
    QGuiApplication::clipboard()->setText(text);
}

QString Clipboard::text() const
{
    return QGuiApplication::clipboard()->text();
}

} // namespace azc
