#include "chat/chat_errors.h"

#include "foundation/error_sink.h"

namespace azc {

QString ChatErrors::describe(const RpcReply &reply)
{
    const QString &r = reply.reason;
    const QString detail = reply.data.value(QStringLiteral("detail")).toString();
    const QString field = reply.data.value(QStringLiteral("field")).toString();
    if (r == QLatin1String("forbidden")) {
        if (detail == QLatin1String("not_member"))
            return tr("You are not a member of this conversation.");
        if (detail == QLatin1String("admins_only"))
            return tr("Only the admins of this conversation can do this.");
        if (detail == QLatin1String("owner_only"))
            return tr("Only the owner of this conversation can do this.");
        if (detail == QLatin1String("not_author"))
            return tr("Only the author can change this message.");
        if (detail == QLatin1String("not_your_file"))
            return tr("This file cannot be shared here.");
        if (detail == QLatin1String("invite_required"))
            return tr("This conversation can only be joined with an invite link.");
    }
    if (r == QLatin1String("invalid_state")) {
        if (detail == QLatin1String("already_paid"))
            return tr("This request has already been paid.");
        if (detail == QLatin1String("own_request"))
            return tr("You cannot pay your own request.");
        if (detail == QLatin1String("payment_in_progress"))
            return tr("This request is being paid right now.");
        if (detail == QLatin1String("self"))
            return tr("You cannot do this with yourself.");
        if (detail == QLatin1String("frozen"))
            return tr("This account is frozen.");
        if (detail == QLatin1String("direct"))
            return tr("This is not possible in a direct chat.");
        if (detail == QLatin1String("deleted"))
            return tr("This message was deleted.");
        if (detail == QLatin1String("not_editable"))
            return tr("This message cannot be edited.");
        if (detail == QLatin1String("owner"))
            return tr("The owner's role cannot be changed.");
        if (detail == QLatin1String("own_packet"))
            return tr("You cannot open your own red packet.");
        if (detail == QLatin1String("finished"))
            return tr("Every share of this red packet has been taken.");
        if (detail == QLatin1String("expired"))
            return tr("This red packet has expired; what was left went back to the sender.");
    }
    if (r == QLatin1String("not_found")) {
        if (field == QLatin1String("username") || field == QLatin1String("usernames") || field == QLatin1String("toUsername"))
            return tr("There is no user “%1”.").arg(reply.data.value(QStringLiteral("username")).toString());
        return tr("This conversation or message no longer exists.");
    }
    if (r == QLatin1String("conflict"))
        return tr("This handle is already taken.");
    if (r == QLatin1String("invalid_params") && field == QLatin1String("text"))
        return tr("Messages have 1 to 4,096 characters.");
    if (r == QLatin1String("invalid_params") && field == QLatin1String("handle"))
        return tr("Handles have 5 to 32 characters: a–z, 0–9 and _, starting with a letter.");
    if (r == QLatin1String("invalid_amount") && detail == QLatin1String("too_small"))
        return tr("The total is too small to give every share at least one unit.");
    if (r == QLatin1String("invalid_params") && field == QLatin1String("count"))
        return tr("A red packet has 1 to 100 shares.");
    if (r == QLatin1String("invalid_params") && field == QLatin1String("conversationId"))
        return tr("Red packets are for groups.");
    if (r == QLatin1String("quota_exceeded"))
        return tr("Your file storage is full (100 MB).");
    if (r == QLatin1String("too_many_uploads"))
        return tr("Too many uploads at once. Wait for them to finish.");
    return ErrorSink::describe(reply);
}

} // namespace azc
