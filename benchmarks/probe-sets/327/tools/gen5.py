from lib import *

text = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH ĐẮK LẮK
Sở hữu trí tuệ

Số văn bằng bảo hộ sở hữu công nghiệp năm 2023 tăng 17,5%
Ngày đăng: 05/03/2024

Năm 2023, các tổ chức, cá nhân trên địa bàn tỉnh Đắk Lắk được cấp 436 văn bằng bảo hộ quyền sở hữu công nghiệp, tăng 17,5% so với năm 2022 (371 văn bằng). Kết quả cụ thể như sau:

Bảng: Văn bằng được cấp theo loại đối tượng
Đơn vị tính: văn bằng
Loại đối tượng
Năm 2022
Năm 2023
Tăng, giảm (%)
Nhãn hiệu
338
401
18,6
Nhãn hiệu tập thể
9
12
33,3
Chỉ dẫn địa lý
1
1
0,0
Kiểu dáng công nghiệp
17
14
-17,6
Sáng chế, giải pháp hữu ích
6
8
33,3

Chỉ dẫn địa lý "Cà phê Buôn Ma Thuột" hiện có 21 doanh nghiệp, hợp tác xã được cấp quyền sử dụng với tổng diện tích khoảng 10.500 ha, sản lượng trên 35.000 tấn/năm; giá cà phê nhân mang chỉ dẫn địa lý cao hơn 5-7% so với sản phẩm cùng loại. Tỷ lệ doanh nghiệp trên địa bàn có nhãn hiệu được bảo hộ đạt khoảng 28%, thấp hơn mức bình quân cả nước; tỉnh đặt mục tiêu đến năm 2025 đạt 40%.

Cũng trong năm 2023, Sở đã tiếp nhận, hướng dẫn 512 hồ sơ đăng ký nhãn hiệu của doanh nghiệp, hộ kinh doanh, tăng 23 hồ sơ so với năm trước. Thực hiện Thông tư số 23/2023/TT-BKHCN, Sở đã tổ chức 6 lớp tập huấn cho hơn 450 lượt cán bộ, doanh nghiệp về quản lý và khai thác tài sản trí tuệ.

Mọi thông tin xin liên hệ: Phòng Quản lý chuyên ngành, Sở KH&CN Đắk Lắk, số 15 Lê Duẩn, TP Buôn Ma Thuột. ĐT: 0262.3852.532
"""

P22 = Y(2022, "Năm 2022", inh=True)
P23 = Y(2023, "Năm 2023", inh=True)
figs = [
    F("năm 2023 tăng «17,5»%", "percent", 17.5, "%", "số văn bằng bảo hộ sở hữu công nghiệp",
      period=Y(2023)),
    F("cấp «436» văn bằng", "count", 436, "văn bằng", "văn bằng bảo hộ quyền sở hữu công nghiệp được cấp",
      change=ch("increase", 17.5, "%", "năm 2022"), period=Y(2023, "Năm 2023")),
    F("(«371» văn bằng)", "count", 371, "văn bằng", "văn bằng bảo hộ quyền sở hữu công nghiệp được cấp",
      period=Y(2022)),
]
table = [
    ("Nhãn hiệu", "338", "401", "18,6"),
    ("Nhãn hiệu tập thể", "9", "12", "33,3"),
    ("Chỉ dẫn địa lý", "1", "1", "0,0"),
    ("Kiểu dáng công nghiệp", "17", "14", "-17,6"),
    ("Sáng chế, giải pháp hữu ích", "6", "8", "33,3"),
]
for row, a, b, c in table:
    figs.append(F(f"{row}\n«{a}»\n{b}", "count", int(a), "văn bằng", f"{row} năm 2022", period=P22))
    figs.append(F(f"\n«{b}»\n{c}", "count", int(b), "văn bằng", f"{row} năm 2023", period=P23))
    v = num(c.lstrip("-")) * (-1 if c.startswith("-") else 1)
    figs.append(F(f"{row}\n{a}\n{b}\n{c[:-len(c.lstrip('-'))] if c.startswith('-') else ''}«{c.lstrip('-')}»",
                  "percent", v, "%", f"{row} tăng, giảm năm 2023 so với năm 2022", period=P23))
figs += [
    F("có «21» doanh nghiệp", "count", 21, "doanh nghiệp, hợp tác xã",
      "doanh nghiệp, hợp tác xã được cấp quyền sử dụng chỉ dẫn địa lý Cà phê Buôn Ma Thuột"),
    F("khoảng «10.500» ha", "measure", 10500, "ha", "diện tích sử dụng chỉ dẫn địa lý Cà phê Buôn Ma Thuột",
      approx="about"),
    F("trên «35.000» tấn/năm", "measure", 35000, "tấn/năm", "sản lượng cà phê mang chỉ dẫn địa lý", approx="over"),
    F("cao hơn «5»-7%", "percent", 5, "%", "mức chênh lệch giá cà phê nhân mang chỉ dẫn địa lý so với sản phẩm cùng loại",
      value_max=7),
    F("khoảng «28»%", "percent", 28, "%", "tỷ lệ doanh nghiệp có nhãn hiệu được bảo hộ", approx="about"),
    F("đạt «40»%", "percent", 40, "%", "tỷ lệ doanh nghiệp có nhãn hiệu được bảo hộ", status="target",
      period=per("đến năm 2025", None, "2025-12-31")),
    F("hướng dẫn «512» hồ sơ", "count", 512, "hồ sơ", "hồ sơ đăng ký nhãn hiệu được tiếp nhận, hướng dẫn",
      change=ch("increase", 23, "hồ sơ", "năm trước"), period=Y(2023, "Cũng trong năm 2023")),
    F("tổ chức «6» lớp", "count", 6, "lớp tập huấn", "lớp tập huấn về quản lý và khai thác tài sản trí tuệ",
      period=Y(2023, inh=True)),
    F("hơn «450» lượt", "count", 450, "lượt cán bộ, doanh nghiệp", "lượt cán bộ, doanh nghiệp được tập huấn",
      approx="over", period=Y(2023, inh=True)),
]

comments = [
    "Sở KH&CN Đắk Lắk (department site): văn bằng bảo hộ sở hữu công nghiệp năm 2023 by kind — table written one cell per line; CDĐL Cà phê Buôn Ma Thuột; training.",
    "Dateline 'Ngày đăng: 05/03/2024' (no time). Table: header 'Loại đối tượng | Năm 2022 | Năm 2023 | Tăng, giảm (%)', unit line 'Đơn vị tính: văn bằng' for the",
    "two count columns, '(%)' for the third. Each cell's subject = row label + column label; period from the column header on another line (inherited, not scored).",
    "'-17,6' in the 'Tăng, giảm (%)' column is read with its sign (value -17.6); '0,0' is a figure (0). Rows sum to 371 and 436; cells get no total (no part-of cue).",
    "Headline 'tăng 17,5%' is a growth rate standing as the claim (percent, no change); in the body it is the change of 436 văn bằng. '(371 văn bằng)' in brackets",
    "is the baseline amount, a figure of its own with period năm 2022 (as h06). Figures after the table have no period phrase (present state): period null.",
    "'cao hơn 5-7%' (price premium, no base amount) is a percent range of its own. '512 hồ sơ … tăng 23 hồ sơ so với năm trước': change in hồ sơ. The 6 lớp / 450 lượt sentence inherits 'năm 2023' from the paragraph. 'thấp hơn mức bình quân cả nước' has no number. 'mục tiêu đến năm 2025 đạt 40%' is a target figure. 'Cà phê Buôn Ma Thuột' and 'TP Buôn Ma Thuột' (address) are names, location Đắk Lắk.",
    "Distractors: 'Thông tư số 23/2023/TT-BKHCN', 'số 15 Lê Duẩn', phone 0262.3852.532, the date line.",
]
build("p327-5", text, figs, comments, published="2024-03-05", location="Đắk Lắk")
