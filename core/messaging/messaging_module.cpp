#include "messaging/messaging_module.h"

#include "files/file_service.h"
#include "identity/session_manager.h"
#include "identity/user_directory.h"
#include "messaging/messaging_methods.h"
#include "messaging/messaging_schema.h"
#include "messaging/messaging_service.h"
#include "notify/notification_service.h"

namespace azc::messaging {

namespace {

class MessagingModule : public module::DomainModule
{
public:
    QString name() const override { return QStringLiteral("messaging"); }
    QStringList needs() const override { return {QStringLiteral("files"), QStringLiteral("identity")}; }
    QList<module::Schema> schema(storage::Dialect dialect) const override
    {
        return {{QStringLiteral("messaging"), messagingMigrations(dialect)}};
    }
    Status open(module::Context &c) override
    {
        auto &s = c.services;
        auto &files = s.need<files::FileService>();
        m_messaging = &s.add(std::make_unique<MessagingService>(
                MessagingServices{c.db, s.need<identity::UserDirectory>(), files,
                                  s.need<notify::NotificationService>(), c.bus, c.clock}));
        // A file sent in a chat may be downloaded by the chat's members.
        files.setSharedAccess([m = m_messaging](const QString &fileId, const QString &userId) {
            return m->fileSharedWith(fileId, userId);
        });
        // Online = at least one signed-in socket (the gateway answers from memory once it runs).
        m_messaging->setPresence([sessions = &s.need<identity::SessionManager>()](const QString &userId) {
            return sessions->isUserOnline && sessions->isUserOnline(userId);
        });
        return okStatus();
    }
    Status declareMethods(module::Context &c) override
    {
        declareMessagingMethods(c.methods, *m_messaging);
        return okStatus();
    }

private:
    MessagingService *m_messaging = nullptr;
};

} // namespace

std::unique_ptr<module::DomainModule> messagingModule()
{
    return std::make_unique<MessagingModule>();
}

} // namespace azc::messaging
