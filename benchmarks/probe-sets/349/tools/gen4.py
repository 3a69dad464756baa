from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG PẮC

Krông Pắc: 100% trường học duy trì môi trường không khói thuốc
Thứ Năm, 21/11/2024 - 10:05

Ngày 20/11, Ban Chỉ đạo phòng, chống tác hại của thuốc lá huyện tổ chức hội nghị sơ kết công tác năm 2024. Theo báo cáo, từ đầu năm đến nay, toàn huyện có 74/74 trường học (trong đó 28 trường mầm non, 27 trường tiểu học, 16 trường trung học cơ sở và 3 trường trung học phổ thông) duy trì môi trường không khói thuốc, treo biển cấm hút thuốc đúng quy định.

Tại khu vực công sở, 52 cơ quan, đơn vị cấp huyện và 16 xã, thị trấn đã ký cam kết nơi làm việc không khói thuốc; tỷ lệ cơ quan có quy định cấm hút thuốc trong nội quy đạt 96,2%, tăng 8,4 điểm phần trăm so với năm 2023. Tuy nhiên, trong số 30 cơ quan được giám sát ngẫu nhiên, vẫn còn 7 đơn vị phát hiện đầu mẩu thuốc lá trong khuôn viên.

Kết quả xây dựng môi trường không khói thuốc tính đến 31/10/2024:
Loại hình
Tổng số
Đạt tiêu chí
Tỷ lệ (%)
Cơ sở y tế
19
19
100
Trường học
74
74
100
Cơ quan hành chính
68
63
92,6
Nhà hàng, quán ăn
145
38
26,2

Năm 2025, huyện phấn đấu 100% cơ quan hành chính đạt tiêu chí, ít nhất 40% nhà hàng, quán ăn treo biển không hút thuốc; tổ chức khoảng 30 đến 35 buổi truyền thông tại các thôn, buôn.

Hồng Nhung - Trung tâm VH,TT&TT huyện
"""

Y = P("từ đầu năm đến nay", "2024-01-01", "2024-11-21")
T = P("tính đến 31/10/2024", None, "2024-10-31", inh=True)
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
M = "môi trường không khói thuốc"

FIGS = [
    F("Krông Pắc: 100%", "100", 100, "percent", "%", f"trường học duy trì {M}", I(Y)),
    F("có 74/74 trường", "74", 74, "count", "trường học", f"trường học duy trì {M}", Y, total=74),
    F("28 trường", "28", 28, "count", "trường", f"trường mầm non duy trì {M}", Y, total=74),
    F("27 trường", "27", 27, "count", "trường", f"trường tiểu học duy trì {M}", Y, total=74),
    F("16 trường", "16", 16, "count", "trường", f"trường trung học cơ sở duy trì {M}", Y, total=74),
    F("3 trường", "3", 3, "count", "trường", f"trường trung học phổ thông duy trì {M}", Y, total=74),
    F("52 cơ quan", "52", 52, "count", "cơ quan, đơn vị", "cơ quan, đơn vị cấp huyện ký cam kết nơi làm việc không khói thuốc", I(Y)),
    F("16 xã", "16", 16, "count", "xã, thị trấn", "xã, thị trấn ký cam kết nơi làm việc không khói thuốc", I(Y)),
    F("đạt 96,2%", "96,2", 96.2, "percent", "%", "tỷ lệ cơ quan có quy định cấm hút thuốc trong nội quy", I(Y),
      change=CH("increase", 8.4, "điểm phần trăm", "năm 2023")),
    F("trong số 30 cơ quan", "30", 30, "count", "cơ quan", "cơ quan được giám sát ngẫu nhiên", I(Y)),
    F("còn 7 đơn vị", "7", 7, "count", "đơn vị", "đơn vị phát hiện đầu mẩu thuốc lá trong khuôn viên", I(Y), total=30),
    # one cell per line; period from the line above the table
    F("Cơ sở y tế\n19\n", "19", 19, "count", "cơ sở y tế", "tổng số cơ sở y tế", T),
    F("19\n100\nTrường", "19", 19, "count", "cơ sở y tế", "cơ sở y tế đạt tiêu chí", T),
    F("\n100\nTrường", "100", 100, "percent", "%", "tỷ lệ cơ sở y tế đạt tiêu chí", T),
    F("Trường học\n74\n", "74", 74, "count", "trường học", "tổng số trường học", T),
    F("74\n100\nCơ", "74", 74, "count", "trường học", "trường học đạt tiêu chí", T),
    F("\n100\nCơ quan", "100", 100, "percent", "%", "tỷ lệ trường học đạt tiêu chí", T),
    F("hành chính\n68\n", "68", 68, "count", "cơ quan hành chính", "tổng số cơ quan hành chính", T),
    F("68\n63\n", "63", 63, "count", "cơ quan hành chính", "cơ quan hành chính đạt tiêu chí", T),
    F("63\n92,6\n", "92,6", 92.6, "percent", "%", "tỷ lệ cơ quan hành chính đạt tiêu chí", T),
    F("quán ăn\n145\n", "145", 145, "count", "nhà hàng, quán ăn", "tổng số nhà hàng, quán ăn", T),
    F("145\n38\n", "38", 38, "count", "nhà hàng, quán ăn", "nhà hàng, quán ăn đạt tiêu chí", T),
    F("38\n26,2\n", "26,2", 26.2, "percent", "%", "tỷ lệ nhà hàng, quán ăn đạt tiêu chí", T),
    F("phấn đấu 100%", "100", 100, "percent", "%", "cơ quan hành chính đạt tiêu chí", Y25, status="target"),
    F("ít nhất 40%", "40", 40, "percent", "%", "nhà hàng, quán ăn treo biển không hút thuốc", Y25,
      approx="at_least", status="target"),
    F("khoảng 30 đến 35 buổi", "30", 30, "count", "buổi", "buổi truyền thông tại các thôn, buôn", Y25,
      value_max=35, approx="about", status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Krông Pắc (district portal, Đắk Lắk): smoke-free schools, workplaces, one-cell-per-line table.",
    "Dateline 'Thứ Năm, 21/11/2024 - 10:05', byline at the end. Distractors: 'Ngày 20/11', 'năm 2024' in the meeting name,",
    "'tính đến 31/10/2024', 'Trung tâm VH,TT&TT'.",
    "'từ đầu năm đến nay' takes 2024 from 'công tác năm 2024' and ends at the dateline (2024-11-21).",
    "'74/74 trường học (trong đó 28 …, 27 …, 16 … và 3 …)': the bracketed parts add up to 74, so each has total 74.",
    "'trong số 30 cơ quan …, vẫn còn 7 đơn vị': total 30. '96,2%, tăng 8,4 điểm phần trăm so với năm 2023': change of the rate.",
    "Table: every numeric cell is a figure (subject = column + row label, unit from the row label or '(%)'); no totals for table cells;",
    "period 'tính đến 31/10/2024' from the line above the table (inherited, not scored).",
    "Section 'Năm 2025, huyện phấn đấu …': the three figures are targets; 'khoảng 30 đến 35 buổi' a range, about.",
    "District portal: location Krông Pắc throughout.",
]

emit("p349-4", TEXT, COMMENTS, FIGS, published="2024-11-21", location="Krông Pắc")
