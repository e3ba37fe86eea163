#include "support/review_documents.h"

#include "foundation/app_context.h"
#include "foundation/document_image_provider.h"
#include "foundation/error_sink.h"
#include "foundation/file_transfer.h"

namespace azc {

ReviewDocuments::ReviewDocuments(QObject *parent) : QObject(parent) {}

void ReviewDocuments::showCase(AppContext *context, const QVariantList &documents)
{
    m_context = context;
    m_documents = documents;
    show(0);
}

void ReviewDocuments::clear()
{
    m_documents.clear();
    m_index = -1;
    setState({}, false, {});
}

void ReviewDocuments::setState(const QString &source, bool loading, const QString &note)
{
    m_source = source;
    m_loading = loading;
    m_note = note;
    emit changed();
}

void ReviewDocuments::show(int index)
{
    if (index < 0 || index >= m_documents.size() || !m_context) {
        m_index = -1;
        setState({}, false, m_documents.isEmpty() ? tr("This case has no documents.") : QString());
        return;
    }
    m_index = index;
    const QString fileId = m_documents.at(index).toMap().value(QStringLiteral("fileId")).toString();
    if (m_context->documents()->contains(fileId)) {
        setState(QStringLiteral("image://kycdoc/") + fileId, false, {});
        return;
    }
    if (!m_downloader) {
        m_downloader = new FileDownloader(m_context->client(), this);
        connect(m_downloader, &FileDownloader::finished, this, &ReviewDocuments::onDownloaded);
        connect(m_downloader, &FileDownloader::progress, this, [this](qint64 received, qint64 total) {
            m_progress = total > 0 ? double(received) / double(total) : 0;
            emit changed();
        });
        connect(m_downloader, &FileDownloader::failed, this, [this](const QString &, const RpcReply &reply) {
            m_context->errors()->report(reply);
            setState({}, false, tr("The document could not be loaded."));
        });
    }
    m_progress = 0;
    setState({}, true, {});
    m_downloader->download(fileId);
}

void ReviewDocuments::onDownloaded(const QString &fileId, const QByteArray &data, const QString &mime)
{
    if (mime == QLatin1String("application/pdf")) {
        // Qt PDF is not part of this build; say so rather than show nothing.
        setState({}, false, tr("PDF documents cannot be previewed here yet (%1 KB).").arg((data.size() + 1023) / 1024));
        return;
    }
    // Only the header is read here; the image is decoded off this thread, at
    // the size it is shown (DocumentImageProvider).
    if (!DocumentCache::isShowableImage(data)) {
        setState({}, false, tr("This file is not an image that can be shown."));
        return;
    }
    m_context->documents()->insert(fileId, data);
    setState(QStringLiteral("image://kycdoc/") + fileId, false, {});
}

} // namespace azc
