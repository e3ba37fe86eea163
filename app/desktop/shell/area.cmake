# The signed-in window: navigation, top bar, notifications (also in the system tray).
# Included by app/desktop/CMakeLists.txt (same scope as the azc_desktop target).
azc_desktop_area(
  QML_FOLDER shell
  SOURCES
    notifications_model.cpp notifications_model.h tray_notifier.cpp tray_notifier.h
  QML
    Main.qml SplashPage.qml StartupFailedPage.qml Shell.qml NavRail.qml NavButton.qml TopBar.qml
    NotificationsPanel.qml UnavailablePage.qml Navigation.qml
  SINGLETONS Navigation.qml
)
