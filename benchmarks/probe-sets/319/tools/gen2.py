from lib import F, P, ch, emit

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH HÀ NAM
Trang chủ / Tin tức / Khoáng sản - Địa chất

Thu ngân sách từ hoạt động khoáng sản 9 tháng năm 2024 đạt 79,6% dự toán

Ngày đăng: 08/10/2024 | Lượt xem: 643

Theo số liệu phối hợp với Cục Thuế tỉnh, 9 tháng năm 2024, tổng thu ngân sách từ hoạt động khai thác khoáng sản trên địa bàn tỉnh ước đạt 412,8 tỷ đồng, bằng 79,6% dự toán năm, tăng 12,3% so với cùng kỳ năm 2023. Trong đó: thuế tài nguyên 168,4 tỷ đồng, chiếm 40,8%; phí bảo vệ môi trường đối với khai thác khoáng sản 127,5 tỷ đồng; tiền cấp quyền khai thác khoáng sản 116,9 tỷ đồng.

Riêng quý III/2024, số thu đạt 139,2 tỷ đồng, giảm 4,1% so với quý II do mưa lớn kéo dài, nhiều mỏ đá tại huyện Thanh Liêm và huyện Kim Bảng phải tạm dừng nổ mìn từ 15 đến 20 ngày. Sản lượng đá xây dựng khai thác 9 tháng ước khoảng 11,2 triệu m³, tương đương 74% công suất được cấp phép.

Về nợ đọng, tính đến 30/9/2024 còn 14 doanh nghiệp nợ tiền cấp quyền khai thác khoáng sản với tổng số tiền hơn 23,6 tỷ đồng; Sở đã ban hành 9 văn bản đôn đốc và đề nghị Cục Thuế cưỡng chế 3 doanh nghiệp nợ kéo dài trên 90 ngày.

Để hoàn thành dự toán năm 2024 là 518 tỷ đồng, Sở đề nghị các doanh nghiệp kê khai đúng sản lượng thực tế; 100% mỏ đang hoạt động phải lắp đặt trạm cân và camera giám sát trước ngày 31/12/2024 theo Nghị định số 10/2023/NĐ-CP của Chính phủ.

Phòng Khoáng sản - Sở TN&MT
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
D30 = P("tính đến 30/9/2024", None, "2024-09-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
TOT = 412.8e9

FIGS = [
    F("năm 2024 đạt 79,6% dự toán", "79,6", 79.6, "percent", "%",
      "thu ngân sách từ hoạt động khoáng sản so với dự toán", M9),
    F("ước đạt 412,8 tỷ đồng", "412,8", TOT, "money", "đồng",
      "tổng thu ngân sách từ hoạt động khai thác khoáng sản", M9, status="estimate", percent=79.6,
      change=ch("increase", 12.3, "%", "cùng kỳ năm 2023")),
    F("thuế tài nguyên 168,4 tỷ đồng", "168,4", 168.4e9, "money", "đồng", "thuế tài nguyên", M9i,
      status="estimate", total=TOT, percent=40.8),
    F("khoáng sản 127,5 tỷ đồng", "127,5", 127.5e9, "money", "đồng",
      "phí bảo vệ môi trường đối với khai thác khoáng sản", M9i, status="estimate", total=TOT),
    F("khoáng sản 116,9 tỷ đồng", "116,9", 116.9e9, "money", "đồng", "tiền cấp quyền khai thác khoáng sản", M9i,
      status="estimate", total=TOT),
    F("số thu đạt 139,2 tỷ đồng", "139,2", 139.2e9, "money", "đồng", "số thu", Q3,
      change=ch("decrease", 4.1, "%", "quý II")),
    F("từ 15 đến 20 ngày", "15", 15, "measure", "ngày", "thời gian tạm dừng nổ mìn", Q3, value_max=20,
      optional=True),
    F("ước khoảng 11,2 triệu m³", "11,2", 11.2e6, "measure", "m³", "sản lượng đá xây dựng khai thác",
      P("9 tháng", "2024-01-01", "2024-09-30"), approx="about", status="estimate", percent=74),
    F("còn 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp",
      "doanh nghiệp nợ tiền cấp quyền khai thác khoáng sản", D30),
    F("hơn 23,6 tỷ đồng", "23,6", 23.6e9, "money", "đồng", "tổng số tiền nợ cấp quyền khai thác khoáng sản", D30,
      approx="over"),
    F("ban hành 9 văn bản", "9", 9, "count", "văn bản", "văn bản đôn đốc", D30),
    F("cưỡng chế 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", "doanh nghiệp nợ kéo dài trên 90 ngày đề nghị cưỡng chế", D30),
    F("trên 90 ngày", "90", 90, "measure", "ngày", "thời gian nợ kéo dài", approx="over", optional=True),
    F("là 518 tỷ đồng", "518", 518e9, "money", "đồng", "dự toán thu ngân sách từ khoáng sản", Y24, status="target"),
    F("100% mỏ đang hoạt động", "100", 100, "percent", "%",
      "mỏ đang hoạt động phải lắp đặt trạm cân và camera giám sát",
      P("trước ngày 31/12/2024", None, "2024-12-31"), status="target"),
]

COMMENTS = [
    "Department site (Sở TN&MT Hà Nam): budget revenue from mining, 9 months 2024, by revenue type; Q3; debts at 30/9; year plan.",
    "'Ngày đăng: 08/10/2024 | Lượt xem: 643' dateline + counter. Default location Hà Nam (named in the site's header).",
    "Headline 79,6% is a figure (percent); in the body it is the share of 412,8 tỷ ('bằng 79,6% dự toán năm').",
    "'Trong đó:' parts (new sentence) take total 412,8 tỷ; they continue the 'ước đạt' clause → status estimate; '168,4 …, chiếm 40,8%' percent.",
    "'giảm 4,1% so với quý II' change of 139,2 tỷ. 'từ 15 đến 20 ngày' (a stoppage length) and threshold 'trên 90 ngày': optional.",
    "'tương đương 74% công suất' is the share of 11,2 triệu m³. 'dự toán năm 2024 là 518 tỷ đồng' a target figure; '100% mỏ … phải lắp' target, deadline 31/12/2024.",
    "The clause after ';' ('Sở đã ban hành 9 văn bản …, cưỡng chế 3 doanh nghiệp') shares the sentence's 'tính đến 30/9/2024'.",
    "Distractors: 'Nghị định số 10/2023/NĐ-CP', dates, view counter, 'quý II' baseline.",
    "revised: subject of 'cưỡng chế 3 doanh nghiệp' now keeps the noun phrase the sentence gives ('doanh nghiệp nợ kéo dài trên 90 ngày').",
]

emit("p319-2", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Hà Nam")
