"""p1120-3: formal report (UBND tỉnh Hà Nam) on rat control in 2024, flattened | table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH HÀ NAM
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nam, ngày 09 tháng 12 năm 2024

BÁO CÁO
Kết quả công tác phòng trừ chuột hại lúa năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Tình hình gây hại
Năm 2024, diện tích lúa bị chuột gây hại trên địa bàn tỉnh là 1.085 ha, giảm 276 ha so với năm 2023; trong đó diện tích hại nặng 118 ha. Tỷ lệ hại phổ biến từ 3-5%, cục bộ có ruộng trên 30%.

2. Kết quả diệt chuột
Các địa phương tổ chức 2 đợt ra quân tập trung với sự tham gia của 98/98 xã, phường, thị trấn. Số chuột diệt được theo địa phương như sau:
Đơn vị tính: con
Địa phương | Thực hiện năm 2023 | Ước thực hiện năm 2024
Thị xã Duy Tiên | 96.200 | 104.500
Huyện Kim Bảng | 88.700 | 92.300
Huyện Thanh Liêm | 121.400 | 135.800
Huyện Bình Lục | 143.600 | 150.200
Huyện Lý Nhân | 110.900 | 118.700
Tổng cộng | 560.800 | 601.500

Tổng kinh phí thực hiện ước 1,86 tỷ đồng, trong đó ngân sách tỉnh 650 triệu đồng, ngân sách huyện, xã và nhân dân đóng góp 1,21 tỷ đồng; đã sử dụng 4.250 kg thuốc bả các loại.

3. Hiệu quả
Ước tính công tác diệt chuột đã góp phần bảo vệ khoảng 1.500 tấn thóc, tương đương 10,5 tỷ đồng.

II. NHIỆM VỤ NĂM 2025
Phấn đấu diệt trên 650.000 con chuột, giảm diện tích bị hại xuống dưới 800 ha; duy trì mức hỗ trợ 1.000 đồng/con chuột cho nông dân.

Nơi nhận:
- Bộ NN&PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NN.
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
C23 = P("Thực hiện năm 2023", "2023-01-01", "2023-12-31")
C24 = P("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("NHIỆM VỤ NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
IND = "số chuột diệt được"


def cell(anchor, number, value, place, col):
    per = C23 if col == "thực hiện năm 2023" else C24
    kw = {"status": "estimate"} if col.startswith("ước") else {}
    subj = f"{IND} {col}" if place else f"tổng cộng {IND} {col}"
    if place:
        kw["location"] = place
    return F(anchor, number, value, "count", "con", subject=subj, period=per, **kw)


T23, T24 = "thực hiện năm 2023", "ước thực hiện năm 2024"

FIGS = [
    F("là 1.085 ha", "1.085", 1085, "measure", "ha", change=C("decrease", 276, "ha", "năm 2023"),
      subject="diện tích lúa bị chuột gây hại", period=Y24),
    F("nặng 118 ha", "118", 118, "measure", "ha", total=1085, subject="diện tích lúa hại nặng", period=Y24),
    F("từ 3-5%", "3", 3, "percent", "%", value_max=5, subject="tỷ lệ hại phổ biến", period=I(Y24)),
    F("ruộng trên 30%", "30", 30, "percent", "%", approx="over", subject="tỷ lệ hại cục bộ", period=I(Y24)),
    F("tổ chức 2 đợt", "2", 2, "count", "đợt ra quân", optional=True, subject="đợt ra quân tập trung"),
    F("98/98 xã", "98", 98, "count", "xã, phường, thị trấn", total=98,
      subject="xã, phường, thị trấn tham gia ra quân diệt chuột", period=I(Y24)),
    cell("Tiên | 96.200", "96.200", 96200, "Duy Tiên", T23),
    cell("96.200 | 104.500", "104.500", 104500, "Duy Tiên", T24),
    cell("Bảng | 88.700", "88.700", 88700, "Kim Bảng", T23),
    cell("88.700 | 92.300", "92.300", 92300, "Kim Bảng", T24),
    cell("Liêm | 121.400", "121.400", 121400, "Thanh Liêm", T23),
    cell("121.400 | 135.800", "135.800", 135800, "Thanh Liêm", T24),
    cell("Lục | 143.600", "143.600", 143600, "Bình Lục", T23),
    cell("143.600 | 150.200", "150.200", 150200, "Bình Lục", T24),
    cell("Nhân | 110.900", "110.900", 110900, "Lý Nhân", T23),
    cell("110.900 | 118.700", "118.700", 118700, "Lý Nhân", T24),
    cell("cộng | 560.800", "560.800", 560800, None, T23),
    cell("560.800 | 601.500", "601.500", 601500, None, T24),
    F("ước 1,86 tỷ", "1,86", 1860000000, "money", "đồng", status="estimate",
      subject="tổng kinh phí thực hiện", period=I(Y24)),
    F("tỉnh 650 triệu", "650", 650000000, "money", "đồng", total=1860000000, status="estimate",
      subject="kinh phí từ ngân sách tỉnh", period=I(Y24)),
    F("góp 1,21 tỷ", "1,21", 1210000000, "money", "đồng", total=1860000000, status="estimate",
      subject="kinh phí từ ngân sách huyện, xã và nhân dân đóng góp", period=I(Y24)),
    F("4.250 kg", "4.250", 4250, "measure", "kg", subject="thuốc bả các loại đã sử dụng", period=I(Y24)),
    F("khoảng 1.500 tấn", "1.500", 1500, "measure", "tấn", approx="about", status="estimate",
      subject="thóc được bảo vệ nhờ diệt chuột", period=I(Y24)),
    F("10,5 tỷ", "10,5", 10500000000, "money", "đồng", status="estimate",
      subject="giá trị thóc được bảo vệ", period=I(Y24)),
    F("trên 650.000 con", "650.000", 650000, "count", "con chuột", approx="over", status="target",
      subject="chuột diệt được", period=Y25),
    F("dưới 800 ha", "800", 800, "measure", "ha", approx="under", status="target",
      subject="diện tích bị hại", period=Y25),
    F("1.000 đồng/con", "1.000", 1000, "money", "đồng/con chuột", status="target",
      subject="mức hỗ trợ diệt chuột cho nông dân", period=Y25),
]

NOTES = [
    "Formal report under letterhead: UBND TỈNH HÀ NAM, 'Số: 318/BC-UBND', 'Hà Nam, ngày 09 tháng 12 năm 2024' (published).",
    "Flattened '|' table, 'Đơn vị tính: con'; rows are districts (location), subject = caption indicator + column label; columns give",
    "the period (scored): 'Thực hiện năm 2023' actual, 'Ước thực hiện năm 2024' estimate. Table cells get no totals; 'Tổng cộng' row → Hà Nam.",
    "Distractors: 'Số: 318/BC-UBND', section numbers I./II./1.-3., 'Lưu: VT, NN'. '2 đợt ra quân' is structure (optional).",
    "'ước 1,86 tỷ đồng, trong đó …' → the parts continue the 'ước' clause (estimate) and take 1,86 tỷ as total; '; đã sử dụng' is a new clause (actual).",
    "'tương đương 10,5 tỷ đồng' is a money figure (value of 1.500 tấn), not a share. Section II heading 'NHIỆM VỤ NĂM 2025' → target, period inherited.",
]

if __name__ == "__main__":
    write("p1120-3", TEXT, NOTES, FIGS, published="2024-12-09", location="Hà Nam")
