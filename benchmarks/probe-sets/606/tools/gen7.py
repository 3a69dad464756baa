"""p606-7: department site (Sở Công Thương Phú Thọ), no dateline — tea processing capacity, one-cell-per-line table by district, exports, support."""
from lib import F, P, I, CH, emit

TEXT = """SỞ CÔNG THƯƠNG TỈNH PHÚ THỌ
Trang chủ > Công nghiệp > Chế biến nông sản

Năng lực chế biến chè trên địa bàn tỉnh năm 2023

Phú Thọ hiện có 15.600 ha chè. Năm 2023, sản lượng chè búp tươi toàn tỉnh đạt 178.000 tấn; giá chè búp tươi bình quân 7.800 đồng/kg, tăng 6% so với năm 2022. Toàn tỉnh có 118 cơ sở chế biến chè quy mô công nghiệp, tổng công suất thiết kế 2.950 tấn búp tươi/ngày, nhưng thực tế chỉ hoạt động khoảng 65-70% công suất. Năng lực chế biến tại các huyện trọng điểm như sau:

Huyện
Số cơ sở (cơ sở)
Công suất (tấn búp tươi/ngày)
Sản lượng chè khô năm 2023 (tấn)
Thanh Sơn
24
620
7.850
Tân Sơn
19
455
5.920
Yên Lập
16
380
4.760
Đoan Hùng
14
310
3.980
Hạ Hòa
11
265
3.150

Năm 2023, toàn tỉnh xuất khẩu 21.300 tấn chè khô, chiếm khoảng 17% lượng chè xuất khẩu cả nước, kim ngạch đạt 38,5 triệu USD. Từ năm 2021 đến nay, tỉnh đã hỗ trợ 12,8 tỷ đồng cho các cơ sở đổi mới thiết bị, trong đó 4,6 tỷ đồng cho dây chuyền chè xanh chất lượng cao. Hiện có 54 sản phẩm chè đạt chuẩn OCOP. Mục tiêu đến năm 2025, tỷ lệ chè chế biến sâu đạt 30%.

Sở Công Thương tỉnh Phú Thọ. Địa chỉ: số 1561 đại lộ Hùng Vương, phường Gia Cẩm, TP Việt Trì. Điện thoại: 0210.3846.308. Email: sct@phutho.gov.vn
Tổng số lượt truy cập: 1.245.876
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
TITLE = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
COL = P("Sản lượng chè khô năm 2023", "2023-01-01", "2023-12-31")
SINCE = P("Từ năm 2021 đến nay", "2021-01-01", None)

ROWS = [("Thanh Sơn", ("24", 24), ("620", 620), ("7.850", 7850)),
        ("Tân Sơn", ("19", 19), ("455", 455), ("5.920", 5920)),
        ("Yên Lập", ("16", 16), ("380", 380), ("4.760", 4760)),
        ("Đoan Hùng", ("14", 14), ("310", 310), ("3.980", 3980)),
        ("Hạ Hòa", ("11", 11), ("265", 265), ("3.150", 3150))]

TABLE = []
for place, (n1, v1), (n2, v2), (n3, v3) in ROWS:
    TABLE += [
        F(f"{place}\n{n1}\n", n1, v1, "count", "cơ sở", "Số cơ sở chế biến chè", TITLE, location=place),
        F(f"\n{n1}\n{n2}\n", n2, v2, "measure", "tấn búp tươi/ngày", "Công suất chế biến chè", TITLE, location=place),
        F(f"\n{n2}\n{n3}\n", n3, v3, "measure", "tấn", "Sản lượng chè khô", COL, location=place),
    ]

FIGS = [
    F("có 15.600 ha", "15.600", 15600, "measure", "ha", "diện tích chè"),
    F("đạt 178.000 tấn", "178.000", 178000, "measure", "tấn", "sản lượng chè búp tươi toàn tỉnh", Y23),
    F("bình quân 7.800 đồng/kg", "7.800", 7800, "money", "đồng/kg", "giá chè búp tươi bình quân", Y23,
      change=CH("increase", 6, baseline="năm 2022")),
    F("có 118 cơ sở", "118", 118, "count", "cơ sở", "cơ sở chế biến chè quy mô công nghiệp"),
    F("thiết kế 2.950 tấn", "2.950", 2950, "measure", "tấn búp tươi/ngày", "tổng công suất thiết kế"),
    F("khoảng 65-70%", "65", 65, "percent", "%", "công suất thực tế hoạt động", value_max=70, approx="about"),
    *TABLE,
    F("xuất khẩu 21.300 tấn", "21.300", 21300, "measure", "tấn", "chè khô xuất khẩu", Y23, percent=17),
    F("đạt 38,5 triệu USD", "38,5", 38.5e6, "money", "USD", "kim ngạch xuất khẩu chè", Y23),
    F("hỗ trợ 12,8 tỷ đồng", "12,8", 12.8e9, "money", "đồng", "kinh phí hỗ trợ các cơ sở đổi mới thiết bị", SINCE),
    F("trong đó 4,6 tỷ đồng", "4,6", 4.6e9, "money", "đồng", "kinh phí hỗ trợ dây chuyền chè xanh chất lượng cao",
      SINCE, total=12.8e9),
    F("có 54 sản phẩm", "54", 54, "count", "sản phẩm", "sản phẩm chè đạt chuẩn OCOP"),
    F("đạt 30%", "30", 30, "percent", "%", "tỷ lệ chè chế biến sâu", P("đến năm 2025", None, "2025-12-31"),
      status="target"),
]

COMMENTS = [
    "Sở Công Thương Phú Thọ site, no dateline (published null), visit counter in the footer: năng lực chế biến chè năm 2023.",
    "One-cell-per-line table, units in the column headers ('Số cơ sở (cơ sở)', 'Công suất (tấn búp tươi/ngày)', 'Sản lượng chè khô",
    "năm 2023 (tấn)'); row labels are districts -> location; the dry-tea column carries its own period (scored), the other columns take",
    "the title's 'năm 2023' (inherited). 'Từ năm 2021 đến nay' with no published date ends null. 4,6 tỷ is a part of 12,8 tỷ (trong đó).",
    "Distractors: 'số 1561 đại lộ Hùng Vương', phone '0210.3846.308', 'Tổng số lượt truy cập: 1.245.876', 'Năm 2023' periods.",
]

if __name__ == "__main__":
    emit("p606-7", TEXT, COMMENTS, FIGS, location="Phú Thọ")
