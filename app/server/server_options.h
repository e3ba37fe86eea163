#pragma once
// azcoinerd's command line and config file (INI: the same keys as the long
// flags, e.g. `listen=0.0.0.0:8787`); flags override the file.

#include "backend/backend.h"

#include <QStringList>
#include <QTextStream>

namespace azcd {

enum class Command { Serve, Help, Version, AdminCreate, Migrate, AuditVerify, LedgerVerify };

struct ServerOptions {
    Command command = Command::Serve;
    azc::BackendConfig config;
    QString adminUsername;
    QString adminPassword;
    QString adminDisplayName;
};

QString usage();
bool parseOptions(const QStringList &arguments, ServerOptions *options, QString *problem);
int runOperatorCommand(azc::Backend &backend, const ServerOptions &options, QTextStream &out, QTextStream &err);

} // namespace azcd
