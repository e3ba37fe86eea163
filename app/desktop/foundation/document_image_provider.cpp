#include "foundation/document_image_provider.h"

#include <QBuffer>
#include <QImageReader>
#include <QMutexLocker>

namespace azc {

namespace {

void prepare(QImageReader &reader)
{
    reader.setAutoTransform(true); // phone photos carry their rotation in EXIF
    reader.setAllocationLimit(int(DocumentCache::kMaxPixels * 4 / (1024 * 1024)));
}

bool withinBudget(const QSize &size)
{
    return size.isValid() && !size.isEmpty() && qint64(size.width()) * size.height() <= DocumentCache::kMaxPixels;
}

} // namespace

bool DocumentCache::isShowableImage(const QByteArray &encoded)
{
    QBuffer buffer;
    buffer.setData(encoded);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    prepare(reader);
    return reader.canRead() && withinBudget(reader.size());
}

void DocumentCache::insert(const QString &fileId, const QByteArray &encoded)
{
    QMutexLocker lock(&m_mutex);
    m_images.insert(fileId, encoded);
}

bool DocumentCache::contains(const QString &fileId) const
{
    QMutexLocker lock(&m_mutex);
    return m_images.contains(fileId);
}

QByteArray DocumentCache::encoded(const QString &fileId) const
{
    QMutexLocker lock(&m_mutex);
    return m_images.value(fileId);
}

void DocumentCache::clear()
{
    QMutexLocker lock(&m_mutex);
    m_images.clear();
}

DocumentImageProvider::DocumentImageProvider(std::shared_ptr<DocumentCache> cache)
    : QQuickImageProvider(QQuickImageProvider::Image), m_cache(std::move(cache))
{
}

QImage DocumentImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    // The id may carry a "?n" suffix QML adds to force a reload.
    QBuffer buffer;
    buffer.setData(m_cache->encoded(id.section(QLatin1Char('?'), 0, 0)));
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    prepare(reader);
    const QSize full = reader.size();
    if (size)
        *size = full;
    if (!withinBudget(full))
        return {};
    if (requestedSize.width() > 0 && requestedSize.height() > 0
        && (requestedSize.width() < full.width() || requestedSize.height() < full.height()))
        reader.setScaledSize(full.scaled(requestedSize, Qt::KeepAspectRatio));
    return reader.read();
}

} // namespace azc
