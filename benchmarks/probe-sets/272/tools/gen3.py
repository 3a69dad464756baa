from lib import F, P, CH, TG, build

ART = """Bình Dương: 9 tháng tiết kiệm hơn 146 nghìn TOE
Ngày đăng: 24/10/2024 | Lượt xem: 652

Theo Sở Công Thương, 9 tháng năm 2024, các cơ sở sử dụng năng lượng trọng điểm trên địa bàn tỉnh đã tiết kiệm được hơn 146 nghìn TOE, tương đương 3,4% tổng năng lượng tiêu thụ, tăng 0,6 điểm phần trăm so với cùng kỳ năm 2023.

Toàn tỉnh hiện có 612 cơ sở sử dụng năng lượng trọng điểm (tăng 38 cơ sở so với năm 2023), trong đó 587 cơ sở công nghiệp, 19 tòa nhà và 6 cơ sở nông nghiệp. Trong số này, 441 cơ sở đã thực hiện kiểm toán năng lượng bắt buộc, chiếm 72,1%. Bên cạnh đó, 95 doanh nghiệp đã áp dụng hệ thống quản lý năng lượng theo tiêu chuẩn ISO 50001.

Chương trình sử dụng năng lượng tiết kiệm và hiệu quả của tỉnh giai đoạn 2021-2025 có tổng kinh phí 18,6 tỷ đồng, trong đó ngân sách tỉnh 12,4 tỷ đồng, còn lại là vốn đối ứng của doanh nghiệp.

Từ đầu năm đến nay, Sở đã hỗ trợ 27 doanh nghiệp thay thế 1.350 động cơ điện hiệu suất thấp và lắp đặt điện mặt trời mái nhà tự sản, tự tiêu với tổng công suất 42,5 MWp; sản lượng điện tiết kiệm ước đạt 61 triệu kWh.

Năm 2025, tỉnh phấn đấu tiết kiệm từ 5% đến 7% tổng mức tiêu thụ năng lượng; mức tiêu hao năng lượng trên một đơn vị GRDP giảm ít nhất 1,5%/năm.

Doanh nghiệp có nhu cầu tư vấn kiểm toán năng lượng liên hệ Phòng Quản lý năng lượng, Tầng 8, tháp A, Trung tâm Hành chính tỉnh, điện thoại 0274.3822.542 (theo Luật Sử dụng năng lượng tiết kiệm và hiệu quả năm 2010 và Nghị định số 21/2011/NĐ-CP).

Phòng Quản lý năng lượng
"""

T9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
GD = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
TD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-24")
N25 = P("Năm 2025", "2025-01-01", "2025-12-31")
CS = "cơ sở sử dụng năng lượng trọng điểm"

FIGS = [
    F("tiết kiệm hơn 146 nghìn TOE", "146", 146000, "measure", "TOE", "năng lượng tiết kiệm",
      approx="over", period=P("9 tháng", "2024-01-01", "2024-09-30")),
    F("được hơn 146 nghìn TOE", "146", 146000, "measure", "TOE", "năng lượng tiết kiệm của các cơ sở sử dụng năng lượng trọng điểm",
      approx="over", percent=3.4, change=CH("+", 0.6, "điểm phần trăm", "cùng kỳ năm 2023"), period=T9),
    F("có 612 cơ sở", "612", 612, "count", "cơ sở", CS, change=CH("+", 38, "cơ sở", "năm 2023")),
    F("587 cơ sở công nghiệp", "587", 587, "count", "cơ sở công nghiệp", CS + " cơ sở công nghiệp", total=612),
    F("19 tòa nhà", "19", 19, "count", "tòa nhà", CS + " tòa nhà", total=612),
    F("6 cơ sở nông nghiệp", "6", 6, "count", "cơ sở nông nghiệp", CS + " cơ sở nông nghiệp", total=612),
    F("441 cơ sở", "441", 441, "count", "cơ sở", "cơ sở đã thực hiện kiểm toán năng lượng bắt buộc", total=612, percent=72.1),
    F("95 doanh nghiệp", "95", 95, "count", "doanh nghiệp", "doanh nghiệp áp dụng hệ thống quản lý năng lượng theo ISO 50001"),
    F("kinh phí 18,6 tỷ đồng", "18,6", 18600000000, "money", "đồng",
      "tổng kinh phí chương trình sử dụng năng lượng tiết kiệm và hiệu quả", period=GD),
    F("tỉnh 12,4 tỷ đồng", "12,4", 12400000000, "money", "đồng", "kinh phí chương trình từ ngân sách tỉnh",
      total=18600000000, period=GD),
    F("hỗ trợ 27 doanh nghiệp", "27", 27, "count", "doanh nghiệp", "doanh nghiệp được hỗ trợ", period=TD),
    F("thay thế 1.350 động cơ", "1.350", 1350, "count", "động cơ điện", "động cơ điện hiệu suất thấp được thay thế", period=TD),
    F("công suất 42,5 MWp", "42,5", 42.5, "measure", "MWp", "tổng công suất điện mặt trời mái nhà tự sản, tự tiêu", period=TD),
    F("ước đạt 61 triệu kWh", "61", 61000000, "measure", "kWh", "sản lượng điện tiết kiệm", status="estimate", period=TD),
    F("từ 5% đến 7%", "5", 5, "percent", "%", "tiết kiệm tổng mức tiêu thụ năng lượng", value_max=7,
      status="target", period=N25),
    F("ít nhất 1,5%/năm", "1,5", 1.5, "percent", "%", "mức tiêu hao năng lượng trên một đơn vị GRDP giảm",
      approx="at_least", status="target", period=N25),
]

COMMENTS = [
    "Department site (Sở Công Thương Bình Dương), 'Ngày đăng: 24/10/2024 | Lượt xem: 652': energy saving 9 months 2024,",
    "designated energy users, audits, programme budget 2021-2025, support since the start of the year, 2025 targets.",
    "Distractors: 'ISO 50001', 'Tầng 8', phone '0274.3822.542', 'Luật … năm 2010', 'Nghị định số 21/2011/NĐ-CP', view counter.",
    "Headline '9 tháng' takes the year of published (2024). 'tương đương 3,4%' is the share of 146 nghìn TOE; 'tăng 0,6 điểm",
    "phần trăm' is its change (one change per figure; the change after the share attaches to the figure).",
    "'(tăng 38 cơ sở so với năm 2023)' is the change of 612 across the bracket; 'trong đó' parts add up to 612.",
    "'Trong số này, 441 cơ sở' has total 612 ('trong số N'). 95 doanh nghiệp: new sentence, no cue, no total.",
    "'Từ đầu năm đến nay' = 2024-01-01 … published 2024-10-24. '1,5%/năm' kept as unit '%' (a yearly rate of decrease, target).",
]

build(3, ART, FIGS, COMMENTS, published="2024-10-24", location="Bình Dương")
