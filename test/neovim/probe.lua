-- A scripted Neovim session with Neovim's own LSP client (0.7: vim.lsp.start_client), run headless by
-- neovim.test.mjs:  nvim --headless --clean -u probe.lua
-- It reads a JSON script (file named by APPL_PROBE):
--   { "cmd": ["appl-language-server", "--stdio"], "file": "/abs/plan.appl", "filetype": "appl",
--     "min_errors": 4,
--     "requests": [ { "name": "hover", "method": "textDocument/hover", "position": [line, character] },
--                   { "name": "format", "method": "textDocument/formatting", "apply": true } ] }
-- opens the file, attaches the client, waits for the server's diagnostics of that file (and at least
-- min_errors errors), sends each request as Neovim's own commands do (vim.lsp.buf_request_sync), applies
-- formatting edits with Neovim's own vim.lsp.util.apply_text_edits when asked, and writes what it saw
-- as JSON to the file named by APPL_PROBE_OUT. Exit code: 0 when it got that far, 1 otherwise.
local out_path = os.getenv('APPL_PROBE_OUT')
local function finish(report, ok)
  local out = io.open(out_path, 'w')
  out:write(vim.json.encode(report))
  out:close()
  vim.cmd(ok and 'qall!' or 'cquit 1')
end

local script_file = io.open(os.getenv('APPL_PROBE'), 'r')
local script = vim.json.decode(script_file:read('*a'))
script_file:close()

vim.cmd('edit ' .. vim.fn.fnameescape(script.file))
local buf = vim.api.nvim_get_current_buf()
vim.bo[buf].filetype = script.filetype -- becomes didOpen's languageId
local uri = vim.uri_from_bufnr(buf)
local report = { diagnostics = {}, responses = {}, errors = {} }

local published = 0
local capabilities = vim.lsp.protocol.make_client_capabilities()
capabilities.textDocument.completion.completionItem.snippetSupport = true
local client_id = vim.lsp.start_client({
  name = 'appl',
  cmd = script.cmd,
  root_dir = vim.fn.fnamemodify(script.file, ':p:h'),
  capabilities = capabilities,
  settings = { appl = vim.empty_dict() },
  on_init = function(client)
    -- 0.7 sends no settings by itself; servers that pull them get them through workspace/configuration.
    client.notify('workspace/didChangeConfiguration', { settings = client.config.settings })
  end,
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      if result and result.uri == uri then
        published = published + 1
      end
      return vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
    end,
  },
})
if not client_id then
  table.insert(report.errors, 'the language server did not start: ' .. vim.inspect(script.cmd))
  return finish(report, false)
end
vim.lsp.buf_attach_client(buf, client_id)

local function errors()
  return #vim.diagnostic.get(buf, { severity = vim.diagnostic.severity.ERROR })
end
local ready = vim.wait(20000, function()
  return published > 0 and errors() >= (script.min_errors or 0)
end, 50)
if not ready then
  table.insert(report.errors, 'timed out waiting for diagnostics (' .. published .. ' published, ' .. errors() .. ' errors)')
end
local client = vim.lsp.get_client_by_id(client_id)
report.capabilities = client and client.server_capabilities or vim.empty_dict()
for _, d in ipairs(vim.diagnostic.get(buf)) do
  table.insert(report.diagnostics, {
    line = d.lnum, character = d.col, end_line = d.end_lnum, end_character = d.end_col,
    severity = d.severity, code = d.code, message = d.message,
  })
end

-- What a server must advertise for each request, as Neovim's own commands check before sending it.
local capability_of = {
  ['textDocument/completion'] = 'completionProvider',
  ['textDocument/hover'] = 'hoverProvider',
  ['textDocument/definition'] = 'definitionProvider',
  ['textDocument/formatting'] = 'documentFormattingProvider',
}

for _, request in ipairs(script.requests or {}) do
  local capability = capability_of[request.method]
  if capability and not report.capabilities[capability] then
    table.insert(report.errors, request.name .. ': the server does not offer ' .. request.method .. ' (' .. capability .. ')')
    goto continue
  end
  local params
  if request.method == 'textDocument/formatting' then
    params = vim.lsp.util.make_formatting_params({ tabSize = 2, insertSpaces = true })
  else
    params = { textDocument = { uri = uri }, position = { line = request.position[1], character = request.position[2] } }
  end
  local responses, err = vim.lsp.buf_request_sync(buf, request.method, params, 15000)
  local response = responses and responses[client_id]
  if not response then
    table.insert(report.errors, request.name .. ': no answer (' .. tostring(err) .. ')')
  elseif response.err then
    table.insert(report.errors, request.name .. ': ' .. vim.inspect(response.err))
  else
    report.responses[request.name] = response.result == nil and vim.NIL or response.result
    if request.apply and response.result then
      vim.lsp.util.apply_text_edits(response.result, buf, client.offset_encoding)
    end
    if request.apply then
      report.formatted = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n') .. '\n'
    end
  end
  ::continue::
end

vim.lsp.stop_client(client_id)
vim.wait(2000, function() return vim.lsp.client_is_stopped(client_id) end, 50)
finish(report, true)
