"""p1184-5: Party newspaper (Báo Cà Mau): a company domesticating black tiger broodstock in huyện Năm Căn; province figures."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """Gia hóa tôm sú bố mẹ, chủ động nguồn giống sạch bệnh

Từ một trại giống nhỏ với 20 bể ương, đến nay Công ty TNHH Giống thủy sản Tân Phát (huyện Năm Căn) đã xây dựng khu sản xuất rộng 5,2 ha với 160 bể ương và 2 khu nuôi vỗ tôm bố mẹ riêng biệt.

Ông Lê Văn Hòa, Giám đốc công ty cho biết, mỗi năm trại chọn lọc khoảng 6.000 cặp tôm sú bố mẹ đã gia hóa qua 5 thế hệ, sạch các bệnh đốm trắng, đầu vàng và IHHNV. Năm 2023, công ty cung ứng ra thị trường 1,4 tỷ con tôm sú giống, gấp hai lần năm 2020; doanh thu đạt 210 tỷ đồng, lợi nhuận khoảng 18 tỷ đồng. Giá tôm giống của công ty từ 120 đến 140 đồng/con, cao hơn khoảng 20% so với giống trôi nổi nhưng vẫn được nông dân đặt hàng trước 2-3 tháng.

Công ty hiện giải quyết việc làm cho 65 lao động, thu nhập bình quân 9,5 triệu đồng/người/tháng. "Tỷ lệ sống của tôm giống gia hóa khi thả nuôi đạt 80-85%, trong khi giống thông thường chỉ khoảng 60%", ông Hòa nói.

Theo Sở Nông nghiệp và Phát triển nông thôn tỉnh Cà Mau, toàn tỉnh hiện có 386 trại sản xuất tôm giống; năm 2023 các trại sản xuất gần 18 tỷ con, mới đáp ứng khoảng 40% nhu cầu thả nuôi của người dân, phần còn lại phải nhập từ Ninh Thuận, Bạc Liêu. Tỉnh đặt mục tiêu đến năm 2025 có ít nhất 3 doanh nghiệp sản xuất tôm sú bố mẹ chất lượng cao, đáp ứng 30% nhu cầu tôm bố mẹ của các trại trong tỉnh.

HOÀNG LONG
12/04/2024
"""

NC = "Năm Căn"
CT = "Công ty TNHH Giống thủy sản Tân Phát"
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("với 20 bể ương", "20", 20, "count", "bể ương", subject="bể ương ban đầu của trại giống",
        location=NC),
    fig("rộng 5,2 ha", "5,2", 5.2, "measure", "ha", subject=f"diện tích khu sản xuất của {CT}", location=NC),
    fig("với 160 bể ương", "160", 160, "count", "bể ương", subject=f"bể ương của {CT}", location=NC),
    fig("2 khu nuôi vỗ", "2", 2, "count", "khu", subject="khu nuôi vỗ tôm bố mẹ", location=NC),
    fig("khoảng 6.000 cặp", "6.000", 6000, "count", "cặp", approx="about",
        subject="cặp tôm sú bố mẹ gia hóa trại chọn lọc mỗi năm", location=NC),
    fig("qua 5 thế hệ", "5", 5, "count", "thế hệ", optional=True, location=NC),
    fig("thị trường 1,4 tỷ con", "1,4", 1.4e9, "count", "con",
        change=chg("increase", 2, "lần", "năm 2020"),
        subject="tôm sú giống công ty cung ứng ra thị trường", period=Y23, location=NC),
    fig("đạt 210 tỷ đồng", "210", 210e9, "money", "đồng", subject="doanh thu của công ty",
        period=Y23, location=NC),
    fig("khoảng 18 tỷ đồng", "18", 18e9, "money", "đồng", approx="about", subject="lợi nhuận của công ty",
        period=Y23, location=NC),
    fig("từ 120 đến 140 đồng/con", "120", 120, "money", "đồng/con", value_max=140,
        change=chg("increase", 20, "%", "giống trôi nổi", approx="about"),
        subject="giá tôm giống của công ty", location=NC),
    fig("trước 2-3 tháng", "2", 2, "measure", "tháng", value_max=3, optional=True,
        subject="thời gian nông dân đặt hàng trước", location=NC),
    fig("cho 65 lao động", "65", 65, "count", "lao động", subject="lao động được công ty giải quyết việc làm",
        location=NC),
    fig("9,5 triệu", "9,5", 9.5e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của lao động công ty", location=NC),
    fig("đạt 80-85%", "80", 80, "percent", "%", value_max=85,
        subject="tỷ lệ sống của tôm giống gia hóa khi thả nuôi", location=NC),
    fig("khoảng 60%", "60", 60, "percent", "%", approx="about",
        subject="tỷ lệ sống của giống thông thường khi thả nuôi", location=NC),
    fig("có 386 trại", "386", 386, "count", "trại", subject="trại sản xuất tôm giống"),
    fig("gần 18 tỷ con", "18", 18e9, "count", "con", approx="nearly", percent=40,
        subject="tôm giống các trại sản xuất", period=Y23b),
    fig("ít nhất 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", approx="at_least", status="target",
        subject="doanh nghiệp sản xuất tôm sú bố mẹ chất lượng cao", period=T25),
    fig("đáp ứng 30% nhu cầu", "30", 30, "percent", "%", status="target",
        subject="nhu cầu tôm bố mẹ của các trại trong tỉnh được đáp ứng", period=T25),
]

NOTES = [
    "Party newspaper (Báo Cà Mau): headline, byline 'HOÀNG LONG' and bare date '12/04/2024' at the end (published).",
    "Company portrait in huyện Năm Căn: its figures are located in Năm Căn across the following sentences and the quote.",
    "'gấp hai lần năm 2020' after 1,4 tỷ con is its change (2 lần). 'cao hơn khoảng 20% so với giống trôi nổi' is the price's change.",
    "'gia hóa qua 5 thế hệ' and the ordering lead time 'trước 2-3 tháng' are descriptive (optional).",
    "18 tỷ con: 'đáp ứng khoảng 40% nhu cầu' is its share (percent 40, no figure of its own). The 2025 target's",
    "'đáp ứng 30% nhu cầu tôm bố mẹ' follows a count of doanh nghiệp, not an amount of tôm: a percent figure of its own.",
    "Distractors: 'Từ một trại giống nhỏ' (indefinite 'một'), 'Ninh Thuận, Bạc Liêu' (sources, no figure), the bare date.",
]

if __name__ == "__main__":
    build("p1184-5", TEXT, NOTES, FIGS, published="2024-04-12", location="Cà Mau")
