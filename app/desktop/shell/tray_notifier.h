#pragma once
// The app in the system tray: the unread count in the icon's tooltip, a
// desktop notification for each new notification while the window is not
// in front, and a click that brings the window back. QSystemTrayIcon needs
// a QApplication and a tray on the desktop; without them (offscreen, tests,
// window managers with no tray) nothing is shown, but the last notification
// is still kept, so what would have been shown can be checked.

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QWindow>
#include <memory>

class QSystemTrayIcon;

namespace azc {

class TrayNotifier : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QWindow *window READ window WRITE setWindow NOTIFY windowChanged)
    Q_PROPERTY(int unread READ unread WRITE setUnread NOTIFY unreadChanged)
    Q_PROPERTY(bool available READ available CONSTANT)
    Q_PROPERTY(QString lastTitle READ lastTitle NOTIFY notified)
    Q_PROPERTY(QString lastBody READ lastBody NOTIFY notified)
public:
    explicit TrayNotifier(QObject *parent = nullptr);
    ~TrayNotifier() override;

    QWindow *window() const { return m_window; }
    void setWindow(QWindow *window);
    int unread() const { return m_unread; }
    void setUnread(int unread);
    bool available() const { return m_icon != nullptr; }
    QString lastTitle() const { return m_lastTitle; }
    QString lastBody() const { return m_lastBody; }

    Q_INVOKABLE void notify(const QString &title, const QString &body);

signals:
    void windowChanged();
    void unreadChanged();
    void notified();

private:
    void updateTooltip();
    void raiseWindow();

    std::unique_ptr<QSystemTrayIcon> m_icon;
    QPointer<QWindow> m_window;
    int m_unread = 0;
    QString m_lastTitle;
    QString m_lastBody;
};

} // namespace azc
