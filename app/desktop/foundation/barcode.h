#pragma once
// Code 128 barcodes for point-of-sale: an invoice's id printed or shown as
// a barcode that a shop's scanner (a keyboard wedge) types into the till,
// which then looks the invoice up. Code set B covers the ids' characters.

#include <QImage>
#include <QQuickImageProvider>

namespace azc {

// The bar/space widths (in modules) of `text` in Code 128 B, start and stop
// and check symbol included; empty when a character is outside set B.
QList<int> code128Widths(const QString &text);
// Black bars on white, `module` pixels per module, 10-module quiet zones;
// a null image when the text cannot be encoded.
QImage renderCode128(const QString &text, int module, int height);

// "image://barcode/<percent-encoded text>"
class BarcodeImageProvider : public QQuickImageProvider
{
public:
    static constexpr const char *Id = "barcode";
    BarcodeImageProvider() : QQuickImageProvider(QQuickImageProvider::Image) {}
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;
};

} // namespace azc
