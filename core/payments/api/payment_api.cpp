#include "payments/api/payment_api.h"

#include "crypto/digest.h"
#include "payments/signing.h"
#include "server/client_address.h"
#include "server/tls_listener.h"

#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QUrlQuery>

namespace azc::payments {

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

// Sockets pass the TLS handshake (when configured) and then the guard
// before the HTTP server's parser gets them.
class HttpListener : public server::TlsListener
{
public:
    HttpListener(const HttpLimits &limits, QObject *parent) : server::TlsListener(10'000, parent)
    {
        connect(this, &server::TlsListener::ready, this, [this, limits](QTcpSocket *socket) {
            new HttpGuard(socket, limits);
            addPendingConnection(socket);
        });
    }
};

int statusFor(const QString &reason)
{
    static const QHash<QString, int> map = {
        {QStringLiteral("invalid_params"), 400},    {QStringLiteral("invalid_amount"), 400},
        {QStringLiteral("invalid_json"), 400},      {QStringLiteral("unauthorized"), 401},
        {QStringLiteral("forbidden"), 403},         {QStringLiteral("not_found"), 404},
        {QStringLiteral("invalid_state"), 409},     {QStringLiteral("idempotency_conflict"), 409},
        {QStringLiteral("insufficient_funds"), 422}, {QStringLiteral("limit_exceeded"), 422},
        {QStringLiteral("rate_limited"), 429},      {QStringLiteral("unavailable"), 503},
    };
    return map.value(reason, 500);
}

QByteArray problem(int status, const QString &reason, const QString &detail, const QJsonObject &extra = {})
{
    QJsonObject o = extra;
    o.insert(QStringLiteral("type"), QString(QStringLiteral("/problems/") + reason));
    o.insert(QStringLiteral("title"), QString::fromLatin1(httpStatusText(status)));
    o.insert(QStringLiteral("status"), status);
    o.insert(QStringLiteral("detail"), detail);
    o.insert(QStringLiteral("code"), reason);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// {invoices: [...], hasMore, nextCursor} → {object: "list", data: [...], hasMore, nextCursor}
QJsonObject listOf(const QJsonObject &page, const char *key)
{
    const QString cursor = page.value(QStringLiteral("nextCursor")).toString();
    return QJsonObject{{QStringLiteral("object"), QStringLiteral("list")},
                       {QStringLiteral("data"), page.value(QLatin1String(key))},
                       {QStringLiteral("hasMore"), page.value(QStringLiteral("hasMore")).toBool()},
                       {QStringLiteral("nextCursor"), cursor.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(cursor)}};
}

QString methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get: return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post: return QStringLiteral("POST");
    case QHttpServerRequest::Method::Put: return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Head: return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Patch: return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Options: return QStringLiteral("OPTIONS");
    default: return QStringLiteral("OTHER");
    }
}

// Matches "/v1/invoices/{id}" against a path; the {…} segments are returned.
bool matches(const QString &pattern, const QString &path, QStringList *args)
{
    const QStringList want = pattern.split(QLatin1Char('/')), have = path.split(QLatin1Char('/'));
    if (want.size() != have.size())
        return false;
    QStringList found;
    for (int i = 0; i < want.size(); ++i) {
        if (want[i].startsWith(QLatin1Char('{'))) {
            const QString &s = have[i];
            if (s.isEmpty() || s.size() > 64)
                return false;
            for (QChar c : s)
                if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('_') && c != QLatin1Char('-'))
                    return false;
            found.append(s);
        } else if (want[i] != have[i]) {
            return false;
        }
    }
    *args = found;
    return true;
}

// Optional string fields of a body: a value of another type is refused by name.
std::optional<Error> wrongType(const QJsonObject &body, const QStringList &strings, const QStringList &integers = {},
                               const QStringList &objects = {})
{
    for (const QString &k : strings)
        if (body.contains(k) && !body.value(k).isString())
            return fail("invalid_params", QStringLiteral("%1 is a string").arg(k), {{QStringLiteral("field"), k}});
    for (const QString &k : integers)
        if (body.contains(k) && body.value(k).toInteger(std::numeric_limits<qint64>::min()) == std::numeric_limits<qint64>::min())
            return fail("invalid_params", QStringLiteral("%1 is an integer").arg(k), {{QStringLiteral("field"), k}});
    for (const QString &k : objects)
        if (body.contains(k) && !body.value(k).isObject())
            return fail("invalid_params", QStringLiteral("%1 is an object").arg(k), {{QStringLiteral("field"), k}});
    return std::nullopt;
}

QString field(const QJsonObject &o, const char *k)
{
    return o.value(QLatin1String(k)).toString();
}

} // namespace

struct PaymentApi::Call {
    QString method;
    QString path;
    QUrlQuery query;
    QJsonObject body;
    Actor actor;
    QString idempotencyKey;
    std::function<Status()> write; // rows a successful answer stands for, committed with its idempotency record
    Page page() const
    {
        Page p;
        p.cursor = query.queryItemValue(QStringLiteral("cursor"));
        p.limit = query.hasQueryItem(QStringLiteral("limit")) ? query.queryItemValue(QStringLiteral("limit")).toInt() : 20;
        return p;
    }
};

const QList<PaymentApi::RouteInfo> &PaymentApi::routes()
{
    static const QList<RouteInfo> table = {
        {QStringLiteral("GET"), QStringLiteral("/v1/invoices"), QStringLiteral("read"), QStringLiteral("payments.invoices")},
        {QStringLiteral("POST"), QStringLiteral("/v1/invoices"), QStringLiteral("invoices:write"), QStringLiteral("payments.createInvoice")},
        {QStringLiteral("GET"), QStringLiteral("/v1/invoices/{id}"), QStringLiteral("read"), QStringLiteral("payments.invoice")},
        {QStringLiteral("POST"), QStringLiteral("/v1/invoices/{id}/cancel"), QStringLiteral("invoices:write"), QStringLiteral("payments.cancelInvoice")},
        {QStringLiteral("GET"), QStringLiteral("/v1/refunds"), QStringLiteral("read"), QStringLiteral("payments.refunds")},
        {QStringLiteral("POST"), QStringLiteral("/v1/refunds"), QStringLiteral("refunds:write"), QStringLiteral("payments.refund")},
        {QStringLiteral("GET"), QStringLiteral("/v1/payouts"), QStringLiteral("read"), QStringLiteral("payments.payouts")},
        {QStringLiteral("POST"), QStringLiteral("/v1/payouts"), QStringLiteral("payouts:write"), QStringLiteral("payments.payout")},
        {QStringLiteral("GET"), QStringLiteral("/v1/balances"), QStringLiteral("read"), QStringLiteral("payments.balances")},
        {QStringLiteral("GET"), QStringLiteral("/v1/statement"), QStringLiteral("read"), QStringLiteral("payments.statement")},
        {QStringLiteral("GET"), QStringLiteral("/v1/events"), QStringLiteral("read"), QStringLiteral("payments.events")},
        {QStringLiteral("GET"), QStringLiteral("/v1/events/{id}"), QStringLiteral("read"), QStringLiteral("payments.events")},
    };
    return table;
}

PaymentApi::PaymentApi(PaymentsService &payments, QObject *parent) : QAbstractHttpServer(parent), m_payments(payments) {}

PaymentApi::~PaymentApi() = default;

Status PaymentApi::listen(const QString &certificateFile, const QString &keyFile, int reloadSeconds)
{
    const PaymentsConfig &c = m_payments.config();
    HttpLimits limits;
    limits.maxBodyBytes = c.maxBodyBytes;
    limits.maxHeaderBytes = c.maxHeaderBytes;
    limits.maxHeaders = c.maxHeaders;
    auto *listener = new HttpListener(limits, this);
    if (!certificateFile.isEmpty() || !keyFile.isEmpty()) {
        if (auto s = listener->useCertificate(certificateFile, keyFile, reloadSeconds); !s)
            return s;
        m_secure = true;
    }
    if (!listener->listen(c.apiAddress, c.apiPort))
        return fail("unavailable", QStringLiteral("the payment API cannot listen: ") + listener->errorString());
    m_listener = listener;
    bind(listener);
    return okStatus();
}

QUrl PaymentApi::url() const
{
    if (!m_listener)
        return {};
    QUrl u;
    u.setScheme(m_secure ? QStringLiteral("https") : QStringLiteral("http"));
    u.setHost(m_listener->serverAddress().toString());
    u.setPort(m_listener->serverPort());
    return u;
}

bool PaymentApi::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QPointer<QTcpSocket> alive(socket);
    dispatch(request, [responder, alive](int status, const QByteArray &body, const Headers &headers) {
        if (!alive) // the partner hung up before the answer was ready
            return;
        responder->writeStatusLine(QHttpServerResponder::StatusCode(status));
        for (const auto &[name, value] : headers)
            responder->writeHeader(name, value);
        responder->writeHeader("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
        responder->writeHeader("Content-Length", QByteArray::number(body.size()));
        responder->writeHeader("Cache-Control", "no-store");
        responder->writeBody(body);
    });
    return true;
}

void PaymentApi::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest answers everything; kept for the interface.
    makeResponder(request, socket).write(problem(404, QStringLiteral("not_found"), QStringLiteral("no such route")),
                                         "application/problem+json", QHttpServerResponder::StatusCode::NotFound);
}

void PaymentApi::forgetOldNonces(qint64 nowMs)
{
    if (nowMs - m_lastSweepMs < 10'000)
        return;
    m_lastSweepMs = nowMs;
    for (auto it = m_seenNonces.begin(); it != m_seenNonces.end();)
        it = it.value() < nowMs ? m_seenNonces.erase(it) : std::next(it);
}

void PaymentApi::dispatch(const QHttpServerRequest &request, Answer answer)
{
    const PaymentsConfig &c = m_payments.config();
    const qint64 now = m_payments.clock().nowMs();
    const QString method = methodName(request.method());
    const QString path = request.url().path(QUrl::FullyEncoded);
    const auto refuse = [&answer](int status, const QString &reason, const QString &detail, Headers headers = {}) {
        answer(status, problem(status, reason, detail), headers);
    };

    // The route first: an unknown path is 404 and a known path with another method 405, before any credential is looked at.
    // Its own routes, then those other domains added (the Bridge's).
    QList<RouteInfo> table = routes();
    for (const PaymentsService::ApiRoute &r : m_payments.apiRoutes())
        table.append({r.method, r.path, r.scope, r.twin});
    const RouteInfo *route = nullptr;
    QStringList args;
    QStringList allowed;
    for (const RouteInfo &r : std::as_const(table)) {
        QStringList found;
        if (!matches(r.path, path, &found))
            continue;
        allowed.append(r.method);
        if (r.method == method) {
            route = &r;
            args = found;
        }
    }
    if (!route) {
        if (allowed.isEmpty())
            return refuse(404, QStringLiteral("not_found"), QStringLiteral("no such route"));
        return refuse(405, QStringLiteral("method_not_allowed"), QStringLiteral("use ") + allowed.join(QStringLiteral(", ")),
                      {{"Allow", allowed.join(QStringLiteral(", ")).toLatin1()}});
    }

    // Credentials. Failures are counted per address; past the budget the
    // answer is 429 whatever the key, so guessing is slow.
    const QString source = server::addressKey(request.remoteAddress());
    const auto authFailed = [&](const QString &reason, const QString &detail) {
        const qint64 wait = m_limiter.take(QStringLiteral("fail:") + source, {20, 40}, now);
        if (wait > 0)
            return refuse(429, QStringLiteral("rate_limited"), QStringLiteral("too many failed requests from your address"),
                          {{"Retry-After", QByteArray::number((wait + 999) / 1000)}});
        refuse(401, reason, detail);
    };
    const QByteArray keyId = request.value("AZ-Key"), timestamp = request.value("AZ-Timestamp"),
                     nonce = request.value("AZ-Nonce"), signature = request.value("AZ-Signature").toLower();
    if (keyId.isEmpty() || timestamp.isEmpty() || signature.isEmpty() || nonce.isEmpty())
        return authFailed(QStringLiteral("unauthorized"), QStringLiteral("send AZ-Key, AZ-Timestamp, AZ-Nonce and AZ-Signature"));
    if (nonce.size() < 16 || nonce.size() > 64)
        return authFailed(QStringLiteral("unauthorized"), QStringLiteral("AZ-Nonce has 16 to 64 characters"));
    auto key = m_payments.apiKey(QString::fromLatin1(keyId));
    if (!key)
        return authFailed(QStringLiteral("unauthorized"), QStringLiteral("unknown or revoked API key"));
    if (!key->allowFrom.isEmpty()) {
        const bool inside = std::any_of(key->allowFrom.cbegin(), key->allowFrom.cend(), [&request](const server::Subnet &net) {
            return request.remoteAddress().isInSubnet(net);
        });
        if (!inside)
            return refuse(403, QStringLiteral("address_not_allowed"),
                          QStringLiteral("this key may not be used from %1").arg(request.remoteAddress().toString()));
    }
    bool numeric = false;
    const qint64 ts = timestamp.toLongLong(&numeric);
    if (!numeric || qAbs(now / 1000 - ts) > c.signatureToleranceSeconds)
        return authFailed(QStringLiteral("stale_timestamp"),
                          QStringLiteral("AZ-Timestamp is more than %1 s from the server's clock").arg(c.signatureToleranceSeconds));
    const QByteArray query = request.url().query(QUrl::FullyEncoded).toLatin1();
    const QByteArray target = path.toLatin1() + (query.isEmpty() ? QByteArray() : "?" + query);
    const QByteArray body = request.body();
    const QByteArray expected = requestSignature(key->secret, method.toLatin1(), target, timestamp, nonce, body);
    if (!crypto::constantTimeEquals(expected, signature))
        return authFailed(QStringLiteral("bad_signature"), QStringLiteral("AZ-Signature does not match the request"));
    forgetOldNonces(now);
    // A captured request sent again is refused: each (key, nonce) counts once
    // while its timestamp could still pass (twice the tolerance).
    const QByteArray seenKey = keyId + ':' + nonce;
    if (m_seenNonces.contains(seenKey))
        return authFailed(QStringLiteral("replayed"), QStringLiteral("this request was already received; send each one with a fresh AZ-Nonce"));
    m_seenNonces.insert(seenKey, now + 2 * qint64(c.signatureToleranceSeconds) * 1000);
    if (const qint64 wait = m_limiter.take(QStringLiteral("key:") + key->id, {c.requestsPerSecondPerKey, c.burstPerKey}, now);
        wait > 0)
        return refuse(429, QStringLiteral("rate_limited"), QStringLiteral("slow down"),
                      {{"Retry-After", QByteArray::number((wait + 999) / 1000)}});
    if (!key->scopes.contains(route->scope))
        return refuse(403, QStringLiteral("insufficient_scope"), QStringLiteral("this key lacks the scope ") + route->scope);
    m_payments.touchKey(key->id);

    auto call = std::make_shared<Call>();
    call->method = method;
    call->path = path;
    call->query = QUrlQuery(request.url());
    call->actor.orgId = key->orgId;
    call->actor.keyId = key->id;
    call->actor.scopes = key->scopes;
    if (method == QLatin1String("POST")) {
        const QByteArray type = request.value("Content-Type").toLower();
        if (!(type == "application/json" || type.startsWith("application/json;")))
            return refuse(415, QStringLiteral("unsupported_media_type"), QStringLiteral("send application/json"));
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(body.isEmpty() ? QByteArrayLiteral("{}") : body, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return refuse(400, QStringLiteral("invalid_json"), QStringLiteral("the body is not a JSON object"));
        call->body = doc.object();
        const QByteArray idem = request.value("Idempotency-Key");
        bool printable = !idem.isEmpty() && idem.size() <= 255;
        for (char ch : idem)
            printable = printable && ch > 0x20 && ch < 0x7f;
        if (!printable)
            return refuse(400, QStringLiteral("idempotency_key_required"),
                          QStringLiteral("every POST carries an Idempotency-Key of 1 to 255 printable characters"));
        call->idempotencyKey = QString::fromLatin1(idem);
        const QByteArray fingerprint = crypto::sha256Hex(method.toLatin1() + ' ' + path.toLatin1() + '\n' + body);
        const QString pattern = route->path;
        m_payments.once(key->orgId, call->idempotencyKey, fingerprint,
                        [this, call, pattern, args](std::function<void(PaymentsService::Outcome)> done) {
                            this->route(*call, pattern, args, [done, call](int status, const QByteArray &b, const Headers &) {
                                done({{status, b}, call->write});
                            });
                        },
                        [answer](const PaymentsService::StoredAnswer &a) { answer(a.status, a.body, {}); });
        return;
    }
    this->route(*call, route->path, args, answer);
}

void PaymentApi::route(Call &call, const QString &pattern, const QStringList &args, Answer answer)
{
    PaymentsService &p = m_payments;
    const Actor &actor = call.actor;
    // One way back for every handler: 2xx JSON or problem details.
    const auto reply = [answer](int okStatus, std::function<QJsonObject(const QJsonObject &)> shape = {}) {
        return [answer, okStatus, shape](const Result<QJsonObject> &r) {
            if (!r) {
                const int status = statusFor(r.error().reason);
                return answer(status, problem(status, r.error().reason, r.error().message, r.error().data), {});
            }
            answer(okStatus, json(shape ? shape(r.value()) : r.value()), {});
        };
    };
    const auto list = [](const char *key) { return [key](const QJsonObject &o) { return listOf(o, key); }; };
    const bool post = call.method == QLatin1String("POST");
    const QJsonObject &b = call.body;
    const auto bad = [&reply](const Error &e) { reply(400)(e); };

    if (pattern == QLatin1String("/v1/invoices") && post) {
        if (auto e = wrongType(b, {QStringLiteral("asset"), QStringLiteral("amount"), QStringLiteral("priceCurrency"),
                                   QStringLiteral("priceAmount"), QStringLiteral("description"), QStringLiteral("orderId")},
                               {QStringLiteral("expiresInMinutes")}, {QStringLiteral("metadata")}))
            return bad(*e);
        InvoiceDraft d{field(b, "asset"), field(b, "amount"), field(b, "priceCurrency"), field(b, "priceAmount"), field(b, "description"),
                       field(b, "orderId"), b.value(QStringLiteral("metadata")).toObject(),
                       int(std::clamp<qint64>(b.value(QStringLiteral("expiresInMinutes")).toInteger(), 0, 1'000'000))};
        auto prepared = p.prepareInvoice(actor, d);
        if (!prepared)
            return reply(201)(prepared.error());
        call.write = prepared->write; // written with the idempotency record, in the next group commit
        return reply(201)(prepared->invoice);
    }
    if (pattern == QLatin1String("/v1/invoices"))
        return reply(200, list("invoices"))(p.invoices(actor, call.query.queryItemValue(QStringLiteral("status")), call.page()));
    if (pattern == QLatin1String("/v1/invoices/{id}"))
        return reply(200)(p.invoice(actor, args.value(0)));
    if (pattern == QLatin1String("/v1/invoices/{id}/cancel"))
        return reply(200)(p.cancelInvoice(actor, args.value(0)));
    if (pattern == QLatin1String("/v1/refunds") && post) {
        if (auto e = wrongType(b, {QStringLiteral("invoiceId"), QStringLiteral("amount"), QStringLiteral("reason")}))
            return bad(*e);
        if (field(b, "invoiceId").isEmpty())
            return bad(fail("invalid_params", QStringLiteral("invoiceId is required"), {{QStringLiteral("field"), QStringLiteral("invoiceId")}}));
        return p.refund(actor, field(b, "invoiceId"), field(b, "amount"), field(b, "reason"), call.idempotencyKey,
                        reply(201, [](const QJsonObject &o) { return o.value(QStringLiteral("refund")).toObject(); }));
    }
    if (pattern == QLatin1String("/v1/refunds"))
        return reply(200, list("refunds"))(p.refunds(actor, call.query.queryItemValue(QStringLiteral("invoiceId")), call.page()));
    if (pattern == QLatin1String("/v1/payouts") && post) {
        if (auto e = wrongType(b, {QStringLiteral("asset"), QStringLiteral("amount"), QStringLiteral("toUsername")}))
            return bad(*e);
        return p.payout(actor, field(b, "asset"), field(b, "amount"), field(b, "toUsername"), call.idempotencyKey,
                        reply(201, [](const QJsonObject &o) { return o.value(QStringLiteral("payout")).toObject(); }));
    }
    if (pattern == QLatin1String("/v1/payouts"))
        return reply(200, list("payouts"))(p.payouts(actor, call.page()));
    if (pattern == QLatin1String("/v1/balances"))
        return reply(200)(p.balances(actor));
    if (pattern == QLatin1String("/v1/statement")) {
        const int days = call.query.hasQueryItem(QStringLiteral("days")) ? call.query.queryItemValue(QStringLiteral("days")).toInt() : 30;
        return reply(200)(p.statement(actor, call.query.queryItemValue(QStringLiteral("asset")), days));
    }
    if (pattern == QLatin1String("/v1/events"))
        return reply(200, list("events"))(p.events(actor, call.query.queryItemValue(QStringLiteral("type")), call.page()));
    if (pattern == QLatin1String("/v1/events/{id}"))
        return reply(200)(p.event(actor, args.value(0)));
    for (const PaymentsService::ApiRoute &r : p.apiRoutes()) {
        if (r.path != pattern || r.method != call.method)
            continue;
        PaymentsService::ApiRequest request{actor, call.method, args, {}, call.body, call.idempotencyKey};
        for (const auto &[k, v] : call.query.queryItems(QUrl::FullyDecoded))
            request.query.insert(k, v);
        return r.handle(request, [reply](int okStatus, const Result<QJsonObject> &result) { reply(okStatus)(result); });
    }
    reply(500)(fail("internal_error", QStringLiteral("route without a handler: ") + pattern));
}

} // namespace azc::payments
