from lib import F, P, ch, emit

TEXT = """Tai nạn đường thủy nội địa giảm cả ba tiêu chí

Thứ hai, 16/12/2024, 14:20 (GMT+7)

11 tháng năm 2024, cả nước xảy ra 91 vụ tai nạn giao thông đường thủy nội địa, giảm 11 vụ so với cùng kỳ năm 2023; làm chết và mất tích 68 người, giảm 9 người; bị thương 23 người, giảm 4 người.

Theo Cục Cảnh sát giao thông (Bộ Công an), các vụ tai nạn chủ yếu xảy ra tại khu vực đồng bằng sông Cửu Long, chiếm 57,1% tổng số vụ; nhiều nhất là Cà Mau (9 vụ), Kiên Giang (7 vụ), Sóc Trăng (6 vụ) và Bạc Liêu (5 vụ). Riêng vụ chìm ghe trên sông Hậu hồi tháng 7 tại Cần Thơ làm 4 người tử vong.

Nguyên nhân chính là phương tiện không đủ điều kiện an toàn, người điều khiển không có bằng, chứng chỉ chuyên môn. Trong 11 tháng, lực lượng Cảnh sát đường thủy đã kiểm tra gần 93.000 lượt phương tiện, phát hiện 41.260 trường hợp vi phạm, xử phạt trên 96,5 tỷ đồng; tạm giữ 1.874 phương tiện, tước 312 giấy phép, bằng, chứng chỉ chuyên môn.

Đáng chú ý, cả nước vẫn còn khoảng 1.300 bến khách ngang sông chưa được cấp phép, tập trung ở các tỉnh miền núi phía Bắc và Tây Nguyên; nhiều bến hoạt động tự phát, sử dụng thuyền gỗ, bè mảng.

Ông Nguyễn Văn Phúc, Phó Cục trưởng Cục Đường thủy nội địa Việt Nam, cho biết năm 2025 sẽ phấn đấu kéo giảm từ 5% đến 10% số vụ tai nạn trên cả ba tiêu chí so với năm 2024; đến hết năm 2025, 100% bến khách ngang sông phải được cấp phép hoặc giải tỏa.

Người dân có thể thông báo vi phạm qua đường dây nóng 069.2342.593 của Cục Cảnh sát giao thông.

Gia Minh
"""

T11 = P("11 tháng năm 2024", "2024-01-01", "2024-11-30")
T11I = P("11 tháng năm 2024", "2024-01-01", "2024-11-30", inh=True)
T11b = P("Trong 11 tháng", "2024-01-01", "2024-11-30")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
END25 = P("đến hết năm 2025", None, "2025-12-31")
SUBJ = "tai nạn giao thông đường thủy nội địa"

FIGS = [
    F("giảm cả ba tiêu chí", "ba", 3, "count", "tiêu chí", "tiêu chí tai nạn giảm", optional=True),
    F("xảy ra 91 vụ", "91", 91, "count", "vụ", SUBJ, T11,
      change=ch("decrease", 11, unit="vụ", baseline="cùng kỳ năm 2023")),
    F("mất tích 68 người", "68", 68, "count", "người", "người chết và mất tích", T11,
      change=ch("decrease", 9, unit="người")),
    F("thương 23 người", "23", 23, "count", "người", "người bị thương", T11,
      change=ch("decrease", 4, unit="người")),
    F("chiếm 57,1%", "57,1", 57.1, "percent", "%",
      "tai nạn xảy ra tại khu vực đồng bằng sông Cửu Long", T11I),
    F("Cà Mau (9 vụ)", "9", 9, "count", "vụ", SUBJ, T11I, location="Cà Mau"),
    F("Kiên Giang (7 vụ)", "7", 7, "count", "vụ", SUBJ, T11I, location="Kiên Giang"),
    F("Sóc Trăng (6 vụ)", "6", 6, "count", "vụ", SUBJ, T11I, location="Sóc Trăng"),
    F("Bạc Liêu (5 vụ)", "5", 5, "count", "vụ", SUBJ, T11I, location="Bạc Liêu"),
    F("làm 4 người", "4", 4, "count", "người", "người tử vong vụ chìm ghe trên sông Hậu",
      P("tháng 7", "2024-07-01", "2024-07-31"), location="Cần Thơ"),
    F("gần 93.000 lượt", "93.000", 93000, "count", "lượt phương tiện", "lượt phương tiện kiểm tra", T11b,
      approx="nearly"),
    F("phát hiện 41.260 trường hợp", "41.260", 41260, "count", "trường hợp", "trường hợp vi phạm phát hiện", T11b),
    F("trên 96,5 tỷ đồng", "96,5", 96500000000, "money", "đồng", "xử phạt", T11b, approx="over"),
    F("tạm giữ 1.874 phương tiện", "1.874", 1874, "count", "phương tiện", "phương tiện tạm giữ", T11b),
    F("tước 312 giấy phép", "312", 312, "count", "giấy phép, bằng, chứng chỉ chuyên môn",
      "giấy phép, bằng, chứng chỉ chuyên môn bị tước", T11b),
    F("khoảng 1.300 bến", "1.300", 1300, "count", "bến khách ngang sông",
      "bến khách ngang sông chưa được cấp phép", approx="about"),
    F("từ 5% đến 10%", "5", 5, "percent", "%", "kéo giảm số vụ tai nạn", Y25,
      value_max=10, status="target"),
    F("trên cả ba tiêu chí", "ba", 3, "count", "tiêu chí", "tiêu chí tai nạn", optional=True),
    F("2025, 100% bến", "100", 100, "percent", "%",
      "bến khách ngang sông được cấp phép hoặc giải tỏa", END25, status="target"),
]

COMMENTS = [
    "National online press: inland waterway accidents, 11 months of 2024, provinces with most accidents, enforcement, unlicensed landings, 2025 targets.",
    "Dateline 'Thứ hai, 16/12/2024, 14:20 (GMT+7)'; byline at the end. Distractors: hotline 069.2342.593, '(GMT+7)', person names, river names.",
    "Each count carries its own decrease (vụ / người); the baseline 'cùng kỳ năm 2023' is written only for the first. 'cả ba tiêu chí' (the three",
    "accident criteria: cases, deaths, injuries) is structure: optional. 57,1% stands with no base amount in its clause: a percent figure of its own.",
    "Province list: location per item, subject = the accident indicator. The capsizing 'hồi tháng 7 tại Cần Thơ' is located in Cần Thơ, period tháng 7 (2024).",
    "'khoảng 1.300 bến … vẫn còn' is a stock count with no period. Targets: 'từ 5% đến 10%' (year 2025, a reduction rate as the claim) and 100% by end-2025.",
]

emit("p260-6", TEXT, COMMENTS, FIGS, published="2024-12-16", location="Việt Nam")
