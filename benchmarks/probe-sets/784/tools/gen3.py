"""p784-3: UBND tỉnh Khánh Hòa formal report — vận tải bằng xe ứng dụng công nghệ 9 tháng năm 2024 (flattened | table)."""
from lib import F, P, I, CH, emit

TEXT = """ỦY BAN NHÂN DÂN
TỈNH KHÁNH HÒA
Số: 312/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Khánh Hòa, ngày 15 tháng 10 năm 2024

BÁO CÁO
Tình hình hoạt động kinh doanh vận tải bằng xe ứng dụng công nghệ 9 tháng năm 2024

Thực hiện Công văn số 8421/BGTVT-VT ngày 12/9/2024 của Bộ Giao thông vận tải, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Tình hình hoạt động
Tính đến ngày 30/9/2024, trên địa bàn tỉnh có 04 nền tảng gọi xe và 27 doanh nghiệp, hợp tác xã kinh doanh vận tải hành khách theo hợp đồng điện tử. Kết quả chủ yếu như sau:

TT | Chỉ tiêu | Đơn vị tính | 9 tháng năm 2023 | 9 tháng năm 2024 | Kế hoạch năm 2024
1 | Xe ô tô hợp đồng điện tử | xe | 3.215 | 3.876 | 4.000
2 | Tài xế xe mô tô công nghệ | người | 8.420 | 9.760 | 10.500
3 | Chuyến xe thực hiện | nghìn chuyến | 5.320 | 6.845,5 | 9.000
4 | Doanh thu vận tải | tỷ đồng | 412,6 | 538,2 | 700

Thu ngân sách từ hoạt động vận tải bằng xe công nghệ 9 tháng ước đạt 21,7 tỷ đồng, tăng 14,6% so với cùng kỳ, đạt 72,3% dự toán năm. Riêng thành phố Nha Trang chiếm khoảng 68% tổng số chuyến xe.

2. Công tác kiểm tra, xử lý vi phạm
Thanh tra Sở Giao thông vận tải đã kiểm tra 1.052 phương tiện, xử lý 186 trường hợp vi phạm với số tiền 624 triệu đồng; thu hồi phù hiệu của 12 xe.

II. NHIỆM VỤ QUÝ IV/2024
Dự kiến quý IV/2024 cấp mới khoảng 150 phù hiệu xe hợp đồng điện tử; phấn đấu 100% tài xế xe công nghệ được tập huấn về an toàn giao thông.

Nơi nhận:
- Bộ GTVT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

ASOF = P("Tính đến ngày 30/9/2024", end="2024-09-30")
M23 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
M24 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
M9 = P("9 tháng", "2024-01-01", "2024-09-30")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")

ROWS = [
    # label, unit, kind, mult, cells (2023, 2024, plan)
    ("Xe ô tô hợp đồng điện tử", "xe", "count", 1, [("3.215", "| 3.215 |"), ("3.876", "| 3.876 |"), ("4.000", "| 4.000\n")]),
    ("Tài xế xe mô tô công nghệ", "người", "count", 1, [("8.420", "| 8.420 |"), ("9.760", "| 9.760 |"), ("10.500", "| 10.500\n")]),
    ("Chuyến xe thực hiện", "chuyến", "count", 1e3, [("5.320", "| 5.320 |"), ("6.845,5", "| 6.845,5 |"), ("9.000", "| 9.000\n")]),
    ("Doanh thu vận tải", "đồng", "money", 1e9, [("412,6", "| 412,6 |"), ("538,2", "| 538,2 |"), ("700", "| 700\n")]),
]
COLS = [("9 tháng năm 2023", M23, "actual"), ("9 tháng năm 2024", M24, "actual"), ("kế hoạch năm 2024", KH, "target")]

FIGS = [
    F("có 04 nền tảng", "04", 4, "count", "nền tảng", "nền tảng gọi xe", ASOF),
    F("và 27 doanh nghiệp", "27", 27, "count", "doanh nghiệp",
      "doanh nghiệp, hợp tác xã kinh doanh vận tải hành khách theo hợp đồng điện tử", ASOF),
]
for label, unit, kind, mult, cells in ROWS:
    for (num, anchor), (ctext, per, status) in zip(cells, COLS):
        v = round(float(num.replace(".", "").replace(",", ".")) * mult, 6)
        kw = {"status": status} if status != "actual" else {}
        FIGS.append(F(anchor, num, v, kind, unit, f"{label} {ctext}", per, **kw))
FIGS += [
    F("ước đạt 21,7 tỷ đồng", "21,7", 21700000000, "money", "đồng",
      "thu ngân sách từ hoạt động vận tải bằng xe công nghệ", M9, status="estimate", percent=72.3,
      change=CH("increase", 14.6, baseline="cùng kỳ")),
    F("khoảng 68%", "68", 68, "percent", "%", "tỷ trọng chuyến xe của thành phố Nha Trang trong tổng số chuyến xe",
      approx="about", location="Nha Trang"),
    F("kiểm tra 1.052 phương tiện", "1.052", 1052, "count", "phương tiện", "phương tiện Thanh tra Sở kiểm tra", I(M24)),
    F("xử lý 186 trường hợp", "186", 186, "count", "trường hợp", "trường hợp vi phạm bị xử lý", I(M24)),
    F("số tiền 624 triệu đồng", "624", 624000000, "money", "đồng", "số tiền xử phạt vi phạm", I(M24)),
    F("của 12 xe", "12", 12, "count", "xe", "xe bị thu hồi phù hiệu", I(M24)),
    F("khoảng 150 phù hiệu", "150", 150, "count", "phù hiệu", "phù hiệu xe hợp đồng điện tử cấp mới", Q4,
      approx="about", status="forecast"),
    F("phấn đấu 100%", "100", 100, "percent", "%", "tài xế xe công nghệ được tập huấn về an toàn giao thông", Q4,
      status="target"),
]

COMMENTS = [
    "UBND tỉnh Khánh Hòa, Báo cáo số 312/BC-UBND ngày 15/10/2024: vận tải bằng xe ứng dụng công nghệ 9 tháng năm 2024.",
    "Flattened | table (TT | Chỉ tiêu | Đơn vị tính | 9 tháng năm 2023 | 9 tháng năm 2024 | Kế hoạch năm 2024): every numeric cell is a figure;",
    "row numbers 1-4 are not; units and multipliers from the Đơn vị tính column (nghìn chuyến ×10^3, tỷ đồng ×10^9); Kế hoạch column → target.",
    "Số: 312/BC-UBND, Công văn số 8421/BGTVT-VT, ngày 12/9/2024, headings I./II./1./2., \"QUÝ IV/2024\" heading are not figures.",
    "The inspection sentence under heading 2 has no period phrase of its own: the report's 9 tháng năm 2024 (inherited).",
    "\"Riêng thành phố Nha Trang chiếm khoảng 68%\" is its own sentence: no ước cue, so actual; location Nha Trang.",
]

if __name__ == "__main__":
    emit("p784-3", TEXT, COMMENTS, FIGS, published="2024-10-15", location="Khánh Hòa")
