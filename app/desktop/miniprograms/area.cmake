# Mini programs on the desktop: the catalogue, the host that runs a verified
# bundle in its own Chromium profile behind a narrow QWebChannel bridge (the
# JS SDK is sdk/azc-sdk.js), the native payment and consent dialogs, the
# developer console and the admin review queue.
# Included by app/desktop/CMakeLists.txt (same scope as the azc_desktop target).
azc_desktop_area(
  QML_FOLDER miniprograms
  SOURCES
    program_scheme.cpp program_scheme.h program_bridge.cpp program_bridge.h program_session.cpp program_session.h
    program_catalogue.cpp program_catalogue.h program_admin.cpp program_admin.h program_host.cpp program_host.h
  QML
    MiniProgramsPage.qml ProgramTile.qml ProgramView.qml ProgramPaymentDialog.qml ProgramConsentDialog.qml
    ProgramShareDialog.qml ProgramSettingsDialog.qml DeveloperConsole.qml ReviewQueueView.qml ProgramPage.qml ProgramWords.qml
    ProgramIcon.qml
  SINGLETONS ProgramWords.qml
)
