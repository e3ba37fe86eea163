#pragma once
// Copying text (an address, a transaction hash) from QML, which has no
// clipboard of its own.

#include <QObject>
#include <QQmlEngine>

namespace azc {

class Clipboard : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
public:
    using QObject::QObject;
    Q_INVOKABLE void setText(const QString &text) const;
    Q_INVOKABLE QString text() const;
};

} // namespace azc
