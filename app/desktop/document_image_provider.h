#pragma once
// KYC document images for QML: the support console downloads a document
// through files.download into the cache, then shows "image://kycdoc/<fileId>".
// The provider may be asked from the scene-graph thread, hence the lock.

#include <QHash>
#include <QImage>
#include <QMutex>
#include <QQuickImageProvider>
#include <memory>

namespace azc {

class DocumentCache
{
public:
    void insert(const QString &fileId, const QImage &image);
    QImage image(const QString &fileId) const;
    void clear();

private:
    mutable QMutex m_mutex;
    QHash<QString, QImage> m_images;
};

class DocumentImageProvider : public QQuickImageProvider
{
public:
    static constexpr const char *Id = "kycdoc";
    explicit DocumentImageProvider(std::shared_ptr<DocumentCache> cache);

    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

private:
    std::shared_ptr<DocumentCache> m_cache;
};

} // namespace azc
