#pragma once
// The refusals of chats.*, messages.* and chat.* in words, by their stable
// reason and `data.detail` (not a member, admins only, already paid, …).
// Anything not specific to chats falls through to ErrorSink::describe.

#include "client/rpc_reply.h"

#include <QCoreApplication>
#include <QString>

namespace azc {

class ChatErrors
{
    Q_DECLARE_TR_FUNCTIONS(ChatErrors)
public:
    static QString describe(const RpcReply &reply);
};

} // namespace azc
