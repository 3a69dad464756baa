"""p721-3: UBND tỉnh Đắk Lắk formal report — sản xuất, chế biến mít và trái cây sấy 9 tháng 2024, flattened | table."""
from lib import F, P, INH, CH, emit

TEXT = """UBND TỈNH ĐẮK LẮK
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 412/BC-UBND
Đắk Lắk, ngày 08 tháng 10 năm 2024

BÁO CÁO
Tình hình sản xuất, chế biến mít và trái cây sấy 9 tháng năm 2024

Thực hiện Công văn số 5127/BNN-TT ngày 20/7/2024 của Bộ Nông nghiệp và Phát triển nông thôn, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Sản xuất
Tính đến ngày 30/9/2024, diện tích mít toàn tỉnh đạt 9.860 ha, tăng 1.140 ha so với cuối năm 2023; diện tích cho thu hoạch 6.215 ha. Sản lượng 9 tháng ước đạt 112.436,5 tấn, đạt 81,4% kế hoạch năm, tăng 9,6% so với cùng kỳ. Các huyện có diện tích lớn lần lượt là Krông Pắc 2.340 ha, Ea Kar 1.905 ha và Cư M'gar 1.460 ha.

2. Chế biến
Toàn tỉnh có 14 cơ sở sấy trái cây, trong đó 6 cơ sở chiên chân không, 8 cơ sở sấy lạnh và sấy dẻo.

Bảng 1. Sản lượng trái cây sấy
Sản phẩm | Năm 2023 (tấn) | Kế hoạch 2024 (tấn) | Ước 9 tháng 2024 (tấn) | Ước 9 tháng so KH (%)
Mít sấy | 1.850 | 2.300 | 1.720 | 74,8
Xoài sấy | 640 | 800 | 575 | 71,9
Chuối sấy | 420 | 500 | 388 | 77,6
Sầu riêng sấy | 95 | 150 | 132 | 88,0

Giá trị xuất khẩu sản phẩm sấy 9 tháng ước đạt 18,6 triệu USD, chiếm 62% tổng giá trị tiêu thụ.

II. KHÓ KHĂN, VƯỚNG MẮC
Giá mít nguyên liệu biến động mạnh, có thời điểm dưới 5.000 đồng/kg; chi phí điện năng chiếm từ 35 đến 40% giá thành sản phẩm sấy.

III. NHIỆM VỤ QUÝ IV/2024
Phấn đấu sản lượng mít sấy cả năm đạt 2.300 tấn; hỗ trợ 3 cơ sở đổi mới công nghệ với kinh phí 1,8 tỷ đồng từ nguồn khuyến công.

Nơi nhận:
- Bộ NN&PTNT (b/c);
- Lưu: VT, SNN.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
M9 = P("9 tháng", "2024-01-01", "2024-09-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
KH24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
U9 = P("Ước 9 tháng 2024", "2024-01-01", "2024-09-30")

ROWS = [  # product, 2023, plan 2024, est 9m, % of plan (anchors chosen to be unique)
    ("Mít sấy", ("Mít sấy | 1.850", "1.850", 1850), ("1.850 | 2.300", "2.300", 2300),
     ("| 1.720 |", "1.720", 1720), ("| 74,8", "74,8", 74.8)),
    ("Xoài sấy", ("Xoài sấy | 640", "640", 640), ("640 | 800", "800", 800),
     ("| 575 |", "575", 575), ("| 71,9", "71,9", 71.9)),
    ("Chuối sấy", ("Chuối sấy | 420", "420", 420), ("420 | 500", "500", 500),
     ("| 388 |", "388", 388), ("| 77,6", "77,6", 77.6)),
    ("Sầu riêng sấy", ("Sầu riêng sấy | 95", "95", 95), ("95 | 150", "150", 150),
     ("| 132 |", "132", 132), ("| 88,0", "88,0", 88)),
]

TABLE = []
for name, c23, ckh, cu9, cpct in ROWS:
    low = name[0].lower() + name[1:]
    TABLE += [
        F(c23[0], c23[1], c23[2], "measure", "tấn", f"sản lượng {low} năm 2023", Y23),
        F(ckh[0], ckh[1], ckh[2], "measure", "tấn", f"sản lượng {low} kế hoạch 2024", KH24, status="target"),
        F(cu9[0], cu9[1], cu9[2], "measure", "tấn", f"sản lượng {low} ước 9 tháng 2024", U9, status="estimate"),
        F(cpct[0], cpct[1], cpct[2], "percent", "%", f"sản lượng {low} ước 9 tháng so kế hoạch", U9, status="estimate"),
    ]

FIGS = [
    F("đạt 9.860 ha", "9.860", 9860, "measure", "ha", "diện tích mít", ASOF,
      change=CH("increase", 1140, unit="ha", baseline="cuối năm 2023")),
    F("thu hoạch 6.215 ha", "6.215", 6215, "measure", "ha", "diện tích mít cho thu hoạch", ASOF),
    F("ước đạt 112.436,5 tấn", "112.436,5", 112436.5, "measure", "tấn", "sản lượng mít", M9,
      percent=81.4, change=CH("increase", 9.6, baseline="cùng kỳ"), status="estimate"),
    F("Krông Pắc 2.340 ha", "2.340", 2340, "measure", "ha", "diện tích mít", INH(ASOF), location="Krông Pắc"),
    F("Ea Kar 1.905 ha", "1.905", 1905, "measure", "ha", "diện tích mít", INH(ASOF), location="Ea Kar"),
    F("Cư M'gar 1.460 ha", "1.460", 1460, "measure", "ha", "diện tích mít", INH(ASOF), location="Cư M'gar"),
    F("có 14 cơ sở", "14", 14, "count", "cơ sở", "cơ sở sấy trái cây"),
    F("trong đó 6 cơ sở", "6", 6, "count", "cơ sở", "cơ sở chiên chân không", total=14),
    F("không, 8 cơ sở", "8", 8, "count", "cơ sở", "cơ sở sấy lạnh và sấy dẻo", total=14),
] + TABLE + [
    F("ước đạt 18,6 triệu USD", "18,6", 18.6e6, "money", "USD", "giá trị xuất khẩu sản phẩm sấy", M9,
      percent=62, status="estimate"),
    F("dưới 5.000 đồng/kg", "5.000", 5000, "money", "đồng/kg", "giá mít nguyên liệu", approx="under"),
    F("từ 35 đến 40%", "35", 35, "percent", "%", "chi phí điện năng trong giá thành sản phẩm sấy", value_max=40),
    F("cả năm đạt 2.300 tấn", "2.300", 2300, "measure", "tấn", "sản lượng mít sấy cả năm",
      P("cả năm", "2024-01-01", "2024-12-31"), status="target"),
    F("hỗ trợ 3 cơ sở", "3", 3, "count", "cơ sở", "cơ sở được hỗ trợ đổi mới công nghệ", status="target"),
    F("kinh phí 1,8 tỷ đồng", "1,8", 1.8e9, "money", "đồng", "kinh phí hỗ trợ đổi mới công nghệ từ nguồn khuyến công",
      status="target"),
]

COMMENTS = [
    "UBND tỉnh Đắk Lắk, Số: 412/BC-UBND (08/10/2024): sản xuất, chế biến mít và trái cây sấy 9 tháng năm 2024; flattened '|' table with units in headers.",
    "Distractors: 'Số: 412/BC-UBND', 'Công văn số 5127/BNN-TT ngày 20/7/2024', section numbers I./II./III./1./2., 'Bảng 1', 'QUÝ IV/2024', 'b/c'.",
    "'9 tháng' takes 2024 (the as-of date 30/9/2024 before it). '112.436,5' = 112436.5. 'tăng 1.140 ha so với cuối năm 2023' is the change of 9.860 ha.",
    "District list after 'lần lượt là' (no cue to the whole, does not add up): location per district, subject the list's indicator, no total.",
    "Table: every numeric cell is a figure; subject = row + column; period from the column header; 'Kế hoạch 2024' → target, 'Ước …' → estimate.",
    "'Ước 9 tháng so KH (%)' cells are percent figures of their own (not attributes of the tonnage cells). '88,0' = 88.",
    "'chiếm 62%' is the share of 18,6 triệu USD; 'chiếm từ 35 đến 40%' stands alone (no base amount) → percent range figure.",
    "'Phấn đấu … ; hỗ trợ …' under the tasks heading: target continues over the ';' clause. 'cả năm' = 2024 (from 'QUÝ IV/2024').",
]

if __name__ == "__main__":
    emit("p721-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Đắk Lắk")
