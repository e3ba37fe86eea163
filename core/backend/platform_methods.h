#pragma once
// Methods that belong to the platform rather than one domain: sys.*,
// notify.* and the admin's view of the audit log.

namespace azc::server { class MethodTable; }
namespace azc::notify { class NotificationService; }
namespace azc::audit { class AuditLog; }

namespace azc {
void declarePlatformMethods(server::MethodTable &table, notify::NotificationService &notifications,
                            audit::AuditLog &audit);
} // namespace azc
