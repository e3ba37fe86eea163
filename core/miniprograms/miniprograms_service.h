#pragma once
// core/miniprograms: the catalogue of third-party mini programs and what the
// desktop host asks of the server on a program's behalf.
//   developers  register an Ed25519 key, upload signed versions, see usage;
//   admins      review versions (an approval makes the reviewed bytes the
//               ones every user gets), roll back, suspend at once;
//   users       browse, install, open (download the reviewed bytes), give or
//               revoke consent, keep a small storage, and pay through AZPay
//               invoices of the program's payee organisation, within a daily
//               cap they set per program.
// The program itself never talks to this server: the host does, after its
// own checks and the user's confirmation.
// Files: miniprograms_catalogue.cpp (developers, review, catalogue),
// miniprograms_use.cpp (open, download, consent, storage, profile, share),
// miniprograms_money.cpp (checkout, pay, spending).

#include "common/clock.h"
#include "common/result.h"
#include "miniprograms/bundle.h"
#include "miniprograms/miniprograms_config.h"
#include "server/call_context.h"
#include "common/amount.h"
#include "server/method_table.h"

#include <QCache>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace azc::storage { class Database; }
namespace azc::files { class FileService; }
namespace azc::identity { class UserDirectory; }
namespace azc::audit { class AuditLog; }
namespace azc::notify { class EventBus; class NotificationService; }
namespace azc::payments { class PaymentsService; }
namespace azc::wallet { class WalletService; }
namespace azc::messaging { class MessagingService; }

namespace azc::miniprograms {

class MiniProgramsService
{
public:
    MiniProgramsService(storage::Database &db, files::FileService &files, identity::UserDirectory &users,
                        payments::PaymentsService &payments, wallet::WalletService &wallet,
                        messaging::MessagingService &messaging, notify::EventBus &bus,
                        notify::NotificationService &notifications, audit::AuditLog &audit, const Clock &clock,
                        MiniProgramsConfig config);

    // --- developers (miniprograms_catalogue.cpp)
    Result<QJsonObject> registerDeveloper(const server::Caller &caller, const QString &displayName, const QString &publicKey);
    Result<QJsonObject> developer(const server::Caller &caller);
    // A bundle uploaded through files (purpose "bundle") and its signature.
    Result<QJsonObject> submit(const server::Caller &caller, const QString &fileId, const QString &signature);
    Result<QJsonObject> mine(const server::Caller &caller);

    // --- review (admins)
    Result<QJsonObject> reviewQueue(const QString &status);
    Result<QJsonObject> decide(const server::Caller &admin, const QString &versionId, bool approve, const QString &reason);
    Result<QJsonObject> rollback(const server::Caller &caller, const QString &programId, const QString &version);
    Result<QJsonObject> suspend(const server::Caller &admin, const QString &programId, bool suspended, const QString &reason);

    // --- the catalogue
    Result<QJsonObject> catalogue(const server::Caller &caller, const QString &query, const QString &category);
    Result<QJsonObject> setInstalled(const server::Caller &caller, const QString &programId, bool installed);
    Result<QJsonObject> installed(const server::Caller &caller);

    // --- running a program (miniprograms_use.cpp)
    Result<QJsonObject> open(const server::Caller &caller, const QString &programId);
    Result<QJsonObject> bundleChunk(const server::Caller &caller, const QString &programId, const QString &sha256,
                                    qint64 offset, qint64 length);
    Result<QJsonObject> consent(const server::Caller &caller, const QString &programId);
    Result<QJsonObject> setConsent(const server::Caller &caller, const QString &programId, const QJsonObject &change);
    Result<QJsonObject> profile(const server::Caller &caller, const QString &programId);
    Result<QJsonObject> storageGet(const server::Caller &caller, const QString &programId, const QString &key);
    Result<QJsonObject> storageSet(const server::Caller &caller, const QString &programId, const QString &key,
                                   const QJsonValue &value);
    Result<QJsonObject> share(const server::Caller &caller, const QString &programId, const QString &conversationId,
                              const QString &text, const QString &startParam);

    // --- money (miniprograms_money.cpp)
    void checkout(const server::Caller &caller, const QString &programId, const QString &asset, const QString &amount,
                  const QString &description, const QString &orderId, server::Reply reply);
    void pay(const server::Caller &caller, const QString &programId, const QString &invoiceId,
             const QString &twoFactorCode, const QString &idempotencyKey, server::Reply reply);
    Result<QJsonObject> spending(const server::Caller &caller, const QString &programId);

    // submit() once the bytes are read: for the demo seed, which has them whole.
    Result<QJsonObject> submitSigned(const QString &developerId, const QString &fileId, const QByteArray &bytes,
                                     const QString &signature);

private:
    struct Version {
        QString id, programId, version, fileId, sha256, signature, publicKey, status, icon;
        qint64 size = 0;
        Manifest manifest;
    };
    struct Program {
        QString id, developerId, status, currentVersion, statusReason;
    };
    Result<std::optional<Program>> program(const QString &id);
    Result<Program> listedProgram(const QString &id);                 // not_found unless listed
    Result<std::optional<Version>> version(const QString &programId, const QString &version);
    Result<Version> currentVersion(const Program &p);
    Result<std::optional<Version>> versionById(const QString &versionId);
    // The current version of a listed program, which must declare `permission` (none when empty).
    Result<Version> runnable(const QString &programId, const QString &permission = {});
    // Refuses `amount` when, with today's spending and payments in flight, it passes the user's cap.
    Status withinCap(const QString &userId, const Version &v, const QString &asset, int decimals, Amount amount,
                     QJsonObject *limits = nullptr);
    Result<QByteArray> readVerified(const Version &v);  // the blob, hash and signature checked again
    Status requireDeclared(const Version &v, const QString &permission);
    Result<QJsonObject> consentRow(const QString &userId, const QString &programId);
    Status writeConsent(const QString &userId, const QString &programId, const QJsonObject &consent);
    Result<Amount> dailyCap(const QJsonObject &consent, const QString &asset, int decimals);
    Result<Amount> spentToday(const QString &userId, const QString &programId, const QString &asset);
    // The user's cap for `asset` at this program and what they spent of it today.
    struct DailyLimit {
        Amount cap, spent;
        QJsonObject toJson(int decimals) const;
    };
    Result<DailyLimit> dailyLimit(const QString &userId, const QString &programId, const QJsonObject &consent,
                                  const QString &asset, int decimals);
    Result<Program> existingProgram(const QString &id); // not_found when there is none
    Result<QJsonObject> submitBytes(const QString &developerId, const QString &publicKey, const QString &fileId,
                                    const QByteArray &bytes, const QString &signature);
    Result<QString> developerKey(const QString &userId);
    void announce(const QString &programId, const QString &status);
    qint64 dayStartMs() const;

    storage::Database &m_db;
    files::FileService &m_files;
    identity::UserDirectory &m_users;
    payments::PaymentsService &m_payments;
    wallet::WalletService &m_wallet;
    messaging::MessagingService &m_messaging;
    notify::EventBus &m_bus;
    notify::NotificationService &m_notifications;
    audit::AuditLog &m_audit;
    const Clock &m_clock;
    MiniProgramsConfig m_config;
    // Payments confirmed and not yet answered, per user|program|asset: a
    // second purchase in flight counts against the cap too.
    QHash<QString, Amount> m_inFlight;
    // Bundles verified at the first chunk of a download, by hash (cost in KiB: 32 MiB in all).
    QCache<QString, QByteArray> m_verifiedBundles{32 * 1024};
};

} // namespace azc::miniprograms
