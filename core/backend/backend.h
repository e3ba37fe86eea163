#pragma once
// The composition root: opens storage, builds every domain service, registers
// their methods in the one method table and starts the WebSocket gateway.
// A Backend lives on one thread (domain logic is single-threaded); the
// embedded desktop mode moves it to a worker thread before start().

#include "audit/audit_log.h"
#include "backend/backend_config.h"
#include "common/result.h"
#include "ledger/ledger_service.h"

#include <QObject>
#include <QUrl>
#include <memory>

namespace azc {

namespace server { class MethodTable; }
namespace module { class ServiceRegistry; }

class Backend : public QObject
{
    Q_OBJECT
public:
    explicit Backend(BackendConfig config, QObject *parent = nullptr);
    ~Backend() override;

    // Opens the database, applies migrations, seeds demo data if asked and
    // starts listening. On failure returns false and sets *error.
    bool start(QString *error);
    // Only the storage and services, no socket: for operator commands.
    bool open(QString *error);

    // Operator commands (azcoinerd admin create / audit verify).
    Status createAdmin(const QString &username, const QString &password, const QString &displayName);
    Result<audit::VerifyReport> verifyAudit();
    // azcoinerd ledger verify: the ledger's invariants over the whole database.
    Result<ledger::LedgerReport> verifyLedger();
    // The method table, for tests that walk every method.
    const server::MethodTable &methods() const;
    // The services the modules built, for tests that drive one directly
    // (e.g. custody's contract calls, which no protocol method exposes).
    const module::ServiceRegistry &services() const;
    void stop();
    QUrl url() const; // ws://127.0.0.1:PORT once started
    QUrl paymentApiUrl() const; // http(s)://127.0.0.1:PORT when the partner API is on
    // Where a fresh demo keeps its example bot's token (for the bot's runner).
    static QString demoBotTokenPath(const QString &dataDir);

    struct Private;

private:
    std::unique_ptr<Private> d;
};

} // namespace azc
