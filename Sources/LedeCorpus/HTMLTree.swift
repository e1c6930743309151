import CGumbo

/// A parsed page as a flat array of nodes (gumbo's tree copied once, without recursion), so the
/// later passes index into Swift arrays instead of walking C pointers, and a page of 100,000
/// nested `<div>`s cannot overflow the stack.
struct HTMLTree {
    struct Node {
        /// Nil for a text node.
        var tag: GumboTag?
        /// Lower-cased tag name, for tags gumbo does not know (`amp-img`, `bsp-story-body`).
        var name: String
        var parent: Int
        var children: [Int] = []
        var attributes: [(name: String, value: String)] = []
        /// A text node's text, as the page has it.
        var text = ""
        /// Class and id, lower-cased, for the name tests of `HTMLBoilerplate` (kept once here:
        /// every pass asks).
        var names = ""

        func attribute(_ key: String) -> String? {
            attributes.first { $0.name == key }?.value
        }
    }

    /// Deeper elements are left out (and `tooDeep` set): passes over the tree may then recurse
    /// without risk, and no real page nests this deep.
    static let maxDepth = 512

    private(set) var nodes: [Node] = []
    /// Elements were nested past `maxDepth`; what lies deeper was left out.
    private(set) var tooDeep = false

    /// Index of the root (`<html>`); the tree is empty when gumbo returned nothing.
    var root: Int? { nodes.isEmpty ? nil : 0 }

    init(_ html: String) {
        var html = html
        html.withUTF8 { buffer in
            guard let base = buffer.baseAddress,
                  let output = lede_gumbo_parse(UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), buffer.count)
            else { return }
            defer { lede_gumbo_destroy(output) }
            copy(output.pointee.root)
        }
    }

    /// Copies the element and its subtree, depth first with an explicit stack.
    private mutating func copy(_ root: UnsafeMutablePointer<GumboNode>) {
        var stack: [(node: UnsafeMutablePointer<GumboNode>, parent: Int, depth: Int)] = [(root, -1, 0)]
        while let (pointer, parent, depth) = stack.popLast() {
            guard let node = Self.node(pointer, parent: parent) else { continue }
            if depth >= Self.maxDepth { tooDeep = true; continue }
            let index = nodes.count
            nodes.append(node)
            if parent >= 0 { nodes[parent].children.append(index) }
            guard pointer.pointee.type == GUMBO_NODE_ELEMENT else { continue }
            let children = pointer.pointee.v.element.children
            // Pushed last to first, so they pop (and get indices) in document order.
            for i in stride(from: Int(children.length) - 1, through: 0, by: -1) {
                if let child = children.data[i] {
                    stack.append((child.assumingMemoryBound(to: GumboNode.self), index, depth + 1))
                }
            }
        }
    }

    private static func node(_ pointer: UnsafeMutablePointer<GumboNode>, parent: Int) -> Node? {
        switch pointer.pointee.type {
        case GUMBO_NODE_TEXT, GUMBO_NODE_WHITESPACE, GUMBO_NODE_CDATA:
            guard let text = pointer.pointee.v.text.text else { return nil }
            return Node(tag: nil, name: "", parent: parent, text: String(cString: text))
        case GUMBO_NODE_ELEMENT, GUMBO_NODE_TEMPLATE:
            let element = pointer.pointee.v.element
            var name = gumbo_normalized_tagname(element.tag).map { String(cString: $0) } ?? ""
            if element.tag == GUMBO_TAG_UNKNOWN {
                var piece = element.original_tag
                gumbo_tag_from_original_text(&piece)
                if let data = piece.data, piece.length > 0 {
                    let bytes = UnsafeRawBufferPointer(start: data, count: Int(piece.length))
                    name = String(decoding: bytes, as: UTF8.self).lowercased()
                }
            }
            var attributes: [(name: String, value: String)] = []
            for i in 0..<Int(element.attributes.length) {
                guard let raw = element.attributes.data[i] else { continue }
                let attribute = raw.assumingMemoryBound(to: GumboAttribute.self).pointee
                guard let key = attribute.name, let value = attribute.value else { continue }
                attributes.append((String(cString: key).lowercased(), String(cString: value)))
            }
            var node = Node(tag: element.tag, name: name, parent: parent, attributes: attributes)
            let classAndID = (node.attribute("class") ?? "") + " " + (node.attribute("id") ?? "")
            node.names = classAndID == " " ? "" : classAndID.lowercased()
            return node
        default:
            return nil
        }
    }

    subscript(index: Int) -> Node { nodes[index] }

    /// The indices of `index`'s subtree in document order, itself first.
    func subtree(_ index: Int) -> [Int] {
        var out: [Int] = []
        var stack = [index]
        while let next = stack.popLast() {
            out.append(next)
            stack.append(contentsOf: nodes[next].children.reversed())
        }
        return out
    }

    /// The first element in document order that `matches`, if any.
    func first(where matches: (Node) -> Bool) -> Int? {
        guard let root else { return nil }
        return subtree(root).first { nodes[$0].tag != nil && matches(nodes[$0]) }
    }

    /// The element's text with white space runs collapsed to one space (HTML rendering rules),
    /// leaving out `<script>`, `<style>` and `<template>`.
    func text(_ index: Int) -> String {
        var raw = ""
        var stack = [index]
        while let next = stack.popLast() {
            let node = nodes[next]
            guard let tag = node.tag else { raw += node.text; continue }
            if tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_TEMPLATE { continue }
            if tag == GUMBO_TAG_BR { raw += " " }
            stack.append(contentsOf: node.children.reversed())
        }
        return raw.collapsedWhitespace
    }

    /// Whether `index` lies inside `ancestor` (or is it).
    func isInside(_ index: Int, _ ancestor: Int) -> Bool {
        var current = index
        while current >= 0 {
            if current == ancestor { return true }
            current = nodes[current].parent
        }
        return false
    }
}

extension String {
    /// White space runs as one space, none at either end.
    var collapsedWhitespace: String {
        split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
