"""p601-6: national press (VnExpress style) — Hà Nội one year after the mini-apartment fire: inspections, suspensions, fines."""
from lib import F, P, INH, CH, emit

TEXT = """Thời sự › Hà Nội

Thứ năm, 12/9/2024, 07:00 (GMT+7)

Hà Nội đình chỉ hơn 1.100 cơ sở sau một năm rà soát chung cư mini

Một năm sau vụ cháy chung cư mini ở ngõ 29 Khương Hạ làm 56 người chết, 37 người bị thương, Hà Nội đã kiểm tra hơn 150.000 cơ sở, đình chỉ hoạt động 1.196 cơ sở.

Theo Công an TP Hà Nội, từ tháng 9/2023 đến tháng 8/2024, lực lượng chức năng kiểm tra 150.682 cơ sở, trong đó có 2.017 chung cư mini và 43.115 nhà trọ; phát hiện 12.530 cơ sở vi phạm, tạm đình chỉ 3.247 cơ sở, đình chỉ 1.196 cơ sở; xử phạt gần 32 tỷ đồng.

Đại tá Nguyễn Thanh Tùng, Trưởng phòng Cảnh sát PCCC và CNCH, cho biết khoảng 62% chung cư mini đã khắc phục xong tồn tại về lối thoát nạn. Chi phí cải tạo mỗi công trình từ 300 đến 500 triệu đồng, nhiều chủ nhà chưa đủ kinh phí. Số còn lại dự kiến hoàn thành trước ngày 31/12/2024.

Trong 8 tháng năm 2024, thành phố xảy ra 1.082 vụ cháy, làm 21 người chết, giảm 57 người so với cùng kỳ. Hơn 300 nghìn hộ gia đình đã trang bị bình chữa cháy, tăng gấp 3 lần so với trước vụ cháy.

Theo ông Tùng, Hà Nội hiện có khoảng 6.000 chung cư mini và nhà ở nhiều căn hộ, xếp thứ nhất cả nước. Thành phố đặt mục tiêu đến cuối năm 2025, 100% công trình này có lối thoát nạn thứ hai và thiết bị báo cháy tự động.

Bình luận (24)

Võ Hải - Phạm Chiểu
"""

PER = P("từ tháng 9/2023 đến tháng 8/2024", "2023-09-01", "2024-08-31")
M8 = P("8 tháng năm 2024", "2024-01-01", "2024-08-31")
T25 = P("đến cuối năm 2025", None, "2025-12-31")

FIGS = [
    F("hơn 1.100 cơ sở", "1.100", 1100, "count", "cơ sở", "cơ sở bị đình chỉ sau rà soát chung cư mini", approx="over"),
    F("làm 56 người chết", "56", 56, "count", "người", "người chết trong vụ cháy chung cư mini Khương Hạ"),
    F("37 người bị thương", "37", 37, "count", "người", "người bị thương trong vụ cháy chung cư mini Khương Hạ"),
    F("kiểm tra hơn 150.000 cơ sở", "150.000", 150000, "count", "cơ sở", "cơ sở được kiểm tra", approx="over"),
    F("hoạt động 1.196 cơ sở", "1.196", 1196, "count", "cơ sở", "cơ sở bị đình chỉ hoạt động"),
    F("kiểm tra 150.682 cơ sở", "150.682", 150682, "count", "cơ sở", "cơ sở được kiểm tra", PER),
    F("có 2.017 chung cư mini", "2.017", 2017, "count", "chung cư mini", "chung cư mini được kiểm tra", PER, total=150682),
    F("và 43.115 nhà trọ", "43.115", 43115, "count", "nhà trọ", "nhà trọ được kiểm tra", PER, total=150682),
    F("phát hiện 12.530 cơ sở", "12.530", 12530, "count", "cơ sở", "cơ sở vi phạm", PER),
    F("tạm đình chỉ 3.247 cơ sở", "3.247", 3247, "count", "cơ sở", "cơ sở bị tạm đình chỉ", PER),
    F("đình chỉ 1.196 cơ sở;", "1.196", 1196, "count", "cơ sở", "cơ sở bị đình chỉ", PER),
    F("gần 32 tỷ đồng", "32", 32e9, "money", "đồng", "tiền xử phạt", PER, approx="nearly"),
    F("khoảng 62%", "62", 62, "percent", "%", "chung cư mini đã khắc phục xong tồn tại về lối thoát nạn", approx="about"),
    F("từ 300 đến 500 triệu", "300", 300e6, "money", "đồng", "chi phí cải tạo mỗi công trình", value_max=500e6),
    F("xảy ra 1.082 vụ cháy", "1.082", 1082, "count", "vụ cháy", "vụ cháy", M8),
    F("làm 21 người chết", "21", 21, "count", "người", "người chết do cháy", M8,
      change=CH("decrease", 57, "người", "cùng kỳ")),
    F("Hơn 300 nghìn hộ", "300", 300000, "count", "hộ gia đình", "hộ gia đình đã trang bị bình chữa cháy", approx="over",
      change=CH("increase", 3, "lần", "trước vụ cháy")),
    F("khoảng 6.000 chung cư mini", "6.000", 6000, "count", "chung cư mini", "chung cư mini và nhà ở nhiều căn hộ",
      approx="about"),
    F("xếp thứ nhất", "nhất", 1, "rank", "hạng", "số chung cư mini và nhà ở nhiều căn hộ"),
    F("2025, 100% công trình", "100", 100, "percent", "%", "công trình có lối thoát nạn thứ hai và thiết bị báo cháy tự động",
      T25, status="target"),
]

COMMENTS = [
    "National press (invented, VnExpress style): dateline \"Thứ năm, 12/9/2024, 07:00 (GMT+7)\"; byline at the end; \"Bình luận (24)\" is furniture.",
    "Location Hà Nội throughout (the 56/37 casualties are of a past fire in Hà Nội). \"ngõ 29 Khương Hạ\", \"trước ngày 31/12/2024\",",
    "\"lối thoát nạn thứ hai\" (ordinal) are not figures. \"từ tháng 9/2023 đến tháng 8/2024\" -> 2023-09-01..2024-08-31.",
    "\"trong đó có 2.017 chung cư mini và 43.115 nhà trọ\" are kinds of the inspected cơ sở: total 150.682.",
    "\"tăng gấp 3 lần so với trước vụ cháy\" after \"Hơn 300 nghìn hộ\" is its change (lần), not a multiple figure.",
    "\"xếp thứ nhất cả nước\": a rank written as a word (\"nhất\" = 1, cf. shared h01 \"thứ hai/thứ ba\"), location Hà Nội.",
    "Lead/headline figures restate the body: figures of their own, no period (none in their sentences).",
]

if __name__ == "__main__":
    emit("p601-6", TEXT, COMMENTS, FIGS, published="2024-09-12", location="Hà Nội")
