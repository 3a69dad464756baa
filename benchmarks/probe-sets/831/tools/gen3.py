"""p831-3: UBND tỉnh Yên Bái formal report, 9 months 2023, flattened '|' table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH YÊN BÁI
Số: 287/BC-UBND
Yên Bái, ngày 16 tháng 10 năm 2023

BÁO CÁO
Kết quả phát triển nuôi cá nước lạnh 9 tháng năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Quy mô và sản lượng
Tính đến ngày 30/9/2023, toàn tỉnh có 41 cơ sở nuôi cá nước lạnh với tổng thể tích bể nuôi 21.450 m3. Sản lượng 9 tháng ước đạt 312 tấn, bằng 78% kế hoạch năm, tăng 11,4% so với cùng kỳ. Sản lượng ước thực hiện 9 tháng năm 2023 theo địa phương như sau:

Đơn vị tính: tấn
TT | Địa phương | Cá hồi vân | Cá tầm | Cộng
1 | Mù Cang Chải | 118 | 83 | 201
2 | Trạm Tấu | 47 | 37 | 84
3 | Văn Chấn | 12 | 15 | 27
 | Toàn tỉnh | 177 | 135 | 312

2. Con giống, thức ăn
Trong 9 tháng, các cơ sở đã nhập 420.000 trứng cá hồi vân đã thụ tinh và 65.000 con cá tầm giống; lượng thức ăn công nghiệp sử dụng khoảng 380 tấn.

3. Tiêu thụ
Giá bán cá hồi vân bình quân 190.000 đồng/kg, giảm khoảng 5% so với cuối năm 2022; cá tầm 160.000 đồng/kg. Sản phẩm chủ yếu tiêu thụ tại Hà Nội và các tỉnh lân cận.

4. Tồn tại
Trong tháng 7, tại huyện Trạm Tấu xảy ra 2 đợt cá chết do nước đục sau mưa lũ, thiệt hại khoảng 3,2 tấn cá, ước giá trị gần 600 triệu đồng.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV/2023
1. Phấn đấu sản lượng cả năm đạt 400 tấn; phát triển mới 5 cơ sở nuôi.
2. Dự kiến tổng vốn đầu tư của các cơ sở mới khoảng 12 tỷ đồng.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- Lưu: VT, NLN.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Tính đến ngày 30/9/2023", None, "2023-09-30")
M9 = P("9 tháng", "2023-01-01", "2023-09-30")
TAB = P("9 tháng năm 2023", "2023-01-01", "2023-09-30", inherited=True)
Y23 = P("cả năm", "2023-01-01", "2023-12-31")


def cell(anchor, number, value, species, place=None):
    subj = {"hv": "sản lượng cá hồi vân", "ct": "sản lượng cá tầm", "all": "sản lượng cá nước lạnh"}[species]
    kw = {"location": place} if place else {}
    return F(anchor, number, value, "measure", "tấn", subj, TAB, status="estimate", **kw)


FIGS = [
    F("có 41 cơ sở", "41", 41, "count", "cơ sở", "cơ sở nuôi cá nước lạnh", ASOF),
    F("bể nuôi 21.450 m3", "21.450", 21450, "measure", "m3", "tổng thể tích bể nuôi", ASOF),
    F("ước đạt 312 tấn", "312", 312, "measure", "tấn", "sản lượng cá nước lạnh", M9, status="estimate",
      percent=78, change=C("increase", 11.4, baseline="cùng kỳ")),
    cell("Mù Cang Chải | 118", "118", 118, "hv", "Mù Cang Chải"),
    cell("118 | 83", "83", 83, "ct", "Mù Cang Chải"),
    cell("83 | 201", "201", 201, "all", "Mù Cang Chải"),
    cell("Trạm Tấu | 47", "47", 47, "hv", "Trạm Tấu"),
    cell("47 | 37", "37", 37, "ct", "Trạm Tấu"),
    cell("37 | 84", "84", 84, "all", "Trạm Tấu"),
    cell("Văn Chấn | 12", "12", 12, "hv", "Văn Chấn"),
    cell("12 | 15", "15", 15, "ct", "Văn Chấn"),
    cell("15 | 27", "27", 27, "all", "Văn Chấn"),
    cell("Toàn tỉnh | 177", "177", 177, "hv"),
    cell("177 | 135", "135", 135, "ct"),
    cell("135 | 312", "312", 312, "all"),
    F("nhập 420.000 trứng", "420.000", 420000, "count", "trứng", "trứng cá hồi vân đã thụ tinh nhập về",
      P("Trong 9 tháng", "2023-01-01", "2023-09-30")),
    F("65.000 con cá tầm giống", "65.000", 65000, "count", "con", "cá tầm giống nhập về",
      P("Trong 9 tháng", "2023-01-01", "2023-09-30")),
    F("khoảng 380 tấn", "380", 380, "measure", "tấn", "thức ăn công nghiệp sử dụng",
      P("Trong 9 tháng", "2023-01-01", "2023-09-30"), approx="about"),
    F("bình quân 190.000 đồng/kg", "190.000", 190000, "money", "đồng/kg", "giá bán cá hồi vân bình quân",
      change=C("decrease", 5, baseline="cuối năm 2022", approx="about")),
    F("cá tầm 160.000 đồng/kg", "160.000", 160000, "money", "đồng/kg", "giá bán cá tầm bình quân"),
    F("xảy ra 2 đợt cá chết", "2", 2, "count", "đợt", "đợt cá chết do nước đục sau mưa lũ",
      P("Trong tháng 7", "2023-07-01", "2023-07-31"), location="Trạm Tấu"),
    F("khoảng 3,2 tấn cá", "3,2", 3.2, "measure", "tấn", "cá chết thiệt hại",
      P("Trong tháng 7", "2023-07-01", "2023-07-31"), approx="about", location="Trạm Tấu"),
    F("gần 600 triệu đồng", "600", 600e6, "money", "đồng", "giá trị thiệt hại do cá chết",
      P("Trong tháng 7", "2023-07-01", "2023-07-31"), approx="nearly", status="estimate", location="Trạm Tấu"),
    F("đạt 400 tấn", "400", 400, "measure", "tấn", "sản lượng cá nước lạnh", Y23, status="target"),
    F("mới 5 cơ sở", "5", 5, "count", "cơ sở", "cơ sở nuôi phát triển mới", status="target"),
    F("khoảng 12 tỷ đồng", "12", 12e9, "money", "đồng", "tổng vốn đầu tư của các cơ sở mới",
      approx="about", status="forecast"),
]

HEADER = [
    "UBND tỉnh Yên Bái formal report 'Số: 287/BC-UBND', 'Yên Bái, ngày 16 tháng 10 năm 2023', 9 months 2023, flattened '|' table.",
    "Distractors: report number, date line, section numbers I./II./1.-4., table row numbers 1-3, 'QUÝ IV/2023' heading, 'Hà Nội' (market, not a place of a figure).",
    "Table: 'Đơn vị tính: tấn'; the line above it says 'ước thực hiện 9 tháng năm 2023' -> every cell estimate, period inherited;",
    "place rows go to location; the 'Toàn tỉnh' row is the province; the 'Cộng' column is total output (subject 'sản lượng cá nước lạnh'); cells carry no totals.",
    "'bằng 78% kế hoạch năm' is the percent of 312 tấn and 'tăng 11,4% so với cùng kỳ' its change. 'cả năm' in the Q4 section = 2023.",
    "'ước giá trị gần 600 triệu đồng' -> estimate. Section II item 1 'Phấn đấu' -> target; item 2 'Dự kiến' -> forecast (no period phrase in the item).",
]

if __name__ == "__main__":
    write("p831-3", TEXT, HEADER, FIGS, published="2023-10-16", location="Yên Bái")
