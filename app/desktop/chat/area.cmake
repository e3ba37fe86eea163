# Chats: the list, conversations, search, money in chats.
# Included by app/desktop/CMakeLists.txt (same scope as the azc_desktop target).
azc_desktop_area(
  QML_FOLDER chat
  SOURCES
    chat_errors.cpp chat_errors.h chat_info_model.cpp chat_info_model.h chat_list_model.cpp
    chat_list_model.h chat_messages_actions.cpp chat_messages_model.cpp chat_messages_model.h
    chat_search_model.cpp chat_search_model.h
  QML
    ChatsPage.qml ChatList.qml ChatListRow.qml ConversationView.qml MessageBubble.qml Composer.qml
    MoneyDialog.qml ChatInfoPanel.qml NewChatDialog.qml ChatWords.qml
  SINGLETONS ChatWords.qml
)
