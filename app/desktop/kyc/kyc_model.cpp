#include "kyc/kyc_model.h"

#include "foundation/event_hub.h"
#include "foundation/app_context.h"
#include "foundation/error_sink.h"
#include "foundation/file_transfer.h"

#include "client/api_client.h"

#include <QFileInfo>
#include <QJsonArray>

namespace azc {

KycModel::KycModel(QObject *parent)
    : RemoteListModel({QStringLiteral("id"), QStringLiteral("status"), QStringLiteral("targetTier"),
                       QStringLiteral("fullName"), QStringLiteral("dateOfBirth"), QStringLiteral("country"),
                       QStringLiteral("documentType"), QStringLiteral("documentNumber"),
                       QStringLiteral("documents"), QStringLiteral("decisionReason"),
                       QStringLiteral("submittedAt"), QStringLiteral("decidedAt")},
                      parent)
{
}

void KycModel::onAttached()
{
    events()->on(Topic::KycDecided, this, [this](const ServerEvent &) { reload(); });
}

bool KycModel::hasPending() const
{
    for (const QJsonObject &row : rows()) {
        if (row.value(QStringLiteral("status")).toString() == QLatin1String("pending"))
            return true;
    }
    return false;
}

QVariantList KycModel::selectedFiles() const
{
    QVariantList files;
    for (const QString &path : m_paths) {
        const QFileInfo info(path);
        files.append(QVariantMap{{QStringLiteral("name"), info.fileName()},
                                 {QStringLiteral("size"), info.size()},
                                 {QStringLiteral("path"), path}});
    }
    return files;
}

void KycModel::reload()
{
    request(QStringLiteral("kyc.status"), {}, [this](const QJsonObject &result) {
        m_tier = result.value(QStringLiteral("tier")).toInt();
        setRowsFrom(result.value(QStringLiteral("cases")));
        emit statusChanged();
    });
}

void KycModel::addFiles(const QList<QUrl> &urls)
{
    for (const QUrl &url : urls) {
        const QString path = url.isLocalFile() ? url.toLocalFile() : url.toString();
        if (m_paths.size() >= MaxFiles) {
            errors()->report(RpcReply::failure(0, QStringLiteral("too_many_files"), {}));
            break;
        }
        if (!path.isEmpty() && !m_paths.contains(path))
            m_paths.append(path);
    }
    emit selectedFilesChanged();
}

void KycModel::removeFile(int index)
{
    if (index < 0 || index >= m_paths.size() || m_submitting)
        return;
    m_paths.removeAt(index);
    emit selectedFilesChanged();
}

void KycModel::submit(int targetTier, const QString &fullName, const QString &dateOfBirth,
                      const QString &country, const QString &documentType, const QString &documentNumber)
{
    if (m_submitting)
        return;
    if (m_paths.isEmpty()) {
        errors()->report(RpcReply::failure(0, QStringLiteral("no_files"), {}));
        return;
    }
    m_form = {targetTier, fullName.trimmed(), dateOfBirth.trimmed(), country.trimmed().toUpper(),
              documentType, documentNumber.trimmed()};
    m_uploadedIds.clear();
    m_bytesTotal = 0;
    for (const QString &path : std::as_const(m_paths))
        m_bytesTotal += QFileInfo(path).size();
    m_bytesDone = 0;
    m_submitting = true;
    emit submittingChanged();
    setProgress(0);
    uploadNext();
}

void KycModel::uploadNext()
{
    if (m_uploadedIds.size() == m_paths.size()) {
        sendSubmission();
        return;
    }
    const QString path = m_paths.at(m_uploadedIds.size());
    auto *uploader = new FileUploader(client(), this);
    const qint64 doneBefore = m_bytesDone;
    connect(uploader, &FileUploader::progress, this, [this, doneBefore](qint64 sent, qint64) {
        setProgress(m_bytesTotal > 0 ? double(doneBefore + sent) / double(m_bytesTotal) : 1.0);
    });
    connect(uploader, &FileUploader::finished, this, [this, uploader, path](const QJsonObject &file) {
        uploader->deleteLater();
        m_uploadedIds.append(file.value(QStringLiteral("fileId")).toString());
        m_bytesDone += QFileInfo(path).size();
        uploadNext();
    });
    connect(uploader, &FileUploader::failed, this, [this, uploader](const RpcReply &reply) {
        uploader->deleteLater();
        stopSubmitting(&reply);
    });
    uploader->upload(path, QStringLiteral("kyc"));
}

void KycModel::sendSubmission()
{
    QJsonArray fileIds;
    for (const QString &id : std::as_const(m_uploadedIds))
        fileIds.append(id);
    const QJsonObject params{{QStringLiteral("targetTier"), m_form.targetTier},
                             {QStringLiteral("fullName"), m_form.fullName},
                             {QStringLiteral("dateOfBirth"), m_form.dateOfBirth},
                             {QStringLiteral("country"), m_form.country},
                             {QStringLiteral("documentType"), m_form.documentType},
                             {QStringLiteral("documentNumber"), m_form.documentNumber},
                             {QStringLiteral("fileIds"), fileIds}};
    client()->call(QStringLiteral("kyc.submit"), params, this, [this](const RpcReply &reply) {
        if (!reply.ok) {
            stopSubmitting(&reply);
            return;
        }
        m_paths.clear();
        emit selectedFilesChanged();
        stopSubmitting(nullptr);
        errors()->inform(tr("Your documents were sent. Support will review them."));
        emit submitted();
        reload();
    });
}

void KycModel::stopSubmitting(const RpcReply *failure)
{
    if (failure)
        errors()->report(*failure);
    m_submitting = false;
    emit submittingChanged();
    setProgress(failure ? 0 : 1);
}

void KycModel::setProgress(double progress)
{
    if (qFuzzyCompare(m_progress + 1, progress + 1))
        return;
    m_progress = progress;
    emit progressChanged();
}

} // namespace azc
