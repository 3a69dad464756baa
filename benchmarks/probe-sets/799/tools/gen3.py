"""p799-3: formal report of UBND tỉnh Thanh Hóa, nón lá villages 9 months 2024, flattened | table."""
from lib import F, P, I, C, write

TEXT = """UBND TỈNH THANH HÓA
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thanh Hóa, ngày 15 tháng 10 năm 2024

BÁO CÁO
Tình hình sản xuất tại các làng nghề nón lá 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Sản xuất
Toàn tỉnh hiện có 14 làng nghề nón lá, trong đó 9 làng được công nhận làng nghề truyền thống theo Nghị định số 52/2018/NĐ-CP. 9 tháng năm 2024, các làng nghề sản xuất 1.862 nghìn chiếc nón, tăng 6,3% so với cùng kỳ, đạt 71,6% kế hoạch năm; giá trị sản xuất ước đạt 74,5 tỷ đồng.

Bảng 1. Sản lượng nón lá theo huyện
Đơn vị tính: nghìn chiếc
Huyện | 9 tháng 2024 | Cùng kỳ 2023 | Kế hoạch 2024
Nông Cống | 1.045 | 980 | 1.450
Quảng Xương | 412 | 395 | 580
Hoằng Hóa | 253 | 240 | 350
Hậu Lộc | 152 | 137 | 220
Tổng cộng | 1.862 | 1.752 | 2.600

2. Lao động, thu nhập
Các làng nghề thu hút 5.430 lao động, chủ yếu là phụ nữ và người cao tuổi. Thu nhập bình quân từ 2,8 đến 3,5 triệu đồng/người/tháng.

3. Tiêu thụ
Khoảng 65% sản phẩm được tiêu thụ tại các tỉnh phía Bắc. Giá bán tại cơ sở bình quân 38.000 đồng/chiếc, giảm 2.000 đồng so với cùng kỳ do sức mua giảm.

II. KHÓ KHĂN, HẠN CHẾ
Nguồn lá nón tại chỗ chỉ đáp ứng khoảng 40% nhu cầu; lao động dưới 35 tuổi chỉ chiếm 12,4%.

III. NHIỆM VỤ QUÝ IV/2024
Dự kiến quý IV/2024 sản xuất khoảng 720 nghìn chiếc, cả năm đạt khoảng 2.582 nghìn chiếc, bằng 99,3% kế hoạch. Tiếp tục triển khai Quyết định số 3214/QĐ-UBND ngày 12/8/2021 về phát triển làng nghề.

Nơi nhận:
- Bộ Công Thương;
- Lưu: VT, KTTC.
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
C9 = P("9 tháng 2024", "2024-01-01", "2024-09-30")
CK = P("Cùng kỳ 2023", "2023-01-01", "2023-09-30")
KH = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")

ROWS = [
    ("Nông Cống", "Nông Cống | 1.045", "1.045", 1045, "1.045 | 980", "980", 980, "980 | 1.450", "1.450", 1450),
    ("Quảng Xương", "Quảng Xương | 412", "412", 412, "412 | 395", "395", 395, "395 | 580", "580", 580),
    ("Hoằng Hóa", "Hoằng Hóa | 253", "253", 253, "253 | 240", "240", 240, "240 | 350", "350", 350),
    ("Hậu Lộc", "Hậu Lộc | 152", "152", 152, "152 | 137", "137", 137, "137 | 220", "220", 220),
    (None, "Tổng cộng | 1.862", "1.862", 1862, "1.862 | 1.752", "1.752", 1752, "1.752 | 2.600", "2.600", 2600),
]

TABLE = []
for place, a1, n1, v1, a2, n2, v2, a3, n3, v3 in ROWS:
    loc = {"location": place} if place else {}
    TABLE += [
        F(a1, n1, v1 * 1000, "count", "chiếc", "sản lượng nón lá 9 tháng 2024", C9, **loc),
        F(a2, n2, v2 * 1000, "count", "chiếc", "sản lượng nón lá cùng kỳ 2023", CK, **loc),
        F(a3, n3, v3 * 1000, "count", "chiếc", "sản lượng nón lá kế hoạch 2024", KH, status="target", **loc),
    ]

FIGS = [
    F("có 14 làng nghề nón lá", "14", 14, "count", "làng nghề", "làng nghề nón lá"),
    F("trong đó 9 làng", "9", 9, "count", "làng", "làng được công nhận làng nghề truyền thống", total=14),
    F("sản xuất 1.862 nghìn chiếc", "1.862", 1_862_000, "count", "chiếc", "nón lá các làng nghề sản xuất", M9,
      percent=71.6, change=C("increase", 6.3, "%", "cùng kỳ")),
    F("ước đạt 74,5 tỷ đồng", "74,5", 74.5e9, "money", "đồng", "giá trị sản xuất các làng nghề nón lá", M9,
      status="estimate"),
] + TABLE + [
    F("thu hút 5.430 lao động", "5.430", 5430, "count", "lao động", "lao động các làng nghề nón lá"),
    F("từ 2,8 đến 3,5 triệu đồng/người/tháng", "2,8", 2.8e6, "money", "đồng/người/tháng",
      "thu nhập bình quân lao động làng nghề", value_max=3.5e6),
    F("Khoảng 65% sản phẩm", "65", 65, "percent", "%", "sản phẩm tiêu thụ tại các tỉnh phía Bắc", approx="about"),
    F("bình quân 38.000 đồng/chiếc", "38.000", 38_000, "money", "đồng/chiếc", "giá bán nón tại cơ sở",
      change=C("decrease", 2000, "đồng", "cùng kỳ")),
    F("khoảng 40% nhu cầu", "40", 40, "percent", "%", "nguồn lá nón tại chỗ đáp ứng nhu cầu", approx="about"),
    F("dưới 35 tuổi", "35", 35, "measure", "tuổi", "tuổi lao động", approx="under", optional=True),
    F("chỉ chiếm 12,4%", "12,4", 12.4, "percent", "%", "lao động dưới 35 tuổi"),
    F("khoảng 720 nghìn chiếc", "720", 720_000, "count", "chiếc", "nón lá sản xuất",
      P("quý IV/2024", "2024-10-01", "2024-12-31"), approx="about", status="forecast"),
    F("khoảng 2.582 nghìn chiếc", "2.582", 2_582_000, "count", "chiếc", "nón lá sản xuất cả năm",
      P("cả năm", "2024-01-01", "2024-12-31"), approx="about", percent=99.3, status="forecast"),
]

NOTES = [
    "Formal report, UBND tỉnh Thanh Hóa, Số: 287/BC-UBND, dated 'Thanh Hóa, ngày 15 tháng 10 năm 2024' (published).",
    "Not figures: the document number, Nghị định số 52/2018/NĐ-CP, Quyết định số 3214/QĐ-UBND ngày 12/8/2021, section numbers",
    "I.-III. and 1.-3., 'Bảng 1', the heading 'NHIỆM VỤ QUÝ IV/2024'. Table: 'Đơn vị tính: nghìn chiếc' gives ×1000 and unit chiếc;",
    "district row labels go to location, the Tổng cộng row keeps Thanh Hóa; column headers give the periods (scored) and",
    "'Kế hoạch 2024' gives status target. 'đạt 71,6% kế hoạch năm' / 'bằng 99,3% kế hoạch' are the percent of their count.",
    "'dưới 35 tuổi' is a category threshold (optional).",
]

if __name__ == "__main__":
    write("p799-3", TEXT, FIGS, NOTES, published="2024-10-15", location="Thanh Hóa")
