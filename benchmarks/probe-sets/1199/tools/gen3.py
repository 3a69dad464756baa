"""p1199-3: formal report, UBND tỉnh Thái Bình, distribution grid 2024, flattened | table by district."""
from lib import build, fig, per, inh, chg, tgt

TEXT = """UBND TỈNH THÁI BÌNH
Số: 18/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Bình, ngày 20 tháng 01 năm 2025

BÁO CÁO
Kết quả phát triển lưới điện phân phối năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Đầu tư xây dựng
Năm 2024, ngành điện và các chủ đầu tư đã hoàn thành, đóng điện 212 trạm biến áp phân phối, bằng 106% kế hoạch, tổng dung lượng tăng thêm 71.500 kVA; xây dựng mới 77,5 km đường dây trung áp. Tổng vốn thực hiện ước đạt 486 tỷ đồng, trong đó vốn của Tổng công ty Điện lực miền Bắc 412 tỷ đồng.

2. Kết quả theo địa bàn
Đơn vị tính: trạm; kVA; km
Địa bàn | TBA xây mới (trạm) | Dung lượng (kVA) | Đường dây trung áp (km)
Thành phố Thái Bình | 38 | 15.250 | 12,4
Huyện Đông Hưng | 27 | 8.400 | 9,8
Huyện Quỳnh Phụ | 31 | 9.650 | 11,2
Huyện Tiền Hải | 24 | 10.320 | 8,5
Các huyện còn lại | 92 | 27.880 | 35,6
Tổng cộng | 212 | 71.500 | 77,5

3. Vận hành lưới điện
Tỷ lệ tổn thất điện năng toàn tỉnh năm 2024 là 3,86%, thấp hơn 0,14% so với chỉ tiêu giao. Số trạm biến áp bị quá tải trong cao điểm nắng nóng giảm từ 64 trạm năm 2023 xuống còn 19 trạm.

II. NHIỆM VỤ NĂM 2025
Phấn đấu đóng điện 230 trạm biến áp phân phối; tỷ lệ tổn thất điện năng dưới 3,8%; 100% số xã duy trì tiêu chí số 4 về điện trong bộ tiêu chí xã nông thôn mới nâng cao.

Nơi nhận:
- Bộ Công Thương (b/c);
- Công ty Điện lực Thái Bình;
- Lưu: VT, KT.
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("NHIỆM VỤ NĂM 2025", "2025-01-01", "2025-12-31")
TITLE = inh(per("năm 2024", "2024-01-01", "2024-12-31"))

COLS = [("TBA xây mới", "count", "trạm", 1), ("Dung lượng", "measure", "kVA", 1),
        ("Đường dây trung áp", "measure", "km", 1)]


def row(label, numbers, place=None):
    out = []
    cells = numbers.split(" | ")
    prev = label
    for (col, kind, unit, _), num in zip(COLS, cells):
        anchor = f"{prev} | {num}"
        value = float(num.replace(".", "").replace(",", "."))
        subject = col if place else f"{col} {label.lower()}"
        kw = {"location": place} if place else {}
        out.append(fig(anchor, num, value, kind, unit, subject=subject, period=TITLE, **kw))
        prev = num
    return out


TABLE = (row("Thành phố Thái Bình", "38 | 15.250 | 12,4", "Thái Bình")
         + row("Huyện Đông Hưng", "27 | 8.400 | 9,8", "Đông Hưng")
         + row("Huyện Quỳnh Phụ", "31 | 9.650 | 11,2", "Quỳnh Phụ")
         + row("Huyện Tiền Hải", "24 | 10.320 | 8,5", "Tiền Hải")
         + row("Các huyện còn lại", "92 | 27.880 | 35,6")
         + row("Tổng cộng", "212 | 71.500 | 77,5"))

FIGS = [
    fig("đóng điện 212 trạm", "212", 212, "count", "trạm biến áp", percent=106,
        subject="trạm biến áp phân phối hoàn thành, đóng điện", period=Y24),
    fig("tăng thêm 71.500 kVA", "71.500", 71500, "measure", "kVA",
        subject="tổng dung lượng tăng thêm", period=Y24),
    fig("mới 77,5 km", "77,5", 77.5, "measure", "km",
        subject="đường dây trung áp xây dựng mới", period=Y24),
    fig("ước đạt 486 tỷ", "486", 486e9, "money", "đồng", status="estimate",
        subject="tổng vốn thực hiện", period=inh(Y24)),
    fig("miền Bắc 412 tỷ", "412", 412e9, "money", "đồng", status="estimate", total=486e9,
        subject="vốn của Tổng công ty Điện lực miền Bắc", period=inh(Y24)),
] + TABLE + [
    fig("là 3,86%", "3,86", 3.86, "percent", "%",
        change=chg("decrease", 0.14, "%", "chỉ tiêu giao"),
        subject="tỷ lệ tổn thất điện năng toàn tỉnh", period=per("năm 2024", "2024-01-01", "2024-12-31")),
    fig("từ 64 trạm", "64", 64, "count", "trạm",
        subject="trạm biến áp bị quá tải trong cao điểm nắng nóng",
        period=per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("còn 19 trạm", "19", 19, "count", "trạm",
        subject="trạm biến áp bị quá tải trong cao điểm nắng nóng", period=inh(Y24)),
    fig("đóng điện 230 trạm", "230", 230, "count", "trạm biến áp", status="target",
        subject="trạm biến áp phân phối đóng điện", period=inh(Y25)),
    fig("dưới 3,8%", "3,8", 3.8, "percent", "%", approx="under", status="target",
        subject="tỷ lệ tổn thất điện năng", period=inh(Y25)),
    fig("100% số xã", "100", 100, "percent", "%", status="target",
        subject="số xã duy trì tiêu chí số 4 về điện", period=inh(Y25)),
]

NOTES = [
    "Formal report: UBND tỉnh Thái Bình, 'Số: 18/BC-UBND', 'Thái Bình, ngày 20 tháng 01 năm 2025', sections I/II, 1-3, Nơi nhận.",
    "Flattened '|' table by district; units from the header brackets and 'Đơn vị tính: trạm; kVA; km'; period from the title (inherited).",
    "Cells: place rows -> location + column label as subject; 'Các huyện còn lại', 'Tổng cộng' rows -> row label in subject, province location.",
    "Distractors: 18/BC-UBND, 'tiêu chí số 4', section numbers, 'Lưu: VT, KT', the date line.",
    "'ước đạt 486 tỷ ..., trong đó ... 412 tỷ' : the part continues the estimate clause. 'giảm từ 64 trạm năm 2023 xuống còn 19 trạm': two figures, no change.",
    "'thấp hơn 0,14% so với chỉ tiêu giao' is a change with baseline the target (spec: gap to a plan).",
]

if __name__ == "__main__":
    build("p1199-3", TEXT, NOTES, FIGS, published="2025-01-20", location="Thái Bình")
