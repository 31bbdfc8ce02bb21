// SPDX-License-Identifier: MIT
#include "core/util/safe_file.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace carebook {

namespace {

std::string kindOf(mode_t mode) {
    if (S_ISDIR(mode)) {
        return "a folder";
    }
    if (S_ISFIFO(mode)) {
        return "a pipe (FIFO)";
    }
    if (S_ISCHR(mode) || S_ISBLK(mode)) {
        return "a device";
    }
    if (S_ISSOCK(mode)) {
        return "a socket";
    }
    return "not a regular file";
}

std::string megabytes(std::size_t bytes) {
    return bytes >= 1024 * 1024 ? std::to_string(bytes / (1024 * 1024)) + " MiB" : std::to_string(bytes / 1024) + " KiB";
}

class FileDescriptor {
public:
    explicit FileDescriptor(int fd) : m_fd(fd) {}
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    ~FileDescriptor() {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    int get() const { return m_fd; }

private:
    int m_fd;
};

} // namespace

std::string readRegularFile(const std::string& path, std::size_t maxBytes) {
    // O_NONBLOCK: opening a FIFO with no writer would otherwise wait for ever before fstat can refuse it.
    const FileDescriptor fd(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
    if (fd.get() < 0) {
        throw FileError("cannot read " + path + ": " + std::strerror(errno));
    }
    struct stat status {};
    if (::fstat(fd.get(), &status) != 0) {
        throw FileError("cannot read " + path + ": " + std::strerror(errno));
    }
    if (!S_ISREG(status.st_mode)) {
        throw FileError("cannot read " + path + ": it is " + kindOf(status.st_mode) + ", not a file");
    }
    const std::string tooLarge = "cannot read " + path + ": it is larger than " + megabytes(maxBytes);
    if (static_cast<std::uintmax_t>(status.st_size) > maxBytes) {
        throw FileError(tooLarge);
    }
    std::string bytes;
    bytes.resize(static_cast<std::size_t>(status.st_size) + 1);
    std::size_t used = 0;
    while (true) {
        if (used == bytes.size()) {
            if (bytes.size() > maxBytes) {
                throw FileError(tooLarge); // it grew while being read
            }
            bytes.resize(std::min(maxBytes + 1, bytes.size() * 2));
        }
        const auto got = ::read(fd.get(), bytes.data() + used, bytes.size() - used);
        if (got < 0) {
            if (errno == EINTR) {
                continue;
            }
            throw FileError("cannot read " + path + ": " + std::strerror(errno));
        }
        if (got == 0) {
            break;
        }
        used += static_cast<std::size_t>(got);
    }
    if (used > maxBytes) {
        throw FileError(tooLarge);
    }
    bytes.resize(used);
    return bytes;
}

void requireRegularOutput(const std::string& path) {
    struct stat status {};
    if (::stat(path.c_str(), &status) != 0) {
        if (errno == ENOENT) {
            return;
        }
        throw FileError("cannot write " + path + ": " + std::strerror(errno));
    }
    if (!S_ISREG(status.st_mode)) {
        throw FileError("cannot write " + path + ": it is " + kindOf(status.st_mode) + ", not a file");
    }
}

std::string withoutBidiControls(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x20 && byte != '\t' && byte != '\n') {
            ++i;
            continue;
        }
        if (byte == 0x7f) {
            ++i;
            continue;
        }
        if (byte == 0xC2 && i + 1 < text.size()) { // C1 controls U+0080–U+009F
            const auto next = static_cast<unsigned char>(text[i + 1]);
            if (next >= 0x80 && next <= 0x9f) {
                i += 2;
                continue;
            }
        }
        if (byte == 0xD8 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x9C) { // U+061C
            i += 2;
            continue;
        }
        if (byte == 0xE2 && i + 2 < text.size()) {
            const auto second = static_cast<unsigned char>(text[i + 1]);
            const auto third = static_cast<unsigned char>(text[i + 2]);
            const bool marks = second == 0x80 && (third == 0x8E || third == 0x8F || (third >= 0xAA && third <= 0xAE));
            const bool isolates = second == 0x81 && third >= 0xA6 && third <= 0xA9;
            if (marks || isolates) {
                i += 3;
                continue;
            }
        }
        out += text[i];
        ++i;
    }
    return out;
}

} // namespace carebook
