"""p578-3: formal report (UBND tỉnh Quảng Trị) — chronic disease care 9 months 2024, flattened '|' table."""
from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH QUẢNG TRỊ
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Trị, ngày 08 tháng 10 năm 2024

BÁO CÁO
Tình hình khám, điều trị bệnh mạn tính tại các cơ sở y tế 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Chạy thận nhân tạo và điều trị ung bướu
Bảng 1. Kết quả 9 tháng năm 2024
TT | Đơn vị | Máy chạy thận (máy) | Người bệnh chạy thận (người) | Lượt chạy thận (lượt) | Giường ung bướu (giường)
1 | Bệnh viện Đa khoa tỉnh | 48 | 236 | 27.614 | 60
2 | Bệnh viện Đa khoa khu vực Triệu Hải | 16 | 74 | 8.930 | 0
3 | Trung tâm Y tế huyện Vĩnh Linh | 10 | 41 | 4.852 | 0
Cộng | | 74 | 351 | 41.396 | 60

Tổng chi phí khám, chữa bệnh bảo hiểm y tế cho người bệnh chạy thận 9 tháng là 24.318,6 triệu đồng, tăng 7,9% so với cùng kỳ năm 2023.

2. Đột quỵ và tầm soát ung thư
Đơn vị Đột quỵ Bệnh viện Đa khoa tỉnh tiếp nhận 842 ca đột quỵ não, tăng 15,3% so với cùng kỳ; trong đó 127 ca được điều trị tiêu sợi huyết, chiếm 15,1%. Thời gian cửa - kim trung bình là 52 phút. Các cơ sở y tế đã tầm soát ung thư cho 12.684 lượt người, đạt 84,6% kế hoạch năm, phát hiện 317 trường hợp nghi ngờ ung thư.

II. KHÓ KHĂN, VƯỚNG MẮC
Tính đến ngày 30/9/2024, còn 23 người bệnh chờ chạy thận tại Bệnh viện Đa khoa tỉnh; máy chạy thận phải hoạt động 3 ca/ngày, nhiều máy đã sử dụng trên 10 năm.

III. NHIỆM VỤ QUÝ IV/2024
Dự kiến đầu tư bổ sung 12 máy chạy thận với kinh phí 5,4 tỷ đồng; phấn đấu cả năm 2024 thực hiện 56.000 lượt chạy thận.

Nơi nhận:
- Bộ Y tế;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, VX.
"""

COMMENTS = [
    "Formal report under a letterhead (UBND tỉnh Quảng Trị, Số: 318/BC-UBND, 'Quảng Trị, ngày 08 tháng 10 năm 2024'): chronic care 9 months 2024.",
    "Flattened '|' table (Bảng 1): every numeric cell is a figure, the zeros and the 'Cộng' row included; units from the column headers;",
    "subject = column label + row label; period from the table title '9 tháng năm 2024' (inherited); no Kế hoạch/Ước column, so cells are actual.",
    "Row 'Trung tâm Y tế huyện Vĩnh Linh' names a district: its cells take location Vĩnh Linh; 'khu vực Triệu Hải' is a hospital name (no current",
    "district), so Quảng Trị. Row numbers 1-3, 'Số: 318/BC-UBND', section numbers, 'Bảng 1', 'QUÝ IV/2024' are not figures.",
    "A table 'Cộng' row is not a part-of cue (no total attributes on the rows). 127/842 = 15,1% (total + percent).",
    "'Dự kiến' -> forecast for both 12 máy and 5,4 tỷ; 'phấn đấu cả năm 2024' -> target. 'Tính đến ngày 30/9/2024' governs the whole sentence.",
]

T9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
IT = I(T9)
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")

COLS = [("Máy chạy thận", "máy"), ("Người bệnh chạy thận", "người"), ("Lượt chạy thận", "lượt"), ("Giường ung bướu", "giường")]
ROWS = [
    ("Bệnh viện Đa khoa tỉnh", None, ["tỉnh | 48", "| 236 |", "| 27.614 |", "27.614 | 60"], ["48", "236", "27.614", "60"]),
    ("Bệnh viện Đa khoa khu vực Triệu Hải", None, ["Hải | 16", "| 74 | 8", "| 8.930 |", "8.930 | 0"], ["16", "74", "8.930", "0"]),
    ("Trung tâm Y tế huyện Vĩnh Linh", "Vĩnh Linh", ["Linh | 10", "| 41 |", "| 4.852 |", "4.852 | 0"], ["10", "41", "4.852", "0"]),
    ("cộng", None, ["| | 74", "| 351 |", "| 41.396 |", "41.396 | 60"], ["74", "351", "41.396", "60"]),
]

FIGS = []
for label, loc, anchors, nums in ROWS:
    for (col, unit), a, n in zip(COLS, anchors, nums):
        v = float(n.replace(".", ""))
        kw = {"location": loc} if loc else {}
        FIGS.append(F(a, n, v, "count", unit, f"{col} {label}", IT, **kw))

FIGS += [
    F("là 24.318,6 triệu đồng", "24.318,6", 24318.6e6, "money", "đồng",
      "Tổng chi phí khám, chữa bệnh bảo hiểm y tế cho người bệnh chạy thận",
      P("9 tháng", "2024-01-01", "2024-09-30"), change=CH("increase", 7.9, "%", "cùng kỳ năm 2023")),
    F("tiếp nhận 842 ca", "842", 842, "count", "ca", "ca đột quỵ não Đơn vị Đột quỵ tiếp nhận", IT,
      change=CH("increase", 15.3, "%", "cùng kỳ")),
    F("trong đó 127 ca", "127", 127, "count", "ca", "ca được điều trị tiêu sợi huyết", IT,
      total=842, percent=15.1),
    F("là 52 phút", "52", 52, "measure", "phút", "Thời gian cửa - kim trung bình", IT),
    F("cho 12.684 lượt người", "12.684", 12684, "count", "lượt người", "lượt người được tầm soát ung thư", IT,
      percent=84.6),
    F("phát hiện 317 trường hợp", "317", 317, "count", "trường hợp", "trường hợp nghi ngờ ung thư phát hiện", IT),
    F("còn 23 người bệnh", "23", 23, "count", "người bệnh", "người bệnh chờ chạy thận tại Bệnh viện Đa khoa tỉnh", ASOF),
    F("hoạt động 3 ca/ngày", "3", 3, "measure", "ca/ngày", "số ca hoạt động của máy chạy thận mỗi ngày", ASOF),
    F("trên 10 năm", "10", 10, "measure", "năm", "thời gian sử dụng máy chạy thận", ASOF, approx="over"),
    F("bổ sung 12 máy", "12", 12, "count", "máy", "máy chạy thận đầu tư bổ sung", status="forecast"),
    F("kinh phí 5,4 tỷ đồng", "5,4", 5.4e9, "money", "đồng", "kinh phí đầu tư bổ sung máy chạy thận", status="forecast"),
    F("thực hiện 56.000 lượt", "56.000", 56000, "count", "lượt chạy thận", "lượt chạy thận",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), status="target"),
]

if __name__ == "__main__":
    emit("p578-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Quảng Trị")
