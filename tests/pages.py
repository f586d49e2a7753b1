"""Texts and a page wrapper shared by the page-decoding and article-check tests (written by us)."""

RUSSIAN = (
    "Правительство объявило во вторник о строительстве новой железной дороги между двумя городами. "
    "Министр транспорта сказал журналистам, что работы начнутся весной и продлятся четыре года. "
)
KOREAN = (
    "정부는 화요일 두 도시를 잇는 새 철도를 건설하겠다고 발표했다. "
    "교통부 장관은 공사가 봄에 시작된다고 말했다. "
)

ARTICLE = " ".join(
    [
        "The transport minister said on Tuesday that the new line between the two cities would open in 2030.",
        "Work on the tunnels will begin next spring, once the last environmental studies are published.",
        "Local councils welcomed the plan but asked for more stations in the villages along the route.",
        "The project is expected to cost about four billion euros, most of it paid by the national budget.",
        "Opposition lawmakers questioned the cost and asked for an independent review of the estimates.",
        "The minister said such a review was already under way and would be finished by the end of the year.",
    ]
)


def page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head><title>Rail line</title>{head}</head><body>{body}</body></html>"
