"""p721-7: Sở NN&PTNT Long An (department site, no dateline) — diện tích mít Thái theo huyện, one-cell-per-line table."""
from lib import F, P, INH, CH, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH LONG AN
Chuyên mục: Trồng trọt - Bảo vệ thực vật

Long An: Diện tích mít Thái năm 2023 và kế hoạch đến năm 2025

Năm 2023, diện tích mít Thái toàn tỉnh Long An đạt 8.150 ha, tăng 6,8% so với năm 2022, xếp thứ 4 cả nước; sản lượng đạt 128.600 tấn. Cây mít được trồng chủ yếu trên đất phèn vùng Đồng Tháp Mười, cho giá trị sản xuất bình quân 280 triệu đồng/ha/năm.

Diện tích mít Thái phân theo huyện
Đơn vị tính: ha
Huyện
Năm 2022
Năm 2023
Kế hoạch 2025
Đức Huệ
2.105
2.260
2.500
Thạnh Hóa
1.830
1.975
2.200
Tân Thạnh
1.420
1.515
1.700
Thủ Thừa
980
1.040
1.100
Các huyện khác
1.296
1.360
1.500

Trong năm 2023, toàn tỉnh có 1.240 ha mít được chứng nhận VietGAP, chiếm 15,2% diện tích; 18 mã số vùng trồng với 1.655 ha được cấp phục vụ xuất khẩu. Giá mít bình quân năm 2023 đạt 11.200 đồng/kg, giảm 14% so với năm 2022.

Thực hiện Quyết định số 1568/QĐ-UBND ngày 14/4/2023 của UBND tỉnh, năm 2023 ngành nông nghiệp đã hỗ trợ 320 hộ trồng mít áp dụng quy trình tưới tiết kiệm với kinh phí hơn 2,4 tỷ đồng.

Đến năm 2025, tỉnh không mở rộng diện tích mít ở vùng trũng, tập trung nâng chất lượng; phấn đấu 30% diện tích mít đạt chứng nhận VietGAP.

Tổng lượt truy cập: 2.418.907
Địa chỉ: Số 07 Võ Văn Tần, Phường 2, TP. Tân An, Long An. Điện thoại: (0272) 3826 471
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
KH25 = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")
IY23 = P("Trong năm 2023", "2023-01-01", "2023-12-31")

ROWS = [
    ("Đức Huệ", "Đức Huệ", ("Huệ\n2.105", "2.105", 2105), ("\n2.260\n", "2.260", 2260), ("\n2.500\n", "2.500", 2500)),
    ("Thạnh Hóa", "Thạnh Hóa", ("Hóa\n1.830", "1.830", 1830), ("\n1.975\n", "1.975", 1975), ("\n2.200\n", "2.200", 2200)),
    ("Tân Thạnh", "Tân Thạnh", ("Thạnh\n1.420", "1.420", 1420), ("\n1.515\n", "1.515", 1515), ("\n1.700\n", "1.700", 1700)),
    ("Thủ Thừa", "Thủ Thừa", ("Thừa\n980", "980", 980), ("\n1.040\n", "1.040", 1040), ("\n1.100\n", "1.100", 1100)),
    ("Các huyện khác", None, ("khác\n1.296", "1.296", 1296), ("\n1.360\n", "1.360", 1360), ("\n1.500\n", "1.500", 1500)),
]

TABLE = []
for label, loc, c22, c23, ckh in ROWS:
    pre = "diện tích mít Thái" + (" các huyện khác" if loc is None else "")
    kw = {"location": loc} if loc else {}
    TABLE += [
        F(c22[0], c22[1], c22[2], "measure", "ha", f"{pre} năm 2022", Y22, **kw),
        F(c23[0], c23[1], c23[2], "measure", "ha", f"{pre} năm 2023", Y23, **kw),
        F(ckh[0], ckh[1], ckh[2], "measure", "ha", f"{pre} kế hoạch 2025", KH25, status="target", **kw),
    ]

FIGS = [
    F("đạt 8.150 ha", "8.150", 8150, "measure", "ha", "diện tích mít Thái toàn tỉnh", Y23,
      change=CH("increase", 6.8, baseline="năm 2022")),
    F("xếp thứ 4 cả nước", "4", 4, "rank", "hạng", "diện tích mít Thái", Y23),
    F("đạt 128.600 tấn", "128.600", 128600, "measure", "tấn", "sản lượng mít Thái", Y23),
    F("bình quân 280 triệu đồng/ha/năm", "280", 280e6, "money", "đồng/ha/năm", "giá trị sản xuất bình quân của cây mít",
      INH(Y23)),
] + TABLE + [
    F("có 1.240 ha", "1.240", 1240, "measure", "ha", "diện tích mít được chứng nhận VietGAP", IY23, percent=15.2),
    F("18 mã số", "18", 18, "count", "mã số vùng trồng", "mã số vùng trồng được cấp phục vụ xuất khẩu", IY23),
    F("với 1.655 ha", "1.655", 1655, "measure", "ha", "diện tích vùng trồng được cấp mã số phục vụ xuất khẩu", IY23),
    F("đạt 11.200 đồng/kg", "11.200", 11200, "money", "đồng/kg", "giá mít bình quân", P("năm 2023", "2023-01-01", "2023-12-31"),
      change=CH("decrease", 14, baseline="năm 2022")),
    F("hỗ trợ 320 hộ", "320", 320, "count", "hộ", "hộ trồng mít được hỗ trợ áp dụng quy trình tưới tiết kiệm",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("hơn 2,4 tỷ đồng", "2,4", 2.4e9, "money", "đồng", "kinh phí hỗ trợ áp dụng quy trình tưới tiết kiệm",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("phấn đấu 30%", "30", 30, "percent", "%", "diện tích mít đạt chứng nhận VietGAP",
      P("Đến năm 2025", None, "2025-12-31"), status="target"),
]

COMMENTS = [
    "Sở NN&PTNT Long An (department site, no dateline): diện tích mít Thái năm 2023 by district (one cell per line, 'Đơn vị tính: ha'), VietGAP, mã số, giá, 2025.",
    "Distractors: 'Tổng lượt truy cập: 2.418.907', 'Số 07 Võ Văn Tần, Phường 2', '(0272) 3826 471', 'Quyết định số 1568/QĐ-UBND ngày 14/4/2023', 'kế hoạch đến năm 2025' in the headline (no number).",
    "No date of its own: no published. 'xếp thứ 4 cả nước' is a rank (unit hạng) of Long An's area.",
    "Table: subject = indicator + column; districts go to location ('Các huyện khác' stays Long An, in the subject); 'Kế hoạch 2025' column → target;",
    "periods from the column headers (scored, as in shared h23). The 2023 district cells add up to 8.150 ha but are table cells: no total.",
    "'chiếm 15,2% diện tích' is the share of 1.240 ha; 'giảm 14% so với năm 2022' is the change of 11.200 đồng/kg.",
]

if __name__ == "__main__":
    emit("p721-7", TEXT, COMMENTS, FIGS, location="Long An")
