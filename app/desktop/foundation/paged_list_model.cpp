#include "foundation/paged_list_model.h"

#include <QJsonArray>

#include <algorithm>

namespace azc {

PagedListModel::PagedListModel(QStringList keys, int pageSize, int maxPageSize, QObject *parent)
    : RemoteListModel(std::move(keys), parent), m_pageSize(pageSize), m_maxPageSize(maxPageSize)
{
}

void PagedListModel::setPageSize(int size)
{
    size = std::clamp(size, 1, m_maxPageSize);
    if (m_pageSize == size)
        return;
    m_pageSize = size;
    emit pagingChanged();
}

bool PagedListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && canLoadMore() && !m_loadingMore;
}

void PagedListModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        loadMore();
}

void PagedListModel::setLoading(bool first, bool more)
{
    m_loading = first;
    m_loadingMore = more;
    emit pagingChanged(); // also for loaded/next, which change alongside
}

void PagedListModel::reload()
{
    const int generation = ++m_generation;
    m_loaded = false;
    m_next = QJsonValue();
    if (!context())
        return;
    if (!ready()) {
        setRows({});
        m_loaded = true;
        setLoading(false, false);
        return;
    }
    setLoading(true, false);
    auto done = [this, generation](const QJsonObject &result) {
        if (generation != m_generation)
            return;
        Page page = pageFrom(result, QJsonValue());
        setRows(page.rows);
        m_next = page.next;
        m_loaded = true;
        setLoading(false, false);
    };
    auto failed = [this, generation](const RpcReply &reply) {
        if (generation != m_generation)
            return;
        setLoading(false, false);
        firstPageFailed(reply);
    };
    if (reportFailures())
        request(pageMethod(), pageParams(QJsonValue(), m_pageSize), done, failed);
    else
        requestQuietly(pageMethod(), pageParams(QJsonValue(), m_pageSize), done, failed);
}

void PagedListModel::loadMore()
{
    if (!canLoadMore() || m_loadingMore || m_loading)
        return;
    const int generation = m_generation;
    const QJsonValue cursor = m_next;
    setLoading(false, true);
    request(pageMethod(), pageParams(cursor, m_pageSize), [this, generation, cursor](const QJsonObject &result) {
        if (generation != m_generation)
            return;
        Page page = pageFrom(result, cursor);
        appendRows(page.rows);
        m_next = page.next;
        setLoading(false, false);
    }, [this, generation](const RpcReply &) {
        if (generation == m_generation)
            setLoading(false, false);
    });
}

PagedListModel::Page PagedListModel::offsetPage(const QJsonObject &result, const char *key, const QJsonValue &cursor)
{
    Page page;
    for (const QJsonValue &v : result.value(QLatin1String(key)).toArray())
        page.rows.append(v.toObject());
    const qint64 offset = cursor.isNull() ? 0 : cursor.toInteger();
    const qint64 reached = offset + page.rows.size();
    const int total = result.value(QStringLiteral("total")).toInt();
    if (total != m_total) {
        m_total = total;
        emit totalChanged();
    }
    // An empty page ends it too: the total moved under us (rows deleted).
    if (!page.rows.isEmpty() && reached < total)
        page.next = reached;
    return page;
}

} // namespace azc
