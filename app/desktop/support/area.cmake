# The support console: the KYC and KYB (business) queues, withdrawals to approve, P2P disputes.
# Included by app/desktop/CMakeLists.txt (same scope as the azc_desktop target).
azc_desktop_area(
  QML_FOLDER support
  SOURCES
    kyc_queue_model.cpp kyc_queue_model.h kyb_queue_model.cpp kyb_queue_model.h review_documents.cpp review_documents.h review_queue_model.cpp review_queue_model.h
  QML
    KycQueuePage.qml CaseDetail.qml DocumentViewer.qml ReasonDialog.qml SupportPage.qml
    WithdrawalQueueView.qml DisputesView.qml KybQueueView.qml
)
