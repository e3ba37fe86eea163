#include "messaging/messaging_methods.h"

#include "messaging/messaging_service.h"
#include "server/method_table.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace azc::messaging {

using server::CallContext;
using server::Param;
using server::RateClass;
using server::Role;

namespace {

// A bot's inline keyboard: 1–8 rows of 1–8 buttons, each {text, data} (a press reaches the bot)
// or {text, miniProgram: {programId, startParam?}} (a press opens that mini program); text and
// data 1–64 characters, startParam up to 256.
Status checkButtons(const QJsonArray &rows)
{
    auto bad = [](const QString &why) { return fail("invalid_params", why, {{QStringLiteral("field"), QStringLiteral("buttons")}}); };
    static const QRegularExpression programId(QStringLiteral("^[a-z][a-z0-9-]{2,31}$"));
    for (const QJsonValue &row : rows) {
        if (!row.isArray() || row.toArray().isEmpty() || row.toArray().size() > 8)
            return bad(QStringLiteral("a row holds 1 to 8 buttons"));
        for (const QJsonValue &b : row.toArray()) {
            const QString text = b[QStringLiteral("text")].toString(), data = b[QStringLiteral("data")].toString();
            const QJsonObject program = b[QStringLiteral("miniProgram")].toObject();
            const bool textOk = !text.isEmpty() && text.size() <= 64;
            const bool callback = b.isObject() && b.toObject().size() == 2 && textOk && !data.isEmpty() && data.size() <= 64;
            const bool opener = b.isObject() && b.toObject().size() == 2 && textOk && b[QStringLiteral("miniProgram")].isObject()
                             && programId.match(program.value(QStringLiteral("programId")).toString()).hasMatch()
                             && program.value(QStringLiteral("startParam")).toString().size() <= 256
                             && program.size() == 1 + int(program.contains(QStringLiteral("startParam")));
            if (!callback && !opener)
                return bad(QStringLiteral("a button is {text, data} or {text, miniProgram: {programId, startParam?}}"));
        }
    }
    return okStatus();
}

QString str(const QJsonObject &p, const char *name)
{
    return p.value(QLatin1String(name)).toString();
}

qint64 num(const QJsonObject &p, const char *name, qint64 fallback)
{
    const QJsonValue v = p.value(QLatin1String(name));
    return v.isDouble() ? v.toInteger(fallback) : fallback;
}

} // namespace

void declareMessagingMethods(server::MethodTable &t, MessagingService &messaging)
{
    MessagingService *s = &messaging;
    const Param conversationId = Param::string(QStringLiteral("conversationId"), 1, 64);
    const Param messageId = Param::string(QStringLiteral("messageId"), 1, 64);
    const Param seqParam = Param::integer(QStringLiteral("seq"), 0, qint64(1) << 53);
    const Param title = Param::string(QStringLiteral("title"), 1, MessagingService::kMaxTitle);
    const Param text = Param::string(QStringLiteral("text"), 0, MessagingService::kMaxText);
    auto uid = [](CallContext &ctx) { return ctx.user().userId; };

    t.declare({.name = QStringLiteral("chats.list"),
               .role = Role::User,
              
               .params = {Param::integer(QStringLiteral("limit"), 1, 500).optional()},
               .rateClass = RateClass::Read,
               .handler = [s, uid](CallContext &ctx, const QJsonObject &p) {
                   return s->list(uid(ctx), int(num(p, "limit", 200)));
               }});
    t.declare({.name = QStringLiteral("chats.get"),
               .role = Role::User,
              
               .params = {conversationId},
               .rateClass = RateClass::Read,
               .handler = [s, uid](CallContext &ctx, const QJsonObject &p) {
                   return s->get(uid(ctx), str(p, "conversationId"));
               }});
    t.declare({.name = QStringLiteral("chats.openDirect"),
               .role = Role::User,
              
               .params = {Param::string(QStringLiteral("username"), 1, 64)},
               .rateClass = RateClass::Write,
               .handler = [s, uid](CallContext &ctx, const QJsonObject &p) {
                   return s->openDirect(uid(ctx), str(p, "username"));
               }});
    t.declare({.name = QStringLiteral("chats.createGroup"),
               .role = Role::User,
              
               .params = {title, Param::strings(QStringLiteral("usernames"), 0, 200).optional()},
               .rateClass = RateClass::Write,
               .handler = [s, uid](CallContext &ctx, const QJsonObject &p) {
                   QStringList names;
                   for (const QJsonValue &v : p.value(QStringLiteral("usernames")).toArray())
                       names.append(v.toString());
                   return s->createGroup(uid(ctx), str(p, "title"), names);
               }});
    t.declare({.name = QStringLiteral("chats.createChannel"),
               .role = Role::User,
              
               .params = {title,
                Param::string(QStringLiteral("handle"), 5, 32)
                        .matching(QStringLiteral("[a-z][a-z0-9_]{4,31}"))
                        .optional(),
                Param::string(QStringLiteral("about"), 0, 255).optional(),
                Param::boolean(QStringLiteral("public")).optional()},
               .rateClass = RateClass::Write,
               .handler = [s, uid](CallContext &ctx, const QJsonObject &p) {
                   return s->createChannel(uid(ctx), str(p, "title"), str(p, "handle"),
                                           str(p, "about"),
                                           p.value(QStringLiteral("public")).toBool(false));
               }});
    t.declare(
            {QStringLiteral("chats.join"),
             Role::User,
             0,
             {conversationId.optional(), Param::string(QStringLiteral("handle"), 1, 32).optional(),
              Param::string(QStringLiteral("inviteToken"), 1, 64).optional()},
             RateClass::Write,
             [s, uid](CallContext &ctx, const QJsonObject &p) {
                 return s->join(uid(ctx), str(p, "conversationId"), str(p, "handle"),
                                str(p, "inviteToken"));
             }});
    t.declare({.name = QStringLiteral("chats.leave"),
               .role = Role::User,
              
               .params = {conversationId},
               .rateClass = RateClass::Write,
               .handler = [s, uid](CallContext &ctx, const QJsonObject &p) {
                   return s->leave(uid(ctx), str(p, "conversationId"));
               }});
    t.declare({.name = QStringLiteral("chats.members"),
               .role = Role::User,
              
               .params = {conversationId, Param::integer(QStringLiteral("offset"), 0, 1000000).optional(),
                Param::integer(QStringLiteral("limit"), 1, 200).optional()},
               .rateClass = RateClass::Read,
               .handler = [s, uid](CallContext &ctx, const QJsonObject &p) {
                   return s->members(uid(ctx), str(p, "conversationId"), int(num(p, "offset", 0)),
                                     int(num(p, "limit", 100)));
               }});
    t.declare({.name = QStringLiteral("chats.addMember"),
               .role = Role::User,
              
               .params = {conversationId, Param::string(QStringLiteral("username"), 1, 64)},
               .rateClass = RateClass::Write,
               .handler = [s, uid](CallContext &ctx, const QJsonObject &p) {
                   return s->addMember(uid(ctx), str(p, "conversationId"), str(p, "username"));
               }});
    t.declare({.name = QStringLiteral("chats.setRole"),
               .role = Role::User,
              
               .params = {conversationId, Param::string(QStringLiteral("userId"), 1, 64),
                Param::string(QStringLiteral("role"), 1, 16)
                        .matching(QStringLiteral("admin|member"))},
               .rateClass = RateClass::Write,
               .handler = [s, uid](CallContext &ctx, const QJsonObject &p) {
                   return s->setRole(uid(ctx), str(p, "conversationId"), str(p, "userId"),
                                     str(p, "role"));
               }});
    t.declare({.name = QStringLiteral("chats.removeMember"),
               .role = Role::User,
              
               .params = {conversationId, Param::string(QStringLiteral("userId"), 1, 64)},
               .rateClass = RateClass::Write,
               .handler = [s, uid](CallContext &ctx, const QJsonObject &p) {
                   return s->removeMember(uid(ctx), str(p, "conversationId"), str(p, "userId"));
               }});
    t.declare({.name = QStringLiteral("chats.invite"),
               .role = Role::User,
              
               .params = {conversationId, Param::boolean(QStringLiteral("reset")).optional()},
               .rateClass = RateClass::Write,
               .handler = [s, uid](CallContext &ctx, const QJsonObject &p) {
                   return s->invite(uid(ctx), str(p, "conversationId"),
                                    p.value(QStringLiteral("reset")).toBool(false));
               }});
    t.declare({.name = QStringLiteral("chats.mute"),
               .role = Role::User,
              
               .params = {conversationId, Param::boolean(QStringLiteral("muted"))},
               .rateClass = RateClass::Write,
               .handler = [s, uid](CallContext &ctx, const QJsonObject &p) {
                   return s->setMuted(uid(ctx), str(p, "conversationId"),
                                      p.value(QStringLiteral("muted")).toBool());
               }});
    t.declare({.name = QStringLiteral("chats.pin"),
               .role = Role::User,
              
               .params = {conversationId, Param::boolean(QStringLiteral("pinned"))},
               .rateClass = RateClass::Write,
               .handler = [s, uid](CallContext &ctx, const QJsonObject &p) {
                   return s->setPinned(uid(ctx), str(p, "conversationId"),
                                       p.value(QStringLiteral("pinned")).toBool());
               }});

    t.declare({.name = QStringLiteral("messages.send"),
               .role = Role::User,
              
               .params = {conversationId.optional(),
                Param::string(QStringLiteral("toUsername"), 1, 64).optional(), text.optional(),
                Param::string(QStringLiteral("fileId"), 1, 64).optional(),
                Param::string(QStringLiteral("replyTo"), 1, 64).optional(),
                Param::string(QStringLiteral("forwardMessageId"), 1, 64).optional(),
                Param::string(QStringLiteral("clientKey"), 8, 64).optional(),
                Param::array(QStringLiteral("buttons"), 1, 8).optional()},
               .rateClass = RateClass::Write,
               .handler = [s, uid](CallContext &ctx, const QJsonObject &p) -> Result<QJsonObject> {
                   const QJsonArray buttons = p.value(QStringLiteral("buttons")).toArray();
                   if (!buttons.isEmpty()) {
                       if (ctx.user().role != Role::Bot)
                           return fail("forbidden", QStringLiteral("only bots attach buttons"),
                                       {{QStringLiteral("detail"), QStringLiteral("bots_only")}});
                       if (auto ok = checkButtons(buttons); !ok)
                           return ok.error();
                   }
                   SendRequest r{str(p, "conversationId"), str(p, "toUsername"), str(p, "text"),
                                 str(p, "fileId"), str(p, "replyTo"), str(p, "forwardMessageId"),
                                 str(p, "clientKey")};
                   r.buttons = buttons;
                   return s->send(uid(ctx), r);
               }});
    t.declare({.name = QStringLiteral("messages.list"),
               .role = Role::User,
              
               .params = {conversationId,
                Param::integer(QStringLiteral("since"), 0, qint64(1) << 53).optional(),
                Param::integer(QStringLiteral("before"), 1, qint64(1) << 53).optional(),
                Param::integer(QStringLiteral("limit"), 1, 100).optional()},
               .rateClass = RateClass::Read,
               .handler = [s, uid](CallContext &ctx, const QJsonObject &p) -> Result<QJsonObject> {
                   const bool since = p.contains(QStringLiteral("since"));
                   const bool before = p.contains(QStringLiteral("before"));
                   if (since && before)
                       return fail("invalid_params",
                                   QStringLiteral("give since or before, not both"),
                                   {{QStringLiteral("field"), QStringLiteral("before")}});
                   const Page page = since ? Page::Since : before ? Page::Before : Page::Latest;
                   return s->messages(uid(ctx), str(p, "conversationId"), page,
                                      since ? num(p, "since", 0) : num(p, "before", 0),
                                      int(num(p, "limit", 50)));
               }});
    t.declare({.name = QStringLiteral("messages.edit"),
               .role = Role::User,
              
               .params = {messageId, Param::string(QStringLiteral("text"), 1, MessagingService::kMaxText)},
               .rateClass = RateClass::Write,
               .handler = [s, uid](CallContext &ctx, const QJsonObject &p) {
                   return s->edit(uid(ctx), str(p, "messageId"), str(p, "text"));
               }});
    t.declare({.name = QStringLiteral("messages.edits"),
               .role = Role::User,
              
               .params = {messageId},
               .rateClass = RateClass::Read,
               .handler = [s, uid](CallContext &ctx, const QJsonObject &p) {
                   return s->edits(uid(ctx), str(p, "messageId"));
               }});
    t.declare({.name = QStringLiteral("messages.delete"),
               .role = Role::User,
              
               .params = {messageId, Param::boolean(QStringLiteral("forEveryone")).optional()},
               .rateClass = RateClass::Write,
               .handler = [s, uid](CallContext &ctx, const QJsonObject &p) {
                   return s->remove(uid(ctx), str(p, "messageId"),
                                    p.value(QStringLiteral("forEveryone")).toBool(false));
               }});
    t.declare({.name = QStringLiteral("messages.react"),
               .role = Role::User,
              
               .params = {messageId,
                Param::string(QStringLiteral("emoji"), 0, 16).matching(QStringLiteral("\\S*"))},
               .rateClass = RateClass::Write,
               .handler = [s, uid](CallContext &ctx, const QJsonObject &p) {
                   return s->react(uid(ctx), str(p, "messageId"), str(p, "emoji"));
               }});
    t.declare({.name = QStringLiteral("messages.markRead"),
               .role = Role::User,
              
               .params = {conversationId, seqParam},
               .rateClass = RateClass::Write,
               .handler = [s, uid](CallContext &ctx, const QJsonObject &p) {
                   return s->markRead(uid(ctx), str(p, "conversationId"), num(p, "seq", 0));
               }});
    t.declare({.name = QStringLiteral("messages.pin"),
               .role = Role::User,
              
               .params = {messageId, Param::boolean(QStringLiteral("pinned"))},
               .rateClass = RateClass::Write,
               .handler = [s, uid](CallContext &ctx, const QJsonObject &p) {
                   return s->pinMessage(uid(ctx), str(p, "messageId"),
                                        p.value(QStringLiteral("pinned")).toBool());
               }});
    t.declare({.name = QStringLiteral("messages.pinned"),
               .role = Role::User,
              
               .params = {conversationId},
               .rateClass = RateClass::Read,
               .handler = [s, uid](CallContext &ctx, const QJsonObject &p) {
                   return s->pinnedMessages(uid(ctx), str(p, "conversationId"));
               }});
    t.declare({.name = QStringLiteral("messages.search"),
               .role = Role::User,
              
               .params = {Param::string(QStringLiteral("query"), 1, 200), conversationId.optional(),
                Param::integer(QStringLiteral("limit"), 1, 50).optional()},
               .rateClass = RateClass::Read,
               .handler = [s, uid](CallContext &ctx, const QJsonObject &p) {
                   return s->search(uid(ctx), str(p, "query"), str(p, "conversationId"),
                                    int(num(p, "limit", 20)));
               }});
    t.declare({.name = QStringLiteral("chat.typing"),
               .role = Role::User,
              
               .params = {conversationId},
               .rateClass = RateClass::Write,
               .handler = [s, uid](CallContext &ctx, const QJsonObject &p) {
                   return s->typing(uid(ctx), str(p, "conversationId"));
               }});
}

} // namespace azc::messaging
