#pragma once
// chats.*, messages.* and chat.typing for the composition root.

namespace azc::server {
class MethodTable;
}

namespace azc::messaging {
class MessagingService;
void declareMessagingMethods(server::MethodTable &table, MessagingService &messaging);
} // namespace azc::messaging
