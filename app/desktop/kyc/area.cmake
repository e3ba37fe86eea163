# Verification: the user's KYC status and submission.
# Included by app/desktop/CMakeLists.txt (same scope as the azc_desktop target).
azc_desktop_area(
  QML_FOLDER kyc
  SOURCES
    kyc_model.cpp kyc_model.h
  QML
    KycWords.qml
    KycPage.qml KycStatusCard.qml KycSubmitCard.qml KycHistoryCard.qml
  SINGLETONS KycWords.qml
)
