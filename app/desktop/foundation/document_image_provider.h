#pragma once
// Images other people sent, for QML: KYC documents in the support console
// ("image://kycdoc/<fileId>") and chat previews. The cache keeps them as the
// bytes that arrived; they are decoded only when shown, by the provider, on
// QML's image thread (the Image elements are asynchronous), at the size
// they are shown and within a pixel budget, so a huge or hostile picture
// never stalls the window.

#include <QByteArray>
#include <QHash>
#include <QImage>
#include <QMutex>
#include <QQuickImageProvider>
#include <memory>

namespace azc {

class DocumentCache
{
public:
    static constexpr qint64 kMaxPixels = 50'000'000;

    // Reads only the header: true when `encoded` is a picture this cache
    // would show (a known format, within the pixel budget).
    static bool isShowableImage(const QByteArray &encoded);
    void insert(const QString &fileId, const QByteArray &encoded);
    bool contains(const QString &fileId) const;
    QByteArray encoded(const QString &fileId) const;
    void clear();

private:
    mutable QMutex m_mutex;
    QHash<QString, QByteArray> m_images;
};

class DocumentImageProvider : public QQuickImageProvider
{
public:
    static constexpr const char *Id = "kycdoc";
    explicit DocumentImageProvider(std::shared_ptr<DocumentCache> cache);

    // Decodes at `requestedSize` (the Image's sourceSize) when smaller than
    // the picture; `size` gets the picture's own size.
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

private:
    std::shared_ptr<DocumentCache> m_cache;
};

} // namespace azc
