#pragma once
// The people around the catalogue: developers (their signing key, uploads,
// review status and usage), admins (the review queue: approve, reject with
// a reason, roll back, suspend) and users (a program's consent, daily caps
// and spending history).

#include "foundation/remote_list_model.h"
#include "foundation/remote_object.h"

#include <QUrl>
#include <QVariantList>
#include <QVariantMap>

namespace azc {

class TokenStore;

class ProgramDeveloperConsole : public RemoteObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(MiniProgramDeveloperConsole)
    Q_PROPERTY(QVariantMap developer READ developer NOTIFY changed)
    Q_PROPERTY(QVariantList programs READ programs NOTIFY changed)
    Q_PROPERTY(bool hasSigningKey READ hasSigningKey NOTIFY changed)
    Q_PROPERTY(QString status READ status NOTIFY changed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY changed)
public:
    explicit ProgramDeveloperConsole(QObject *parent = nullptr);
    ~ProgramDeveloperConsole() override;

    QVariantMap developer() const { return m_developer; }
    QVariantList programs() const { return m_programs; }
    bool hasSigningKey() const { return !m_privateKey.isEmpty(); }
    QString status() const { return m_status; }
    QString lastError() const { return m_lastError; }

    Q_INVOKABLE void reload();
    // A new Ed25519 key: the private half into the OS keychain, the public half to the server.
    Q_INVOKABLE void createSigningKey(const QString &displayName);
    // Signs the zip with the keychain's key and submits it for review.
    Q_INVOKABLE void upload(const QUrl &zipFile);
    Q_INVOKABLE void rollback(const QString &programId, const QString &version);

signals:
    void changed();
    void uploaded(const QString &programId, const QString &version);

protected:
    void onAttached() override;

private:
    void fail(const QString &message);
    TokenStore *keyStore();
    QVariantMap m_developer;
    QVariantList m_programs;
    QString m_privateKey, m_status, m_lastError;
    TokenStore *m_keys = nullptr;
};

class ProgramReviewQueue : public RemoteListModel
{
    Q_OBJECT
    QML_NAMED_ELEMENT(MiniProgramReviewQueue)
    Q_PROPERTY(QString status READ status WRITE setStatus NOTIFY statusChanged)
public:
    explicit ProgramReviewQueue(QObject *parent = nullptr);
    QString status() const { return m_status; }
    void setStatus(const QString &s);
    Q_INVOKABLE void reload() override;
    Q_INVOKABLE void decide(const QString &versionId, bool approve, const QString &reason);
    Q_INVOKABLE void suspend(const QString &programId, bool suspended, const QString &reason);
    Q_INVOKABLE void rollback(const QString &programId, const QString &version);

signals:
    void statusChanged();
    void decided(const QString &versionId, const QString &status);

protected:
    void onAttached() override;

private:
    QString m_status = QStringLiteral("pending");
};

class ProgramSettings : public RemoteObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(MiniProgramSettings)
    Q_PROPERTY(QString programId READ programId WRITE setProgramId NOTIFY programIdChanged)
    Q_PROPERTY(QVariantMap consent READ consent NOTIFY changed)
    Q_PROPERTY(QVariantList payments READ payments NOTIFY changed)
public:
    explicit ProgramSettings(QObject *parent = nullptr);
    QString programId() const { return m_programId; }
    void setProgramId(const QString &id);
    QVariantMap consent() const { return m_consent; }
    QVariantList payments() const { return m_payments; }
    Q_INVOKABLE void reload();
    Q_INVOKABLE void setProfile(bool allowed);
    Q_INVOKABLE void revokeDevice(const QString &name);
    Q_INVOKABLE void setCap(const QString &asset, const QString &amount);

signals:
    void programIdChanged();
    void changed();

protected:
    void onAttached() override { reload(); }

private:
    void change(const QJsonObject &what);
    QString m_programId;
    QVariantMap m_consent;
    QVariantList m_payments;
};

} // namespace azc
