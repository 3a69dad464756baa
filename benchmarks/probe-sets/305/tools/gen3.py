from lib import F, P, CH, emit

TEXT = """Thời sự > Lao động - Việc làm
Thứ ba, 2/7/2024, 10:15 (GMT+7)

Lương tối thiểu vùng tăng 6%, cao nhất gần 5 triệu đồng/tháng

Khoảng 2,4 triệu lao động hưởng lương sát mức tối thiểu được tăng thu nhập khi Nghị định 74/2024/NĐ-CP có hiệu lực.

Nghị định 74/2024/NĐ-CP của Chính phủ quy định mức lương tối thiểu đối với người lao động làm việc theo hợp đồng lao động có hiệu lực từ ngày 1/7/2024. Theo đó, lương tối thiểu vùng tăng 6% so với mức hiện hành.

Cụ thể, mức lương tối thiểu tháng vùng I là 4.960.000 đồng/tháng (tăng 280.000 đồng), vùng II 4.410.000 đồng/tháng (tăng 250.000 đồng), vùng III 3.860.000 đồng/tháng (tăng 220.000 đồng), vùng IV 3.450.000 đồng/tháng (tăng 200.000 đồng). Mức lương tối thiểu giờ dao động từ 15.600 đến 23.800 đồng/giờ tùy vùng.

Theo Bộ Lao động - Thương binh và Xã hội, chi phí tăng thêm của doanh nghiệp ước khoảng 2.710 tỷ đồng mỗi tháng (tương đương 0,4% tổng chi phí). Mức tăng này được Hội đồng Tiền lương quốc gia thống nhất tại phiên họp thứ hai ngày 12/12/2023; phía Tổng Liên đoàn Lao động Việt Nam đề xuất tăng 7,3%, đại diện giới sử dụng lao động đề xuất tăng 5%.

Khảo sát của Viện Công nhân và Công đoàn tại 1.200 doanh nghiệp cho thấy tiền lương bình quân của lao động trực tiếp sản xuất năm 2023 đạt 7,8 triệu đồng/tháng, cao hơn 57% so với mức lương tối thiểu vùng I. Cũng theo khảo sát, gần 21% người lao động cho biết thu nhập chỉ đủ chi tiêu tối thiểu, phải làm thêm giờ.

Bà Nguyễn Thị Hà, Phó Chủ tịch Tổng Liên đoàn, cho rằng mức tăng giúp người lao động bù đắp trượt giá, song công đoàn sẽ tiếp tục đề nghị điều chỉnh vào năm 2025.

Hồng Chiêu
Ý kiến (12)
"""

JUL = P("từ ngày 1/7/2024", "2024-07-01", None, inh=True)
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
LTT = "mức lương tối thiểu tháng"

FIGS = [
    F("vùng tăng 6%, cao nhất", "6", 6, "percent", "%", "lương tối thiểu vùng", optional=True),
    F("gần 5 triệu đồng/tháng", "5", 5000000, "money", "đồng/tháng", "lương tối thiểu vùng cao nhất",
      approx="nearly", optional=True),
    F("Khoảng 2,4 triệu lao động", "2,4", 2400000, "count", "lao động",
      "lao động hưởng lương sát mức tối thiểu được tăng thu nhập", approx="about"),
    F("vùng tăng 6% so với", "6", 6, "percent", "%", "lương tối thiểu vùng", JUL),
    F("là 4.960.000 đồng/tháng", "4.960.000", 4960000, "money", "đồng/tháng", LTT + " vùng I", JUL,
      change=CH("increase", 280000, "đồng")),
    F("vùng II 4.410.000 đồng/tháng", "4.410.000", 4410000, "money", "đồng/tháng", LTT + " vùng II", JUL,
      change=CH("increase", 250000, "đồng")),
    F("vùng III 3.860.000 đồng/tháng", "3.860.000", 3860000, "money", "đồng/tháng", LTT + " vùng III", JUL,
      change=CH("increase", 220000, "đồng")),
    F("vùng IV 3.450.000 đồng/tháng", "3.450.000", 3450000, "money", "đồng/tháng", LTT + " vùng IV", JUL,
      change=CH("increase", 200000, "đồng")),
    F("từ 15.600 đến 23.800", "15.600", 15600, "money", "đồng/giờ", "mức lương tối thiểu giờ", JUL,
      value_max=23800),
    F("ước khoảng 2.710 tỷ đồng", "2.710", 2710000000000, "money", "đồng", "chi phí tăng thêm của doanh nghiệp",
      approx="about", status="estimate", percent=0.4),
    F("đề xuất tăng 7,3%", "7,3", 7.3, "percent", "%", "mức tăng lương tối thiểu Tổng Liên đoàn Lao động Việt Nam đề xuất"),
    F("đề xuất tăng 5%", "5", 5, "percent", "%", "mức tăng lương tối thiểu giới sử dụng lao động đề xuất"),
    F("tại 1.200 doanh nghiệp", "1.200", 1200, "count", "doanh nghiệp", "doanh nghiệp được khảo sát", Y23),
    F("đạt 7,8 triệu đồng/tháng", "7,8", 7800000, "money", "đồng/tháng",
      "tiền lương bình quân của lao động trực tiếp sản xuất", Y23,
      change=CH("increase", 57, "%", "mức lương tối thiểu vùng I")),
    F("gần 21% người lao động", "21", 21, "percent", "%",
      "người lao động có thu nhập chỉ đủ chi tiêu tối thiểu", Y23i, approx="nearly"),
]

COMMENTS = [
    "National press (news site): regional minimum wage +6% from 1/7/2024 (Nghị định 74/2024/NĐ-CP). Dateline 'Thứ ba, 2/7/2024, 10:15 (GMT+7)'.",
    "The validity date stands in its own sentence, so the wage levels carry 'từ ngày 1/7/2024' as an inherited period (start only, not scored).",
    "Each level carries its bracketed increase as change (unit đồng). 'từ 15.600 đến 23.800 đồng/giờ' is one range figure.",
    "'ước khoảng 2.710 tỷ đồng mỗi tháng (tương đương 0,4% …)': approx about, estimate, percent 0.4. Proposals (7,3%, 5%) are percent figures, status actual.",
    "'cao hơn 57% so với mức lương tối thiểu vùng I' is the change of 7,8 triệu. Headline '6%' and 'gần 5 triệu' restate the body (optional).",
    "Not figures: decree number, 'phiên họp thứ hai', 12/12/2023, 'năm 2025', '(GMT+7)', 'Ý kiến (12)' (comment count), 'vùng I..IV' (labels).",
]

emit("p305-3", TEXT, COMMENTS, FIGS, published="2024-07-02", location="Việt Nam")
