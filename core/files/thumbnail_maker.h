#pragma once
// Decoding an image into a chat preview, on its own: no database, no
// service state, safe on any thread (the backend runs it on a worker so a
// large picture never stalls the sockets), and a fuzz target.

#include "common/result.h"

#include <QByteArray>
#include <QSize>

class QIODevice;

namespace azc::files {

struct ThumbnailBudget {
    int edge = 320;                      // longest side of the preview
    qint64 maxPixels = 50'000'000;       // beyond this a "picture" is a decompression bomb, not a photo
    int maxBytes = 45 * 1024;            // the JPEG must fit one reply
};

struct Thumbnail {
    QByteArray jpeg;
    QSize size;
};

// A JPEG of at most budget.edge px, decoded at that size where the format
// allows (a 10 MB photo is never decoded whole), quality lowered until it
// fits budget.maxBytes. "unsupported_type" for what cannot be previewed.
Result<Thumbnail> makeThumbnail(QIODevice *image, const ThumbnailBudget &budget);

} // namespace azc::files
