#pragma once
// The documents of a case under review (personal KYC or a business's KYB):
// one at a time, downloaded through files.download into the document cache
// and shown as "image://kycdoc/<fileId>" (decoded off the GUI thread at the
// size shown). Both review queues own one and show it through the same
// DocumentViewer.

#include <QObject>
#include <QString>
#include <QVariantList>

namespace azc {

class AppContext;
class FileDownloader;

class ReviewDocuments : public QObject
{
    Q_OBJECT
public:
    explicit ReviewDocuments(QObject *parent = nullptr);

    // `documents`: [{fileId, name, mime, size}] of the case now shown; index 0 first.
    void showCase(AppContext *context, const QVariantList &documents);
    void show(int index);
    void clear();

    int index() const { return m_index; }
    QString source() const { return m_source; }
    bool loading() const { return m_loading; }
    QString note() const { return m_note; }
    double progress() const { return m_progress; } // display only: a progress bar

signals:
    void changed();

private:
    void onDownloaded(const QString &fileId, const QByteArray &data, const QString &mime);
    void setState(const QString &source, bool loading, const QString &note);

    AppContext *m_context = nullptr;
    QVariantList m_documents;
    int m_index = -1;
    QString m_source;
    bool m_loading = false;
    QString m_note;
    double m_progress = 0;
    FileDownloader *m_downloader = nullptr;
};

} // namespace azc
