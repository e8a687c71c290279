-- Started by NeovimClientTest: opens the template in argv, waits for kiln's diagnostics, prints them, quits.
local file = vim.env.KILN_TEMPLATE
local cmd = vim.fn.json_decode(vim.env.KILN_LSP_CMD)
vim.cmd("edit " .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
local id = vim.lsp.start_client({ name = "kiln", cmd = cmd, root_dir = vim.fn.fnamemodify(file, ":h") })
vim.lsp.buf_attach_client(buf, id)
local ok = vim.wait(30000, function() return #vim.diagnostic.get(buf) > 0 end, 100)
local out = io.open(vim.env.KILN_RESULT, "w")
if not ok then
  out:write("timeout\n")
else
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    out:write(string.format("%d:%d %s\n", d.lnum, d.col, d.message))
  end
end
out:close()
vim.lsp.stop_client(id)
vim.cmd("qa!")
