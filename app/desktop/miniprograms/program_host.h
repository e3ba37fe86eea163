#pragma once
// What every program page gets from the host: the script injected before
// its own (Qt's qwebchannel.js, then the SDK, sdk/azc-sdk.js).

#include <QObject>
#include <QQmlEngine>

namespace azc {

class ProgramHost : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(MiniProgramHost)
    QML_SINGLETON
    Q_PROPERTY(QString sdkScript READ sdkScript CONSTANT)
public:
    using QObject::QObject;
    static QString sdkScript();
};

} // namespace azc
