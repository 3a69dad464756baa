from lib import P, F, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CHƯ SÊ
Kinh tế - Nông nghiệp

Chư Sê: Cây bơ trồng xen giúp nông dân tăng thu nhập

Toàn huyện hiện có 2.350 ha bơ, trong đó 1.780 ha trồng xen trong vườn cà phê, hồ tiêu. Năm 2023, sản lượng bơ đạt 21.600 tấn, giá trị ước khoảng 540 tỷ đồng. Ngoài ra, huyện đang trồng thử nghiệm 120 ha mắc ca xen cà phê tại các xã Ia Blang, Ia Pal và Dun.

Giá bơ tại vườn trên địa bàn huyện một số tháng năm 2024
(Đơn vị tính: đồng/kg)
Loại bơ
Tháng 5/2024
Tháng 6/2024
Tháng 7/2024
Bơ 034
28.000
32.000
36.000
Bơ Booth
22.000
25.000
27.000
Bơ sáp địa phương
12.000
15.000
14.000

Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, 7 tháng năm 2024 sản lượng bơ thu hoạch ước 15.300 tấn, bằng 71% kế hoạch năm; giá bình quân cao hơn 18% so với cùng kỳ năm trước.

Hợp tác xã Nông nghiệp dịch vụ Ia Blang đã ký hợp đồng liên kết tiêu thụ 350 tấn bơ với Công ty CP Nông sản Gia Lai; giá thu mua tối thiểu 15.000 đồng/kg. Hiện HTX có 47 thành viên, vùng nguyên liệu 95 ha, trong đó 62 ha đạt chứng nhận VietGAP.

Năm 2024, huyện phấn đấu nâng diện tích bơ lên 2.500 ha, có thêm 2 vùng trồng được cấp mã số phục vụ xuất khẩu.

Liên hệ: Phòng NN&PTNT huyện, 52 Hùng Vương, thị trấn Chư Sê; ĐT: 0269.3886.215.

Minh Nguyệt
15/08/2024
"""

PUB = "2024-08-15"
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inherited=True)
m5 = P("Tháng 5/2024", "2024-05-01", "2024-05-31")
m6 = P("Tháng 6/2024", "2024-06-01", "2024-06-30")
m7 = P("Tháng 7/2024", "2024-07-01", "2024-07-31")
M7 = P("7 tháng năm 2024", "2024-01-01", "2024-07-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")


def cell(anchor, number, value, row, per):
    return F(anchor, number, value, "money", "đồng/kg", f"giá {row} tại vườn {per['text']}", per)


FIGS = [
    F("hiện có 2.350 ha", "2.350", 2350, "measure", "ha", "diện tích bơ"),
    F("trong đó 1.780 ha", "1.780", 1780, "measure", "ha", "diện tích bơ trồng xen trong vườn cà phê, hồ tiêu",
      total=2350),
    F("đạt 21.600 tấn", "21.600", 21600, "measure", "tấn", "sản lượng bơ", Y23),
    F("khoảng 540 tỷ đồng", "540", 540000000000, "money", "đồng", "giá trị sản lượng bơ", Y23, approx="about",
      status="estimate"),
    F("thử nghiệm 120 ha", "120", 120, "measure", "ha", "diện tích mắc ca trồng thử nghiệm xen cà phê"),
    cell("Bơ 034\n28.000", "28.000", 28000, "Bơ 034", m5),
    cell("28.000\n32.000", "32.000", 32000, "Bơ 034", m6),
    cell("32.000\n36.000", "36.000", 36000, "Bơ 034", m7),
    cell("Booth\n22.000", "22.000", 22000, "Bơ Booth", m5),
    cell("22.000\n25.000", "25.000", 25000, "Bơ Booth", m6),
    cell("25.000\n27.000", "27.000", 27000, "Bơ Booth", m7),
    cell("địa phương\n12.000", "12.000", 12000, "Bơ sáp địa phương", m5),
    cell("12.000\n15.000", "15.000", 15000, "Bơ sáp địa phương", m6),
    cell("15.000\n14.000", "14.000", 14000, "Bơ sáp địa phương", m7),
    F("ước 15.300 tấn", "15.300", 15300, "measure", "tấn", "sản lượng bơ thu hoạch", M7, status="estimate", percent=71),
    F("cao hơn 18%", "18", 18, "percent", "%", "giá bơ bình quân so với cùng kỳ năm trước", M7),
    F("tiêu thụ 350 tấn", "350", 350, "measure", "tấn", "bơ liên kết tiêu thụ"),
    F("tối thiểu 15.000 đồng/kg", "15.000", 15000, "money", "đồng/kg", "giá thu mua bơ", approx="at_least"),
    F("có 47 thành viên", "47", 47, "count", "thành viên", "thành viên HTX Nông nghiệp dịch vụ Ia Blang"),
    F("nguyên liệu 95 ha", "95", 95, "measure", "ha", "vùng nguyên liệu HTX Nông nghiệp dịch vụ Ia Blang"),
    F("trong đó 62 ha", "62", 62, "measure", "ha", "vùng nguyên liệu đạt chứng nhận VietGAP", total=95),
    F("lên 2.500 ha", "2.500", 2500, "measure", "ha", "diện tích bơ", Y24, status="target"),
    F("thêm 2 vùng", "2", 2, "count", "vùng trồng", "vùng trồng được cấp mã số phục vụ xuất khẩu", Y24,
      status="target"),
]

COMMENTS = """
District portal (Cổng TTĐT huyện Chư Sê, Gia Lai): avocado area and intercropping, 2023 output, a one-cell-per-line price table, a cooperative.
No dateline at the top; the bare date '15/08/2024' after the byline at the end is the article's date. Location Chư Sê for every figure.
Table: 'Đơn vị tính: đồng/kg' → money; subject = 'giá' + row label + column label (revised: column label added, as FIGURES.md/h23/p205-8); periods from the column headers (Tháng 5/6/7 of 2024), scored as h23.
'Bơ 034' is a variety name, not a figure. '2.350 ha' (hiện) has no period.
'giá trị ước khoảng 540 tỷ đồng' → estimate, about. 'ước 15.300 tấn, bằng 71% kế hoạch năm' → estimate, percent 71.
'giá bình quân cao hơn 18% so với cùng kỳ' has no base amount: a percent figure of its own, after ";" its own clause with its own verb, so actual (ước governs only its clause).
'giá thu mua tối thiểu 15.000 đồng/kg' → at_least. 'trong đó 62 ha' is part of 95 ha. 'Năm 2024, huyện phấn đấu' → targets.
Distractors: xã names, HTX name, '52 Hùng Vương', phone 0269.3886.215, date at the end.
"""

build(6, COMMENTS, TEXT, FIGS, published=PUB, location="Chư Sê")
