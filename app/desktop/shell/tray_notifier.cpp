#include "shell/tray_notifier.h"

#include <QApplication>
#include <QSystemTrayIcon>

namespace azc {

TrayNotifier::TrayNotifier(QObject *parent)
    : QObject(parent)
{
    // QSystemTrayIcon is a Widgets class: only the app's QApplication has one (UI tests run a
    // QGuiApplication), and only a desktop with a tray can show it.
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()) || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_icon = std::make_unique<QSystemTrayIcon>(QGuiApplication::windowIcon());
    connect(m_icon.get(), &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            raiseWindow();
    });
    connect(m_icon.get(), &QSystemTrayIcon::messageClicked, this, &TrayNotifier::raiseWindow);
    updateTooltip();
    m_icon->show();
}

TrayNotifier::~TrayNotifier() = default;

void TrayNotifier::setWindow(QWindow *window)
{
    if (m_window == window)
        return;
    m_window = window;
    emit windowChanged();
}

void TrayNotifier::setUnread(int unread)
{
    if (m_unread == unread)
        return;
    m_unread = unread;
    updateTooltip();
    emit unreadChanged();
}

void TrayNotifier::notify(const QString &title, const QString &body)
{
    m_lastTitle = title;
    m_lastBody = body;
    emit notified();
    if (m_icon && !(m_window && m_window->isActive()))
        // Notification servers read markup in the body (<img> would fetch a
        // URL); what other people wrote is shown as text.
        m_icon->showMessage(title, body.toHtmlEscaped(), QSystemTrayIcon::Information, 8000);
}

void TrayNotifier::updateTooltip()
{
    if (m_icon)
        m_icon->setToolTip(m_unread > 0 ? tr("AZCoiner: %1 unread").arg(m_unread) : QStringLiteral("AZCoiner"));
}

void TrayNotifier::raiseWindow()
{
    if (!m_window)
        return;
    m_window->show();
    m_window->raise();
    m_window->requestActivate();
}

} // namespace azc
