//! Callbell's markdown documentation read as data: its tables (with the
//! heading above each), its JSON examples, the request bodies of its curl
//! snippets and the inline code under a heading; and the repair of the
//! broken JSON some examples have.

use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};

/// A markdown table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    /// The text of the nearest heading above the table.
    pub heading: String,
    /// The header cells.
    pub header: Vec<String>,
    /// The body rows.
    pub rows: Vec<Vec<String>>,
}

impl Table {
    /// The first cell of every row (the field or parameter name; inline code
    /// is read without its backticks).
    #[cfg(test)]
    pub fn names(&self) -> Vec<&str> {
        self.rows
            .iter()
            .filter_map(|r| r.first())
            .map(String::as_str)
            .collect()
    }
}

fn parser(markdown: &str) -> Parser<'_> {
    Parser::new_ext(
        markdown,
        Options::ENABLE_TABLES | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS,
    )
}

/// Every table of a markdown document, with the heading it sits under.
pub fn tables(markdown: &str) -> Vec<Table> {
    let mut tables = Vec::new();
    let mut heading = String::new();
    let mut in_heading = false;
    let mut table: Option<Table> = None;
    let mut row: Vec<String> = Vec::new();
    let mut cell: Option<String> = None;
    for event in parser(markdown) {
        match event {
            Event::Start(Tag::Heading { .. }) => {
                in_heading = true;
                heading.clear();
            }
            Event::End(TagEnd::Heading(_)) => in_heading = false,
            Event::Start(Tag::Table(_)) => {
                table = Some(Table {
                    heading: heading.clone(),
                    header: Vec::new(),
                    rows: Vec::new(),
                })
            }
            Event::End(TagEnd::Table) => tables.extend(table.take()),
            Event::Start(Tag::TableCell) => cell = Some(String::new()),
            Event::End(TagEnd::TableCell) => row.extend(cell.take().map(|c| c.trim().to_string())),
            Event::End(TagEnd::TableHead) => {
                if let Some(t) = table.as_mut() {
                    t.header = std::mem::take(&mut row);
                }
            }
            Event::End(TagEnd::TableRow) => {
                if let Some(t) = table.as_mut() {
                    t.rows.push(std::mem::take(&mut row));
                }
            }
            Event::Text(text) | Event::Code(text) => {
                if let Some(c) = cell.as_mut() {
                    c.push_str(&text);
                } else if in_heading {
                    heading.push_str(&text);
                }
            }
            _ => {}
        }
    }
    tables
}

/// The content of every fenced code block whose language starts with `json`.
pub fn json_blocks(markdown: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for event in parser(markdown) {
        match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info)))
                if info.split_whitespace().next() == Some("json") =>
            {
                current = Some(String::new())
            }
            Event::Text(text) => {
                if let Some(block) = current.as_mut() {
                    block.push_str(&text);
                }
            }
            Event::End(TagEnd::CodeBlock) => blocks.extend(current.take()),
            _ => {}
        }
    }
    blocks
}

/// The `-d '...'` request bodies of the curl commands in a text.
pub fn curl_bodies(text: &str) -> Vec<String> {
    let mut bodies = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("-d '") {
        let after = &rest[start + 4..];
        let Some(end) = after.find('\'') else { break };
        bodies.push(after[..end].to_string());
        rest = &after[end + 1..];
    }
    bodies
}

/// The inline code spans of the paragraphs under the heading `heading`
/// (up to the next heading), e.g. the event name of a webhook page.
pub fn inline_code_under(markdown: &str, heading: &str) -> Vec<String> {
    let mut codes = Vec::new();
    let mut current = String::new();
    let mut in_heading = false;
    let mut under = false;
    for event in parser(markdown) {
        match event {
            Event::Start(Tag::Heading { .. }) => {
                in_heading = true;
                current.clear();
            }
            Event::End(TagEnd::Heading(_)) => {
                in_heading = false;
                under = current.trim() == heading;
            }
            Event::Text(text) if in_heading => current.push_str(&text),
            Event::Code(code) if under => codes.push(code.to_string()),
            _ => {}
        }
    }
    codes
}

/// The closest valid JSON to a broken docs example: drops `...` placeholder
/// lines, drops a comma right before `}` or `]`, and adds the comma a line
/// ending in a value lacks before a line starting with a key. Text inside
/// strings is left alone; valid JSON comes back unchanged.
pub fn repair_json(text: &str) -> String {
    let lines: Vec<&str> = text.lines().filter(|l| l.trim() != "...").collect();
    let mut joined = String::new();
    for (i, line) in lines.iter().enumerate() {
        joined.push_str(line);
        let next = lines[i + 1..]
            .iter()
            .map(|l| l.trim())
            .find(|l| !l.is_empty());
        let ends_value = line
            .trim_end()
            .ends_with(|c: char| c == '"' || c == '}' || c == ']' || c.is_ascii_alphanumeric());
        if ends_value && next.is_some_and(|n| n.starts_with('"')) {
            joined.push(',');
        }
        joined.push('\n');
    }
    // Drop commas followed (after whitespace) by a closing bracket, outside strings.
    let chars: Vec<char> = joined.chars().collect();
    let mut out = String::with_capacity(joined.len());
    let (mut in_string, mut escaped) = (false, false);
    for (i, &c) in chars.iter().enumerate() {
        if in_string {
            in_string = c != '"' || escaped;
            escaped = c == '\\' && !escaped;
        } else if c == '"' {
            in_string = true;
        } else if c == ',' {
            let next = chars[i + 1..].iter().find(|c| !c.is_whitespace());
            if matches!(next, Some('}' | ']')) {
                continue;
            }
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"---
title: GET /x
---

# GET /x

### Required Parameters

| Parameter | Type   | Description             |
| :-------- | :----- | :---------------------- |
| `uuid`    | string | The uuid, `a \| b`      |

### Response

| Field      | Type                      | Description |
| :--------- | :------------------------ | :---------- |
| `contacts` | [Contact[]](/api/contact) | A list.     |
| `meta`     | object                    |             |

```json title=response.json
{ "a": 1 }
```

```bash
curl -X POST "u" -d '{ "text": "hi" }' && curl -d '{"b": 2}'
```
"#;

    #[test]
    fn reads_tables_under_their_headings() {
        let tables = tables(PAGE);
        assert_eq!(tables.len(), 2);
        assert_eq!(tables[0].heading, "Required Parameters");
        assert_eq!(tables[0].header, ["Parameter", "Type", "Description"]);
        assert_eq!(tables[0].rows, [["uuid", "string", "The uuid, a | b"]]);
        assert_eq!(tables[1].heading, "Response");
        assert_eq!(tables[1].names(), ["contacts", "meta"]);
        assert_eq!(tables[1].rows[0][1], "Contact[]");
        assert_eq!(tables[1].rows[1][2], "");
    }

    #[test]
    fn reads_json_blocks_and_curl_bodies() {
        assert_eq!(json_blocks(PAGE), ["{ \"a\": 1 }\n"]);
        assert_eq!(curl_bodies(PAGE), ["{ \"text\": \"hi\" }", "{\"b\": 2}"]);
    }
    #[test]
    fn finds_inline_code_under_a_heading() {
        let page = "# T\n\n### Event Name\n\n`contact_created`\n\n### Other\n\n`x`\n";
        assert_eq!(inline_code_under(page, "Event Name"), ["contact_created"]);
        assert!(inline_code_under(page, "Missing").is_empty());
    }

    #[test]
    fn repairs_the_breakages_the_docs_have() {
        let broken = "{\n  \"a\": [\n    {\"x\": 1},\n    ...\n    {\"x\": 2}\n  ],\n  \"b\": \"v\"\n  \"c\": \"w, ]\",\n}\n";
        let repaired: serde_json::Value = serde_json::from_str(&repair_json(broken)).unwrap();
        assert_eq!(
            repaired,
            serde_json::json!({"a": [{"x": 1}, {"x": 2}], "b": "v", "c": "w, ]"})
        );
        let valid = "{\n  \"a\": [\"x\",\n    \"y\"],\n  \"q\": \"say \\\"hi\\\", }\"\n}\n";
        assert_eq!(repair_json(valid), valid);
    }
}
