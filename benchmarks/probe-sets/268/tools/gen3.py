from lib import F, P, write

A = """Quảng Trị: Mùa khô 2023-2024 quy tập được 142 hài cốt liệt sĩ
Ngày đăng: 12/06/2024 | Lượt xem: 2.317

Ngày 11/6, Ban Chỉ đạo 515 tỉnh Quảng Trị tổ chức hội nghị tổng kết công tác tìm kiếm, quy tập hài cốt liệt sĩ mùa khô 2023-2024, triển khai nhiệm vụ mùa khô 2024-2025.

Theo báo cáo, từ tháng 10/2023 đến tháng 5/2024, các đội quy tập của tỉnh đã tìm kiếm, quy tập được 142 hài cốt liệt sĩ, đạt 118,3% kế hoạch, tăng 27 hài cốt so với mùa khô trước. Trong đó, quy tập trong nước 58 hài cốt; tại nước bạn Lào 84 hài cốt (tỉnh Savannakhet 51, tỉnh Salavan 33). Qua giám định, đã xác định được danh tính 19 hài cốt, chiếm 13,4%. Toàn bộ hài cốt đã được an táng tại Nghĩa trang liệt sĩ quốc gia Trường Sơn và Nghĩa trang liệt sĩ quốc gia Đường 9 trong lễ truy điệu ngày 25/5/2024.

Giai đoạn 2021-2025, tỉnh được giao chỉ tiêu tìm kiếm, quy tập 600 hài cốt liệt sĩ; từ năm 2021 đến nay đã quy tập được 487 hài cốt, đạt 81,2% chỉ tiêu. Toàn tỉnh hiện có 72 nghĩa trang liệt sĩ với hơn 60.000 mộ, trong đó gần 20.000 mộ chưa xác định được danh tính.

Mùa khô 2024-2025, tỉnh phấn đấu tìm kiếm, quy tập từ 100 đến 120 hài cốt liệt sĩ; kinh phí dự kiến khoảng 9,6 tỷ đồng. Ban Chỉ đạo đề nghị các địa phương tiếp tục thu thập thông tin từ cựu chiến binh, nhân chứng về các khu vực còn mộ liệt sĩ chưa được quy tập.

Mọi thông tin về mộ liệt sĩ xin liên hệ Phòng Người có công, Sở LĐ-TB&XH tỉnh Quảng Trị, số 124 đường Lê Duẩn, TP Đông Hà; điện thoại 0233.3857.415.
"""

MK = P("từ tháng 10/2023 đến tháng 5/2024", "2023-10-01", "2024-05-31")
MKi = dict(MK, inherited=True)
figs = [
    F("quy tập được 142 hài cốt liệt sĩ\n", "142", 142, "count", "hài cốt liệt sĩ",
      "hài cốt liệt sĩ quy tập mùa khô 2023-2024"),
    F("được 142 hài cốt liệt sĩ,", "142", 142, "count", "hài cốt liệt sĩ", "hài cốt liệt sĩ tìm kiếm, quy tập",
      percent=118.3, change={"direction": "increase", "value": 27, "unit": "hài cốt", "baseline": "mùa khô trước"},
      period=MK),
    F("nước 58 hài cốt", "58", 58, "count", "hài cốt", "hài cốt quy tập trong nước", total=142, period=MKi),
    F("Lào 84 hài cốt", "84", 84, "count", "hài cốt", "hài cốt quy tập tại nước bạn Lào", total=142, period=MKi),
    F("Savannakhet 51", "51", 51, "count", "hài cốt", "hài cốt quy tập tại tỉnh Savannakhet", total=84, period=MKi),
    F("Salavan 33", "33", 33, "count", "hài cốt", "hài cốt quy tập tại tỉnh Salavan", total=84, period=MKi),
    F("danh tính 19 hài cốt", "19", 19, "count", "hài cốt", "hài cốt xác định được danh tính", percent=13.4,
      period=MKi),
    F("quy tập 600 hài cốt", "600", 600, "count", "hài cốt liệt sĩ", "chỉ tiêu tìm kiếm, quy tập hài cốt liệt sĩ",
      status="target", period=P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
    F("được 487 hài cốt", "487", 487, "count", "hài cốt", "hài cốt liệt sĩ đã quy tập", percent=81.2,
      period=P("từ năm 2021 đến nay", "2021-01-01", "2024-06-12")),
    F("có 72 nghĩa trang", "72", 72, "count", "nghĩa trang liệt sĩ", "nghĩa trang liệt sĩ"),
    F("hơn 60.000 mộ", "60.000", 60000, "count", "mộ", "mộ liệt sĩ trong các nghĩa trang", approx="over"),
    F("gần 20.000 mộ", "20.000", 20000, "count", "mộ", "mộ chưa xác định được danh tính", approx="nearly",
      total=60000),
    F("từ 100 đến 120", "100", 100, "count", "hài cốt liệt sĩ", "hài cốt liệt sĩ tìm kiếm, quy tập mùa khô 2024-2025",
      value_max=120, status="target"),
    F("khoảng 9,6 tỷ", "9,6", 9.6e9, "money", "đồng", "kinh phí tìm kiếm, quy tập mùa khô 2024-2025",
      approx="about", status="forecast"),
]
write(3, [
    "Sở LĐ-TB&XH Quảng Trị (department site): search for and gathering of martyrs' remains, dry season 2023-2024.",
    "Dateline 'Ngày đăng: 12/06/2024 | Lượt xem: 2.317' (counter is furniture). Distractors: 'Ban Chỉ đạo 515' (name), 'Đường 9' (name),",
    "'Ngày 11/6', 'ngày 25/5/2024', address 'số 124 đường Lê Duẩn', phone 0233.3857.415, 'mùa khô 2023-2024' (season label).",
    "The headline 142 has no stated period (a season label is not a period of the spec's table): no period. The body period is",
    "'từ tháng 10/2023 đến tháng 5/2024'. 'đạt 118,3% kế hoạch' is a percent, 'tăng 27 hài cốt so với mùa khô trước' a change.",
    "Bracket '(tỉnh Savannakhet 51, tỉnh Salavan 33)' is a breakdown of 84 (total 84). Lao provinces are foreign: not locations",
    "(like a foreign investor), so the figures keep Quảng Trị. '19 hài cốt, chiếm 13,4%' has no part-of cue, so no total.",
    "600 is a plan figure of its own (chỉ tiêu, target); 487 is not given a target attribute (as in shared h23). 'từ năm 2021 đến nay'",
    "ends at the dateline. Next season: range target, 'dự kiến' forecast; 'Mùa khô 2024-2025' gives no period.",
], A, figs, published="2024-06-12", location="Quảng Trị")
