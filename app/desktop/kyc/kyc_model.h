#pragma once
// The signed-in user's identity verification: current tier, past and pending
// cases (newest first) and a submission: documents chosen in QML are uploaded
// one by one (files.*), then kyc.submit names them.
// Rows: itemId, status, targetTier, fullName, dateOfBirth, country,
// documentType, documentNumber, documents, decisionReason, submittedAt, decidedAt.

#include "foundation/remote_list_model.h"

#include <QUrl>
#include <QVariantList>

namespace azc {

class KycModel : public RemoteListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int tier READ tier NOTIFY statusChanged)
    Q_PROPERTY(bool hasPending READ hasPending NOTIFY statusChanged)
    Q_PROPERTY(QVariantMap latest READ latest NOTIFY statusChanged)
    Q_PROPERTY(QVariantList selectedFiles READ selectedFiles NOTIFY selectedFilesChanged)
    Q_PROPERTY(bool submitting READ submitting NOTIFY submittingChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
public:
    static constexpr int MaxFiles = 6;

    explicit KycModel(QObject *parent = nullptr);

    int tier() const { return m_tier; }
    bool hasPending() const;
    QVariantMap latest() const { return get(0); }
    QVariantList selectedFiles() const;
    bool submitting() const { return m_submitting; }
    double progress() const { return m_progress; }

    Q_INVOKABLE void reload() override;
    // Accepts the URLs a FileDialog returns (or plain paths).
    Q_INVOKABLE void addFiles(const QList<QUrl> &urls);
    Q_INVOKABLE void removeFile(int index);
    Q_INVOKABLE void submit(int targetTier, const QString &fullName, const QString &dateOfBirth,
                            const QString &country, const QString &documentType,
                            const QString &documentNumber);

signals:
    void statusChanged();
    void selectedFilesChanged();
    void submittingChanged();
    void progressChanged();
    void submitted();

protected:
    void onAttached() override;

private:
    struct SubmitForm {
        int targetTier = 1;
        QString fullName, dateOfBirth, country, documentType, documentNumber;
    };
    void uploadNext();
    void sendSubmission();
    void stopSubmitting(const RpcReply *failure);
    void setProgress(double progress);

    int m_tier = 0;
    QStringList m_paths;       // chosen files, in order
    bool m_submitting = false;
    double m_progress = 0;
    SubmitForm m_form;
    QStringList m_uploadedIds; // files already uploaded for this submission
    qint64 m_bytesTotal = 0;
    qint64 m_bytesDone = 0;
};

} // namespace azc
