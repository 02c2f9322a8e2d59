#pragma once

#include <fcntl.h>
#include <unistd.h>

// Keeps a library's own English complaints off the standard error while it runs
// (libxlsxwriter prints "[ERROR] workbook_close(): …" before returning its error code): the
// caller reports the failure in the user's language instead.
namespace ap {

class QuietStderr
{
public:
    QuietStderr()
        : m_saved(::dup(STDERR_FILENO))
    {
        const int null = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
        if (m_saved >= 0 && null >= 0)
            ::dup2(null, STDERR_FILENO);
        if (null >= 0)
            ::close(null);
    }
    ~QuietStderr()
    {
        if (m_saved >= 0) {
            ::dup2(m_saved, STDERR_FILENO);
            ::close(m_saved);
        }
    }
    QuietStderr(const QuietStderr &) = delete;
    QuietStderr &operator=(const QuietStderr &) = delete;

private:
    int m_saved;
};

} // namespace ap
