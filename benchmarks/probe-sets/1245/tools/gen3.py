"""p1245-3: formal report (Sở NN&PTNT Bà Rịa - Vũng Tàu, Số: 412/BC-SNN), flattened '|' table by place."""
from lib import F, period, inherit, change, target, write

TEXT = """UBND TỈNH BÀ RỊA - VŨNG TÀU
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Số: 412/BC-SNN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bà Rịa - Vũng Tàu, ngày 08 tháng 01 năm 2025

BÁO CÁO
Kết quả nuôi cá biển lồng bè năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ NĂM 2024
1. Quy mô nuôi
Đến ngày 31/12/2024, toàn tỉnh có 3.184 lồng bè nuôi cá biển của 642 hộ, giảm 96 lồng so với năm 2023 do sắp xếp lại vùng nuôi trên sông Chà Và; tổng thể tích lồng nuôi đạt 286,5 nghìn m3. Đối tượng nuôi chủ yếu là cá chẽm (chiếm 58% số lồng), cá bớp, cá mú và cá chim vây vàng.

2. Sản lượng
Năm 2024, sản lượng cá biển nuôi lồng đạt 7.420 tấn, tăng 6,2% so với năm 2023, vượt 3,1% kế hoạch; giá trị sản xuất ước đạt 742 tỷ đồng.

Sản lượng cá biển nuôi lồng theo địa phương
Đơn vị tính: tấn
Địa phương | Năm 2023 | Năm 2024 | So với cùng kỳ (%) | Kế hoạch 2025
TP Vũng Tàu | 3.950 | 4.210 | 106,6 | 4.300
Huyện Côn Đảo | 1.120 | 1.185 | 105,8 | 1.250
Huyện Long Điền | 1.046 | 1.098 | 105,0 | 1.150
Thị xã Phú Mỹ | 871 | 927 | 106,4 | 950
Tổng cộng | 6.987 | 7.420 | 106,2 | 7.650

3. Giá bán, tiêu thụ
Giá cá chẽm thương phẩm bình quân năm 2024 là 92.000 đồng/kg, thấp hơn 5.000 đồng/kg so với năm 2023; khoảng 35% sản lượng được tiêu thụ tại TP Hồ Chí Minh.

II. KẾ HOẠCH NĂM 2025
Phấn đấu sản lượng cá biển nuôi lồng năm 2025 đạt 7.650 tấn; chuyển đổi ít nhất 500 lồng gỗ sang lồng HDPE; hỗ trợ 50% kinh phí mua lồng cho hộ nuôi theo Nghị quyết số 08/2024/NQ-HĐND.

Nơi nhận:
- UBND tỉnh (b/c);
- Cục Thủy sản;
- Lưu: VT, CCTS.
"""

ASOF = period("Đến ngày 31/12/2024", None, "2024-12-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = period("năm 2024", "2024-01-01", "2024-12-31")
Y25 = period("năm 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", period("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("năm 2024", period("Năm 2024", "2024-01-01", "2024-12-31"), None),
        ("so với cùng kỳ", period("Năm 2024", "2024-01-01", "2024-12-31", inherited=True), None),
        ("kế hoạch 2025", period("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
ROWS = [("TP Vũng Tàu", "Vũng Tàu", ["3.950", "4.210", "106,6", "4.300"]),
        ("Huyện Côn Đảo", "Côn Đảo", ["1.120", "1.185", "105,8", "1.250"]),
        ("Huyện Long Điền", "Long Điền", ["1.046", "1.098", "105,0", "1.150"]),
        ("Thị xã Phú Mỹ", "Phú Mỹ", ["871", "927", "106,4", "950"]),
        ("Tổng cộng", None, ["6.987", "7.420", "106,2", "7.650"])]


def cells():
    out = []
    for label, place, nums in ROWS:
        prev = label
        for (col, per, st), n in zip(COLS, nums):
            kw = {}
            if st:
                kw["status"] = st
            if place:
                kw["location"] = place
            v = float(n.replace(".", "").replace(",", "."))
            if col == "so với cùng kỳ":
                subj = "sản lượng cá biển nuôi lồng so với cùng kỳ"
                out.append(F(f"{prev} | {n}", n, v, "percent", "%", subj, per, **kw))
            else:
                subj = f"sản lượng cá biển nuôi lồng {col}" + (" tổng cộng" if not place else "")
                out.append(F(f"{prev} | {n}", n, v, "measure", "tấn", subj, per, **kw))
            prev = n
    return out


FIGS = [
    F("có 3.184 lồng", "3.184", 3184, "count", "lồng", "lồng bè nuôi cá biển", ASOF,
      change=change("decrease", 96, "lồng", "năm 2023")),
    F("của 642 hộ", "642", 642, "count", "hộ", "hộ nuôi cá biển lồng bè", ASOF),
    F("286,5 nghìn", "286,5", 286500, "measure", "m3", "tổng thể tích lồng nuôi", ASOF),
    F("chiếm 58%", "58", 58, "percent", "%", "số lồng nuôi cá chẽm"),
    F("đạt 7.420 tấn", "7.420", 7420, "measure", "tấn", "sản lượng cá biển nuôi lồng", Y24,
      change=change("increase", 6.2, "%", "năm 2023")),
    F("vượt 3,1%", "3,1", 3.1, "percent", "%", "sản lượng cá biển nuôi lồng vượt kế hoạch", Y24, optional=True),
    F("ước đạt 742 tỷ", "742", 742e9, "money", "đồng", "giá trị sản xuất", Y24, status="estimate"),
] + cells() + [
    F("là 92.000 đồng/kg", "92.000", 92000, "money", "đồng/kg", "giá cá chẽm thương phẩm bình quân", Y24b,
      change=change("decrease", 5000, "đồng/kg", "năm 2023")),
    F("khoảng 35%", "35", 35, "percent", "%", "sản lượng được tiêu thụ tại TP Hồ Chí Minh", Y24b, approx="about"),
    F("đạt 7.650 tấn", "7.650", 7650, "measure", "tấn", "sản lượng cá biển nuôi lồng", Y25, status="target"),
    F("ít nhất 500 lồng", "500", 500, "count", "lồng", "lồng gỗ chuyển đổi sang lồng HDPE", Y25,
      approx="at_least", status="target"),
    F("hỗ trợ 50%", "50", 50, "percent", "%", "hỗ trợ kinh phí mua lồng cho hộ nuôi", Y25, status="target"),
]

NOTES = [
    "Formal report (Sở NN&PTNT Bà Rịa - Vũng Tàu): 'Số: 412/BC-SNN', 'Bà Rịa - Vũng Tàu, ngày 08 tháng 01 năm 2025', sections I/II, 1-3, 'Nơi nhận'.",
    "Distractors: Số 412/BC-SNN, the letterhead date, section numbers, Nghị quyết số 08/2024/NQ-HĐND, 'Lưu: VT, CCTS'.",
    "'Đến ngày 31/12/2024' is an as-of date for the three scale figures; 'giảm 96 lồng so với năm 2023' → change in lồng.",
    "'cá chẽm (chiếm 58% số lồng)': no amount before it, so a percent figure of its own.",
    "7.420 tấn has two gaps: 'tăng 6,2% so với năm 2023' is its change; 'vượt 3,1% kế hoạch' is a second change → optional percent figure.",
    "'giá trị sản xuất ước đạt' → estimate for that clause only (the earlier clauses are actual).",
    "Flattened '|' table, 'Đơn vị tính: tấn'; rows are places → location per row ('Tổng cộng' → province); subject = caption + column.",
    "'So với cùng kỳ (%)' cells are ratios stated as percents: kind percent, value as written (106,6), no change; header has no year,",
    "so their period (2024) is marked inherited. 'Kế hoạch 2025' column → target. Cells get no total.",
    "'khoảng 35% sản lượng được tiêu thụ tại TP Hồ Chí Minh': TP HCM is the market, not the place of the figure → province.",
    "Section II 'Phấn đấu ...; ...; ...' → target for the three clauses, period năm 2025.",
]

if __name__ == "__main__":
    write("p1245-3", TEXT, NOTES, FIGS, published="2025-01-08", location="Bà Rịa - Vũng Tàu")
