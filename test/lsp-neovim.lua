-- Neovim's built-in LSP client drives `dflint lsp` (run by test/lsp-neovim.test.ts):
-- open the seed Dockerfile, wait for diagnostics, request code actions on the
-- copy-manifests-first problem, apply its fix, wait for the updated diagnostics.
-- Writes what it saw as JSON to $DFLINT_OUT. Works with Neovim 0.7+.
local out = os.getenv("DFLINT_OUT")
local result = {}

local function finish(code)
  local f = assert(io.open(out, "w"))
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd(code == 0 and "qa!" or "cquit " .. code)
end

local function codes(buf)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(list, { code = tostring(d.code or lsp.code), line = d.lnum })
  end
  return list
end

local function has(list, code)
  for _, d in ipairs(list) do
    if d.code == code then return d end
  end
  return nil
end

local ok, err = pcall(function()
  vim.cmd("edit " .. vim.fn.fnameescape(os.getenv("DFLINT_FILE")))
  local buf = vim.api.nvim_get_current_buf()
  local id = vim.lsp.start_client({
    name = "dflint",
    cmd = { os.getenv("DFLINT_NODE"), os.getenv("DFLINT_BIN"), "lsp", "--stdio" },
    root_dir = vim.fn.fnamemodify(os.getenv("DFLINT_FILE"), ":h"),
  })
  assert(id, "client did not start")
  vim.lsp.buf_attach_client(buf, id)

  assert(vim.wait(15000, function() return #vim.diagnostic.get(buf) > 0 end, 20), "no diagnostics")
  result.before = codes(buf)
  local copy = assert(has(result.before, "copy-manifests-first"), "no copy-manifests-first diagnostic")

  vim.api.nvim_win_set_cursor(0, { copy.line + 1, 0 })
  local params = vim.lsp.util.make_range_params()
  params.context = { diagnostics = {} }
  local responses = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", params, 15000) or {}
  local chosen
  result.titles = {}
  for _, response in pairs(responses) do
    for _, action in ipairs(response.result or {}) do
      table.insert(result.titles, action.title)
      if not chosen and action.edit and action.title:find("copy-manifests-first", 1, true) and not action.title:find("^Ignore") then
        chosen = action
      end
    end
  end
  assert(chosen, "no copy-manifests-first fix among the code actions")
  vim.lsp.util.apply_workspace_edit(chosen.edit, "utf-16")
  result.text = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), "\n")

  assert(vim.wait(15000, function()
    local now = codes(buf)
    return #now > 0 and not has(now, "copy-manifests-first")
  end, 20), "diagnostics were not updated after the fix")
  result.after = codes(buf)
end)

if not ok then
  result.error = tostring(err)
  finish(1)
else
  finish(0)
end
