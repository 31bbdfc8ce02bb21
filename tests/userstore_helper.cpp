// SPDX-License-Identifier: MIT
// A small child process for the user-store tests, which need what a test cannot do to itself:
//   write-loop DB   saves bookmarks in a loop, printing each id once its transaction has committed,
//                   until it is killed (the test kills it with SIGKILL mid-write);
//   report DB       opens the store as the app does, tries one change, and prints what happened as
//                   JSON (the test runs it as another user to meet a folder it may not write to);
//   race DB ID      opens the store as the app does and bookmarks ID, printing what happened as JSON
//                   (two of them at once on a new profile);
//   log-loop DB     adds log entries (a session and a pain score with a note) in a loop, printing each
//                   number once its transaction has committed, until it is killed;
//   clear-and-wait DB  visits secret-visit-0..49, clears the history, prints "cleared" and waits
//                   to be killed (the test then looks for the cleared ids in every file).
#include "core/user/user_store.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <functional>
#include <iostream>
#include <string>

namespace {

// Saves with `saveOne(store, i)` for i = 0, 1, … for up to a minute, printing i once its save is
// committed: the test kills this process mid-stream and checks every reported save is on disk.
int saveInLoop(const std::string& path, const std::function<void(carebook::UserStore&, int)>& saveOne) {
    auto opening = carebook::openUserStore(path);
    if (opening.store.readOnly()) {
        std::cerr << "read-only: " << opening.notice << "\n";
        return 1;
    }
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    for (int i = 0; std::chrono::steady_clock::now() < deadline; ++i) {
        saveOne(opening.store, i);
        std::printf("%d\n", i);
        std::fflush(stdout);
    }
    return 0;
}

int writeLoop(const std::string& path) {
    return saveInLoop(path, [](carebook::UserStore& store, int i) {
        const std::string id = "bookmark-" + std::to_string(i);
        store.addBookmark(id, "Bookmark " + std::to_string(i));
        store.setBookmarkNote(id, std::string(200 + i % 400, 'n'));
        store.recordVisit(id); // reported only once both transactions are committed
    });
}

int logLoop(const std::string& path) {
    return saveInLoop(path, [](carebook::UserStore& store, int i) {
        carebook::LogEntry entry;
        entry.planId = "back-spasm";
        entry.itemId = "cold-therapy";
        entry.doneAt = 1'800'000'000 + i;
        entry.outcome = i % 3 == 0 ? carebook::SessionOutcome::StoppedEarly : carebook::SessionOutcome::Completed;
        entry.pain = i % 11;
        entry.note = "entry " + std::to_string(i) + " " + std::string(100 + i % 300, 'n');
        store.addLogEntry(entry);
    });
}

int report(const std::string& path) {
    auto opening = carebook::openUserStore(path);
    nlohmann::json out;
    out["read_only"] = opening.store.readOnly();
    out["notice"] = opening.notice;
    out["bookmarks"] = nlohmann::json::array();
    for (const auto& bookmark : opening.store.bookmarks()) {
        out["bookmarks"].push_back(bookmark.articleId);
    }
    try {
        opening.store.addBookmark("probe-from-helper", "Probe");
        out["add_error"] = "";
    } catch (const carebook::UserStoreError& e) {
        out["add_error"] = e.what();
    }
    std::cout << out.dump() << "\n";
    return 0;
}

int race(const std::string& path, const std::string& id) {
    auto opening = carebook::openUserStore(path);
    nlohmann::json out;
    out["read_only"] = opening.store.readOnly();
    out["notice"] = opening.notice;
    out["moved_aside"] = opening.movedAside.has_value();
    try {
        opening.store.addBookmark(id, id);
        out["add_error"] = "";
    } catch (const carebook::UserStoreError& e) {
        out["add_error"] = e.what();
    }
    std::cout << out.dump() << "\n";
    return 0;
}

int clearAndWait(const std::string& path) {
    auto opening = carebook::openUserStore(path);
    for (int i = 0; i < 50; ++i) {
        opening.store.recordVisit("secret-visit-" + std::to_string(i));
        opening.store.addBookmark("kept-bookmark-" + std::to_string(i), "Kept");
    }
    opening.store.clearHistory();
    std::printf("cleared\n");
    std::fflush(stdout);
    // Killed here, with the store open, as a crash or a power cut would leave it.
    for (std::string line; std::getline(std::cin, line);) {
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: userstore_helper write-loop|log-loop|report|clear-and-wait DB, or race DB ID\n";
        return 2;
    }
    const std::string command = argv[1];
    try {
        if (command == "write-loop") {
            return writeLoop(argv[2]);
        }
        if (command == "log-loop") {
            return logLoop(argv[2]);
        }
        if (command == "report") {
            return report(argv[2]);
        }
        if (command == "race" && argc == 4) {
            return race(argv[2], argv[3]);
        }
        if (command == "clear-and-wait") {
            return clearAndWait(argv[2]);
        }
    } catch (const std::exception& e) {
        std::cerr << "userstore_helper: " << e.what() << "\n";
        return 1;
    }
    std::cerr << "userstore_helper: unknown command " << command << "\n";
    return 2;
}
