"""p1294-7: department site (Sở VHTTDL Sơn La), no dateline: Mộc Châu flower season; one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH SƠN LA
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Liên hệ

Lượng khách mùa hoa Mộc Châu ước tăng hơn 15%

Mùa hoa cải trắng, hoa mận và dã quỳ trên cao nguyên Mộc Châu tiếp tục là sản phẩm chủ lực của du lịch Sơn La. Hiện huyện Mộc Châu có 14 đồi hoa, vườn hoa đón khách với tổng diện tích khoảng 95 ha.

Lượt khách đến các điểm du lịch hoa tại huyện Mộc Châu
Đơn vị tính: lượt khách
Điểm du lịch
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Kế hoạch 2025
Đồi hoa cải Bản Áng
245.000
281.000
114,7
310.000
Vườn hoa Tiểu khu 70
198.000
226.000
114,1
260.000
Đồi hướng dương Mường Sang
169.000
198.000
117,2
230.000
Tổng số
612.000
705.000
115,2
800.000
Trong đó: khách quốc tế
21.400
26.300
122,9
32.000

Năm 2024, tổng thu từ khách du lịch mùa hoa ước đạt 1.180 tỷ đồng, tăng 16% so với năm 2023. Giá vé vào các đồi hoa phổ biến 30.000-50.000 đồng/người. Riêng quý IV/2024, Mộc Châu dự kiến đón khoảng 320.000 lượt khách mùa hoa. Toàn huyện hiện có 286 cơ sở lưu trú với khoảng 4.100 phòng; công suất buồng phòng dịp cao điểm đạt trên 90%.

Bài viết liên quan:
- Hội thảo phát triển sản phẩm du lịch Mộc Châu 4 mùa hoa
- Công bố Khu du lịch quốc gia Mộc Châu

SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH SƠN LA
Địa chỉ: Tổ 3, phường Chiềng Lề, TP Sơn La
Điện thoại: 0212.3852.047
Lượt truy cập: 1.508.332 | Đang trực tuyến: 45
"""

C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Q4 = per("quý IV/2024", "2024-10-01", "2024-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("so với cùng kỳ", None, None),
        ("kế hoạch 2025", K25, "target")]
ROWS = [("Đồi hoa cải Bản Áng", "lượt khách đồi hoa cải Bản Áng", ["245.000", "281.000", "114,7", "310.000"]),
        ("Vườn hoa Tiểu khu 70", "lượt khách vườn hoa Tiểu khu 70", ["198.000", "226.000", "114,1", "260.000"]),
        ("Đồi hướng dương Mường Sang", "lượt khách đồi hướng dương Mường Sang",
         ["169.000", "198.000", "117,2", "230.000"]),
        ("Tổng số", "tổng số lượt khách đến các điểm du lịch hoa", ["612.000", "705.000", "115,2", "800.000"]),
        ("Trong đó: khách quốc tế", "lượt khách quốc tế", ["21.400", "26.300", "122,9", "32.000"])]
TOTALS = dict(zip([0, 1, 3], [612000, 705000, 800000]))

CELLS = []
for label, subj, nums in ROWS:
    prev = label
    for i, ((col, p, st), n) in enumerate(zip(COLS, nums)):
        kw = {}
        if st:
            kw["status"] = st
        if p:
            kw["period"] = p
        if label.startswith("Trong đó") and i in TOTALS:
            kw["total"] = TOTALS[i]
        if i == 2:
            CELLS.append(fig(f"{prev}\n{n}", n, float(n.replace(",", ".")), "percent", "%",
                             subject=f"{subj} {col}", **kw))
        else:
            CELLS.append(fig(f"{prev}\n{n}", n, float(n.replace(".", "")), "count", "lượt khách",
                             subject=f"{subj} {col}", **kw))
        prev = n

FIGS = [
    fig("tăng hơn 15%", "15", 15, "percent", "%", approx="over", status="estimate",
        subject="lượng khách mùa hoa Mộc Châu"),
    fig("có 14 đồi", "14", 14, "count", "đồi hoa, vườn hoa", subject="đồi hoa, vườn hoa đón khách"),
    fig("khoảng 95 ha", "95", 95, "measure", "ha", approx="about", subject="tổng diện tích đồi hoa, vườn hoa"),
] + CELLS + [
    fig("ước đạt 1.180 tỷ", "1.180", 1180e9, "money", "đồng", status="estimate", period=Y24,
        change=chg("increase", 16, "%", "năm 2023"), subject="tổng thu từ khách du lịch mùa hoa"),
    fig("phổ biến 30.000-50.000", "30.000", 30000, "money", "đồng/người", value_max=50000,
        subject="giá vé vào các đồi hoa"),
    fig("khoảng 320.000", "320.000", 320000, "count", "lượt khách", approx="about", status="forecast",
        period=Q4, subject="lượt khách mùa hoa Mộc Châu dự kiến đón"),
    fig("có 286 cơ sở", "286", 286, "count", "cơ sở lưu trú", subject="cơ sở lưu trú"),
    fig("khoảng 4.100 phòng", "4.100", 4100, "count", "phòng", approx="about", subject="phòng của các cơ sở lưu trú"),
    fig("trên 90%", "90", 90, "percent", "%", approx="over", subject="công suất buồng phòng dịp cao điểm"),
]

NOTES = [
    "Department site (Sở VHTTDL Sơn La), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: 'Vườn hoa Tiểu khu 70' (a name, also inside the table's row label), 'Mộc Châu 4 mùa hoa' (a product name),",
    "'Tổ 3', phone 0212.3852.047, counters 1.508.332 and 45; the table's column headers 2023/2024/2025.",
    "No published date, and no period on the headline growth rate ('ước tăng hơn 15%': percent figure, estimate, over).",
    "One-cell-per-line table, 'Đơn vị tính: lượt khách': rows are flower sites in Mộc Châu (not districts: subject, location Mộc Châu);",
    "periods from column headers; 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target; 'So với cùng kỳ (%)' cells are",
    "percent figures, no period, status actual (the header carries no status cue). Site rows precede 'Tổng số': no total.",
    "'Trong đó: khách quốc tế' follows the 'Tổng số' row: its count cells take the same column's Tổng số as total (spec: a part after",
    "'trong đó' that follows the whole). Its '%' cell has no total.",
    "'Riêng quý IV/2024, ... dự kiến ... khoảng 320.000' → forecast, period 2024-10-01..12-31. 'hiện' figures: no period.",
]

if __name__ == "__main__":
    write("p1294-7", TEXT, NOTES, FIGS, location="Mộc Châu")
