#pragma once

#include <QSharedData>
#include <QSharedDataPointer>

#include <optional>

namespace ap {

// An optional value kept apart from the struct that has it, shared by the struct's copies until
// one of them changes it (Qt's implicit sharing), and read as std::optional is. For a member
// that is seldom set in a struct there are very many of: a task's assessment item, set on the
// few tasks assessed, took 88 of a task's 232 bytes (8.8 MB of a 100,000-task plan for nothing),
// and was copied with every copy of a task.
template <class T>
class OptionalBox
{
public:
    OptionalBox() = default;
    OptionalBox(std::nullopt_t) {}
    OptionalBox(const T &value) : m_d(new Data(value)) {}
    OptionalBox(const std::optional<T> &value)
    {
        if (value)
            m_d = new Data(*value);
    }

    operator std::optional<T>() const { return m_d ? std::optional<T>(m_d->value) : std::nullopt; }
    bool has_value() const { return bool(m_d); }
    explicit operator bool() const { return has_value(); }
    // As std::optional's: only when it has a value.
    const T &operator*() const { return m_d->value; }
    const T *operator->() const { return &m_d->value; }
    // Changing it through these leaves the copies that share it as they were. A reference kept
    // from them is the box's own only until the box is copied again.
    T &operator*() { return m_d->value; }
    T *operator->() { return &m_d->value; }
    T value_or(const T &otherwise) const { return m_d ? m_d->value : otherwise; }
    void reset() { m_d.reset(); }

    friend bool operator==(const OptionalBox &a, const OptionalBox &b)
    {
        return a.m_d == b.m_d || (a.has_value() && b.has_value() ? *a == *b : a.has_value() == b.has_value());
    }
    friend bool operator!=(const OptionalBox &a, const OptionalBox &b) { return !(a == b); }
    friend bool operator==(const OptionalBox &a, const std::optional<T> &b) { return b ? a == *b : !a.has_value(); }
    friend bool operator!=(const OptionalBox &a, const std::optional<T> &b) { return !(a == b); }
    friend bool operator==(const std::optional<T> &a, const OptionalBox &b) { return b == a; }
    friend bool operator!=(const std::optional<T> &a, const OptionalBox &b) { return !(b == a); }
    friend bool operator==(const OptionalBox &a, std::nullopt_t) { return !a.has_value(); }
    friend bool operator!=(const OptionalBox &a, std::nullopt_t) { return a.has_value(); }
    friend bool operator==(std::nullopt_t, const OptionalBox &b) { return !b.has_value(); }
    friend bool operator!=(std::nullopt_t, const OptionalBox &b) { return b.has_value(); }
    friend bool operator==(const OptionalBox &a, const T &b) { return a.has_value() && *a == b; }
    friend bool operator!=(const OptionalBox &a, const T &b) { return !(a == b); }
    friend bool operator==(const T &a, const OptionalBox &b) { return b == a; }
    friend bool operator!=(const T &a, const OptionalBox &b) { return !(b == a); }

private:
    struct Data : QSharedData
    {
        explicit Data(const T &v) : value(v) {}
        T value;
    };
    QSharedDataPointer<Data> m_d;
};

} // namespace ap
