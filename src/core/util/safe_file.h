// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

namespace carebook {

// A file that cannot be read or written as asked; the message names the file and says why.
class FileError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Reads a whole regular file of at most `maxBytes`. Devices (/dev/zero, /dev/urandom), FIFOs, sockets
// and folders are refused without reading a byte, and a file that grows past the limit while it is
// read is refused too, so no input can hang the caller or exhaust memory. Throws FileError.
std::string readRegularFile(const std::string& path, std::size_t maxBytes);

// Refuses to write over anything but a regular file: an existing device, FIFO, socket or folder at
// `path` throws FileError (writing "over" it would either block, feed a device, or replace the device
// node with a file). A path that does not exist yet is fine.
void requireRegularOutput(const std::string& path);

// Removes bidirectional-text controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) and
// C0/C1 control characters other than tab and newline from UTF-8 text shown as a name, so an override
// character cannot make a printed name read backwards or hide part of it.
std::string withoutBidiControls(std::string_view text);

} // namespace carebook
