"""What the export's folders are, read from what they hold.

Plone knows only folders; Samverkan knows networks. A folder at the top of the site (or of
a language root) that holds folders of minutes or events is the network index, and each
folder in it a network; the minutes and events anywhere inside a network's folder are that
network's. A folder at the top that holds events and nothing else is the conference index
(a listing: its events live under the network the import names). Everything else keeps
what its type makes of it. A translation is what its original is.
"""

from importers.plone.plan import EVENT_TYPES, FOLDER_TYPES, LANGUAGE_ROOT_TYPES, Becomes


def find_structure(items, translation_of):
    """``{uid: (role or None, network uid or None)}`` for the checked ``items``."""
    tree = Tree(items)
    roles = tree.roles()
    structure = {item.uid: (roles.get(item.uid), tree.network_of(item, roles)) for item in items}
    for uid, original in translation_of.items():
        if original in structure:
            structure[uid] = structure[original]
    return structure


class Tree:
    def __init__(self, items):
        self.items = items
        self.by_uid = {item.uid: item for item in items}
        self.children = {}
        for item in items:
            self.children.setdefault(item.parent_uid, []).append(item)

    def is_top(self, item):
        parent = self.by_uid.get(item.parent_uid)
        return parent is None or parent.type in LANGUAGE_ROOT_TYPES

    def holds_meetings(self, folder):
        return any(
            child.type in EVENT_TYPES
            or child.looks_like_minutes()
            or (child.type in FOLDER_TYPES and self.holds_meetings(child))
            for child in self.children.get(folder.uid, ())
        )

    def roles(self):
        roles = {}
        for item in self.items:
            if item.type not in FOLDER_TYPES or not self.is_top(item):
                continue
            inside = self.children.get(item.uid, ())
            folders = [child for child in inside if child.type in FOLDER_TYPES]
            if any(self.holds_meetings(folder) for folder in folders):
                roles[item.uid] = Becomes.NETWORK_INDEX
                roles.update(dict.fromkeys((folder.uid for folder in folders), Becomes.NETWORK))
            elif inside and all(child.type in EVENT_TYPES for child in inside):
                roles[item.uid] = Becomes.CONFERENCE_INDEX
        return roles

    def network_of(self, item, roles):
        parent = self.by_uid.get(item.parent_uid)
        while parent is not None:
            if roles.get(parent.uid) is Becomes.NETWORK:
                return parent.uid
            parent = self.by_uid.get(parent.parent_uid)
        return None
