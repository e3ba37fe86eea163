#pragma once
// The services the domain modules build, by type: a module adds what it
// builds and finds what it needs. The registry owns what is added and
// destroys it in reverse order of addition, so a service never outlives
// the ones it was built on.

#include <QtGlobal>

#include <memory>
#include <typeindex>
#include <typeinfo>
#include <unordered_map>
#include <vector>

namespace azc::module {

class ServiceRegistry
{
public:
    ServiceRegistry() = default;
    ServiceRegistry(const ServiceRegistry &) = delete;
    ServiceRegistry &operator=(const ServiceRegistry &) = delete;
    ~ServiceRegistry() { clear(); }

    // Takes ownership; a second service of the same type is a programming error.
    template <class T>
    T &add(std::unique_ptr<T> service)
    {
        T &ref = *service;
        remember(typeid(T), &ref);
        m_owned.push_back(std::shared_ptr<void>(std::move(service)));
        return ref;
    }
    // Null when nobody added one (optional collaborators such as a liquidity provider).
    template <class T>
    T *find() const
    {
        const auto it = m_byType.find(std::type_index(typeid(T)));
        return it == m_byType.end() ? nullptr : static_cast<T *>(it->second);
    }
    // A module asking for a service no earlier module built is a wiring bug: stop at start.
    template <class T>
    T &need() const
    {
        T *found = find<T>();
        if (!found)
            qFatal("service registry: %s was needed before any module added it", typeid(T).name());
        return *found;
    }

private:
    // Newest first: a service never outlives the ones it was built on.
    void clear()
    {
        while (!m_owned.empty())
            m_owned.pop_back();
        m_byType.clear();
    }

    void remember(const std::type_info &type, void *service)
    {
        if (!m_byType.emplace(std::type_index(type), service).second)
            qFatal("service registry: %s added twice", type.name());
    }

    std::unordered_map<std::type_index, void *> m_byType;
    std::vector<std::shared_ptr<void>> m_owned;
};

} // namespace azc::module
