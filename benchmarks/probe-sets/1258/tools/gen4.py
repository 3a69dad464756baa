"""p1258-4: ministry site (Bộ VHTTDL): Liên đoàn Vovinam Việt Nam reviews 2024; national figures and the national championship."""
from lib import fig, per, inh, chg, tgt, write, NULL

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ > Tin tức > Thể dục thể thao

Vovinam phát triển tại 58/63 tỉnh, thành phố

15/01/2025 | 10:30 | Cục Thể dục thể thao

Ngày 14/1, tại Hà Nội, Liên đoàn Vovinam Việt Nam tổ chức Hội nghị tổng kết công tác năm 2024 và triển khai nhiệm vụ năm 2025.

Theo báo cáo, đến hết năm 2024, Vovinam đã phát triển tại 58/63 tỉnh, thành phố với khoảng 1.850 câu lạc bộ và hơn 210 nghìn võ sinh tập luyện thường xuyên, tăng khoảng 6% so với năm 2023. Trên thế giới, Vovinam có mặt tại 75 quốc gia và vùng lãnh thổ, trong đó 45 quốc gia đã thành lập liên đoàn quốc gia.

Năm 2024, Liên đoàn phối hợp tổ chức 9 giải thi đấu quốc gia với tổng cộng 3.260 lượt vận động viên, vượt 8,7% kế hoạch; tổng kinh phí khoảng 6,8 tỷ đồng, trong đó xã hội hóa 4,1 tỷ đồng.

Tại Giải vô địch Vovinam toàn quốc lần thứ 31 diễn ra tháng 10/2024 ở Ninh Bình, Hà Nội dẫn đầu toàn đoàn với 12 huy chương vàng; tiếp theo là TP Hồ Chí Minh (10 huy chương vàng), Long An (7 huy chương vàng) và Đồng Tháp (6 huy chương vàng). Ở đấu trường quốc tế, đội tuyển Vovinam Việt Nam giành 15 huy chương vàng tại Giải vô địch Vovinam thế giới lần thứ 8, xếp thứ nhất toàn đoàn.

Năm 2025, Liên đoàn đặt mục tiêu phát triển Vovinam tại 63/63 tỉnh, thành phố, nâng số võ sinh lên 230.000 người và đưa Vovinam vào chương trình thi đấu của ít nhất hai đại hội thể thao khu vực.

Các tin khác:
- Khai mạc Giải vô địch Karate quốc gia năm 2024
- Công bố Quyết định số 118/QĐ-BVHTTDL về kiện toàn Ban Chấp hành

BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Địa chỉ: 51 Ngô Quyền, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3943.8231
"""

END24 = per("đến hết năm 2024", None, "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
OCT = per("tháng 10/2024", "2024-10-01", "2024-10-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
HCV = "huy chương vàng"

FIGS = [
    fig("Vovinam phát triển tại 58/63", "58", 58, "count", "tỉnh, thành phố", total=63,
        subject="tỉnh, thành phố có Vovinam phát triển"),
    fig("đã phát triển tại 58/63", "58", 58, "count", "tỉnh, thành phố", total=63,
        subject="tỉnh, thành phố có Vovinam phát triển", period=END24),
    fig("khoảng 1.850 câu lạc bộ", "1.850", 1850, "count", "câu lạc bộ", approx="about",
        subject="câu lạc bộ Vovinam", period=END24),
    fig("hơn 210 nghìn", "210", 210000, "count", "võ sinh", approx="over",
        change=chg("increase", 6, "%", "năm 2023", approx="about"),
        subject="võ sinh Vovinam tập luyện thường xuyên", period=END24),
    fig("tại 75 quốc gia", "75", 75, "count", "quốc gia và vùng lãnh thổ",
        subject="quốc gia và vùng lãnh thổ có Vovinam", location=NULL),
    fig("đó 45 quốc gia", "45", 45, "count", "quốc gia", total=75,
        subject="quốc gia đã thành lập liên đoàn Vovinam quốc gia", location=NULL),
    fig("tổ chức 9 giải", "9", 9, "count", "giải", subject="giải thi đấu quốc gia Liên đoàn phối hợp tổ chức",
        period=Y24),
    fig("cộng 3.260 lượt", "3.260", 3260, "count", "lượt vận động viên",
        change=chg("increase", 8.7, "%", "kế hoạch"), subject="lượt vận động viên tham dự các giải quốc gia",
        period=Y24),
    fig("khoảng 6,8 tỷ", "6,8", 6.8e9, "money", "đồng", approx="about",
        subject="tổng kinh phí tổ chức các giải", period=Y24),
    fig("xã hội hóa 4,1 tỷ", "4,1", 4.1e9, "money", "đồng", total=6.8e9, subject="kinh phí xã hội hóa",
        period=Y24),
    fig("với 12 huy chương", "12", 12, "count", HCV, subject="huy chương vàng tại Giải vô địch Vovinam toàn quốc",
        period=OCT, location="Hà Nội"),
    fig("(10 huy chương", "10", 10, "count", HCV, subject="huy chương vàng tại Giải vô địch Vovinam toàn quốc",
        period=OCT, location="Hồ Chí Minh"),
    fig("(7 huy chương", "7", 7, "count", HCV, subject="huy chương vàng tại Giải vô địch Vovinam toàn quốc",
        period=OCT, location="Long An"),
    fig("(6 huy chương", "6", 6, "count", HCV, subject="huy chương vàng tại Giải vô địch Vovinam toàn quốc",
        period=OCT, location="Đồng Tháp"),
    fig("giành 15 huy chương", "15", 15, "count", HCV,
        subject="huy chương vàng đội tuyển Vovinam Việt Nam giành tại Giải vô địch Vovinam thế giới", period=inh(Y24)),
    fig("xếp thứ nhất", "nhất", 1, "rank", "hạng",
        subject="xếp hạng toàn đoàn của đội tuyển Vovinam Việt Nam tại Giải vô địch Vovinam thế giới",
        period=inh(Y24)),
    fig("tại 63/63", "63", 63, "count", "tỉnh, thành phố", total=63, status="target",
        subject="tỉnh, thành phố có Vovinam phát triển", period=Y25),
    fig("lên 230.000 người", "230.000", 230000, "count", "người", status="target", subject="số võ sinh",
        period=Y25),
    fig("ít nhất hai đại hội", "hai", 2, "count", "đại hội thể thao khu vực", approx="at_least", status="target",
        subject="đại hội thể thao khu vực có Vovinam trong chương trình thi đấu", period=Y25),
]

NOTES = [
    "Ministry site (Bộ VHTTDL): breadcrumb, headline figure, '15/01/2025 | 10:30 | Cục Thể dục thể thao', other news, footer.",
    "Distractors: 10:30, 'Ngày 14/1', 'lần thứ 31', 'lần thứ 8', 'Quyết định số 118/QĐ-BVHTTDL', '51 Ngô Quyền', phone 024.3943.8231,",
    "'năm 2024' in a link title, 'năm 2023' as a baseline.",
    "Default location Việt Nam (national federation). The world counts ('Trên thế giới ... 75 quốc gia') describe no Vietnamese place:",
    "location null. The medal list items take their province as location (Hà Nội, TP HCM, Long An, Đồng Tháp), not the host Ninh Bình.",
    "'đến hết năm 2024' is an as-of end (start null). 'hơn 210 nghìn' = 210000 (multiplier), change 'tăng khoảng 6%' (approx about).",
    "'vượt 8,7% kế hoạch' → change with baseline 'kế hoạch'. 'trong đó xã hội hóa 4,1 tỷ' → total 6,8 tỷ.",
    "'63/63' as a target: total 63, status target. 'ít nhất hai đại hội' → at_least, number word.",
    "'dẫn đầu toàn đoàn' has no number, so it is no rank figure.",
]

if __name__ == "__main__":
    write("p1258-4", TEXT, NOTES, FIGS, published="2025-01-15", location="Việt Nam")
