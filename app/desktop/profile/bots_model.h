#pragma once
// Profile: the bots the signed-in user owns (bots.list), making one
// (bots.create) and replacing a token (bots.resetToken). A token is shown
// once — the server keeps only its hash — so it is handed to the screen in
// a signal and not kept here.
// Rows: itemId, username, displayName, createdAt.

#include "foundation/remote_list_model.h"

namespace azc {

class BotsModel : public RemoteListModel
{
    Q_OBJECT
    QML_ELEMENT
public:
    explicit BotsModel(QObject *parent = nullptr);

    Q_INVOKABLE void reload() override;
    Q_INVOKABLE void create(const QString &username, const QString &displayName);
    Q_INVOKABLE void resetToken(const QString &botId);

signals:
    // A new token for `username`'s bot, to show once.
    void tokenIssued(const QString &username, const QString &token);
    void failed(const QString &message);

protected:
    void onAttached() override;
};

} // namespace azc
