"""p822-3: formal report (UBND tỉnh Lâm Đồng) - household businesses and their taxes, H1/2024, flattened | table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH LÂM ĐỒNG
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lâm Đồng, ngày 15 tháng 7 năm 2024

BÁO CÁO
Kết quả quản lý hộ kinh doanh và thu thuế đối với hộ kinh doanh 6 tháng đầu năm 2024

Thực hiện Công văn số 1562/BTC-TCT ngày 20/6/2024 của Bộ Tài chính, UBND tỉnh báo cáo như sau:

I. TÌNH HÌNH ĐĂNG KÝ HỘ KINH DOANH
1. Tính đến ngày 30/6/2024, toàn tỉnh có 68.415 hộ kinh doanh đang hoạt động, tăng 2.037 hộ so với cuối năm 2023. Trong 6 tháng đầu năm, cấp mới 3.962 hộ; có 1.925 hộ chấm dứt hoạt động, trong đó 1.108 hộ kinh doanh dịch vụ lưu trú, ăn uống.
2. Số hộ nộp thuế tại thời điểm 30/6/2024 phân theo địa bàn:
Đơn vị tính: hộ
Địa bàn | Nộp thuế khoán | Kê khai | Tổng số
TP Đà Lạt | 11.286 | 1.642 | 12.928
TP Bảo Lộc | 6.518 | 734 | 7.252
Huyện Đức Trọng | 5.307 | 415 | 5.722
Huyện Di Linh | 3.894 | 186 | 4.080
Các huyện còn lại | 14.675 | 523 | 15.198
Tổng cộng | 41.680 | 3.500 | 45.180

II. KẾT QUẢ THU THUẾ
1. Thu ngân sách từ hộ kinh doanh 6 tháng ước đạt 342,8 tỷ đồng, bằng 54,6% dự toán, tăng 9,3% so với cùng kỳ. Nợ thuế của hộ kinh doanh đến 30/6/2024 là 18,7 tỷ đồng, chiếm 5,5% số thu.
2. Có 2.650 hộ sử dụng hóa đơn điện tử, trong đó 1.984 hộ dùng hóa đơn khởi tạo từ máy tính tiền.

III. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu thu từ hộ kinh doanh cả năm 2024 đạt 628 tỷ đồng; dự kiến rà soát khoảng 1.200 hộ có dấu hiệu kinh doanh nhưng chưa đăng ký thuế, tập trung tại Đà Lạt và Bảo Lộc.

Nơi nhận:
- Bộ Tài chính;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

ASOF = P("Tính đến ngày 30/6/2024", end="2024-06-30")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
TAB = P("tại thời điểm 30/6/2024", end="2024-06-30", inherited=True)

cols = ["hộ nộp thuế khoán", "hộ kê khai", "tổng số hộ nộp thuế"]
rows = [
    ("TP Đà Lạt", "Đà Lạt", ["11.286", "1.642", "12.928"]),
    ("TP Bảo Lộc", "Bảo Lộc", ["6.518", "734", "7.252"]),
    ("Huyện Đức Trọng", "Đức Trọng", ["5.307", "415", "5.722"]),
    ("Huyện Di Linh", "Di Linh", ["3.894", "186", "4.080"]),
    ("Các huyện còn lại", None, ["14.675", "523", "15.198"]),
    ("Tổng cộng", None, ["41.680", "3.500", "45.180"]),
]

FIGS = [
    F("có 68.415 hộ", "68.415", 68415, "count", "hộ kinh doanh", "hộ kinh doanh đang hoạt động", ASOF,
      change=C("increase", 2037, "hộ", baseline="cuối năm 2023")),
    F("cấp mới 3.962 hộ", "3.962", 3962, "count", "hộ", "hộ kinh doanh cấp mới", H1),
    F("có 1.925 hộ", "1.925", 1925, "count", "hộ", "hộ chấm dứt hoạt động", H1),
    F("1.108 hộ", "1.108", 1108, "count", "hộ", "hộ kinh doanh dịch vụ lưu trú, ăn uống chấm dứt hoạt động", H1,
      total=1925),
]
for label, loc, cells in rows:
    for colsubj, cell in zip(cols, cells):
        if label == "Các huyện còn lại":
            subj = f"{colsubj} các huyện còn lại"
        elif label == "Tổng cộng":
            subj = f"tổng cộng {colsubj}"
        else:
            subj = colsubj
        anchor = f"| {cell} |" if cell != cells[2] else f"| {cell}\n"
        v = float(cell.replace(".", ""))
        kw = {"location": loc} if loc else {}
        FIGS.append(F(anchor, cell, v, "count", "hộ", subj, TAB, **kw))

FIGS += [
    F("ước đạt 342,8 tỷ đồng", "342,8", 342.8e9, "money", "đồng", "thu ngân sách từ hộ kinh doanh",
      P("6 tháng", "2024-01-01", "2024-06-30"), percent=54.6,
      change=C("increase", 9.3, baseline="cùng kỳ"), status="estimate"),
    F("là 18,7 tỷ đồng", "18,7", 18.7e9, "money", "đồng", "nợ thuế của hộ kinh doanh",
      P("đến 30/6/2024", end="2024-06-30"), percent=5.5),
    F("Có 2.650 hộ", "2.650", 2650, "count", "hộ", "hộ sử dụng hóa đơn điện tử"),
    F("1.984 hộ", "1.984", 1984, "count", "hộ", "hộ dùng hóa đơn khởi tạo từ máy tính tiền", total=2650),
    F("đạt 628 tỷ đồng", "628", 628e9, "money", "đồng", "thu từ hộ kinh doanh",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("khoảng 1.200 hộ", "1.200", 1200, "count", "hộ",
      "hộ có dấu hiệu kinh doanh nhưng chưa đăng ký thuế cần rà soát",
      P("6 THÁNG CUỐI NĂM", "2024-07-01", "2024-12-31", inherited=True), approx="about", status="forecast"),
]

NOTES = [
    "Báo cáo UBND tỉnh Lâm Đồng Số 287/BC-UBND: hộ kinh doanh và thu thuế hộ kinh doanh 6 tháng đầu năm 2024.",
    "Flattened '|' table (Đơn vị tính: hộ): every numeric cell is a figure; a place row label is the location; the",
    "Tổng cộng row is its own figure; cells get no totals; period from the caption line (as-of 30/6/2024, inherited).",
    "'tăng 2.037 hộ so với cuối năm 2023' is a change in hộ. The 1.200 hộ review is 'dự kiến' (forecast) under the",
    "heading 'NHIỆM VỤ 6 THÁNG CUỐI NĂM' (inherited period). Distractors: Số 287/BC-UBND, Công văn số 1562/BTC-TCT",
    "ngày 20/6/2024, section numbers I.-III. and 1.-2., the place-date line, Nơi nhận.",
]

write(3, TEXT, FIGS, NOTES, published="2024-07-15", location="Lâm Đồng")
