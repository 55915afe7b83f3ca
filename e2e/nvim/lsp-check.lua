-- Drives Neovim's built-in LSP client (0.7.x API: vim.lsp.start_client) against the bundled
-- news-article language server over stdio and checks hover, document symbols and diagnostics
-- on the seed articles. Prints one "PASS <name>" / "FAIL <name>: <why>" line per check on
-- stdout; e2e/run-nvim.sh counts them. Run headless:
--   NEWS_SERVER=server/out/server.js NEWS_SEEDS=<dir> nvim --headless -u NONE -i NONE -n -c "luafile e2e/nvim/lsp-check.lua"
local server = assert(os.getenv('NEWS_SERVER'), 'NEWS_SERVER not set')
local seeds = assert(os.getenv('NEWS_SEEDS'), 'NEWS_SEEDS not set')
local timeout_ms = tonumber(os.getenv('NEWS_NVIM_TIMEOUT_MS') or '10000')
local failed = 0

-- print() goes to stderr without a newline in headless mode; write whole lines to stdout.
local function out(line) io.stdout:write(line .. '\n'); io.stdout:flush() end

local function check(name, fn)
  local ok, err = pcall(fn)
  if ok then out('PASS ' .. name) else
    failed = failed + 1
    local msg = tostring(err):gsub('^[^:]*%.lua:%d+: ', ''):gsub('\n+', ' | ')
    out('FAIL ' .. name .. ': ' .. msg)
  end
end

local function open_seed(file)
  vim.cmd('edit ' .. vim.fn.fnameescape(seeds .. '/' .. file))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'news-article' -- -u NONE: no filetype detection; this becomes didOpen's languageId
  return bufnr
end

--- 0-based line and UTF-16 character of the middle of `word` inside the first line containing `context`
local function position_of(bufnr, context, word)
  for lnum, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    local at = line:find(context, 1, true)
    if at then
      local byte = at - 1 + context:find(word, 1, true) - 1 + math.floor(#word / 2)
      local _, utf16 = vim.str_utfindex(line, byte)
      return { line = lnum - 1, character = utf16 }
    end
  end
  error(('"%s" not found in the buffer'):format(context))
end

local function request(client, bufnr, method, params)
  local resp, err = client.request_sync(method, params, timeout_ms, bufnr)
  if not resp then error(('%s: no response (%s)'):format(method, tostring(err))) end
  if resp.err then error(('%s: error %s'):format(method, vim.inspect(resp.err))) end
  return resp.result
end

local function wait_for(what, cond)
  if not vim.wait(timeout_ms, cond, 20) then error(('timed out after %d ms waiting for %s'):format(timeout_ms, what)) end
end

local function diag_summary(bufnr)
  local parts = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    parts[#parts + 1] = ('%s@%d'):format(tostring(d.code), d.lnum + 1)
  end
  return #parts > 0 and table.concat(parts, ', ') or '(none)'
end

local function has_diag(bufnr, pred)
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if pred(tostring(d.code or ''), d) then return true end
  end
  return false
end

local function main()
  local initialized = false
  local exit_code
  local client_id = vim.lsp.start_client({
    name = 'news-article',
    cmd = { 'node', server, '--stdio' },
    root_dir = seeds,
    on_init = function() initialized = true end,
    on_exit = function(code) exit_code = code end,
  })
  if not client_id then error('vim.lsp.start_client returned nil') end
  local client = vim.lsp.get_client_by_id(client_id)

  check('the server initializes over stdio and advertises hover, documentSymbol and semantic tokens', function()
    wait_for('initialize', function() return initialized or exit_code ~= nil end)
    if exit_code ~= nil then error('server exited with code ' .. tostring(exit_code)) end
    local caps = client.server_capabilities
    for _, cap in ipairs({ 'hoverProvider', 'documentSymbolProvider', 'semanticTokensProvider' }) do
      if not caps[cap] then error('missing capability ' .. cap) end
    end
  end)

  local b000 = open_seed('000_e4a6795badc6cc55.txt')
  vim.lsp.buf_attach_client(b000, client_id)
  local uri000 = vim.uri_from_bufnr(b000)

  check('hover on "Orban" in 000 names Viktor Orban and his role', function()
    local pos = position_of(b000, 'said Orban in the Kremlin', 'Orban')
    local result = request(client, b000, 'textDocument/hover', { textDocument = { uri = uri000 }, position = pos })
    if not result or not result.contents then error('empty hover at ' .. vim.inspect(pos)) end
    local c = result.contents
    local text = type(c) == 'string' and c or c.value or vim.inspect(c)
    if not text:find('**Viktor Orban**', 1, true) then error('hover lacks "**Viktor Orban**": ' .. text) end
    if not text:lower():find('hungarian prime minister', 1, true) then error('hover lost the role "Hungarian prime minister": ' .. text) end
  end)

  check('documentSymbol of 000: date header, then quotes under their speakers', function()
    local symbols = request(client, b000, 'textDocument/documentSymbol', { textDocument = { uri = uri000 } })
    if not symbols or #symbols == 0 then error('no symbols') end
    if symbols[1].name ~= 'date 2022-02-01' then error('first symbol is "' .. tostring(symbols[1].name) .. '", expected "date 2022-02-01"') end
    local want = {
      { 'Viktor Orban', '“This is our 13th meeting' },
      { 'Viktor Orban', '“That is a rarity' },
      { 'Jens Stoltenberg', '“In times of peace and crisis' },
    }
    for _, w in ipairs(want) do
      local found = false
      for _, s in ipairs(symbols) do
        if s.name == w[1] then
          for _, child in ipairs(s.children or {}) do
            if vim.startswith(child.name, w[2]) then found = true end
          end
        end
      end
      if not found then
        local names = {}
        for _, s in ipairs(symbols) do names[#names + 1] = s.name .. '(' .. #(s.children or {}) .. ')' end
        error(('quote %s… is not under "%s"; top-level symbols: %s'):format(w[2], w[1], table.concat(names, ', ')))
      end
    end
  end)

  check('diagnostics of 000 flag the unclosed quote', function()
    local line = position_of(b000, '“Unity for Hungary', 'Unity').line
    local ok = vim.wait(timeout_ms, function()
      return has_diag(b000, function(code, d) return code == 'quote.unclosed' and d.lnum == line end)
    end, 20)
    if not ok then error(('no quote.unclosed on line %d; diagnostics: %s'):format(line + 1, diag_summary(b000))) end
  end)

  local b002 = open_seed('002_ecef01a8d0ddbcac.txt')
  vim.lsp.buf_attach_client(b002, client_id)

  check('diagnostics of 002 report date.missing and boilerplate.*', function()
    local ok = vim.wait(timeout_ms, function()
      return has_diag(b002, function(code) return code == 'date.missing' end)
        and has_diag(b002, function(code) return vim.startswith(code, 'boilerplate.') end)
    end, 20)
    if not ok then error('diagnostics: ' .. diag_summary(b002)) end
    local read_more = position_of(b002, 'Read more', 'Read').line
    if not has_diag(b002, function(code, d) return vim.startswith(code, 'boilerplate.') and d.lnum <= read_more and (d.end_lnum or d.lnum) >= read_more end) then
      error(('no boilerplate diagnostic on line %d ("Read more"); diagnostics: %s'):format(read_more + 1, diag_summary(b002)))
    end
  end)

  check('the server shuts down cleanly', function()
    client.stop()
    wait_for('the server to exit', function() return exit_code ~= nil end)
  end)
end

local ok, err = xpcall(main, debug.traceback)
if not ok then
  failed = failed + 1
  out('FAIL harness: ' .. tostring(err):gsub('\n', ' | '))
end
-- a non-zero exit only when something failed; never leave headless nvim running
vim.cmd(failed == 0 and 'qall!' or ('cquit ' .. math.min(failed, 100)))
