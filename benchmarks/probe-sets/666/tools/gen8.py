from lib import F, P, I, CH, emit

TEXT = """BỆNH VIỆN HỮU NGHỊ VIỆT ĐỨC
Trang chủ » Tin tức » Hoạt động chuyên môn
Ngày cập nhật 11/07/2025

6 tháng đầu năm 2025: Trung tâm Ghép tạng thực hiện 187 ca ghép

Sáu tháng đầu năm 2025, Trung tâm Ghép tạng - Bệnh viện Hữu nghị Việt Đức (Hà Nội) đã thực hiện 187 ca ghép tạng, đạt 52% kế hoạch năm, trong đó ghép thận 121 ca, ghép gan 49 ca, ghép tim 12 ca và ghép phổi 5 ca. Số ca ghép từ người hiến chết não là 63 ca, chiếm 33,7% (cùng kỳ năm 2024 là 41 ca).

Ngân hàng Mô của bệnh viện đã cung cấp 1.240 đơn vị mô xương, gân, tăng 18% so với cùng kỳ, và 315 mảnh da ghép cho người bệnh bỏng. Từ đầu năm đến nay, bệnh viện đã tiếp nhận 2.135 hồ sơ đăng ký hiến mô, tạng sau khi chết, tăng 35% so với cùng kỳ.

Hiện có 1.532 người bệnh đăng ký chờ ghép tại bệnh viện, trong đó 1.206 người chờ ghép thận, 287 người chờ ghép gan và 39 người chờ ghép tim. Thời gian chờ trung bình để được ghép thận từ người hiến chết não là 3-5 năm.

Tỷ lệ sống sau 1 năm của người bệnh ghép tim đạt 87%, ghép gan 92,4%. Chi phí một ca ghép tim khoảng 1,2 tỷ đồng, trong đó quỹ BHYT chi trả gần 700 triệu đồng.

Bệnh viện phấn đấu năm 2025 thực hiện 360 ca ghép tạng, đồng thời mở rộng ghép tụy - thận.

Bệnh viện Hữu nghị Việt Đức - Số 40 Tràng Thi, Hoàn Kiếm, Hà Nội. Tổng đài: 024.3825.3531
"""

H1 = P("Sáu tháng đầu năm 2025", "2025-01-01", "2025-06-30")

FIGS = [
    F("thực hiện 187 ca ghép\n", "187", 187, "count", "ca", "ca ghép Trung tâm Ghép tạng thực hiện",
      P("6 tháng đầu năm 2025", "2025-01-01", "2025-06-30")),
    F("thực hiện 187 ca ghép tạng", "187", 187, "count", "ca", "ca ghép tạng Trung tâm Ghép tạng thực hiện", H1,
      percent=52),
    F("thận 121 ca", "121", 121, "count", "ca", "ca ghép thận", H1, total=187),
    F("gan 49 ca", "49", 49, "count", "ca", "ca ghép gan", H1, total=187),
    F("tim 12 ca", "12", 12, "count", "ca", "ca ghép tim", H1, total=187),
    F("phổi 5 ca", "5", 5, "count", "ca", "ca ghép phổi", H1, total=187),
    F("là 63 ca", "63", 63, "count", "ca", "ca ghép từ người hiến chết não", I(H1), percent=33.7),
    F("là 41 ca", "41", 41, "count", "ca", "ca ghép từ người hiến chết não cùng kỳ năm 2024",
      P("cùng kỳ năm 2024", "2024-01-01", "2024-06-30")),
    F("1.240 đơn vị", "1.240", 1240, "count", "đơn vị", "mô xương, gân Ngân hàng Mô cung cấp", I(H1),
      change=CH("increase", 18, "%", "cùng kỳ")),
    F("315 mảnh da", "315", 315, "count", "mảnh da", "mảnh da ghép cho người bệnh bỏng", I(H1)),
    F("tiếp nhận 2.135 hồ sơ", "2.135", 2135, "count", "hồ sơ", "hồ sơ đăng ký hiến mô, tạng sau khi chết",
      P("Từ đầu năm đến nay", "2025-01-01", "2025-07-11"), change=CH("increase", 35, "%", "cùng kỳ")),
    F("có 1.532 người bệnh", "1.532", 1532, "count", "người bệnh", "người bệnh đăng ký chờ ghép tại bệnh viện"),
    F("1.206 người", "1.206", 1206, "count", "người", "người chờ ghép thận", total=1532),
    F("287 người", "287", 287, "count", "người", "người chờ ghép gan", total=1532),
    F("39 người", "39", 39, "count", "người", "người chờ ghép tim", total=1532),
    F("là 3-5 năm", "3", 3, "measure", "năm",
      "thời gian chờ trung bình để được ghép thận từ người hiến chết não", value_max=5),
    F("sau 1 năm", "1", 1, "measure", "năm", optional=True),
    F("đạt 87%", "87", 87, "percent", "%", "tỷ lệ sống sau 1 năm của người bệnh ghép tim"),
    F("ghép gan 92,4%", "92,4", 92.4, "percent", "%", "tỷ lệ sống sau 1 năm của người bệnh ghép gan"),
    F("khoảng 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "chi phí một ca ghép tim", approx="about"),
    F("gần 700 triệu đồng", "700", 700e6, "money", "đồng", "quỹ BHYT chi trả cho một ca ghép tim",
      approx="nearly", total=1.2e9),
    F("thực hiện 360 ca", "360", 360, "count", "ca", "ca ghép tạng", P("năm 2025", "2025-01-01", "2025-12-31"),
      status="target"),
]

COMMENTS = [
    "Hospital site (Bệnh viện Hữu nghị Việt Đức, Hà Nội): 6 tháng đầu năm 2025 — transplants, brain-dead share, tissue bank, waiting list, survival, cost.",
    "'Ngày cập nhật 11/07/2025' (no time) is the dateline. Location Hà Nội (named in the lead and the address).",
    "'đạt 52% kế hoạch năm' is the percent of 187 (no target number is given there); the plan 360 is its own target figure later.",
    "Organ parts after 'trong đó' add up to 187: total. '63 ca, chiếm 33,7%': percent, no total (no part-of cue).",
    "'(cùng kỳ năm 2024 là 41 ca)' is a baseline amount, a figure of its own, period = first half of 2024.",
    "'tăng 18% so với cùng kỳ' stands before ', và 315 mảnh da': it belongs to 1.240 only. Waiting-list parts add up to 1.532.",
    "'3-5 năm' (waiting time) is the claim: a measure range. 'sau 1 năm' (horizon) optional. '700 triệu' after 'trong đó' is part of 1,2 tỷ.",
    "'Từ đầu năm đến nay' runs from 1 January 2025 to the dateline.",
    "Distractors: 'Số 40 Tràng Thi', phone 024.3825.3531, 'ghép tụy - thận'.",
]

emit("p666-8", TEXT, COMMENTS, FIGS, published="2025-07-11", location="Hà Nội")
