from lib import F, P, CH, emit

TEXT = """ỦY BAN NHÂN DÂN HUYỆN ĐỨC HÒA - TỈNH LONG AN
Tin tức - Sự kiện » Văn hóa - Xã hội

Hòa giải thành 18 vụ tranh chấp lao động trong quý III/2024

Theo Phòng Lao động - Thương binh và Xã hội huyện Đức Hòa, trong quý III/2024, hòa giải viên lao động của huyện đã tiếp nhận 26 vụ tranh chấp lao động cá nhân yêu cầu hòa giải, tăng 4 vụ so với quý II/2024. Trong đó, hòa giải thành 18 vụ (chiếm 69,2%); 5 vụ hòa giải không thành được hướng dẫn chuyển Hội đồng trọng tài lao động hoặc Tòa án nhân dân; 3 vụ đương sự rút đơn.

Nội dung tranh chấp chủ yếu liên quan đến đơn phương chấm dứt hợp đồng lao động (11 vụ), tiền lương, tiền thưởng (9 vụ) và xử lý kỷ luật lao động (6 vụ).

Cũng trong quý, huyện ghi nhận 2 doanh nghiệp tại Khu công nghiệp Tân Đức và Cụm công nghiệp Hải Sơn chậm trả lương cho khoảng 640 công nhân với số tiền hơn 4,1 tỷ đồng. Đến nay, các doanh nghiệp đã thanh toán 3,6 tỷ đồng, số còn lại cam kết trả dứt điểm trước ngày 15/10/2024.

Tính đến hết tháng 9, toàn huyện có 612 doanh nghiệp tham gia BHXH bắt buộc cho 71.350 lao động; số nợ BHXH là 38,2 tỷ đồng, giảm 6,4 tỷ đồng so với cuối năm 2023.

Quý IV/2024, huyện phấn đấu hòa giải thành trên 70% số vụ tranh chấp; tổ chức đối thoại tại 100% doanh nghiệp có từ 50 lao động trở lên theo quy định của Bộ luật Lao động.

Mọi thông tin liên hệ: Phòng LĐ-TB&XH huyện, số 35 đường Hoàng Hoa Thám, thị trấn Hậu Nghĩa; điện thoại 0272.3850.215.

Phòng LĐ-TB&XH huyện Đức Hòa
07/10/2024
"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Q3i = P("quý III/2024", "2024-07-01", "2024-09-30", inh=True)
CQ = P("Cũng trong quý", "2024-07-01", "2024-09-30")
DN = P("Đến nay", None, "2024-10-07")
T9 = P("Tính đến hết tháng 9", None, "2024-09-30")
Q4 = P("Quý IV/2024", "2024-10-01", "2024-12-31")

FIGS = [
    F("Hòa giải thành 18 vụ", "18", 18, "count", "vụ", "vụ tranh chấp lao động hòa giải thành", Q3, optional=True),
    F("tiếp nhận 26 vụ", "26", 26, "count", "vụ", "vụ tranh chấp lao động cá nhân yêu cầu hòa giải", Q3,
      change=CH("increase", 4, "vụ", "quý II/2024")),
    F("hòa giải thành 18 vụ (chiếm", "18", 18, "count", "vụ", "vụ tranh chấp lao động hòa giải thành", Q3i,
      total=26, percent=69.2),
    F("5 vụ hòa giải không thành", "5", 5, "count", "vụ", "vụ hòa giải không thành", Q3i, total=26),
    F("3 vụ đương sự rút đơn", "3", 3, "count", "vụ", "vụ đương sự rút đơn", Q3i, total=26),
    F("(11 vụ)", "11", 11, "count", "vụ", "tranh chấp liên quan đến đơn phương chấm dứt hợp đồng lao động", Q3i),
    F("(9 vụ)", "9", 9, "count", "vụ", "tranh chấp liên quan đến tiền lương, tiền thưởng", Q3i),
    F("(6 vụ)", "6", 6, "count", "vụ", "tranh chấp liên quan đến xử lý kỷ luật lao động", Q3i),
    F("ghi nhận 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp", "doanh nghiệp chậm trả lương", CQ),
    F("khoảng 640 công nhân", "640", 640, "count", "công nhân", "công nhân bị chậm trả lương", CQ, approx="about"),
    F("hơn 4,1 tỷ đồng", "4,1", 4100000000, "money", "đồng", "số tiền lương chậm trả", CQ, approx="over"),
    F("thanh toán 3,6 tỷ đồng", "3,6", 3600000000, "money", "đồng", "tiền lương các doanh nghiệp đã thanh toán", DN),
    F("có 612 doanh nghiệp", "612", 612, "count", "doanh nghiệp", "doanh nghiệp tham gia BHXH bắt buộc", T9),
    F("cho 71.350 lao động", "71.350", 71350, "count", "lao động", "lao động tham gia BHXH bắt buộc", T9),
    F("là 38,2 tỷ đồng", "38,2", 38200000000, "money", "đồng", "số nợ BHXH", T9,
      change=CH("decrease", 6400000000, "đồng", "cuối năm 2023")),
    F("trên 70% số vụ", "70", 70, "percent", "%", "vụ tranh chấp hòa giải thành", Q4, approx="over", status="target"),
    F("tại 100% doanh nghiệp", "100", 100, "percent", "%", "doanh nghiệp tổ chức đối thoại", Q4, status="target"),
    F("từ 50 lao động", "50", 50, "count", "lao động", "lao động của doanh nghiệp", Q4, approx="at_least",
      status="target", optional=True),
]

COMMENTS = [
    "District portal (UBND huyện Đức Hòa, Long An): labour-dispute mediation in quý III/2024, wage arrears, BHXH; no dateline at the top,",
    "the bare date '07/10/2024' at the end is the article's date (so 'Đến nay' ends 2024-10-07). Location: the district Đức Hòa.",
    "'Trong đó, hòa giải thành 18 vụ …; 5 vụ …; 3 vụ …' are parts of the 26 vụ (18+5+3 = 26). The topic breakdown (11/9/6) has no cue: no total.",
    "'Cũng trong quý' = quý III/2024. 'Tính đến hết tháng 9' takes 2024 from quý III/2024. 'giảm 6,4 tỷ đồng so với cuối năm 2023' is a change in đồng.",
    "Headline '18 vụ' restates the body (optional); 'từ 50 lao động trở lên' is a threshold (optional). Not figures: trước ngày 15/10/2024, address, phone.",
]

emit("p305-6", TEXT, COMMENTS, FIGS, published="2024-10-07", location="Đức Hòa")
