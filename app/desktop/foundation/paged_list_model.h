#pragma once
// Base of the server lists that come in pages: the first page on reload(),
// the next one on loadMore() (or fetchMore(), which views call as they
// scroll to the end) until the server says there is no more. A subclass
// names the method, the parameters for a page after a cursor, and how an
// answer splits into rows and the next cursor; this class keeps the cursor,
// the loading and at-end states, and drops answers for an earlier reload
// (the filter changed meanwhile).
//
// Two cursors cover the protocol's lists: a value the answer hands back
// (wallet.history's nextBefore) and an offset against a total
// (users.search, kyc.queue, chats.members): offsetPage() does the latter.

#include "foundation/remote_list_model.h"

#include <QJsonValue>

namespace azc {

class PagedListModel : public RemoteListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(bool loading READ loading NOTIFY pagingChanged)
    Q_PROPERTY(bool loadingMore READ loadingMore NOTIFY pagingChanged)
    Q_PROPERTY(bool canLoadMore READ canLoadMore NOTIFY pagingChanged)
    Q_PROPERTY(bool atEnd READ atEnd NOTIFY pagingChanged)
    Q_PROPERTY(int pageSize READ pageSize WRITE setPageSize NOTIFY pagingChanged)
    Q_PROPERTY(int total READ total NOTIFY totalChanged)
public:
    PagedListModel(QStringList keys, int pageSize, int maxPageSize, QObject *parent = nullptr);

    bool loading() const { return m_loading; }         // the first page is on its way
    bool loadingMore() const { return m_loadingMore; } // a further page is
    bool atEnd() const { return m_loaded && m_next.isNull(); }
    bool canLoadMore() const { return m_loaded && !m_next.isNull(); }
    int pageSize() const { return m_pageSize; }
    void setPageSize(int size);
    // How many rows the server has in all (offset-paged lists say), 0 until known.
    int total() const { return m_total; }

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    Q_INVOKABLE void reload() override;
    // The next page, if there is one and none is on its way.
    Q_INVOKABLE void loadMore();

signals:
    void pagingChanged();
    void totalChanged();

protected:
    struct Page {
        QList<QJsonObject> rows;
        QJsonValue next; // null: this was the last page
    };

    virtual QString pageMethod() const = 0;
    // `cursor` is null for the first page, otherwise the previous page's `next`.
    virtual QJsonObject pageParams(const QJsonValue &cursor, int limit) const = 0;
    // Not const: a subclass may keep what else the answer says (a total).
    virtual Page pageFrom(const QJsonObject &result, const QJsonValue &cursor) = 0;
    // False: the list is empty without asking (e.g. no asset chosen yet).
    virtual bool ready() const { return true; }
    // Whether a failed first page goes to the ErrorSink (default) or only to
    // firstPageFailed(), which then shows what it should.
    virtual bool reportFailures() const { return true; }
    virtual void firstPageFailed(const RpcReply &) {}

    // For offset-paged lists ({<key>: [...], total}): the rows under `key`
    // and the next offset while rows remain; keeps the total.
    Page offsetPage(const QJsonObject &result, const char *key, const QJsonValue &cursor);
    // Bumps the generation: answers already on their way are dropped.
    int generation() const { return m_generation; }

private:
    void setLoading(bool first, bool more);

    int m_pageSize;
    int m_maxPageSize;
    int m_generation = 0;
    bool m_loaded = false; // the first page arrived
    bool m_loading = false;
    bool m_loadingMore = false;
    QJsonValue m_next;
    int m_total = 0;
};

} // namespace azc
