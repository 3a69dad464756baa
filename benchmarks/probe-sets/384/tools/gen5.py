from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KIM THÀNH
Kinh tế - Xã hội

Cảng cạn Kim Thành: sản lượng container quý I tăng hơn 21%
Cập nhật: 03/04/2024

Quý I/2024, Cảng cạn Kim Thành (xã Cộng Hòa) tiếp nhận và xếp dỡ 18.640 TEU, tăng 21,3% so với quý I/2023; trong đó container xuất khẩu 10.215 TEU, container nhập khẩu 8.425 TEU. Trung bình mỗi ngày có khoảng 210 lượt xe container ra vào cảng, thời điểm cao nhất lên tới 340 lượt xe/ngày.

Doanh thu dịch vụ logistics của cảng trong quý ước đạt 46,7 tỷ đồng. Doanh nghiệp đã nộp ngân sách nhà nước gần 5,2 tỷ đồng. Nhờ áp dụng hệ thống quản lý hải quan tự động VASSCM, thời gian làm thủ tục đối với tờ khai luồng xanh chỉ từ 5-10 phút.

Cảng nằm sát Quốc lộ 5 và nút giao Km 67+500 cao tốc Hà Nội - Hải Phòng, cách cảng biển Hải Phòng khoảng 45 km. Theo Quyết định số 979/QĐ-TTg, cảng được quy hoạch đến năm 2030 với quy mô 30 ha, công suất 250.000 TEU/năm.

Hiện toàn huyện có 4 kho bãi, bến thủy nội địa được cấp phép với tổng diện tích trên 36 ha, giải quyết việc làm cho khoảng 1.150 lao động, trong đó 68% là lao động địa phương.

Năm 2024, doanh nghiệp khai thác cảng đặt mục tiêu xếp dỡ 80.000 TEU, tăng 15% so với năm 2023. Huyện đề nghị các ngành chức năng sớm hoàn thành nâng cấp tuyến đường tỉnh 389 nối vào cảng.

Đường dây nóng của Ban Quản lý cảng: 0220.3.711.868.
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")

FIGS = [
    F("quý I tăng hơn 21%", "21", 21, "percent", "%", "sản lượng container Cảng cạn Kim Thành",
      P("quý I", "2024-01-01", "2024-03-31"), approx="over"),
    F("xếp dỡ 18.640 TEU", "18.640", 18640, "measure", "TEU", "container tiếp nhận và xếp dỡ tại Cảng cạn Kim Thành", Q1,
      change=CH("increase", 21.3, baseline="quý I/2023")),
    F("xuất khẩu 10.215 TEU", "10.215", 10215, "measure", "TEU", "container xuất khẩu", Q1, total=18640),
    F("nhập khẩu 8.425 TEU", "8.425", 8425, "measure", "TEU", "container nhập khẩu", Q1, total=18640),
    F("khoảng 210 lượt xe", "210", 210, "count", "lượt xe container", "lượt xe container ra vào cảng mỗi ngày",
      I(Q1), approx="about"),
    F("tới 340 lượt xe/ngày", "340", 340, "measure", "lượt xe/ngày", "lượt xe container ra vào cảng thời điểm cao nhất",
      I(Q1)),
    F("ước đạt 46,7 tỷ đồng", "46,7", 46700000000, "money", "đồng", "doanh thu dịch vụ logistics của cảng",
      P("trong quý", "2024-01-01", "2024-03-31"), status="estimate"),
    F("gần 5,2 tỷ đồng", "5,2", 5200000000, "money", "đồng", "nộp ngân sách nhà nước", I(Q1), approx="nearly"),
    F("từ 5-10 phút", "5", 5, "measure", "phút", "thời gian làm thủ tục đối với tờ khai luồng xanh", I(Q1), value_max=10),
    F("khoảng 45 km", "45", 45, "measure", "km", "khoảng cách từ cảng đến cảng biển Hải Phòng", approx="about"),
    F("quy mô 30 ha", "30", 30, "measure", "ha", "quy mô cảng theo quy hoạch", P("đến năm 2030", None, "2030-12-31"),
      status="target"),
    F("công suất 250.000 TEU/năm", "250.000", 250000, "measure", "TEU/năm", "công suất cảng theo quy hoạch",
      P("đến năm 2030", None, "2030-12-31"), status="target"),
    F("có 4 kho bãi", "4", 4, "count", "kho bãi, bến thủy nội địa", "kho bãi, bến thủy nội địa được cấp phép"),
    F("trên 36 ha", "36", 36, "measure", "ha", "tổng diện tích kho bãi, bến thủy nội địa", approx="over"),
    F("khoảng 1.150 lao động", "1.150", 1150, "count", "lao động", "lao động được giải quyết việc làm", approx="about"),
    F("trong đó 68% là", "68", 68, "percent", "%", "tỷ lệ lao động địa phương"),
    F("xếp dỡ 80.000 TEU", "80.000", 80000, "measure", "TEU", "container xếp dỡ", P("Năm 2024", "2024-01-01", "2024-12-31"),
      status="target", change=CH("increase", 15, baseline="năm 2023")),
]

emit("p384-5", TEXT, [
    "District portal (huyện Kim Thành, Hải Dương): cảng cạn quý I/2024. Dateline 'Cập nhật: 03/04/2024' without time.",
    "Distractors: 'Quốc lộ 5', 'Km 67+500', 'Quyết định số 979/QĐ-TTg', 'đường tỉnh 389', hotline 0220.3.711.868, 'quý I/2023' (baseline).",
    "Location is the district (Kim Thành) throughout; the commune 'xã Cộng Hòa' is not a district.",
    "'trong quý' in the revenue sentence is quý I/2024 (scored); '5,2 tỷ' in its own sentence, period inherited.",
    "'340 lượt xe/ngày' a rate (measure, unit with denominator). '68% là lao động địa phương' after 'trong đó' is a share of 1.150: a percent figure of its own",
    "(a percent has no whole in lao động). Planned scale 'đến năm 2030 … quy mô 30 ha, công suất 250.000 TEU/năm' are targets.",
    "'hiện' (as of now) figures in paragraph 4 carry no period. '5-10 phút' (customs time) inherits the quarter (unscored).",
], FIGS, published="2024-04-03", location="Kim Thành")
