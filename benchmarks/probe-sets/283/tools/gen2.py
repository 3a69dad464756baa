from lib import F, P, CH, TG, emit

TEXT = """UBND TỈNH NINH THUẬN
SỞ NÔNG NGHIỆP VÀ PTNT
Số: 1875/BC-SNNPTNT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Thuận, ngày 05 tháng 7 năm 2024

BÁO CÁO
Kết quả sản xuất muối 6 tháng đầu năm 2024

1. Diện tích, sản lượng
Tổng diện tích sản xuất muối toàn tỉnh 6 tháng đầu năm là 3.652 ha, trong đó muối công nghiệp 2.915 ha, muối thủ công 737 ha. Sản lượng muối ước đạt 356.800 tấn, bằng 71,4% kế hoạch năm (500.000 tấn), tăng 8,2% so với cùng kỳ.

Bảng 1. Kết quả sản xuất theo địa bàn
Đơn vị tính: diện tích (ha); sản lượng (tấn)
Địa bàn | Diện tích | Sản lượng 6 tháng | Kế hoạch năm 2024 | Đạt so với kế hoạch (%)
Ninh Hải | 1.240 | 98.600 | 140.000 | 70,4
Thuận Nam | 1.985 | 236.500 | 330.000 | 71,7
Ninh Phước | 427 | 21.700 | 30.000 | 72,3
Cộng | 3.652 | 356.800 | 500.000 | 71,4

2. Giá muối, thu nhập
Giá muối tại ruộng bình quân 6 tháng đạt 1.650 đồng/kg, tăng 350 đồng/kg so với cùng kỳ; riêng tháng 6/2024 có thời điểm lên 2.100 đồng/kg. Thu nhập bình quân của lao động làm muối thủ công ước khoảng 5,8 triệu đồng/người/tháng.

3. Kinh tế hợp tác
Toàn tỉnh có 5 hợp tác xã muối với 412 thành viên. Công ty Cổ phần Muối Ninh Thuận đã thu mua 48.300 tấn muối của diêm dân, chiếm 13,5% sản lượng.

4. Nhiệm vụ 6 tháng cuối năm
Phấn đấu sản lượng muối cả năm đạt 500.000 tấn; hỗ trợ diêm dân chuyển 150 ha sang sản xuất muối sạch trên bạt, kinh phí dự kiến 4,5 tỷ đồng theo Nghị quyết số 12/2023/NQ-HĐND. Thông tin liên hệ: Chi cục PTNT, điện thoại 0259.3822.415.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT, PTNT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Lê Văn Bình
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
H6 = P("6 tháng", "2024-01-01", "2024-06-30")
KH = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("năm là 3.652 ha", "3.652", 3652, "measure", "ha", "tổng diện tích sản xuất muối", H1),
    F("công nghiệp 2.915 ha", "2.915", 2915, "measure", "ha", "diện tích muối công nghiệp", H1, total=3652),
    F("thủ công 737 ha", "737", 737, "measure", "ha", "diện tích muối thủ công", H1, total=3652),
    F("ước đạt 356.800 tấn", "356.800", 356800, "measure", "tấn", "sản lượng muối", H1i,
      percent=71.4, change=CH("increase", 8.2, baseline="cùng kỳ"), target=TG(500000, "tấn"), status="estimate"),
]
rows = [("Ninh Hải", "1.240", "98.600", "140.000", "70,4", "Ninh Hải"),
        ("Thuận Nam", "1.985", "236.500", "330.000", "71,7", "Thuận Nam"),
        ("Ninh Phước", "427", "21.700", "30.000", "72,3", "Ninh Phước"),
        ("Cộng", "3.652", "356.800", "500.000", "71,4", None)]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


for lab, a, b, c, d, loc in rows:
    kw = {"location": loc} if loc else {}
    sub = "" if loc else " cộng"
    FIGS.append(F(f"{lab} | {a} |", a, num(a), "measure", "ha", "diện tích" + sub, H1i, **kw))
    FIGS.append(F(f"| {a} | {b} |", b, num(b), "measure", "tấn", "sản lượng 6 tháng" + sub, H6, **kw))
    FIGS.append(F(f"| {b} | {c} |", c, num(c), "measure", "tấn", "kế hoạch sản lượng năm 2024" + sub, KH,
                  status="target", **kw))
    FIGS.append(F(f"| {c} | {d}\n", d, num(d), "percent", "%", "tỷ lệ đạt so với kế hoạch" + sub, H1i, **kw))

FIGS += [
    F("đạt 1.650 đồng/kg", "1.650", 1650, "money", "đồng/kg", "giá muối tại ruộng bình quân", H6,
      change=CH("increase", 350, "đồng/kg", "cùng kỳ")),
    F("lên 2.100 đồng/kg", "2.100", 2100, "money", "đồng/kg", "giá muối tại ruộng",
      P("tháng 6/2024", "2024-06-01", "2024-06-30")),
    F("ước khoảng 5,8 triệu", "5,8", 5800000, "money", "đồng/người/tháng",
      "thu nhập bình quân của lao động làm muối thủ công", H1i, approx="about", status="estimate"),
    F("có 5 hợp tác xã", "5", 5, "count", "hợp tác xã", "hợp tác xã muối"),
    F("412 thành viên", "412", 412, "count", "thành viên", "thành viên hợp tác xã muối"),
    F("thu mua 48.300 tấn", "48.300", 48300, "measure", "tấn", "muối Công ty Cổ phần Muối Ninh Thuận thu mua", H1i,
      percent=13.5),
    F("cả năm đạt 500.000 tấn", "500.000", 500000, "measure", "tấn", "sản lượng muối cả năm",
      P("cả năm", "2024-01-01", "2024-12-31"), status="target"),
    F("chuyển 150 ha", "150", 150, "measure", "ha", "diện tích chuyển sang sản xuất muối sạch trên bạt",
      P("6 tháng cuối năm", "2024-07-01", "2024-12-31", inh=True), status="target"),
    F("dự kiến 4,5 tỷ đồng", "4,5", 4500000000, "money", "đồng", "kinh phí hỗ trợ chuyển đổi sản xuất muối sạch",
      P("6 tháng cuối năm", "2024-07-01", "2024-12-31", inh=True), status="forecast"),
]

COMMENTS = [
    "Formal report with letterhead (Sở NN&PTNT Ninh Thuận, Số: 1875/BC-SNNPTNT), place-and-date line 05/7/2024: salt, first half of 2024.",
    "Flattened '|' table by district: every numeric cell is a figure; districts go to location, the 'Cộng' row keeps the province.",
    "Units from 'Đơn vị tính: diện tích (ha); sản lượng (tấn)' and the '(%)' column; 'Kế hoạch năm 2024' column is status target with",
    "period năm 2024; 'Sản lượng 6 tháng' column has period H1 2024; area and % columns inherit H1 from the title/text.",
    "'ước đạt 356.800 tấn, bằng 71,4% kế hoạch năm (500.000 tấn)': percent 71.4 and target 500000 (the bracketed plan is an attribute,",
    "not a figure). 'trong đó' parts of 3.652 ha get total 3652. 'tăng 350 đồng/kg so với cùng kỳ' is a change in đồng/kg.",
    "Distractors: Số 1875/BC-SNNPTNT, date line, 'Bảng 1', section numbers, Nghị quyết số 12/2023/NQ-HĐND, phone 0259.3822.415.",
    "Section 4 ('Nhiệm vụ 6 tháng cuối năm'): 'Phấn đấu' governs the continuing clauses (150 ha target); 'dự kiến 4,5 tỷ' is forecast.",
]

emit("p283-2", TEXT, COMMENTS, FIGS, published="2024-07-05", location="Ninh Thuận")
