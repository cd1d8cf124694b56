// Bridge from C to libwabt 1.0.32 (Debian package `wabt`, libwabt.a).
// Every call builds its own objects; no global mutable state.
#include "wabt_bridge.h"

#include "back/wasm/wat_asm.h"

#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <string>
#include <vector>

#include "wabt/binary-reader-ir.h"
#include "wabt/binary-reader.h"
#include "wabt/binary-writer.h"
#include "wabt/common.h"
#include "wabt/error-formatter.h"
#include "wabt/feature.h"
#include "wabt/ir.h"
#include "wabt/resolve-names.h"
#include "wabt/stream.h"
#include "wabt/validator.h"
#include "wabt/wast-lexer.h"
#include "wabt/wast-parser.h"

namespace {

// Exactly the features of src/wabt/ml_features.def. Features' defaults enable
// SIMD and reference types, so start from all-off: disabling first matters
// because enabling reference types forces bulk memory on.
wabt::Features MlFeatures() {
  wabt::Features f;
#define WABT_FEATURE(variable, flag, default_, help) f.disable_##variable();
#include "wabt/feature.def"
#undef WABT_FEATURE
#define ML_WABT_FEATURE(name) f.enable_##name();
#include "wabt/ml_features.def"
  return f;
}

wabt::WriteBinaryOptions MlWriteOptions(const wabt::Features& features) {
  wabt::WriteBinaryOptions options;
  options.features = features;
#define ML_WABT_WRITE_OPTION(name, value) options.name = (value);
#include "wabt/ml_features.def"
  return options;
}

char* DupString(const std::string& s) {
  char* p = static_cast<char*>(std::malloc(s.size() + 1));
  if (p) {
    std::memcpy(p, s.data(), s.size());
    p[s.size()] = '\0';
  }
  return p;
}

void SetError(char** error, const std::string& text) {
  if (error) *error = DupString(text.empty() ? std::string("wabt: unknown error") : text);
}

std::string Trimmed(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s;
}

}  // namespace

extern "C" int ml_wabt_assemble(void* user, const char* wat, size_t wat_len,
                                unsigned char** wasm, size_t* wasm_len, char** error) {
  (void)user;
  if (wasm) *wasm = nullptr;
  if (wasm_len) *wasm_len = 0;
  if (error) *error = nullptr;
  if (!wasm || !wasm_len || (!wat && wat_len)) {
    SetError(error, "ml_wabt_assemble: invalid arguments");
    return 1;
  }
  try {
    const wabt::Features features = MlFeatures();
    wabt::Errors errors;
    static const char kEmpty[1] = {0};
    std::unique_ptr<wabt::WastLexer> lexer = wabt::WastLexer::CreateBufferLexer(
        "module.wat", wat ? wat : kEmpty, wat_len, &errors);
    std::unique_ptr<wabt::Module> module;
    wabt::WastParseOptions parse_options(features);
    wabt::Result result = wabt::ParseWatModule(lexer.get(), &module, &errors, &parse_options);
    if (wabt::Succeeded(result) && module) {
      result = wabt::ResolveNamesModule(module.get(), &errors);
    } else {
      result = wabt::Result::Error;
    }
    if (wabt::Succeeded(result)) {
      wabt::ValidateOptions validate_options(features);
      result = wabt::ValidateModule(module.get(), &errors, validate_options);
    }
    if (wabt::Failed(result)) {
      std::unique_ptr<wabt::LexerSourceLineFinder> finder = lexer->MakeLineFinder();
      std::string text = wabt::FormatErrorsToString(errors, wabt::Location::Type::Text,
                                                    finder.get());
      SetError(error, Trimmed(text));
      return 1;
    }
    wabt::MemoryStream stream;
    const wabt::WriteBinaryOptions write_options = MlWriteOptions(features);
    result = wabt::WriteBinaryModule(&stream, module.get(), write_options);
    if (wabt::Failed(result)) {
      SetError(error, "wabt: failed to write the binary module");
      return 1;
    }
    const std::vector<uint8_t>& data = stream.output_buffer().data;
    unsigned char* out = static_cast<unsigned char*>(std::malloc(data.size() ? data.size() : 1));
    if (!out) {
      SetError(error, "wabt: out of memory");
      return 1;
    }
    if (!data.empty()) std::memcpy(out, data.data(), data.size());
    *wasm = out;
    *wasm_len = data.size();
    return 0;
  } catch (const std::bad_alloc&) {
    SetError(error, "wabt: out of memory");
  } catch (const std::exception& e) {
    SetError(error, std::string("wabt: ") + e.what());
  } catch (...) {
    SetError(error, "wabt: unexpected exception");
  }
  return 1;
}

extern "C" int ml_wabt_validate_binary(const unsigned char* wasm, size_t len, char** error) {
  if (error) *error = nullptr;
  if (!wasm && len) {
    SetError(error, "ml_wabt_validate_binary: invalid arguments");
    return 1;
  }
  try {
    const wabt::Features features = MlFeatures();
    wabt::Errors errors;
    wabt::ReadBinaryOptions read_options(features, /*log_stream=*/nullptr,
                                         /*read_debug_names=*/false,
                                         /*stop_on_first_error=*/true,
                                         /*fail_on_custom_section_error=*/true);
    wabt::Module module;
    static const unsigned char kEmpty[1] = {0};
    wabt::Result result = wabt::ReadBinaryIr("module.wasm", wasm ? wasm : kEmpty, len,
                                             read_options, &errors, &module);
    if (wabt::Succeeded(result)) {
      wabt::ValidateOptions validate_options(features);
      result = wabt::ValidateModule(&module, &errors, validate_options);
    }
    if (wabt::Failed(result)) {
      SetError(error, Trimmed(wabt::FormatErrorsToString(errors, wabt::Location::Type::Binary)));
      return 1;
    }
    return 0;
  } catch (const std::bad_alloc&) {
    SetError(error, "wabt: out of memory");
  } catch (const std::exception& e) {
    SetError(error, std::string("wabt: ") + e.what());
  } catch (...) {
    SetError(error, "wabt: unexpected exception");
  }
  return 1;
}

extern "C" int ml_wabt_checked_assemble(void* user, const char* wat, size_t wat_len,
                                        unsigned char** wasm, size_t* wasm_len, char** error) {
  if (ml_wat_assemble(user, wat, wat_len, wasm, wasm_len, error)) return 1;
  unsigned char* theirs = nullptr;
  size_t theirs_len = 0;
  if (ml_wabt_assemble(user, wat, wat_len, &theirs, &theirs_len, error)) {
    std::free(*wasm);
    *wasm = nullptr;
    *wasm_len = 0;
    return 1;
  }
  size_t i = 0;
  while (i < *wasm_len && i < theirs_len && (*wasm)[i] == theirs[i]) i++;
  std::free(theirs);
  if (i == *wasm_len && i == theirs_len) return 0;
  SetError(error, "the assembler and wabt disagree from byte " + std::to_string(i) + " of the module (" +
                      std::to_string(*wasm_len) + " and " + std::to_string(theirs_len) + " bytes)");
  std::free(*wasm);
  *wasm = nullptr;
  *wasm_len = 0;
  return 1;
}
