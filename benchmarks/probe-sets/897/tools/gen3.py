"""p897-3: UBND tỉnh Nam Định formal report, 9 months of 2023, flattened '|' table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH NAM ĐỊNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Nam Định, ngày 10 tháng 10 năm 2023

BÁO CÁO
Kết quả phát triển cơ sở may gia công khu vực nông thôn 9 tháng năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Về cơ sở và lao động
Tính đến 30/9/2023, toàn tỉnh có 412 cơ sở may gia công tại khu vực nông thôn, trong đó 38 doanh nghiệp, 27 hợp tác xã và 347 hộ kinh doanh, tổ may. Tổng số lao động là 19.640 người, tăng 6,2% so với cùng thời điểm năm 2022.

Kết quả tại các huyện trọng điểm:
Đơn vị tính: cơ sở; người; tỷ đồng
Huyện | Số cơ sở | Lao động | Giá trị sản xuất 9 tháng
Hải Hậu | 96 | 4.820 | 312,5
Giao Thủy | 74 | 3.510 | 228,0
Nghĩa Hưng | 68 | 3.190 | 201,4
Xuân Trường | 55 | 2.460 | 165,8
Tổng cộng | 293 | 13.980 | 907,7

2. Về giá trị sản xuất, thu nhập
Giá trị sản xuất 9 tháng năm 2023 ước đạt 1.265 tỷ đồng, bằng 71,9% kế hoạch năm. Thu nhập bình quân của lao động đạt 5,9 triệu đồng/người/tháng; riêng tại các doanh nghiệp đạt trên 7 triệu đồng/người/tháng.

II. TỒN TẠI, HẠN CHẾ
Có 64 cơ sở thiếu đơn hàng từ 2 tháng trở lên, chiếm 15,5% tổng số cơ sở; 29 cơ sở chưa bảo đảm điều kiện phòng cháy, chữa cháy theo Nghị định số 136/2020/NĐ-CP.

III. NHIỆM VỤ QUÝ IV/2023
Phấn đấu cả năm 2023 giá trị sản xuất đạt 1.760 tỷ đồng; đào tạo nghề may cho 1.200 lao động nông thôn. Dự kiến trong quý IV, các cơ sở tuyển thêm khoảng 800 lao động.

Nơi nhận:
- Bộ Công Thương;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, CT.
"""

ASOF = P("Tính đến 30/9/2023", None, "2023-09-30")
M9 = P("9 tháng", "2023-01-01", "2023-09-30")
M9Y = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
Y23 = P("cả năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("có 412 cơ sở", "412", 412, "count", "cơ sở", "cơ sở may gia công tại khu vực nông thôn", ASOF),
    F("38 doanh nghiệp", "38", 38, "count", "doanh nghiệp", "doanh nghiệp may gia công", ASOF, total=412),
    F("27 hợp tác xã", "27", 27, "count", "hợp tác xã", "hợp tác xã may gia công", ASOF, total=412),
    F("347 hộ kinh doanh", "347", 347, "count", "hộ kinh doanh, tổ may", "hộ kinh doanh, tổ may", ASOF, total=412),
    F("là 19.640 người", "19.640", 19640, "count", "người", "tổng số lao động", I(ASOF),
      change=C("+", 6.2, "%", "cùng thời điểm năm 2022")),
]
rows = [("Hải Hậu", "96", "4.820", "312,5"), ("Giao Thủy", "74", "3.510", "228,0"),
        ("Nghĩa Hưng", "68", "3.190", "201,4"), ("Xuân Trường", "55", "2.460", "165,8"),
        ("Tổng cộng", "293", "13.980", "907,7")]
for place, n, ld, gt in rows:
    loc = None if place == "Tổng cộng" else place
    extra = " tổng cộng" if loc is None else ""
    kw = {"location": loc} if loc else {}
    FIGS += [
        F(f"{place} | {n} |", n, float(n.replace(".", "")), "count", "cơ sở", "số cơ sở" + extra, I(ASOF), **kw),
        F(f"| {ld} |", ld, float(ld.replace(".", "")), "count", "người", "lao động" + extra, I(ASOF), **kw),
        F(f"| {gt}\n", gt, round(float(gt.replace(",", ".")) * 1e9), "money", "đồng",
          "giá trị sản xuất 9 tháng" + extra, M9, **kw),
    ]
FIGS += [
    F("ước đạt 1.265 tỷ đồng", "1.265", 1265e9, "money", "đồng", "giá trị sản xuất", M9Y, percent=71.9,
      status="estimate"),
    F("đạt 5,9 triệu đồng/người/tháng", "5,9", 5.9e6, "money", "đồng/người/tháng", "thu nhập bình quân của lao động",
      I(M9Y)),
    F("trên 7 triệu đồng/người/tháng", "7", 7e6, "money", "đồng/người/tháng",
      "thu nhập bình quân của lao động tại các doanh nghiệp", I(M9Y), approx="over"),
    F("Có 64 cơ sở", "64", 64, "count", "cơ sở", "cơ sở thiếu đơn hàng", percent=15.5),
    F("từ 2 tháng trở lên", "2", 2, "measure", "tháng", "thời gian thiếu đơn hàng", optional=True),
    F("29 cơ sở chưa", "29", 29, "count", "cơ sở", "cơ sở chưa bảo đảm điều kiện phòng cháy, chữa cháy"),
    F("đạt 1.760 tỷ đồng", "1.760", 1760e9, "money", "đồng", "giá trị sản xuất", Y23, status="target"),
    F("cho 1.200 lao động", "1.200", 1200, "count", "lao động", "lao động nông thôn được đào tạo nghề may", Y23,
      status="target"),
    F("khoảng 800 lao động", "800", 800, "count", "lao động", "lao động các cơ sở tuyển thêm",
      P("quý IV", "2023-10-01", "2023-12-31"), approx="about", status="forecast"),
]

write("p897-3", TEXT, FIGS, published="2023-10-10", location="Nam Định", comments=[
    "UBND tỉnh Nam Định, Báo cáo số 287/BC-UBND: cơ sở may gia công nông thôn 9 tháng năm 2023, flattened '|' table by district.",
    "Not figures: Số 287/BC-UBND, Nghị định số 136/2020/NĐ-CP, section numbers I.-III., 1.-2., heading 'NHIỆM VỤ QUÝ IV/2023'.",
    "Table: unit per column from 'Đơn vị tính: cơ sở; người; tỷ đồng'; district → location; 'Tổng cộng' row is a figure of its own",
    "(location Nam Định, no totals on cells). Value column period from its header '9 tháng' (2023); count columns inherit the as-of 30/9/2023.",
    "38 + 27 + 347 = 412 after 'trong đó' → total 412. 'chiếm 15,5% tổng số cơ sở' is the percent of 64; 'từ 2 tháng trở lên' is a threshold (optional).",
])
