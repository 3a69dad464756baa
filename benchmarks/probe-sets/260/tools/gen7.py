from lib import F, P, ch, emit

TEXT = """Sở Giao thông vận tải Quảng Ninh
Vận tải khách du lịch bằng đường thủy nội địa năm 2023 tăng mạnh
Ngày cập nhật: 05/03/2024

Năm 2023, toàn tỉnh có 512 tàu du lịch được cấp phép hoạt động trên vịnh Hạ Long và vịnh Bái Tử Long, trong đó 68 tàu lưu trú nghỉ đêm; tổng sức chở đạt khoảng 24.800 ghế. 100% tàu được kiểm định định kỳ đúng hạn, không để xảy ra sự cố mất an toàn.

Kết quả vận chuyển khách như sau:
Đơn vị tính: nghìn lượt khách
Chỉ tiêu
Năm 2022
Năm 2023
Năm 2023 so với năm 2022 (%)
Khách tham quan vịnh Hạ Long
2.412,6
3.865,2
160,2
Khách tham quan vịnh Bái Tử Long
184,3
297,8
161,6
Khách đi các tuyến ra đảo
356,9
412,4
115,6

Tổng doanh thu vận tải khách du lịch bằng tàu thủy năm 2023 ước đạt 1.286 tỷ đồng, tăng 58,3% so với năm 2022. Cảng tàu khách quốc tế Tuần Châu và cảng tàu Hòn Gai (TP Hạ Long) đón 79,6% lượt khách, phần còn lại qua các bến tại Cẩm Phả, Vân Đồn.

Theo Quyết định số 856/QĐ-UBND, năm 2024 ngành phấn đấu đón 4,5 triệu lượt khách tham quan vịnh Hạ Long, doanh thu đạt trên 1.500 tỷ đồng. Đến 30/6/2024, 100% tàu du lịch mang số đăng ký tỉnh khác hoạt động trên vịnh phải chuyển về đăng ký tại Quảng Ninh.

Ngày 2/3, Sở đã xử lý tàu QN-6868 neo đậu sai vị trí tại khu vực Hòn Gà Chọi. Mọi thông tin xin liên hệ: Sở GTVT, số 2 Hồng Hà, TP Hạ Long; ĐT: 0203.3835.669.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23I = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
Y22c = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23c = P("Năm 2023", "2023-01-01", "2023-12-31")
CMP = P("Năm 2023 so với năm 2022", "2023-01-01", "2023-12-31", inh=True)
Y23t = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

ROWS = [
    ("Khách tham quan vịnh Hạ Long", "2.412,6", 2412600, "3.865,2", 3865200, "160,2", 160.2),
    ("Khách tham quan vịnh Bái Tử Long", "184,3", 184300, "297,8", 297800, "161,6", 161.6),
    ("Khách đi các tuyến ra đảo", "356,9", 356900, "412,4", 412400, "115,6", 115.6),
]

FIGS = [
    F("có 512 tàu", "512", 512, "count", "tàu du lịch",
      "tàu du lịch được cấp phép hoạt động trên vịnh Hạ Long và vịnh Bái Tử Long", Y23),
    F("trong đó 68 tàu", "68", 68, "count", "tàu", "tàu lưu trú nghỉ đêm", Y23, total=512),
    F("khoảng 24.800 ghế", "24.800", 24800, "count", "ghế", "tổng sức chở", Y23, approx="about"),
    F("ghế. 100% tàu", "100", 100, "percent", "%", "tàu được kiểm định định kỳ đúng hạn",
      P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)),
]
for label, an, av, bn, bv, cn, cv in ROWS:
    FIGS.append(F(f"{label}\n{an}\n", an, av, "count", "lượt khách", f"{label} năm 2022", Y22c))
    FIGS.append(F(f"{an}\n{bn}\n", bn, bv, "count", "lượt khách", f"{label} năm 2023", Y23c))
    FIGS.append(F(f"{bn}\n{cn}\n", cn, cv, "percent", "%", f"{label} năm 2023 so với năm 2022", CMP))

FIGS += [
    F("ước đạt 1.286 tỷ đồng", "1.286", 1286000000000, "money", "đồng",
      "Tổng doanh thu vận tải khách du lịch bằng tàu thủy", Y23t,
      change=ch("increase", 58.3, baseline="năm 2022"), status="estimate"),
    F("đón 79,6% lượt khách", "79,6", 79.6, "percent", "%",
      "lượt khách qua Cảng tàu khách quốc tế Tuần Châu và cảng tàu Hòn Gai", Y23I, location="Hạ Long"),
    F("đón 4,5 triệu lượt", "4,5", 4500000, "count", "lượt khách", "khách tham quan vịnh Hạ Long", Y24,
      status="target"),
    F("trên 1.500 tỷ đồng", "1.500", 1500000000000, "money", "đồng", "doanh thu", Y24,
      approx="over", status="target"),
    F("2024, 100% tàu du lịch", "100", 100, "percent", "%",
      "tàu du lịch mang số đăng ký tỉnh khác chuyển về đăng ký tại Quảng Ninh",
      P("Đến 30/6/2024", None, "2024-06-30"), status="target"),
]

COMMENTS = [
    "Department site (Sở GTVT Quảng Ninh): tourist boats on Hạ Long and Bái Tử Long bays (inland waterway), passengers 2022-2023, revenue, 2024 targets.",
    "Dateline 'Ngày cập nhật: 05/03/2024' without time. Table written one cell per line with 'Đơn vị tính: nghìn lượt khách' (×1000: 2.412,6 = 2 412 600 lượt khách);",
    "period from the column headers 'Năm 2022'/'Năm 2023'; the comparison column '(%)' is a ratio (percent), its period inherited (not scored). No totals for cells.",
    "Ratios checked: 3865,2/2412,6 = 160,2%; 297,8/184,3 = 161,6%; 412,4/356,9 = 115,6%. Bays are not places: location Quảng Ninh,",
    "except 79,6% for the two ports '(TP Hạ Long)': location Hạ Long. 68 tàu 'trong đó' of 512. '100% tàu' after the 512 sentence inherits năm 2023.",
    "Distractors: 'Quyết định số 856/QĐ-UBND', vessel number 'QN-6868', 'Ngày 2/3', islet name, address 'số 2 Hồng Hà', phone 0203.3835.669.",
    "'phấn đấu' (2024) governs 4,5 triệu and the continuing clause 'doanh thu đạt trên 1.500 tỷ'; 'Đến 30/6/2024, 100% … phải' is a target with as-of end.",
]

emit("p260-7", TEXT, COMMENTS, FIGS, published="2024-03-05", location="Quảng Ninh")
