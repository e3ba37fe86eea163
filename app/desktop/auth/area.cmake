# Sign-in and registration (QML only: the Session object in foundation does the work).
# Included by app/desktop/CMakeLists.txt (same scope as the azc_desktop target).
azc_desktop_area(
  QML_FOLDER auth
  QML
    AuthScreen.qml BrandPanel.qml SignInForm.qml RegisterForm.qml
)
