"""p786-1: Bình Định province portal — boat-building yards, first half of 2024."""
from lib import emit, fig, per, inh, ch

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Bình Định: 6 tháng đóng mới 58 tàu cá vỏ thép, vỏ composite
Cập nhật: 15/07/2024 08:30 | Lượt xem: 1.482

Theo Sở Nông nghiệp và Phát triển nông thôn, 6 tháng đầu năm 2024, các cơ sở đóng sửa tàu cá trên địa bàn tỉnh Bình Định đã đóng mới 143 tàu cá, tăng 12,6% so với cùng kỳ năm 2023; trong đó có 58 tàu vỏ thép và vỏ composite, 85 tàu vỏ gỗ. Số tàu cá được sửa chữa, cải hoán đạt 1.126 lượt tàu, đạt 56,3% kế hoạch năm.

Toàn tỉnh hiện có 37 cơ sở đóng sửa tàu cá đủ điều kiện hoạt động, tập trung ở thị xã Hoài Nhơn (14 cơ sở), huyện Phù Cát (9 cơ sở), thành phố Quy Nhơn (8 cơ sở) và huyện Phù Mỹ (6 cơ sở). Trong số này, 11 cơ sở có khả năng đóng tàu vỏ thép, 7 cơ sở đóng được tàu vỏ composite; số còn lại chủ yếu đóng tàu vỏ gỗ truyền thống.

Tổng doanh thu của các cơ sở ước đạt 612,5 tỷ đồng, tăng 8,4% so với cùng kỳ. Các cơ sở giải quyết việc làm cho khoảng 2.300 lao động, thu nhập bình quân từ 8 đến 12 triệu đồng/người/tháng. Giá đóng mới một tàu vỏ thép hiện dao động từ 6 đến 9 tỷ đồng/chiếc. Mức giá này cao gấp khoảng 1,5 lần so với tàu vỏ gỗ cùng công suất.

Theo Kế hoạch số 142/KH-UBND ngày 20/5/2022 của UBND tỉnh, phấn đấu đến năm 2025 toàn tỉnh có ít nhất 15 cơ sở đủ năng lực đóng tàu vỏ thép, vỏ composite; tỷ lệ tàu cá đóng mới bằng vật liệu mới đạt trên 60%.

Thông tin liên hệ: Chi cục Thủy sản Bình Định, số 25 Lê Hồng Phong, TP Quy Nhơn; điện thoại: 0256.3822.517.
"""

H6 = per("6 tháng", "2024-01-01", "2024-06-30")
P6 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T25 = per("đến năm 2025", None, "2025-12-31")
SUBJ_CS = "cơ sở đóng sửa tàu cá đủ điều kiện hoạt động"

FIGS = [
    fig("đóng mới 58 tàu cá vỏ thép", "58", 58, "count", "tàu cá", "tàu cá vỏ thép, vỏ composite đóng mới", H6),
    fig("đóng mới 143 tàu cá", "143", 143, "count", "tàu cá", "tàu cá đóng mới", P6,
        change=ch("increase", 12.6, baseline="cùng kỳ năm 2023")),
    fig("có 58 tàu vỏ thép", "58", 58, "count", "tàu", "tàu vỏ thép và vỏ composite đóng mới", P6, total=143),
    fig("85 tàu vỏ gỗ", "85", 85, "count", "tàu", "tàu vỏ gỗ đóng mới", P6, total=143),
    fig("đạt 1.126 lượt tàu", "1.126", 1126, "count", "lượt tàu", "tàu cá được sửa chữa, cải hoán", inh(P6), percent=56.3),
    fig("có 37 cơ sở", "37", 37, "count", "cơ sở", SUBJ_CS),
    fig("(14 cơ sở)", "14", 14, "count", "cơ sở", SUBJ_CS, total=37, location="Hoài Nhơn"),
    fig("(9 cơ sở)", "9", 9, "count", "cơ sở", SUBJ_CS, total=37, location="Phù Cát"),
    fig("(8 cơ sở)", "8", 8, "count", "cơ sở", SUBJ_CS, total=37, location="Quy Nhơn"),
    fig("(6 cơ sở)", "6", 6, "count", "cơ sở", SUBJ_CS, total=37, location="Phù Mỹ"),
    fig("11 cơ sở có khả năng", "11", 11, "count", "cơ sở", "cơ sở có khả năng đóng tàu vỏ thép", total=37),
    fig("7 cơ sở đóng được", "7", 7, "count", "cơ sở", "cơ sở đóng được tàu vỏ composite", total=37),
    fig("ước đạt 612,5 tỷ đồng", "612,5", 612.5e9, "money", "đồng", "tổng doanh thu của các cơ sở", inh(P6),
        change=ch("increase", 8.4, baseline="cùng kỳ"), status="estimate"),
    fig("khoảng 2.300 lao động", "2.300", 2300, "count", "lao động", "lao động được các cơ sở giải quyết việc làm",
        approx="about"),
    fig("từ 8 đến 12 triệu", "8", 8e6, "money", "đồng/người/tháng", "thu nhập bình quân", value_max=12e6),
    fig("từ 6 đến 9 tỷ", "6", 6e9, "money", "đồng/chiếc", "giá đóng mới một tàu vỏ thép", value_max=9e9),
    fig("gấp khoảng 1,5 lần", "1,5", 1.5, "multiple", "lần", "giá đóng mới tàu vỏ thép so với tàu vỏ gỗ cùng công suất",
        approx="about"),
    fig("ít nhất 15 cơ sở", "15", 15, "count", "cơ sở", "cơ sở đủ năng lực đóng tàu vỏ thép, vỏ composite", T25,
        approx="at_least", status="target"),
    fig("trên 60%", "60", 60, "percent", "%", "tỷ lệ tàu cá đóng mới bằng vật liệu mới", T25,
        approx="over", status="target"),
]

COMMENTS = [
    "p786-1 — Cổng TTĐT tỉnh Bình Định (breadcrumb, 'Cập nhật:' line, 'Lượt xem: 1.482'): đóng sửa tàu cá 6 tháng đầu năm 2024.",
    "Headline '6 tháng' has no year: it takes 2024 (published; no earlier date). Lead 58 and 85 are parts of 143 (trong đó).",
    "District list after 37 cơ sở adds up to 37 (14+9+8+6): bracketed breakdown → total 37, district as location.",
    "'Trong số này' → total 37. 'gấp khoảng 1,5 lần' stands as its own sentence: multiple.",
    "Distractors: Lượt xem 1.482, Kế hoạch số 142/KH-UBND ngày 20/5/2022, số 25 Lê Hồng Phong, phone 0256.3822.517.",
]

if __name__ == "__main__":
    emit("p786-1", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Bình Định")
