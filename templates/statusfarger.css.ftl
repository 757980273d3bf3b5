<#-- The colours plan.yaml gives its statuses, as a stylesheet every page links to: a file of the site rather
     than a <style> in each page, so that a Content-Security-Policy without 'unsafe-inline' (docs/dev/publishing-nginx.md)
     lets it through. Not auto-escaped (.ftl): ids and colours are checked by the schema (a-z0-9- and #rrggbb). -->
<#list site.goalStatuses + site.activityStatuses as s><#if s.color??>.status-${s.id} .symbol { color: ${s.color}; }
</#if></#list>
