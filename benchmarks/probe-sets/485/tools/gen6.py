"""p485-6: national press (VnExpress style) — reservoirs of the south-central coast and Central Highlands running dry."""
from lib import F, P, I, CH, emit

TEXT = """Thời sự › Nông nghiệp

Thứ năm, 18/4/2024, 05:30 (GMT+7)

Hơn 300 hồ chứa miền Trung, Tây Nguyên cạn dưới 20% dung tích

Nắng nóng kéo dài khiến mực nước nhiều hồ chứa thủy lợi ở Nam Trung Bộ và Tây Nguyên xuống thấp, hàng chục nghìn ha cây trồng có nguy cơ thiếu nước.

Theo Cục Thủy lợi, tính đến ngày 15/4, dung tích trữ trung bình của các hồ chứa thủy lợi vùng Nam Trung Bộ chỉ đạt 31%, thấp hơn 14% so với trung bình nhiều năm; vùng Tây Nguyên đạt 38%. Có 312 hồ chứa chỉ còn dưới 20% dung tích thiết kế, trong đó 126 hồ đã cạn nước.

Các địa phương có dung tích hồ chứa thấp nhất là Ninh Thuận (18%), Bình Thuận (24%) và Khánh Hòa (27%). Lượng mưa 4 tháng đầu năm thiếu hụt từ 40 đến 60% so với trung bình nhiều năm.

Tại Đắk Lắk, 86 hồ chứa nhỏ đã khô cạn. Sở NN&PTNT tỉnh ước tính khoảng 12.000 ha cây trồng, chủ yếu là cà phê và sầu riêng, có nguy cơ thiếu nước, gấp 1,5 lần năm 2023.

Dự báo đến cuối tháng 5, diện tích có nguy cơ hạn hán, thiếu nước trên cả nước khoảng 35.000-40.000 ha. Ông Nguyễn Tùng Phong, Cục trưởng Cục Thủy lợi, cho biết Bộ Nông nghiệp và Phát triển nông thôn đã đề xuất Chính phủ hỗ trợ khẩn cấp 150 tỷ đồng cho 4 tỉnh để nạo vét lòng hồ, khoan giếng và lắp đặt trạm bơm dã chiến.

"Các hồ phải ưu tiên nước cho sinh hoạt của khoảng 250.000 người dân, sau đó mới đến tưới cho cây trồng", ông Phong nói.

Hoàng Phương
"""

ASOF = P("tính đến ngày 15/4", end="2024-04-15")

FIGS = [
    F("Hơn 300 hồ chứa", "300", 300, "count", "hồ chứa", "hồ chứa miền Trung, Tây Nguyên cạn dưới 20% dung tích",
      approx="over"),
    F("cạn dưới 20% dung tích", "20", 20, "percent", "%", "dung tích hồ chứa", approx="under", optional=True,
      note="a threshold that defines the reservoirs counted, not a claim of its own: optional"),
    F("hàng chục nghìn ha", "hàng chục nghìn", 10000, "measure", "ha", "cây trồng có nguy cơ thiếu nước",
      approx="about", location="Việt Nam", optional=True,
      note="'hàng chục nghìn' is a vague number word (FIGURES.md: approx); its value is not settled by the spec: optional"),
    F("chỉ đạt 31%", "31", 31, "percent", "%", "dung tích trữ trung bình của các hồ chứa thủy lợi vùng Nam Trung Bộ", ASOF,
      change=CH("decrease", 14, "%", "trung bình nhiều năm")),
    F("đạt 38%", "38", 38, "percent", "%", "dung tích trữ trung bình của các hồ chứa thủy lợi vùng Tây Nguyên", ASOF),
    F("Có 312 hồ chứa", "312", 312, "count", "hồ chứa", "hồ chứa chỉ còn dưới 20% dung tích thiết kế", I(ASOF)),
    F("còn dưới 20% dung tích thiết kế", "20", 20, "percent", "%", "dung tích thiết kế", approx="under",
      optional=True, note="threshold, optional"),
    F("đó 126 hồ", "126", 126, "count", "hồ", "hồ đã cạn nước", I(ASOF), total=312),
    F("Ninh Thuận (18%)", "18", 18, "percent", "%", "dung tích hồ chứa", location="Ninh Thuận"),
    F("Bình Thuận (24%)", "24", 24, "percent", "%", "dung tích hồ chứa", location="Bình Thuận"),
    F("Khánh Hòa (27%)", "27", 27, "percent", "%", "dung tích hồ chứa", location="Khánh Hòa"),
    F("từ 40 đến 60%", "40", 40, "percent", "%", "lượng mưa thiếu hụt so với trung bình nhiều năm",
      P("4 tháng đầu năm", "2024-01-01", "2024-04-30"), value_max=60),
    F("86 hồ chứa nhỏ", "86", 86, "count", "hồ chứa", "hồ chứa nhỏ đã khô cạn", location="Đắk Lắk"),
    F("khoảng 12.000 ha", "12.000", 12000, "measure", "ha", "cây trồng có nguy cơ thiếu nước", approx="about",
      status="estimate", change=CH("increase", 1.5, "lần", "năm 2023"), location="Đắk Lắk"),
    F("khoảng 35.000-40.000 ha", "35.000", 35000, "measure", "ha", "diện tích có nguy cơ hạn hán, thiếu nước",
      P("đến cuối tháng 5", end="2024-05-31"), value_max=40000, approx="about", status="forecast"),
    F("khẩn cấp 150 tỷ đồng", "150", 150e9, "money", "đồng", "hỗ trợ khẩn cấp đề xuất Chính phủ"),
    F("cho 4 tỉnh", "4", 4, "count", "tỉnh", "tỉnh được đề xuất hỗ trợ khẩn cấp"),
    F("khoảng 250.000 người", "250.000", 250000, "count", "người", "người dân cần ưu tiên nước sinh hoạt",
      approx="about"),
]

emit("p485-6", TEXT, [
    "National press (VnExpress style): section line, 'Thứ năm, 18/4/2024, 05:30 (GMT+7)', byline at the end. Drought and low reservoirs",
    "in the south-central coast and Central Highlands. Location: figures for the regions (Nam Trung Bộ, Tây Nguyên) and the national",
    "ones are 'Việt Nam' (a region is no province/city/district; the source is the national department); provinces go to location.",
    "'tính đến ngày 15/4' takes the year of the dateline (2024). 'thấp hơn 14% so với trung bình nhiều năm' is the change of 31%.",
    "'gấp 1,5 lần năm 2023' right after the 12.000 ha is its change (increase, lần). '(GMT+7)', '05:30' and the name are distractors.",
    "'dưới 20%' (headline and body) is the threshold defining the count: optional. 'hàng chục nghìn ha' optional (vague number word).",
    "'đã đề xuất … 150 tỷ đồng' is a proposal: no status cue, actual.",
], FIGS, published="2024-04-18", location="Việt Nam")
