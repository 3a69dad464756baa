from lib import F, P, C, T, emit

text = """ỦY BAN NHÂN DÂN
THÀNH PHỐ SA ĐÉC
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Sa Đéc, ngày 12 tháng 12 năm 2024

BÁO CÁO
Kết quả phát triển Làng hoa Sa Đéc năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Diện tích, lao động
Năm 2024, diện tích trồng hoa, kiểng toàn thành phố ước đạt 735 ha, tăng 25 ha so với năm 2023 (đạt 102,1% kế hoạch); trong đó hoa cắt cành và hoa chậu 412 ha, kiểng lá và kiểng thú 323 ha. Số hộ tham gia sản xuất là 4.150 hộ, giải quyết việc làm thường xuyên cho khoảng 11.000 lao động.

2. Một số chỉ tiêu chủ yếu
TT
Chỉ tiêu
Đơn vị tính
Kế hoạch năm 2024
Ước thực hiện năm 2024
So với kế hoạch (%)
1
Sản lượng hoa, kiểng
triệu chậu
5,2
5,46
105
2
Giá trị sản xuất
tỷ đồng
1.150
1.228
106,8
3
Lượt khách tham quan làng hoa
nghìn lượt
1.300
1.420
109,2
4
Doanh thu du lịch
tỷ đồng
95
104,5
110

3. Tiêu thụ, xuất khẩu
Các doanh nghiệp, hợp tác xã đã xuất khẩu khoảng 150.000 chậu hoa, kiểng sang Campuchia, Trung Quốc và Hà Lan, giá trị trên 1,8 triệu USD. Thành phố có 21 sản phẩm hoa, kiểng đạt chứng nhận OCOP từ 3 sao trở lên.

II. KẾ HOẠCH NĂM 2025
Phấn đấu diện tích hoa, kiểng đạt 750 ha; giá trị sản xuất đạt 1.300 tỷ đồng; thu hút 1,5 triệu lượt khách tham quan.

Nơi nhận:
- UBND tỉnh Đồng Tháp;
- Sở Nông nghiệp và PTNT;
- Lưu: VT, KT.
"""

Y = P("Năm 2024", "2024-01-01", "2024-12-31")
Yi = P("Năm 2024", "2024-01-01", "2024-12-31", inh=True)
KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
UT = P("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31")
PCi = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
K25 = P("KẾ HOẠCH NĂM 2025", "2025-01-01", "2025-12-31", inh=True)
figs = [
    F("ước đạt 735 ha", "735", 735, "measure", "ha", "diện tích trồng hoa, kiểng", Y,
      change=C("increase", 25, "ha", "năm 2023"), percent=102.1, status="estimate"),
    F("hoa chậu 412 ha", "412", 412, "measure", "ha", "diện tích hoa cắt cành và hoa chậu", Y, total=735, status="estimate"),
    F("kiểng thú 323 ha", "323", 323, "measure", "ha", "diện tích kiểng lá và kiểng thú", Y, total=735, status="estimate"),
    F("là 4.150 hộ", "4.150", 4150, "count", "hộ", "Số hộ tham gia sản xuất", Yi),
    F("khoảng 11.000 lao động", "11.000", 11000, "count", "lao động", "lao động có việc làm thường xuyên", Yi, approx="about"),
]
rows = [
    ("Sản lượng hoa, kiểng", "count", "chậu", 1e6, ["5,2", "5,46", "105"], ["triệu chậu\n5,2", "5,2\n5,46", "5,46\n105"]),
    ("Giá trị sản xuất", "money", "đồng", 1e9, ["1.150", "1.228", "106,8"], ["1.150", "1.228", "106,8"]),
    ("Lượt khách tham quan làng hoa", "count", "lượt", 1e3, ["1.300", "1.420", "109,2"], ["lượt\n1.300", "1.420", "109,2"]),
    ("Doanh thu du lịch", "money", "đồng", 1e9, ["95", "104,5", "110"], ["đồng\n95", "104,5", "110"]),
]
for label, kind, unit, mult, cells, anchors in rows:
    def num(s):
        return float(s.replace(".", "").replace(",", "."))
    figs.append(F(anchors[0], cells[0], num(cells[0]) * mult, kind, unit, f"{label} kế hoạch năm 2024", KH, status="target"))
    figs.append(F(anchors[1], cells[1], num(cells[1]) * mult, kind, unit, f"{label} ước thực hiện năm 2024", UT, status="estimate"))
    figs.append(F(anchors[2], cells[2], num(cells[2]), "percent", "%", f"{label} so với kế hoạch", PCi))
figs += [
    F("khoảng 150.000 chậu", "150.000", 150000, "count", "chậu", "chậu hoa, kiểng xuất khẩu", Yi, approx="about"),
    F("trên 1,8 triệu USD", "1,8", 1.8e6, "money", "USD", "giá trị xuất khẩu hoa, kiểng", Yi, approx="over"),
    F("có 21 sản phẩm", "21", 21, "count", "sản phẩm", "sản phẩm hoa, kiểng đạt chứng nhận OCOP từ 3 sao trở lên"),
    F("từ 3 sao", "3", 3, "measure", "sao", approx="at_least", optional=True),
    F("đạt 750 ha", "750", 750, "measure", "ha", "diện tích hoa, kiểng", K25, status="target"),
    F("đạt 1.300 tỷ đồng", "1.300", 1300e9, "money", "đồng", "giá trị sản xuất", K25, status="target"),
    F("thu hút 1,5 triệu lượt", "1,5", 1.5e6, "count", "lượt khách", "lượt khách tham quan", K25, status="target"),
]

emit("p415-5", text, [
    "UBND thành phố Sa Đéc (Đồng Tháp), formal report with letterhead 'Số: 287/BC-UBND' and place-and-date line 'Sa Đéc, ngày 12 tháng 12 năm 2024'.",
    "Distractors: 'Số: 287/BC-UBND', section numbers (I., II., 1., 2., 3.), table row numbers 1-4, 'Lưu: VT, KT', 'OCOP từ 3 sao' (threshold: optional).",
    "735 ha: 'ước đạt' → estimate; 'tăng 25 ha so với năm 2023' is its change (unit ha); '(đạt 102,1% kế hoạch)' its percent. '; trong đó' parts",
    "(412 + 323 = 735) carry total 735 and continue the estimate clause. 4.150 hộ / 11.000 lao động take Năm 2024 from the previous sentence (inherited).",
    "One-cell-per-line table: unit and multiplier from the 'Đơn vị tính' cell of each row (triệu chậu, tỷ đồng, nghìn lượt); 'Kế hoạch năm 2024' cells",
    "→ target, 'Ước thực hiện năm 2024' cells → estimate, period from the header; 'So với kế hoạch (%)' cells are percent figures (actual), period inherited.",
    "Plan cells are figures of their own, so result cells carry no target attribute (as shared h23). Export destinations are not places.",
    "Section 'II. KẾ HOẠCH NĂM 2025' + 'Phấn đấu' → targets; the year stands in the heading (inherited).",
], figs, published="2024-12-12", location="Sa Đéc")
