using MarkupDsl.Tool;

return await MarkupDslCommand.Create().Parse(args).InvokeAsync();
