from lib import F, P, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THANH HÓA
Trang chủ / Tin tức - Sự kiện / Chính trị
Cập nhật: 14/10/2024 09:15

Thanh Hóa: Thi hành xong hơn 1.900 tỷ đồng tiền án

Sáng 12/10, Cục Thi hành án dân sự (THADS) tỉnh tổ chức hội nghị tổng kết công tác THADS, theo dõi thi hành án hành chính và triển khai nhiệm vụ năm 2025.

Năm công tác 2024 (từ ngày 01/10/2023 đến ngày 30/9/2024), tổng số việc phải thi hành của toàn tỉnh là 21.386 việc, tăng 4,2% so với năm 2023; trong đó có điều kiện thi hành 16.914 việc, chiếm 79,09%. Các cơ quan THADS đã thi hành xong 14.517 việc, đạt tỷ lệ 85,83% (chỉ tiêu Quốc hội giao là 84%), vượt 1,83% so với chỉ tiêu.

Về tiền, tổng số tiền phải thi hành là 11.642,5 tỷ đồng; trong đó có điều kiện thi hành 4.287,3 tỷ đồng. Đã thi hành xong hơn 1.903 tỷ đồng, đạt 44,39% (chỉ tiêu 42%). Số việc chuyển kỳ sau là 6.869 việc (giảm 3,1% so với năm 2023) với số tiền hơn 9.739 tỷ đồng.

Toàn tỉnh đã tổ chức 312 cuộc cưỡng chế, huy động 2.145 lượt cán bộ tham gia; bán đấu giá thành công 486 tài sản, thu về khoảng 735 tỷ đồng. Riêng các vụ án tham nhũng, kinh tế có 1.274 việc với số tiền phải thu hồi 3.118 tỷ đồng; đã thu hồi được 1.026 tỷ đồng, tăng hơn 1,5 lần so với năm 2023.

Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh đề nghị ngành tiếp tục thực hiện Chỉ thị số 05/CT-TTg và Nghị quyết số 96/2019/QH14; thời gian tới phấn đấu thi hành xong trên 85% về việc và trên 45% về tiền có điều kiện thi hành, giảm ít nhất 5% số việc chuyển kỳ sau.

Lượt xem: 2.317
Địa chỉ: số 35 Đại lộ Lê Lợi, phường Lam Sơn, TP Thanh Hóa. Điện thoại: 0237.3852.119
"""

Y = P("từ ngày 01/10/2023 đến ngày 30/9/2024", "2023-10-01", "2024-09-30")
YI = P("từ ngày 01/10/2023 đến ngày 30/9/2024", "2023-10-01", "2024-09-30", inh=True)
B = 10**9

FIGS = [
    F("hơn 1.900 tỷ đồng tiền án", "1.900", "money", "đồng", "tiền án thi hành xong", YI, B, approx="over"),
    F("là 21.386 việc", "21.386", "count", "việc", "tổng số việc phải thi hành", Y,
      change=CH("increase", 4.2, baseline="năm 2023")),
    F("thi hành 16.914 việc", "16.914", "count", "việc", "việc có điều kiện thi hành", Y,
      total=21386, percent=79.09),
    F("xong 14.517 việc", "14.517", "count", "việc", "việc đã thi hành xong", YI,
      percent=85.83, change=CH("increase", 1.83, baseline="chỉ tiêu"), target=TG(84, met=True)),
    F("là 11.642,5 tỷ đồng", "11.642,5", "money", "đồng", "tổng số tiền phải thi hành", YI, B),
    F("thi hành 4.287,3 tỷ đồng", "4.287,3", "money", "đồng", "tiền có điều kiện thi hành", YI, B,
      total=11642500000000),
    F("hơn 1.903 tỷ đồng, đạt", "1.903", "money", "đồng", "tiền đã thi hành xong", YI, B, approx="over",
      percent=44.39, target=TG(42, met=True)),
    F("là 6.869 việc", "6.869", "count", "việc", "số việc chuyển kỳ sau", YI,
      change=CH("decrease", 3.1, baseline="năm 2023")),
    F("hơn 9.739 tỷ đồng", "9.739", "money", "đồng", "tiền chuyển kỳ sau", YI, B, approx="over"),
    F("312 cuộc cưỡng chế", "312", "count", "cuộc cưỡng chế", "cuộc cưỡng chế", YI),
    F("2.145 lượt cán bộ", "2.145", "count", "lượt cán bộ", "lượt cán bộ tham gia cưỡng chế", YI),
    F("công 486 tài sản", "486", "count", "tài sản", "tài sản bán đấu giá thành công", YI),
    F("khoảng 735 tỷ đồng", "735", "money", "đồng", "tiền thu về từ bán đấu giá", YI, B, approx="about"),
    F("có 1.274 việc", "1.274", "count", "việc", "việc trong các vụ án tham nhũng, kinh tế", YI),
    F("thu hồi 3.118 tỷ đồng", "3.118", "money", "đồng", "số tiền phải thu hồi trong các vụ án tham nhũng, kinh tế", YI, B),
    F("được 1.026 tỷ đồng", "1.026", "money", "đồng", "tiền đã thu hồi trong các vụ án tham nhũng, kinh tế", YI, B,
      change=CH("increase", 1.5, unit="lần", baseline="năm 2023", approx="over")),
    F("trên 85% về việc", "85", "percent", "%", "tỷ lệ thi hành xong về việc", None, approx="over", status="target"),
    F("trên 45% về tiền", "45", "percent", "%", "tỷ lệ thi hành xong về tiền có điều kiện thi hành", None,
      approx="over", status="target"),
    F("ít nhất 5% số việc", "5", "percent", "%", "giảm số việc chuyển kỳ sau", None, approx="at_least", status="target"),
]

COMMENTS = [
    "Provincial portal (Cổng TTĐT tỉnh Thanh Hóa), 'Cập nhật: dd/mm/yyyy hh:mm' dateline; year-end THADS results, province-wide.",
    "The THADS working year is stated explicitly: 'Năm công tác 2024 (từ ngày 01/10/2023 đến ngày 30/9/2024)' -> period 2023-10-01..2024-09-30",
    "(scored only for the two figures in that sentence; the rest of the article inherits it). 'so với năm 2023' is a change baseline.",
    "'trong đó' parts take the whole before the cue (16.914/21.386 việc, 4.287,3/11.642,5 tỷ). 'đạt tỷ lệ X% (chỉ tiêu ... Y%), vượt Z% so với chỉ tiêu'",
    "gives percent, target (met) and change on the count. 'tăng hơn 1,5 lần so với năm 2023' is the change (lần, over) of 1.026 tỷ.",
    "Targets in the last paragraph ('phấn đấu', no period stated). Distractors: Chỉ thị 05/CT-TTg, Nghị quyết 96/2019/QH14, 'Sáng 12/10',",
    "'nhiệm vụ năm 2025', 'Lượt xem: 2.317', address 'số 35 Đại lộ Lê Lợi', phone 0237.3852.119.",
]

emit("p318-1", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Thanh Hóa")
