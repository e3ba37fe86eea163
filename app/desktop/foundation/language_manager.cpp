#include "foundation/language_manager.h"

#include "foundation/app_context.h"

#include <QGuiApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLanguage, "azc.desktop.language")

namespace azc {

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) {}

LanguageManager *LanguageManager::create(QQmlEngine *qml, QJSEngine *)
{
    return AppContext::singletonFor<LanguageManager>(qml, &AppContext::language);
}

QStringList LanguageManager::codes()
{
    return {QStringLiteral("en"), QStringLiteral("fa"), QStringLiteral("vi"), QStringLiteral("ko")};
}

QString LanguageManager::matchLocale(const QString &localeName)
{
    const QString code = localeName.section(QLatin1Char('_'), 0, 0).toLower();
    return codes().contains(code) ? code : QStringLiteral("en");
}

QVariantList LanguageManager::available() const
{
    // Each language is named in itself, so a reader finds theirs whatever the current one is.
    const auto entry = [](const char *code, const QString &name) {
        return QVariantMap{{QStringLiteral("code"), QLatin1String(code)}, {QStringLiteral("name"), name}};
    };
    return {entry("en", QStringLiteral("English")),
            entry("fa", QStringLiteral("فارسی")),
            entry("vi", QStringLiteral("Tiếng Việt")),
            entry("ko", QStringLiteral("한국어"))};
}

void LanguageManager::setCurrent(const QString &code)
{
    if (!codes().contains(code)) {
        qCWarning(lcLanguage) << "unsupported language" << code << "- keeping" << m_current;
        return;
    }
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_translator);
        m_installed = false;
    }
    if (code != QLatin1String("en")) {
        if (m_translator.load(QStringLiteral(":/i18n/azcoiner_") + code))
            m_installed = QCoreApplication::installTranslator(&m_translator);
        else
            qCWarning(lcLanguage) << "no compiled translation for" << code;
    }
    m_current = code;
    QGuiApplication::setLayoutDirection(rightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    if (m_engine)
        m_engine->retranslate();
    emit changed();
}

} // namespace azc
