# Voice and video calls: CallManager (the protocol), the call page that owns
# the media in Chromium (page/: WebRTC, devices, statistics, the tiles) and
# its QWebChannel bridge, the pure rules (verification code, quality), the
# history; the incoming-call and in-call windows, the chat's call bubble.
# Included by app/desktop/CMakeLists.txt (same scope as the azc_desktop target).
azc_desktop_area(
  QML_FOLDER calls
  SOURCES
    call_rules.cpp call_rules.h call_bridge.cpp call_bridge.h call_manager.cpp call_manager_media.cpp
    call_manager.h call_history_model.cpp call_history_model.h
  QML
    CallHost.qml CallWindow.qml IncomingCallPanel.qml InCallPanel.qml CallPage.qml CallControls.qml
    CallHistoryList.qml CallBubble.qml CallWords.qml RoundCallButton.qml
  SINGLETONS CallWords.qml
)
# The call page, served from qrc: (a secure context in Qt WebEngine, which
# getUserMedia and RTCPeerConnection need).
qt_add_resources(azc_desktop call_page
  PREFIX /calls
  BASE ${CMAKE_CURRENT_LIST_DIR}/page
  FILES ${CMAKE_CURRENT_LIST_DIR}/page/call.html ${CMAKE_CURRENT_LIST_DIR}/page/call.js
        ${CMAKE_CURRENT_LIST_DIR}/page/call.css)
