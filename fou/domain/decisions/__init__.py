"""The committee's decision documents as plain content: what the
tjänsteutlåtande, the gross lists and the covering reports say, computed from
an allocation proposal. Rendering to Word lives here too; nothing imports Django."""
