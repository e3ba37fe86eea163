#pragma once
// A picture by fileId for the Bridge and Market screens (a point's icon, a
// product's images): the server's small preview (files.thumbnail) kept in
// the app-wide preview cache the chat uses and shown as
// "image://chatimage/<fileId>". `source` stays "" while it loads and when
// it cannot be shown (not an image, not allowed), so the screen falls back
// to initials. When eight previews are being made at once the server says
// rate_limited: asked again a little later, a few times.

#include "foundation/remote_object.h"

#include <QTimer>

namespace azc {

class FileThumbnail : public RemoteObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString fileId READ fileId WRITE setFileId NOTIFY changed)
    Q_PROPERTY(QString source READ source NOTIFY changed)
    Q_PROPERTY(bool failed READ failed NOTIFY changed)
public:
    explicit FileThumbnail(QObject *parent = nullptr);

    QString fileId() const { return m_fileId; }
    void setFileId(const QString &fileId);
    QString source() const { return m_source; }
    bool failed() const { return m_failed; }

signals:
    void changed();

protected:
    void onAttached() override { load(); }

private:
    void load();

    QString m_fileId;
    QString m_source;
    bool m_failed = false;
    int m_tries = 0;
    QTimer m_retry;
};

} // namespace azc
