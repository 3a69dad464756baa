"""p783-2: district portal (Mỏ Cày Nam, Bến Tre), coir fibre Q1/2024."""
from lib import F, P, CH, emit, inh

TEXT = """ỦY BAN NHÂN DÂN HUYỆN MỎ CÀY NAM
Trang chủ | Tin tức | Kinh tế - Xã hội

Quý I/2024: Sản lượng chỉ xơ dừa đạt hơn 18.500 tấn

Thứ Hai, 15/04/2024 - 09:12

Theo Phòng Kinh tế và Hạ tầng huyện, quý I/2024 các cơ sở sơ chế xơ dừa trên địa bàn huyện sản xuất được 18.560 tấn chỉ xơ dừa, tăng 6,8% so với cùng kỳ năm 2023, và khoảng 27.000 tấn mụn dừa.

Hiện toàn huyện có 312 cơ sở sơ chế xơ dừa, tập trung ở các xã An Thạnh (58 cơ sở), Thành Thới B (46 cơ sở), Hương Mỹ (41 cơ sở) và thị trấn Mỏ Cày (37 cơ sở). Nghề này giải quyết việc làm cho gần 4.600 lao động nông thôn, thu nhập bình quân từ 5 đến 7 triệu đồng/người/tháng.

Giá chỉ xơ dừa xuất khẩu hiện ở mức 7.800-8.200 đồng/kg, mụn dừa ép bánh 2.500 đồng/kg. Sản phẩm chủ yếu bán cho doanh nghiệp xuất khẩu sang Trung Quốc, Hàn Quốc; trong đó thị trường Trung Quốc chiếm khoảng 70% sản lượng chỉ xơ dừa.

Trong quý, huyện hỗ trợ 12 cơ sở đầu tư máy đánh tơi xơ dừa với tổng kinh phí 1,86 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 745 triệu đồng. Đồng thời, kiểm tra 47 cơ sở về môi trường, phát hiện 9 cơ sở vi phạm, xử phạt tổng cộng 186 triệu đồng.

Năm 2024, huyện phấn đấu sản lượng chỉ xơ dừa đạt 75.000 tấn; 100% cơ sở sơ chế có hồ lắng xử lý nước ngâm xơ; ít nhất 5 cơ sở được công nhận sản phẩm OCOP.

Thanh Tâm – Phòng Kinh tế và Hạ tầng
Liên hệ: Khu phố 5, thị trấn Mỏ Cày, Quốc lộ 57. ĐT: 0275.3843.215
"""

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
INQ = P("Trong quý", "2024-01-01", "2024-03-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("đạt hơn 18.500 tấn", "18.500", 18500, "measure", "tấn", "Sản lượng chỉ xơ dừa",
      P("Quý I/2024", "2024-01-01", "2024-03-31"), approx="over"),
    F("được 18.560 tấn", "18.560", 18560, "measure", "tấn", "chỉ xơ dừa các cơ sở sơ chế sản xuất được", Q1,
      change=CH("increase", 6.8, baseline="cùng kỳ năm 2023")),
    F("khoảng 27.000 tấn", "27.000", 27000, "measure", "tấn", "mụn dừa sản xuất được", Q1, approx="about"),
    F("có 312 cơ sở", "312", 312, "count", "cơ sở", "cơ sở sơ chế xơ dừa"),
    F("An Thạnh (58 cơ sở)", "58", 58, "count", "cơ sở", "cơ sở sơ chế xơ dừa"),
    F("Thành Thới B (46 cơ sở)", "46", 46, "count", "cơ sở", "cơ sở sơ chế xơ dừa"),
    F("Hương Mỹ (41 cơ sở)", "41", 41, "count", "cơ sở", "cơ sở sơ chế xơ dừa"),
    F("Mỏ Cày (37 cơ sở)", "37", 37, "count", "cơ sở", "cơ sở sơ chế xơ dừa"),
    F("gần 4.600 lao động", "4.600", 4600, "count", "lao động", "lao động nông thôn có việc làm từ nghề sơ chế xơ dừa",
      approx="nearly"),
    F("từ 5 đến 7 triệu", "5", 5e6, "money", "đồng/người/tháng", "thu nhập bình quân lao động", value_max=7e6),
    F("mức 7.800-8.200 đồng/kg", "7.800", 7800, "money", "đồng/kg", "giá chỉ xơ dừa xuất khẩu", value_max=8200),
    F("bánh 2.500 đồng/kg", "2.500", 2500, "money", "đồng/kg", "giá mụn dừa ép bánh"),
    F("khoảng 70% sản lượng", "70", 70, "percent", "%", "tỷ trọng thị trường Trung Quốc trong sản lượng chỉ xơ dừa",
      approx="about"),
    F("hỗ trợ 12 cơ sở", "12", 12, "count", "cơ sở", "cơ sở được hỗ trợ đầu tư máy đánh tơi xơ dừa", INQ),
    F("kinh phí 1,86 tỷ đồng", "1,86", 1.86e9, "money", "đồng", "tổng kinh phí đầu tư máy đánh tơi xơ dừa", INQ),
    F("hỗ trợ 745 triệu đồng", "745", 745e6, "money", "đồng", "ngân sách tỉnh hỗ trợ", INQ, total=1.86e9),
    F("kiểm tra 47 cơ sở", "47", 47, "count", "cơ sở", "cơ sở được kiểm tra về môi trường", inh(INQ)),
    F("phát hiện 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở vi phạm về môi trường", inh(INQ)),
    F("cộng 186 triệu đồng", "186", 186e6, "money", "đồng", "tiền xử phạt vi phạm môi trường", inh(INQ)),
    F("đạt 75.000 tấn", "75.000", 75000, "measure", "tấn", "sản lượng chỉ xơ dừa", Y24, status="target"),
    F("100% cơ sở sơ chế", "100", 100, "percent", "%", "cơ sở sơ chế có hồ lắng xử lý nước ngâm xơ", Y24,
      status="target"),
    F("ít nhất 5 cơ sở", "5", 5, "count", "cơ sở", "cơ sở được công nhận sản phẩm OCOP", Y24,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Mỏ Cày Nam district portal: coir fibre (chỉ xơ dừa) and coir dust output Q1/2024, processors, prices, support, 2024 targets.",
    "Location is the district throughout; commune items (xã An Thạnh ...) keep the district, as FIGURES.md names only",
    "province, city or district as location levels; their bracketed counts (sum 182 of 312) get no total (no cue).",
    "'Trong quý' in a quarterly report = Q1/2024. China's 70% share is a percent figure (no base amount before it).",
    "Distractors: Thành Thới B, Khu phố 5, Quốc lộ 57, phone, dateline.",
]

if __name__ == "__main__":
    emit("p783-2", TEXT, COMMENTS, FIGS, published="2024-04-15", location="Mỏ Cày Nam")
