"""p725-6: national press (VnExpress-style) — Hà Nội suspends mini-apartments and boarding houses (6/2024)."""
from lib import F, P, I, CH, emit

TEXT = """Thời sự > Dân sinh
Thứ hai, 3/6/2024, 07:00 (GMT+7)

Hà Nội đình chỉ hơn 1.900 chung cư mini, nhà trọ không bảo đảm PCCC

Sau 8 tháng tổng kiểm tra, Hà Nội đã tạm đình chỉ, đình chỉ 1.936 chung cư mini, nhà trọ và nhà ở kết hợp kinh doanh vi phạm nghiêm trọng về phòng cháy.

Theo báo cáo UBND TP Hà Nội gửi HĐND thành phố ngày 31/5, từ tháng 10/2023 đến tháng 5/2024, các lực lượng đã kiểm tra 145.280 cơ sở, phát hiện 61.422 cơ sở có vi phạm, chiếm 42,3%. Trong số 2.052 chung cư mini được rà soát, có 1.608 nhà đã có lối thoát nạn thứ hai hoặc giải pháp thoát nạn thay thế.

Các quận có nhiều cơ sở bị đình chỉ nhất là Đống Đa 214, Thanh Xuân 187, Cầu Giấy 165 và Hà Đông 152. Tổng số tiền xử phạt là 97,5 tỷ đồng, gấp 4,1 lần cả năm 2022.

Đại tá Nguyễn Văn Sơn, Phó giám đốc Công an TP Hà Nội, cho biết khoảng 30% chung cư mini rất khó cải tạo do xây sát nhau, không có khoảng lùi. Chi phí làm thêm lối thoát nạn thứ hai dao động từ 150 đến 300 triệu đồng mỗi tòa.

Thành phố dự kiến dành khoảng 120 tỷ đồng hỗ trợ lắp thiết bị báo cháy, thang thoát hiểm trong giai đoạn 2024-2025. Theo Quyết định số 26/2024/QĐ-UBND, nhà nhiều tầng, nhiều căn hộ cao từ 7 tầng trở lên hoặc có tổng diện tích sàn trên 1.000 m2 phải bố trí ít nhất hai lối thoát nạn.

Người thuê trọ có thể phản ánh nguy cơ cháy qua ứng dụng iHanoi hoặc số điện thoại 069.2194.114.

Võ Hải
"""

SPAN = P("từ tháng 10/2023 đến tháng 5/2024", "2023-10-01", "2024-05-31")

FIGS = [
    F("hơn 1.900 chung cư mini", "1.900", 1900, "count", "chung cư mini, nhà trọ", approx="over",
      subject="chung cư mini, nhà trọ bị đình chỉ", period=I(SPAN)),
    F("đình chỉ 1.936 chung cư", "1.936", 1936, "count", "chung cư mini, nhà trọ",
      subject="chung cư mini, nhà trọ và nhà ở kết hợp kinh doanh bị tạm đình chỉ, đình chỉ", period=I(SPAN)),
    F("kiểm tra 145.280 cơ sở", "145.280", 145280, "count", "cơ sở",
      subject="cơ sở được kiểm tra", period=SPAN),
    F("phát hiện 61.422 cơ sở", "61.422", 61422, "count", "cơ sở", percent=42.3,
      subject="cơ sở có vi phạm", period=SPAN),
    F("Trong số 2.052 chung cư", "2.052", 2052, "count", "chung cư mini",
      subject="chung cư mini được rà soát", period=I(SPAN)),
    F("có 1.608 nhà", "1.608", 1608, "count", "nhà", total=2052,
      subject="chung cư mini đã có lối thoát nạn thứ hai hoặc giải pháp thoát nạn thay thế", period=I(SPAN)),
    F("Đống Đa 214", "214", 214, "count", "cơ sở",
      subject="cơ sở bị đình chỉ", period=I(SPAN), location="Đống Đa"),
    F("Thanh Xuân 187", "187", 187, "count", "cơ sở",
      subject="cơ sở bị đình chỉ", period=I(SPAN), location="Thanh Xuân"),
    F("Cầu Giấy 165", "165", 165, "count", "cơ sở",
      subject="cơ sở bị đình chỉ", period=I(SPAN), location="Cầu Giấy"),
    F("Hà Đông 152", "152", 152, "count", "cơ sở",
      subject="cơ sở bị đình chỉ", period=I(SPAN), location="Hà Đông"),
    F("là 97,5 tỷ đồng", "97,5", 97500000000, "money", "đồng",
      change=CH("increase", 4.1, "lần", "cả năm 2022"),
      subject="tổng số tiền xử phạt", period=I(SPAN)),
    F("khoảng 30% chung cư mini", "30", 30, "percent", "%", approx="about",
      subject="chung cư mini rất khó cải tạo"),
    F("từ 150 đến 300 triệu đồng", "150", 150000000, "money", "đồng/tòa", value_max=300000000,
      subject="chi phí làm thêm lối thoát nạn thứ hai mỗi tòa"),
    F("khoảng 120 tỷ đồng", "120", 120000000000, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí hỗ trợ lắp thiết bị báo cháy, thang thoát hiểm",
      period=P("giai đoạn 2024-2025", "2024-01-01", "2025-12-31")),
    F("từ 7 tầng trở lên", "7", 7, "measure", "tầng", approx="at_least", optional=True),
    F("trên 1.000 m2", "1.000", 1000, "measure", "m2", approx="over", optional=True),
    F("ít nhất hai lối thoát nạn", "hai", 2, "count", "lối thoát nạn", approx="at_least", optional=True),
]

COMMENTS = [
    "National press (VnExpress style): Hà Nội tạm đình chỉ, đình chỉ chung cư mini, nhà trọ sau 8 tháng tổng kiểm tra.",
    "Dateline 'Thứ hai, 3/6/2024, 07:00 (GMT+7)'. 'Sau 8 tháng', 'ngày 31/5', 'Quyết định số 26/2024/QĐ-UBND', '069.2194.114' are not figures.",
    "Headline and lead figures (1.900 / 1.936) take the span of the next sentence as inherited period. 1.608 after 'Trong số 2.052' gets total 2.052.",
    "61.422 'chiếm 42,3%' is its percent; no total (no part-of cue). 'gấp 4,1 lần cả năm 2022' after 97,5 tỷ is its change (lần, increase).",
    "District list without brackets: places to location. '150 đến 300 triệu đồng mỗi tòa': a money range per building (unit đồng/tòa).",
    "Building-code thresholds (7 tầng, 1.000 m2, ít nhất hai lối thoát nạn) are optional.",
]

if __name__ == "__main__":
    emit("p725-6", TEXT, COMMENTS, FIGS, published="2024-06-03", location="Hà Nội")
