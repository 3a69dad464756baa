from lib import F, P, CH, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Thị trường nông sản

Xuất khẩu rau quả 9 tháng năm 2024 đạt trên 5,6 tỷ USD
16/10/2024 08:30

Theo Cục Chế biến và Phát triển thị trường nông sản, kim ngạch xuất khẩu rau quả tháng 9/2024 ước đạt 1,03 tỷ USD, tăng 34,2% so với tháng 9/2023. Lũy kế 9 tháng năm 2024, kim ngạch xuất khẩu rau quả đạt 5,62 tỷ USD, tăng 38,6% so với cùng kỳ năm 2023. Riêng quý III/2024 đạt 2,61 tỷ USD, tăng 21% so với quý II.

Giá trị xuất khẩu rau quả sang một số thị trường chính
Đơn vị tính: triệu USD
Thị trường\t9 tháng 2023\t9 tháng 2024\tTăng/giảm (%)
Trung Quốc\t2.370\t3.660\t54,4
Hoa Kỳ\t251\t306\t21,9
Hàn Quốc\t178\t202\t13,5
Nhật Bản\t137\t143\t4,4

Trung Quốc tiếp tục là thị trường lớn nhất, chiếm 65,1% tổng kim ngạch. Về mặt hàng, sầu riêng đạt 2,8 tỷ USD, chiếm gần 50%; chuối đạt 330 triệu USD, tăng 15%; dừa tươi 278 triệu USD.

Từ ngày 19/8/2024, dừa tươi Việt Nam chính thức được xuất khẩu sang Trung Quốc theo Nghị định thư ký tháng 8/2024. Hiện Hoa Kỳ đã mở cửa cho 9 loại trái cây tươi của Việt Nam.

Bộ NN&PTNT đặt mục tiêu kim ngạch xuất khẩu rau quả năm 2024 đạt 7 tỷ USD; quý IV phấn đấu xuất khẩu khoảng 1,4 tỷ USD.

Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3846.8161
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
C23 = P("9 tháng 2023", "2023-01-01", "2023-09-30")
C24 = P("9 tháng 2024", "2024-01-01", "2024-09-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

ROWS = [("Trung Quốc", ["2.370", "3.660", "54,4"]),
        ("Hoa Kỳ", ["251", "306", "21,9"]),
        ("Hàn Quốc", ["178", "202", "13,5"]),
        ("Nhật Bản", ["137", "143", "4,4"])]
TABLE = []
for label, (a, b, c) in ROWS:
    TABLE.append(F(f"{label}\t{a}\t", a, float(a.replace(".", "")) * 1e6, "money", "USD",
                   f"giá trị xuất khẩu rau quả sang {label} 9 tháng 2023", C23))
    TABLE.append(F(f"\t{a}\t{b}\t", b, float(b.replace(".", "")) * 1e6, "money", "USD",
                   f"giá trị xuất khẩu rau quả sang {label} 9 tháng 2024", C24))
    TABLE.append(F(f"\t{b}\t{c}\n", c, float(c.replace(",", ".")), "percent", "%",
                   f"tăng/giảm giá trị xuất khẩu rau quả sang {label}", M9i))

FIGS = [
    F("đạt trên 5,6 tỷ USD", "5,6", 5.6e9, "money", "USD", "xuất khẩu rau quả", M9, approx="over"),
    F("ước đạt 1,03 tỷ USD", "1,03", 1.03e9, "money", "USD", "kim ngạch xuất khẩu rau quả",
      P("tháng 9/2024", "2024-09-01", "2024-09-30"), status="estimate",
      change=CH("increase", 34.2, "%", "tháng 9/2023")),
    F("đạt 5,62 tỷ USD", "5,62", 5.62e9, "money", "USD", "kim ngạch xuất khẩu rau quả", M9,
      change=CH("increase", 38.6, "%", "cùng kỳ năm 2023")),
    F("đạt 2,61 tỷ USD", "2,61", 2.61e9, "money", "USD", "kim ngạch xuất khẩu rau quả",
      P("quý III/2024", "2024-07-01", "2024-09-30"), change=CH("increase", 21, "%", "quý II")),
] + TABLE + [
    F("chiếm 65,1%", "65,1", 65.1, "percent", "%", "tỷ trọng thị trường Trung Quốc trong tổng kim ngạch xuất khẩu rau quả",
      M9i),
    F("sầu riêng đạt 2,8 tỷ USD", "2,8", 2.8e9, "money", "USD", "kim ngạch xuất khẩu sầu riêng", M9i, percent=50),
    F("đạt 330 triệu USD", "330", 330e6, "money", "USD", "kim ngạch xuất khẩu chuối", M9i,
      change=CH("increase", 15, "%")),
    F("dừa tươi 278 triệu USD", "278", 278e6, "money", "USD", "kim ngạch xuất khẩu dừa tươi", M9i),
    F("cho 9 loại trái cây", "9", 9, "count", "loại trái cây", "loại trái cây tươi Hoa Kỳ mở cửa"),
    F("đạt 7 tỷ USD", "7", 7e9, "money", "USD", "kim ngạch xuất khẩu rau quả", Y24, status="target"),
    F("khoảng 1,4 tỷ USD", "1,4", 1.4e9, "money", "USD", "xuất khẩu rau quả",
      P("quý IV", "2024-10-01", "2024-12-31"), approx="about", status="target"),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT): national fruit and vegetable exports, 9 months 2024, with a tab-separated table by market",
    "(Đơn vị tính: triệu USD; '(%)' column). Dateline '16/10/2024 08:30' under the headline -> published.",
    "Distractors: 'Từ ngày 19/8/2024', 'Nghị định thư ký tháng 8/2024', address 'Số 2 Ngọc Hà, Ba Đình, Hà Nội' (not a location),",
    "phone 024.3846.8161, baselines 'tháng 9/2023', 'quý II'. Markets are trade partners: location Việt Nam throughout.",
    "Table cells: money ×10⁶ from 'Đơn vị tính'; period from the column header ('9 tháng 2023'/'9 tháng 2024'); the growth column",
    "has no period in its header (inherited). 'chiếm 65,1%' after a sentence naming a market is a percent of its own.",
    "'quý IV' takes 2024 from the earlier 'năm 2024' in the same sentence; 'phấn đấu' -> target.",
]

emit("p385-6", TEXT, COMMENTS, FIGS, published="2024-10-16", location="Việt Nam")
