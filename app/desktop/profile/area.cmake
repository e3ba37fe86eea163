# Profile & security: password, two-factor, sessions, appearance, bots.
# Included by app/desktop/CMakeLists.txt (same scope as the azc_desktop target).
azc_desktop_area(
  QML_FOLDER profile
  SOURCES
    bots_model.cpp bots_model.h sessions_model.cpp sessions_model.h
  QML
    ProfilePage.qml ProfileCard.qml PasswordCard.qml TwoFactorCard.qml SessionsCard.qml
    AppearanceCard.qml BotsCard.qml
)
