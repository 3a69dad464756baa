"""p1093-7: department site (Chi cục Trồng trọt và BVTV Khánh Hòa), no dateline; one-cell-per-line table; footer."""
from lib import F, P, I, C, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH KHÁNH HÒA
CHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT
Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả sản xuất măng tây năm 2024 và kế hoạch năm 2025

Năm 2024, toàn tỉnh có 86,4 ha măng tây (huyện Cam Lâm 41,5 ha, thị xã Ninh Hòa 27 ha, huyện Diên Khánh 17,9 ha), tăng 11,2% so với năm 2023; sản lượng ước đạt 812 tấn. Giá măng tây giảm nhẹ do nguồn cung từ Ninh Thuận, Bình Thuận tăng mạnh.

Một số chỉ tiêu chủ yếu:
Chỉ tiêu
Năm 2023
Ước thực hiện năm 2024
Kế hoạch năm 2025
Diện tích (ha)
77,7
86,4
100
Năng suất (tấn/ha)
9,2
9,4
10
Sản lượng (tấn)
715
812
1.000
Giá bán bình quân (nghìn đồng/kg)
52
49
50

Đến cuối năm 2024, toàn tỉnh có 3 hợp tác xã trồng măng tây với 112 thành viên; 24 ha được cấp chứng nhận VietGAP, chiếm 27,8% diện tích. Năm 2025, Chi cục phấn đấu phối hợp các địa phương xây dựng thêm 2 mã số vùng trồng với quy mô khoảng 30 ha, hướng tới xuất khẩu sang Hàn Quốc.

Bà con có nhu cầu tư vấn kỹ thuật trồng, chăm sóc măng tây theo hướng VietGAP vui lòng liên hệ Trạm Trồng trọt và BVTV các huyện, thị xã hoặc đường dây nóng của Chi cục.

CHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT KHÁNH HÒA
Địa chỉ: 04 Phan Chu Trinh, phường Xương Huân, TP. Nha Trang, Khánh Hòa
Điện thoại: 0258.3822.464 - Fax: 0258.3821.379
Số lượt truy cập: 356.812
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
E24 = P("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31")
K25 = P("Kế hoạch năm 2025", "2025-01-01", "2025-12-31")
EOY = P("Đến cuối năm 2024", None, "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

ROWS = [
    ("Diện tích (ha)", "diện tích", "measure", "ha", 1, ("77,7", "86,4", "100")),
    ("Năng suất (tấn/ha)", "năng suất", "measure", "tấn/ha", 1, ("9,2", "9,4", "10")),
    ("Sản lượng (tấn)", "sản lượng", "measure", "tấn", 1, ("715", "812", "1.000")),
    ("Giá bán bình quân (nghìn đồng/kg)", "giá bán bình quân", "money", "đồng/kg", 1000, ("52", "49", "50")),
]
COLS = [("năm 2023", C23, "actual"), ("ước thực hiện năm 2024", E24, "estimate"), ("kế hoạch năm 2025", K25, "target")]


def table():
    from lib import number_value
    out = []
    for label, subj, kind, unit, mult, nums in ROWS:
        for i, num in enumerate(nums):
            anchor = f"{label}\n{num}" if i == 0 else f"{nums[i - 1]}\n{num}"
            col, per, status = COLS[i]
            kw = {} if status == "actual" else {"status": status}
            out.append(F(anchor, num, number_value(num) * mult, kind, unit, f"{subj} măng tây {col}", per, **kw))
    return out


FIGS = [
    F("có 86,4 ha", "86,4", 86.4, "measure", "ha", "diện tích măng tây", Y24,
      change=C("increase", 11.2, "%", "năm 2023")),
    F("Cam Lâm 41,5 ha", "41,5", 41.5, "measure", "ha", "diện tích măng tây", Y24, total=86.4, location="Cam Lâm"),
    F("Ninh Hòa 27 ha", "27", 27, "measure", "ha", "diện tích măng tây", Y24, total=86.4, location="Ninh Hòa"),
    F("Diên Khánh 17,9 ha", "17,9", 17.9, "measure", "ha", "diện tích măng tây", Y24, total=86.4,
      location="Diên Khánh"),
    F("ước đạt 812 tấn", "812", 812, "measure", "tấn", "sản lượng măng tây", Y24, status="estimate"),
] + table() + [
    F("có 3 hợp tác xã", "3", 3, "count", "hợp tác xã", "hợp tác xã trồng măng tây", EOY),
    F("với 112 thành viên", "112", 112, "count", "thành viên", "thành viên hợp tác xã trồng măng tây", EOY),
    F("24 ha được cấp", "24", 24, "measure", "ha", "diện tích được cấp chứng nhận VietGAP", EOY, percent=27.8),
    F("thêm 2 mã số", "2", 2, "count", "mã số vùng trồng", "mã số vùng trồng xây dựng thêm", Y25, status="target"),
    F("khoảng 30 ha", "30", 30, "measure", "ha", "quy mô mã số vùng trồng xây dựng thêm", Y25, approx="about",
      status="target"),
]

NOTES = [
    "Department site (Chi cục Trồng trọt và BVTV Khánh Hòa), no dateline (published omitted); footer with address, phone, fax, visit counter.",
    "Bracketed breakdown right after 86,4 ha adds up to it (41,5 + 27 + 17,9): total 86.4; the change 'tăng 11,2%' crosses the bracket.",
    "One-cell-per-line table: every numeric cell is a figure; unit from the row label, '(nghìn đồng/kg)' multiplies 52 -> 52000 đồng/kg;",
    "period and status from the column header ('Ước thực hiện năm 2024' -> estimate, 'Kế hoạch năm 2025' -> target).",
    "'Năm 2025, Chi cục phấn đấu ... xây dựng thêm 2 mã số ... khoảng 30 ha': status target.",
    "Distractors: '04 Phan Chu Trinh', phone and fax numbers, 'Số lượt truy cập: 356.812'.",
]

write("p1093-7", TEXT, NOTES, FIGS, location="Khánh Hòa")
