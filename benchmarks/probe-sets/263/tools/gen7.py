from lib import F, P, emit

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH QUẢNG NAM
Tin tức - Sự kiện / Bảo vệ môi trường

Kết quả phân loại chất thải rắn sinh hoạt tại nguồn 6 tháng đầu năm 2024
Thứ Hai, 05/08/2024 | Lượt xem: 642

Sáu tháng đầu năm 2024, khối lượng chất thải rắn sinh hoạt phát sinh trên địa bàn tỉnh khoảng 1.050 tấn/ngày; lượng được thu gom, xử lý khoảng 874 tấn/ngày, đạt 83,2%. Trong đó, tỷ lệ thu gom tại khu vực đô thị đạt 95,6%, khu vực nông thôn đạt 72,4%.

Tỷ lệ hộ gia đình thực hiện phân loại chất thải rắn sinh hoạt tại nguồn ở một số địa phương như sau:
Đơn vị tính: %
Địa phương
Năm 2023
6 tháng đầu năm 2024
Hội An
71,5
78,3
Tam Kỳ
42,8
51,6
Điện Bàn
30,4
36,9
Núi Thành
18,7
25,2
Toàn tỉnh
31,9
38,6

So với chỉ tiêu kế hoạch năm 2024 là 45%, tỷ lệ phân loại toàn tỉnh còn thấp hơn 6,4 điểm phần trăm. Tại TP Hội An, nhờ mô hình "Phố không rác thải nhựa", lượng rác tái chế thu hồi bình quân 12,5 tấn/tháng, tăng 18% so với cùng kỳ. Toàn tỉnh đã thành lập 1.274 tổ tự quản về môi trường với trên 21.000 thành viên.

Thực hiện Chỉ thị số 08/CT-UBND ngày 15/3/2024 của UBND tỉnh, Sở đề nghị các địa phương tăng cường kiểm tra; phấn đấu đến cuối năm 2024 tỷ lệ chất thải rắn sinh hoạt nông thôn được thu gom đạt từ 75% đến 80%.

Phòng Quản lý môi trường
"""

H1 = P("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
C23 = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
C24 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
SUBJ = "Tỷ lệ hộ gia đình thực hiện phân loại chất thải rắn sinh hoạt tại nguồn"

FIGS = [
    F("khoảng 1.050 tấn/ngày", "1.050", 1050, "measure", "tấn/ngày", "khối lượng chất thải rắn sinh hoạt phát sinh", H1,
      approx="about"),
    F("khoảng 874 tấn/ngày", "874", 874, "measure", "tấn/ngày", "chất thải rắn sinh hoạt được thu gom, xử lý", H1,
      approx="about", percent=83.2),
    F("đô thị đạt 95,6%", "95,6", 95.6, "percent", "%", "tỷ lệ thu gom tại khu vực đô thị", H1i),
    F("nông thôn đạt 72,4%", "72,4", 72.4, "percent", "%", "tỷ lệ thu gom tại khu vực nông thôn", H1i),
]
rows = [("Hội An", "71,5", 71.5, "78,3", 78.3), ("Tam Kỳ", "42,8", 42.8, "51,6", 51.6),
        ("Điện Bàn", "30,4", 30.4, "36,9", 36.9), ("Núi Thành", "18,7", 18.7, "25,2", 25.2),
        ("Toàn tỉnh", "31,9", 31.9, "38,6", 38.6)]
for name, a, av, b, bv in rows:
    loc = "Quảng Nam" if name == "Toàn tỉnh" else name
    FIGS += [
        F(f"{name}\n{a}\n", a, av, "percent", "%", SUBJ + " năm 2023", C23, location=loc),
        F(f"{a}\n{b}\n", b, bv, "percent", "%", SUBJ + " 6 tháng đầu năm 2024", C24, location=loc),
    ]
FIGS += [
    F("năm 2024 là 45%", "45", 45, "percent", "%", "chỉ tiêu tỷ lệ phân loại toàn tỉnh",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("thấp hơn 6,4 điểm phần trăm", "6,4", 6.4, "measure", "điểm phần trăm",
      "mức thấp hơn chỉ tiêu của tỷ lệ phân loại toàn tỉnh", optional=True),
    F("bình quân 12,5 tấn/tháng", "12,5", 12.5, "measure", "tấn/tháng", "lượng rác tái chế thu hồi bình quân", H1i,
      location="Hội An", change={"direction": "increase", "value": 18, "unit": "%", "baseline": "cùng kỳ"}),
    F("thành lập 1.274 tổ", "1.274", 1274, "count", "tổ tự quản về môi trường", "tổ tự quản về môi trường", H1i),
    F("trên 21.000 thành viên", "21.000", 21000, "count", "thành viên", "thành viên tổ tự quản về môi trường", H1i,
      approx="over"),
    F("từ 75% đến 80%", "75", 75, "percent", "%", "tỷ lệ chất thải rắn sinh hoạt nông thôn được thu gom",
      P("đến cuối năm 2024", None, "2024-12-31"), status="target", value_max=80),
]

emit("p263-7", TEXT, FIGS, [
    "Department site (Sở TN&MT Quảng Nam), 'Thứ Hai, dd/mm/yyyy | Lượt xem' dateline, unit byline at the end.",
    "Table one cell per line: 'Địa phương | Năm 2023 | 6 tháng đầu năm 2024', 'Đơn vị tính: %'. Place rows -> location",
    "('Toàn tỉnh' -> Quảng Nam); subject = table indicator + column label; period from the column header (inherited).",
    "'lượng … khoảng 874 tấn/ngày, đạt 83,2%' percent attribute; the 'Trong đó' rates are percents (a percent has no whole in tấn).",
    "'chỉ tiêu kế hoạch năm 2024 là 45%' stands alone (the 38,6% cell is in the table above): a target figure; the gap",
    "'thấp hơn 6,4 điểm phần trăm' has no figure in its sentence to attach to: optional measure. Title period text is a heading.",
    "Distractors: Chỉ thị số 08/CT-UBND ngày 15/3/2024, title '6 tháng đầu năm 2024', view counter, 'Phố không rác thải nhựa'.",
], location="Quảng Nam", published="2024-08-05")
