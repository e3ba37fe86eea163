#pragma once
// The UI language: loads the compiled translation, sets the layout direction
// (Persian mirrors the whole window) and asks the QML engine to re-evaluate
// every qsTr binding, so switching needs no restart.

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTranslator>
#include <QVariantList>

namespace azc {

class LanguageManager : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Language)
    QML_SINGLETON
    Q_PROPERTY(QString current READ current WRITE setCurrent NOTIFY changed)
    Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY changed)
    Q_PROPERTY(QVariantList available READ available CONSTANT)
public:
    // No default constructor: QML must take the context's instance through create().
    explicit LanguageManager(QObject *parent);
    static LanguageManager *create(QQmlEngine *qml, QJSEngine *js);

    static QStringList codes(); // en, fa, vi, ko
    // The best supported language for a system locale name ("fa_IR" -> "fa").
    static QString matchLocale(const QString &localeName);

    QString current() const { return m_current; }
    void setCurrent(const QString &code);
    bool rightToLeft() const { return m_current == QLatin1String("fa"); }
    QVariantList available() const;

    void setEngine(QQmlEngine *engine) { m_engine = engine; }

signals:
    void changed();

private:
    QString m_current = QStringLiteral("en");
    QTranslator m_translator;
    bool m_installed = false;
    QPointer<QQmlEngine> m_engine;
};

} // namespace azc
