#pragma once
// Reads QR codes (and barcodes) out of images with libzbar: the wallet's Pay
// takes a screenshot, a saved picture or the clipboard's image of a payment
// code, as well as pasted text.

#include <QImage>
#include <QString>

namespace azc {

// The text of the first QR code (or Code 128 barcode) found; empty when none.
QString decodeCodeInImage(const QImage &image);

} // namespace azc
