"""p1379-7: department site (Sở Công Thương TP Cần Thơ), no dateline: wedding-party revenue, one-cell-per-line table by district."""
from lib import F, period, inherit, change, target, write

TEXT = """SỞ CÔNG THƯƠNG THÀNH PHỐ CẦN THƠ
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Hỏi đáp

Dịch vụ tiệc cưới, hội nghị tăng trưởng khá

Năm 2024, toàn thành phố có 181 cơ sở kinh doanh dịch vụ tiệc cưới, hội nghị, tăng 13 cơ sở so với năm 2023; phục vụ ước khoảng 11.150 tiệc cưới, sử dụng hơn 4.600 lao động. Doanh thu ước đạt 1.356 tỷ đồng, tăng 14,7% so với năm trước, chiếm 8,9% doanh thu dịch vụ lưu trú, ăn uống của thành phố.

Doanh thu dịch vụ tiệc cưới, hội nghị phân theo quận, huyện
Đơn vị tính: tỷ đồng
Quận, huyện
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Tổng số
1.182,4
1.356,0
114,7
Trong đó:
Quận Ninh Kiều
705,3
812,5
115,2
Quận Cái Răng
196,8
228,4
116,1
Quận Bình Thủy
121,5
134,0
110,3
Các quận, huyện còn lại
158,8
181,1
114,0

Giá một bàn tiệc phổ biến từ 3,5 đến 6 triệu đồng, tùy thực đơn và sảnh tiệc. Năm 2025, ngành Công Thương phấn đấu doanh thu dịch vụ tiệc cưới, hội nghị đạt trên 1.500 tỷ đồng; 100% cơ sở niêm yết giá và bán theo giá niêm yết.

Tin liên quan:
- Kiểm tra an toàn thực phẩm mùa cưới
- Hội chợ Xúc tiến thương mại lần thứ 3

SỞ CÔNG THƯƠNG THÀNH PHỐ CẦN THƠ
Địa chỉ: 23 Trần Văn Khéo, phường Cái Khế, quận Ninh Kiều
Điện thoại: 0292.3820.612
Lượt truy cập: 1.274.306
"""

Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
C23 = period("Năm 2023", "2023-01-01", "2023-12-31")
E24 = period("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")
SUBJ = "doanh thu dịch vụ tiệc cưới, hội nghị"

ROWS = [("Tổng số", None, "tổng số", ["1.182,4", "1.356,0", "114,7"], None),
        ("Quận Ninh Kiều", "Ninh Kiều", None, ["705,3", "812,5", "115,2"], "part"),
        ("Quận Cái Răng", "Cái Răng", None, ["196,8", "228,4", "116,1"], "part"),
        ("Quận Bình Thủy", "Bình Thủy", None, ["121,5", "134,0", "110,3"], "part"),
        ("Các quận, huyện còn lại", None, "các quận, huyện còn lại", ["158,8", "181,1", "114,0"], "part")]
TOTALS = [1182.4e9, 1356.0e9]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, loc, rowsub, nums, part in ROWS:
    prev = label
    base = f"{SUBJ} {rowsub}" if rowsub else SUBJ
    for i, n in enumerate(nums):
        kw = {"location": loc} if loc else {}
        if i == 0:
            if part:
                kw["total"] = TOTALS[0]
            CELLS.append(F(f"{prev}\n{n}", n, num(n) * 1e9, "money", "đồng", subject=f"{base} năm 2023",
                           period=C23, **kw))
        elif i == 1:
            if part:
                kw["total"] = TOTALS[1]
            CELLS.append(F(f"{prev}\n{n}", n, num(n) * 1e9, "money", "đồng", status="estimate",
                           subject=f"{base} ước thực hiện 2024", period=E24, **kw))
        else:
            CELLS.append(F(f"{prev}\n{n}", n, num(n), "percent", "%", subject=f"{base} so với cùng kỳ",
                           period=inherit(E24), **kw))
        prev = n

FIGS = [
    F("có 181 cơ sở", "181", 181, "count", "cơ sở", change=change("increase", 13, "cơ sở", "năm 2023"),
      subject="cơ sở kinh doanh dịch vụ tiệc cưới, hội nghị", period=Y24),
    F("ước khoảng 11.150 tiệc", "11.150", 11150, "count", "tiệc cưới", approx="about", status="estimate",
      subject="tiệc cưới các cơ sở phục vụ", period=Y24),
    F("hơn 4.600 lao động", "4.600", 4600, "count", "lao động", approx="over", status="estimate",
      subject="lao động các cơ sở dịch vụ tiệc cưới, hội nghị sử dụng", period=Y24),
    F("ước đạt 1.356 tỷ", "1.356", 1356e9, "money", "đồng", status="estimate", percent=8.9,
      change=change("increase", 14.7, "%", "năm trước"), subject=SUBJ, period=inherit(Y24)),
] + CELLS + [
    F("từ 3,5 đến 6 triệu", "3,5", 3.5e6, "money", "đồng/bàn", value_max=6e6, subject="giá một bàn tiệc phổ biến"),
    F("trên 1.500 tỷ", "1.500", 1500e9, "money", "đồng", approx="over", status="target",
      subject=SUBJ, period=Y25),
    F("; 100% cơ sở", "100", 100, "percent", "%", status="target",
      subject="cơ sở niêm yết giá và bán theo giá niêm yết", period=Y25),
]

NOTES = [
    "Department site (Sở Công Thương TP Cần Thơ), no dateline: menu, related links, footer address, phone, 'Lượt truy cập'. Location Cần Thơ.",
    "Distractors: 'lần thứ 3', '23 Trần Văn Khéo', phone 0292.3820.612, 'Lượt truy cập: 1.274.306', column headers with years.",
    "Lead: 'phục vụ ước khoảng 11.150 tiệc cưới, sử dụng hơn 4.600 lao động' continues the 'ước' clause → both estimate.",
    "'Doanh thu ước đạt 1.356 tỷ đồng, tăng 14,7% ..., chiếm 8,9% ...': change + percent; its period 'Năm 2024' stands in the previous sentence.",
    "One-cell-per-line table, 'Đơn vị tính: tỷ đồng'; money cells × 10^9; 'Ước thực hiện 2024' → estimate; period from column headers (scored).",
    "'So với cùng kỳ (%)' cells are percent figures (growth as index); the column has no status cue → actual; its period is implied, not in",
    "its header → inherited. District rows (Quận ...) give location; 'Tổng số' and 'Các quận, huyện còn lại' stay in the subject.",
    "Rows after 'Trong đó:' take the 'Tổng số' cell of the same column as total (money columns only; FIGURES.md: a part after 'trong đó' that follows the whole).",
    "'Năm 2025, ... phấn đấu ... trên 1.500 tỷ đồng; 100% cơ sở ...' → target, both clauses.",
]

if __name__ == "__main__":
    write("p1379-7", TEXT, NOTES, FIGS, location="Cần Thơ")
