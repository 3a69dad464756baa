from lib import F, P, C, T, emit

TEXT = """Lào Cai: Hơn 1.500 tổ công nghệ số cộng đồng đồng hành cùng người dân
Cập nhật: 14/10/2024 08:15 | Lượt xem: 1.246

(LCĐT) - Tính đến ngày 30/9/2024, toàn tỉnh Lào Cai đã thành lập 1.528 tổ công nghệ số cộng đồng tại 152/152 xã, phường, thị trấn, tăng 318 tổ so với cuối năm 2023, với tổng số 9.874 thành viên. Trong đó có 2.316 thành viên là đoàn viên thanh niên, chiếm 23,5%; 1.102 thành viên là cán bộ công an xã, phường.

Các địa phương có số tổ nhiều nhất là huyện Bát Xát (236 tổ), huyện Bắc Hà (198 tổ) và huyện Si Ma Cai (171 tổ); thị xã Sa Pa có 164 tổ với 1.035 thành viên.

Từ đầu năm đến nay, các tổ đã tổ chức 3.240 buổi hướng dẫn tại nhà văn hóa thôn, bản, hỗ trợ khoảng 86.500 lượt người dân cài đặt, kích hoạt tài khoản định danh điện tử VNeID, gần 41.000 lượt người nộp hồ sơ dịch vụ công trực tuyến và hơn 12.700 hộ mở tài khoản thanh toán điện tử. Hiện đã có 1.030 tổ được tập huấn kỹ năng số cơ bản, đạt 67,4%.

Theo Kế hoạch số 412/KH-UBND ngày 12/8/2024 của UBND tỉnh, đến hết năm 2024 phấn đấu 100% tổ công nghệ số cộng đồng được tập huấn; tỷ lệ người dân từ 15 tuổi trở lên có tài khoản giao dịch tại ngân hàng hoặc tổ chức được phép khác đạt trên 80%.

Mọi ý kiến phản ánh xin gửi về Sở Thông tin và Truyền thông, số 2 đường Hoàng Liên, phường Cốc Lếu, TP Lào Cai; điện thoại 0214.3840.888.
"""

ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
ASOF_I = P("Tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
TGT = P("đến hết năm 2024", None, "2024-12-31")
TEAM = "tổ công nghệ số cộng đồng"

FIGS = [
    F("Hơn 1.500 tổ", "1.500", 1500, "count", TEAM, "tổ công nghệ số cộng đồng", approx="over"),
    F("thành lập 1.528 tổ", "1.528", 1528, "count", TEAM, "tổ công nghệ số cộng đồng được thành lập", ASOF,
      change=C("increase", 318, "tổ", "cuối năm 2023")),
    F("tại 152/152 xã", "152", 152, "count", "xã, phường, thị trấn", "xã, phường, thị trấn có tổ công nghệ số cộng đồng",
      ASOF, total=152),
    F("tổng số 9.874 thành viên", "9.874", 9874, "count", "thành viên", "thành viên tổ công nghệ số cộng đồng", ASOF),
    F("có 2.316 thành viên", "2.316", 2316, "count", "thành viên", "thành viên là đoàn viên thanh niên", ASOF_I,
      total=9874, percent=23.5),
    F("1.102 thành viên", "1.102", 1102, "count", "thành viên", "thành viên là cán bộ công an xã, phường", ASOF_I,
      total=9874),
    F("Bát Xát (236 tổ)", "236", 236, "count", "tổ", "số tổ công nghệ số cộng đồng", ASOF_I, location="Bát Xát"),
    F("Bắc Hà (198 tổ)", "198", 198, "count", "tổ", "số tổ công nghệ số cộng đồng", ASOF_I, location="Bắc Hà"),
    F("Si Ma Cai (171 tổ)", "171", 171, "count", "tổ", "số tổ công nghệ số cộng đồng", ASOF_I, location="Si Ma Cai"),
    F("có 164 tổ", "164", 164, "count", "tổ", "số tổ công nghệ số cộng đồng", ASOF_I, location="Sa Pa"),
    F("với 1.035 thành viên", "1.035", 1035, "count", "thành viên", "thành viên tổ công nghệ số cộng đồng", ASOF_I,
      location="Sa Pa"),
    F("3.240 buổi hướng dẫn", "3.240", 3240, "count", "buổi hướng dẫn", "buổi hướng dẫn tại nhà văn hóa thôn, bản", YTD),
    F("khoảng 86.500 lượt", "86.500", 86500, "count", "lượt người dân",
      "lượt người dân được hỗ trợ cài đặt, kích hoạt tài khoản định danh điện tử VNeID", YTD, approx="about"),
    F("gần 41.000 lượt", "41.000", 41000, "count", "lượt người",
      "lượt người được hỗ trợ nộp hồ sơ dịch vụ công trực tuyến", YTD, approx="nearly"),
    F("hơn 12.700 hộ", "12.700", 12700, "count", "hộ", "hộ được hỗ trợ mở tài khoản thanh toán điện tử", YTD,
      approx="over"),
    F("có 1.030 tổ", "1.030", 1030, "count", "tổ", "tổ được tập huấn kỹ năng số cơ bản", percent=67.4),
    F("phấn đấu 100% tổ", "100", 100, "percent", "%", "tổ công nghệ số cộng đồng được tập huấn", TGT, status="target"),
    F("từ 15 tuổi", "15", 15, "measure", "tuổi", optional=True),
    F("đạt trên 80%", "80", 80, "percent", "%",
      "tỷ lệ người dân từ 15 tuổi trở lên có tài khoản giao dịch tại ngân hàng hoặc tổ chức được phép khác", TGT,
      approx="over", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Lào Cai (province portal), community digital technology teams (tổ công nghệ số cộng đồng), as of 30/9/2024.",
    "Dateline 'Cập nhật: 14/10/2024 08:15' with a view counter 'Lượt xem: 1.246' (page furniture). '(LCĐT)' is the portal's tag.",
    "Distractors: 'Kế hoạch số 412/KH-UBND ngày 12/8/2024', 'cuối năm 2023' (baseline), 'số 2 đường Hoàng Liên', phone 0214.3840.888.",
    "'152/152 xã, phường, thị trấn' total 152. 'tăng 318 tổ so với cuối năm 2023' is the change of 1.528 tổ.",
    "'Trong đó có 2.316 …; 1.102 …' follow 9.874 thành viên (same unit): total 9874; 2.316 carries 'chiếm 23,5%'.",
    "District list items take the district as location, the list's indicator as subject; as-of period from the first sentence (inherited).",
    "'Từ đầu năm đến nay' runs from 2024-01-01 to the dateline. 'Hiện' gives no period. 'từ 15 tuổi' is a criterion (optional).",
    "'đến hết năm 2024 phấn đấu …' makes 100% and 'trên 80%' targets (as-of end 2024-12-31).",
]

emit("p434-1", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Lào Cai")
