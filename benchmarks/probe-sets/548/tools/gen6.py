from lib import F, P, I, CH, emit

TEXT = """Thời sự › Pháp luật
Thứ hai, 3/6/2024, 07:00 (GMT+7)

Long An: 64 dự án chậm đưa đất vào sử dụng

Thanh tra Bộ Tài nguyên và Môi trường phát hiện 64 dự án với tổng diện tích hơn 1.284,6 ha chậm đưa đất vào sử dụng trên địa bàn tỉnh Long An.

Theo kết luận thanh tra việc chấp hành pháp luật về đất đai giai đoạn 2019-2023 vừa được công bố, trong số 64 dự án chậm tiến độ có 21 dự án tại huyện Đức Hòa, 15 dự án tại Bến Lức và 11 dự án tại Cần Giuộc. Nhiều dự án đã được giao đất nhưng chưa triển khai xây dựng.

Đoàn thanh tra cũng chỉ ra 17 dự án chưa hoàn thành nghĩa vụ tài chính về đất đai với số tiền khoảng 412 tỷ đồng. Việc xác định giá đất cụ thể tại một số dự án chưa sát thực tế, giá đất được phê duyệt chỉ bằng 60-70% giá thị trường, gây thất thu ngân sách hơn 1,2 nghìn tỷ đồng.

Ngoài ra, có 236,8 ha đất nông nghiệp bị chuyển mục đích sử dụng trái phép, chiếm 18,4% diện tích đất vi phạm; trong đó 142,5 ha đã bị san lấp, xây dựng công trình.

Thanh tra Bộ kiến nghị UBND tỉnh Long An thu hồi 9 dự án với diện tích 83,5 ha, xử lý trách nhiệm đối với 12 tập thể và 31 cá nhân có liên quan. Đến ngày 31/5/2024, tỉnh đã nộp ngân sách 96,3 tỷ đồng, đạt 23,4% số tiền phải nộp.

Theo UBND tỉnh, dự kiến đến cuối năm 2024, tỉnh sẽ thu hồi thêm 5 dự án và phấn đấu hoàn thành 100% kiến nghị của đoàn thanh tra trước ngày 30/6/2025. Trụ sở UBND tỉnh tại số 61 Nguyễn Huệ, phường 1, TP. Tân An; các dự án vi phạm tập trung dọc Quốc lộ 1A và Tỉnh lộ 830.

Hoàng Nam
"""

GD = P("giai đoạn 2019-2023", "2019-01-01", "2023-12-31")
S = "dự án chậm tiến độ"

FIGS = [
    F("Long An: 64 dự án", "64", 64, "count", "dự án", "dự án chậm đưa đất vào sử dụng"),
    F("phát hiện 64 dự án", "64", 64, "count", "dự án", "dự án chậm đưa đất vào sử dụng"),
    F("hơn 1.284,6 ha", "1.284,6", 1284.6, "measure", "ha", "diện tích dự án chậm đưa đất vào sử dụng", approx="over"),
    F("trong số 64 dự án", "64", 64, "count", "dự án", S, GD, optional=True),
    F("có 21 dự án", "21", 21, "count", "dự án", S, GD, total=64, location="Đức Hòa"),
    F("15 dự án", "15", 15, "count", "dự án", S, GD, total=64, location="Bến Lức"),
    F("11 dự án", "11", 11, "count", "dự án", S, GD, total=64, location="Cần Giuộc"),
    F("17 dự án", "17", 17, "count", "dự án", "dự án chưa hoàn thành nghĩa vụ tài chính về đất đai"),
    F("khoảng 412 tỷ", "412", 412e9, "money", "đồng", "nghĩa vụ tài chính về đất đai chưa hoàn thành", approx="about"),
    F("60-70%", "60", 60, "percent", "%", "giá đất được phê duyệt so với giá thị trường", value_max=70),
    F("hơn 1,2 nghìn tỷ", "1,2", 1.2e12, "money", "đồng", "thất thu ngân sách", approx="over"),
    F("236,8 ha", "236,8", 236.8, "measure", "ha", "đất nông nghiệp bị chuyển mục đích sử dụng trái phép", percent=18.4),
    F("142,5 ha", "142,5", 142.5, "measure", "ha", "đất đã bị san lấp, xây dựng công trình", total=236.8),
    F("thu hồi 9 dự án", "9", 9, "count", "dự án", "dự án kiến nghị thu hồi"),
    F("83,5 ha", "83,5", 83.5, "measure", "ha", "diện tích dự án kiến nghị thu hồi"),
    F("12 tập thể", "12", 12, "count", "tập thể", "tập thể bị xử lý trách nhiệm"),
    F("31 cá nhân", "31", 31, "count", "cá nhân", "cá nhân bị xử lý trách nhiệm"),
    F("96,3 tỷ", "96,3", 96.3e9, "money", "đồng", "số tiền đã nộp ngân sách", P("Đến ngày 31/5/2024", None, "2024-05-31"),
      percent=23.4),
    F("thêm 5 dự án", "5", 5, "count", "dự án", "dự án thu hồi thêm", P("đến cuối năm 2024", None, "2024-12-31"),
      status="forecast"),
    F("100% kiến nghị", "100", 100, "percent", "%", "hoàn thành kiến nghị của đoàn thanh tra",
      P("trước ngày 30/6/2025", None, "2025-06-30"), status="target"),
]

COMMENTS = [
    "National press (VnExpress style): 'Thứ hai, 3/6/2024, 07:00 (GMT+7)', byline at the end. Land inspection in Long An (Thanh tra Bộ TN&MT).",
    "Headline and lead repeat 64 dự án (two figures); the third mention 'trong số 64 dự án' only names the whole: optional.",
    "'trong số 64 … có 21 … tại huyện Đức Hòa, 15 … Bến Lức, 11 … Cần Giuộc' → total 64, district as location; period 'giai đoạn 2019-2023'.",
    "'1,2 nghìn tỷ' = 1,2·10^12. '60-70% giá thị trường' is a percent range standing alone. '236,8 ha …, chiếm 18,4%' → percent;",
    "'; trong đó 142,5 ha' → total 236,8. 'dự kiến' → forecast; 'phấn đấu … trước ngày 30/6/2025' → target, as-of end 2025-06-30.",
    "Distractors: 'giai đoạn 2019-2023', 'số 61 Nguyễn Huệ, phường 1', 'Quốc lộ 1A', 'Tỉnh lộ 830', '(GMT+7)'.",
]

if __name__ == "__main__":
    emit("p548-6", TEXT, COMMENTS, FIGS, published="2024-06-03", location="Long An")
