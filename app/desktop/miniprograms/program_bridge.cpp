#include "miniprograms/program_bridge.h"

namespace azc {

ProgramBridge::ProgramBridge(Dispatch dispatch, std::function<void()> painted, QObject *parent)
    : QObject(parent), m_dispatch(std::move(dispatch)), m_painted(std::move(painted))
{
}

void ProgramBridge::setContext(const QString &json)
{
    if (json == m_context)
        return;
    m_context = json;
    emit contextChanged();
}

void ProgramBridge::call(int id, const QString &method, const QString &argsJson)
{
    // Whatever the page sends is only a request: limits first, then the session decides.
    if (method.size() > 64 || argsJson.size() > 16 * 1024) {
        answer(id, false, QStringLiteral(R"({"code":"invalid_params","message":"the request is too large"})"));
        return;
    }
    m_dispatch(id, method, argsJson);
}

void ProgramBridge::painted()
{
    if (m_painted)
        m_painted();
}

} // namespace azc
