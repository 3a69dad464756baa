"""p1071-1: Thái Bình province portal — rural household waste, commune incinerators, H1/2024."""
from lib import F, P, Y, C, T, build

TEXT = """Trang chủ > Tin tức - Sự kiện > Tài nguyên - Môi trường

Thái Bình: Hơn 92% rác thải sinh hoạt nông thôn được thu gom

Cập nhật: 14/08/2024 09:45 | Lượt xem: 2.316

Theo báo cáo của Sở Tài nguyên và Môi trường, 6 tháng đầu năm 2024, khối lượng chất thải rắn sinh hoạt phát sinh trên địa bàn tỉnh khoảng 1.150 tấn/ngày, trong đó khu vực nông thôn khoảng 870 tấn/ngày. Tỷ lệ thu gom rác thải sinh hoạt nông thôn đạt 92,4%, tăng 1,8 điểm phần trăm so với cùng kỳ năm 2023.

Toàn tỉnh đã đầu tư 207 lò đốt rác thải sinh hoạt quy mô cấp xã, trong đó 168 lò đang vận hành, 39 lò dừng hoạt động do khí thải không đạt QCVN 61-MT:2016/BTNMT. Các huyện có nhiều lò đốt nhất là Vũ Thư (28 lò), Hưng Hà (26 lò) và Quỳnh Phụ (25 lò). Công suất các lò phổ biến từ 300 đến 500 kg/giờ; mỗi lò xử lý bình quân 4,5 tấn/ngày.

Mức thu phí vệ sinh ở khu vực nông thôn từ 5.000 đến 7.000 đồng/người/tháng, tỷ lệ hộ nộp phí ước đạt 81%. Chi phí vận hành lò đốt khoảng 420.000 đồng/tấn rác. Chi phí này gấp khoảng 1,6 lần so với chôn lấp hợp vệ sinh.

Tính đến 30/6/2024, có 3 huyện đã chuyển rác về Khu xử lý chất thải rắn tập trung của tỉnh cạnh Quốc lộ 39, công suất 500 tấn/ngày.

Theo Kế hoạch số 96/KH-UBND, phấn đấu đến năm 2025 tỷ lệ thu gom, xử lý rác thải sinh hoạt nông thôn đạt 95%; tỷ lệ chôn lấp trực tiếp giảm xuống dưới 10%. Tỉnh dự kiến bố trí khoảng 120 tỷ đồng để cải tạo hệ thống xử lý khí thải của 60 lò đốt.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
ASOF = P("Tính đến 30/6/2024", None, "2024-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Hơn 92% rác", "92", 92, "percent", "%", "rác thải sinh hoạt nông thôn được thu gom", approx="over"),
    F("khoảng 1.150 tấn/ngày", "1.150", 1150, "measure", "tấn/ngày",
      "khối lượng chất thải rắn sinh hoạt phát sinh", H1, approx="about"),
    F("khoảng 870 tấn/ngày", "870", 870, "measure", "tấn/ngày",
      "khối lượng chất thải rắn sinh hoạt phát sinh khu vực nông thôn", H1, approx="about", total=1150),
    F("đạt 92,4%", "92,4", 92.4, "percent", "%", "tỷ lệ thu gom rác thải sinh hoạt nông thôn", H1i,
      change=C("increase", 1.8, "điểm phần trăm", "cùng kỳ năm 2023")),
    F("đầu tư 207 lò đốt", "207", 207, "count", "lò đốt", "lò đốt rác thải sinh hoạt quy mô cấp xã đã đầu tư"),
    F("168 lò đang vận hành", "168", 168, "count", "lò", "lò đốt đang vận hành", total=207),
    F("39 lò dừng hoạt động", "39", 39, "count", "lò", "lò đốt dừng hoạt động do khí thải không đạt quy chuẩn",
      total=207),
    F("Vũ Thư (28 lò)", "28", 28, "count", "lò", "lò đốt", location="Vũ Thư"),
    F("Hưng Hà (26 lò)", "26", 26, "count", "lò", "lò đốt", location="Hưng Hà"),
    F("Quỳnh Phụ (25 lò)", "25", 25, "count", "lò", "lò đốt", location="Quỳnh Phụ"),
    F("từ 300 đến 500 kg/giờ", "300", 300, "measure", "kg/giờ", "công suất các lò", value_max=500),
    F("bình quân 4,5 tấn/ngày", "4,5", 4.5, "measure", "tấn/ngày", "khối lượng rác mỗi lò xử lý bình quân"),
    F("từ 5.000 đến 7.000 đồng", "5.000", 5000, "money", "đồng/người/tháng",
      "mức thu phí vệ sinh ở khu vực nông thôn", value_max=7000),
    F("ước đạt 81%", "81", 81, "percent", "%", "tỷ lệ hộ nộp phí", status="estimate"),
    F("khoảng 420.000 đồng/tấn", "420.000", 420000, "money", "đồng/tấn", "chi phí vận hành lò đốt", approx="about"),
    F("gấp khoảng 1,6 lần", "1,6", 1.6, "multiple", "lần", "chi phí vận hành lò đốt so với chôn lấp hợp vệ sinh",
      approx="about"),
    F("có 3 huyện", "3", 3, "count", "huyện", "huyện đã chuyển rác về Khu xử lý chất thải rắn tập trung", ASOF),
    F("công suất 500 tấn/ngày", "500", 500, "measure", "tấn/ngày", "công suất Khu xử lý chất thải rắn tập trung"),
    F("đạt 95%", "95", 95, "percent", "%", "tỷ lệ thu gom, xử lý rác thải sinh hoạt nông thôn", T25, status="target"),
    F("dưới 10%", "10", 10, "percent", "%", "tỷ lệ chôn lấp trực tiếp", T25, approx="under", status="target"),
    F("khoảng 120 tỷ đồng", "120", 120e9, "money", "đồng", "kinh phí cải tạo hệ thống xử lý khí thải lò đốt",
      approx="about", status="forecast"),
    F("60 lò đốt", "60", 60, "count", "lò đốt", "lò đốt được cải tạo hệ thống xử lý khí thải", status="forecast"),
]

NOTES = [
    "Cổng TTĐT tỉnh Thái Bình: rác thải sinh hoạt nông thôn 6 tháng đầu năm 2024, lò đốt cấp xã, phí vệ sinh, mục tiêu 2025.",
    "Distractors: 'Cập nhật: 14/08/2024 09:45', 'Lượt xem: 2.316', 'QCVN 61-MT:2016/BTNMT', 'Quốc lộ 39', 'Kế hoạch số 96/KH-UBND', 'Tính đến 30/6/2024'.",
    "168 and 39 are parts of the 207 after 'trong đó'; 870 is part of 1.150 after 'trong đó'. District list: subject = indicator, district = location.",
    "'gấp khoảng 1,6 lần' stands as its own sentence: a multiple. '1,8 điểm phần trăm' is the change of 92,4%.",
    "The 120 tỷ and 60 lò (dự kiến) have no period phrase of their own: no period.",
]

if __name__ == "__main__":
    build("p1071-1", TEXT, NOTES, FIGS, published="2024-08-14", location="Thái Bình")
