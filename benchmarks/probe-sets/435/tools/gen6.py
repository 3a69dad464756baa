from lib import F, P, C, T, write

TEXT = """Sở Tài nguyên và Môi trường tỉnh Bình Định
Kết quả bồi thường, giải phóng mặt bằng các dự án trọng điểm 9 tháng năm 2024
Ngày cập nhật 14/10/2024

Theo Sở Tài nguyên và Môi trường, 9 tháng năm 2024, toàn tỉnh đã thực hiện công tác bồi thường, giải phóng mặt bằng cho 147 dự án, với tổng diện tích thu hồi 1.283,5 ha, ảnh hưởng đến 6.412 hộ gia đình, cá nhân. Tổng kinh phí bồi thường, hỗ trợ, tái định cư đã chi trả là 2.176 tỷ đồng, đạt 68,4% kế hoạch năm.

Kết quả tại một số địa phương tính đến ngày 30/9/2024 như sau:
Địa phương
Số hộ bị ảnh hưởng (hộ)
Diện tích thu hồi (ha)
Kinh phí đã chi trả (tỷ đồng)
Thị xã Hoài Nhơn
1.126
215,4
412,7
Huyện Phù Cát
948
187,9
296,3
Huyện Tuy Phước
803
142,6
251,8
Thành phố Quy Nhơn
1.457
98,2
538,6

Tỷ lệ hộ dân đồng thuận với phương án bồi thường đạt khoảng 91%. Tuy nhiên, còn 214 hộ chưa bàn giao mặt bằng, trong đó 86 hộ có đơn khiếu nại về giá đất bồi thường, tập trung ở dự án tuyến đường ven biển ĐT.639 và Khu kinh tế Nhơn Hội.

Giá đất cụ thể để tính bồi thường đất ở tại các phường ven biển dao động từ 4,5 đến 12 triệu đồng/m2. Sở đã phối hợp với Thanh tra tỉnh tổ chức 17 buổi đối thoại, qua đó 52 hộ đồng ý nhận tiền và bàn giao mặt bằng.

Quý IV/2024, Sở đề ra chỉ tiêu giải ngân thêm khoảng 1.000 tỷ đồng, phấn đấu đến cuối năm đạt trên 95% kế hoạch vốn bồi thường.

Địa chỉ: số 08 Hai Bà Trưng, TP Quy Nhơn. ĐT: 0256.3822.517
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
ASOF = P("tính đến ngày 30/9/2024", None, "2024-09-30", inherited=True)

FIGS = [
    F("cho 147 dự án", "147", 147, "count", "dự án", "dự án thực hiện bồi thường, giải phóng mặt bằng", period=M9),
    F("thu hồi 1.283,5 ha", "1.283,5", 1283.5, "measure", "ha", "tổng diện tích thu hồi", period=M9),
    F("đến 6.412 hộ", "6.412", 6412, "count", "hộ gia đình, cá nhân", "hộ gia đình, cá nhân bị ảnh hưởng", period=M9),
    F("là 2.176 tỷ đồng", "2.176", 2176e9, "money", "đồng", "tổng kinh phí bồi thường, hỗ trợ, tái định cư đã chi trả",
      percent=68.4, period=P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)),
]

rows = [("Thị xã Hoài Nhơn", "Hoài Nhơn", ["1.126", "215,4", "412,7"]),
        ("Huyện Phù Cát", "Phù Cát", ["948", "187,9", "296,3"]),
        ("Huyện Tuy Phước", "Tuy Phước", ["803", "142,6", "251,8"]),
        ("Thành phố Quy Nhơn", "Quy Nhơn", ["1.457", "98,2", "538,6"])]
for label, loc, cells in rows:
    a, b, c = cells
    FIGS.append(F(f"{label}\n{a}\n", a, int(a.replace(".", "")), "count", "hộ", "Số hộ bị ảnh hưởng",
                  location=loc, period=ASOF))
    FIGS.append(F(f"{a}\n{b}\n", b, float(b.replace(",", ".")), "measure", "ha", "Diện tích thu hồi",
                  location=loc, period=ASOF))
    FIGS.append(F(f"{b}\n{c}\n", c, round(float(c.replace(",", ".")) * 1e9), "money", "đồng", "Kinh phí đã chi trả",
                  location=loc, period=ASOF))

FIGS += [
    F("khoảng 91%", "91", 91, "percent", "%", "Tỷ lệ hộ dân đồng thuận với phương án bồi thường", approx="about"),
    F("còn 214 hộ", "214", 214, "count", "hộ", "hộ chưa bàn giao mặt bằng"),
    F("trong đó 86 hộ", "86", 86, "count", "hộ", "hộ có đơn khiếu nại về giá đất bồi thường", total=214),
    F("từ 4,5 đến 12 triệu", "4,5", 4.5e6, "money", "đồng/m2", "giá đất cụ thể để tính bồi thường đất ở tại các phường ven biển",
      value_max=12e6),
    F("tổ chức 17 buổi", "17", 17, "count", "buổi", "buổi đối thoại"),
    F("qua đó 52 hộ", "52", 52, "count", "hộ", "hộ đồng ý nhận tiền và bàn giao mặt bằng"),
    F("khoảng 1.000 tỷ đồng", "1.000", 1000e9, "money", "đồng", "vốn bồi thường giải ngân thêm", approx="about", status="target",
      period=P("Quý IV/2024", "2024-10-01", "2024-12-31")),
    F("đạt trên 95%", "95", 95, "percent", "%", "tỷ lệ giải ngân kế hoạch vốn bồi thường", approx="over", status="target",
      period=P("đến cuối năm", None, "2024-12-31")),
]

COMMENTS = [
    "Department site (Sở TN&MT Bình Định): GPMB of key projects, 9 months 2024. Dateline 'Ngày cập nhật 14/10/2024' (no time).",
    "One-cell-per-line table (as h23/h24): header cells 'Địa phương' + three columns whose unit sits in brackets '(hộ)', '(ha)', '(tỷ đồng)'.",
    "Row labels are districts → location; subject = column label; period 'tính đến ngày 30/9/2024' from the line above (inherited).",
    "'2.176 tỷ đồng, đạt 68,4% kế hoạch năm' percent 68.4. '86 hộ' after 'trong đó' → total 214. Range 'từ 4,5 đến 12 triệu đồng/m2'.",
    "Targets: 'chỉ tiêu giải ngân thêm khoảng 1.000 tỷ đồng' (Quý IV/2024), 'phấn đấu đến cuối năm đạt trên 95% kế hoạch vốn' (as-of end 2024).",
    "Distractors: 'ĐT.639' (road name), 'Khu kinh tế Nhơn Hội', address 'số 08 Hai Bà Trưng', phone, 'ngày 30/9/2024'.",
    "Sentences after the table give no period (their time is not stated; not annotated).",
]

write("p435-6", TEXT, FIGS, COMMENTS, published="2024-10-14", location="Bình Định")
