#pragma once
// QR codes for the desktop: the 2FA setup shows its otpauth:// link as one,
// so a phone's authenticator app can scan it. Drawn with libqrencode.

#include <QImage>
#include <QQuickImageProvider>

namespace azc {

// Black modules on white with the 4-module quiet zone scanners expect; a
// null image when the text does not fit a QR code.
QImage renderQrCode(const QString &text, int moduleSize);

// "image://qr/<percent-encoded text>"
class QrImageProvider : public QQuickImageProvider
{
public:
    static constexpr const char *Id = "qr";
    QrImageProvider() : QQuickImageProvider(QQuickImageProvider::Image) {}
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;
};

} // namespace azc
