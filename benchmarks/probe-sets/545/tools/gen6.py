"""p545-6: national press — reservoirs running dry nationwide, hydropower storage, water shortage, June 2024."""
from lib import emit, fig, per, inh, chg, tgt

TEXT = """Thứ hai, 3/6/2024, 07:00 (GMT+7)

Hơn 200 hồ thủy lợi cạn đến mực nước chết

Cả nước có 213 hồ chứa thủy lợi đã cạn, gần 1.500 hồ trữ dưới một nửa dung tích sau đợt nắng nóng kéo dài, chủ yếu ở Nam Trung Bộ và Tây Nguyên.

Theo Cục Thủy lợi (Bộ Nông nghiệp và Phát triển nông thôn), tính đến ngày 31/5, cả nước có 7.312 hồ chứa thủy lợi đang vận hành; tổng dung tích trữ ước đạt 8,9 tỷ m³, bằng 59% dung tích thiết kế, giảm 7% so với cùng kỳ năm 2023.

Bốn tỉnh có tỷ lệ dung tích trữ thấp nhất là Ninh Thuận, Bình Thuận, Đắk Lắk và Khánh Hòa, lần lượt đạt 21%, 34%, 38% và 40%. Riêng Ninh Thuận có 14/22 hồ dưới mực nước chết, hồ Sông Trâu chỉ còn 2,3 triệu m³.

Với thủy điện, tổng lượng nước trữ của 20 hồ chứa lớn đạt khoảng 12,4 tỷ m³, thấp hơn 2,1 tỷ m³ so với trung bình nhiều năm. Mực nước hồ Trị An (Đồng Nai) sáng 2/6 ở mức 55,8 m, cao hơn mực nước chết 5,3 m.

Từ đầu năm đến nay, khoảng 36.000 hộ dân thiếu nước sinh hoạt, trong đó Đắk Lắk hơn 12.000 hộ, Gia Lai khoảng 8.500 hộ. Gần 62.000 ha cây trồng bị khô hạn, thiệt hại ước tính 1.200 tỷ đồng.

Bộ Nông nghiệp và Phát triển nông thôn dự kiến hỗ trợ 100 tỷ đồng từ nguồn dự trữ quốc gia để khoan giếng, nạo vét kênh. Bộ đặt mục tiêu các hồ giữ lại tối thiểu 20% dung tích để cấp nước sinh hoạt đến hết tháng 7.

Hoàng Phương
"""

ASOF = per("tính đến ngày 31/5", end="2024-05-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-06-03")
SUBJ = "tỷ lệ dung tích trữ"

FIGS = [
    fig("Hơn 200 hồ", "200", 200, "count", "hồ thủy lợi", "hồ thủy lợi cạn đến mực nước chết", approx="over"),
    fig("có 213 hồ", "213", 213, "count", "hồ chứa thủy lợi", "hồ chứa thủy lợi đã cạn"),
    fig("gần 1.500 hồ", "1.500", 1500, "count", "hồ", "hồ trữ dưới một nửa dung tích", approx="nearly"),
    fig("có 7.312 hồ", "7.312", 7312, "count", "hồ chứa thủy lợi", "hồ chứa thủy lợi đang vận hành", ASOF),
    fig("ước đạt 8,9 tỷ m³", "8,9", 8_900_000_000, "measure", "m³", "tổng dung tích trữ hồ chứa thủy lợi", ASOF,
        percent=59, change=chg("decrease", 7, "%", "cùng kỳ năm 2023"), status="estimate"),
    fig("Bốn tỉnh", "Bốn", 4, "count", "tỉnh", "tỉnh có tỷ lệ dung tích trữ thấp nhất", optional=True),
    fig("đạt 21%", "21", 21, "percent", "%", SUBJ, inh(ASOF), location="Ninh Thuận"),
    fig("21%, 34%", "34", 34, "percent", "%", SUBJ, inh(ASOF), location="Bình Thuận"),
    fig("34%, 38%", "38", 38, "percent", "%", SUBJ, inh(ASOF), location="Đắk Lắk"),
    fig("và 40%", "40", 40, "percent", "%", SUBJ, inh(ASOF), location="Khánh Hòa"),
    fig("có 14/22 hồ", "14", 14, "count", "hồ", "hồ dưới mực nước chết", total=22, location="Ninh Thuận"),
    fig("còn 2,3 triệu m³", "2,3", 2_300_000, "measure", "m³", "dung tích hồ Sông Trâu", location="Ninh Thuận"),
    fig("của 20 hồ", "20", 20, "count", "hồ chứa", "hồ chứa thủy điện lớn"),
    fig("khoảng 12,4 tỷ m³", "12,4", 12_400_000_000, "measure", "m³", "tổng lượng nước trữ của hồ chứa thủy điện lớn",
        approx="about", change=chg("decrease", 2_100_000_000, "m³", "trung bình nhiều năm")),
    fig("mức 55,8 m", "55,8", 55.8, "measure", "m", "mực nước hồ Trị An", per("sáng 2/6", "2024-06-02", "2024-06-02"),
        change=chg("increase", 5.3, "m", "mực nước chết"), location="Đồng Nai"),
    fig("khoảng 36.000 hộ", "36.000", 36000, "count", "hộ", "hộ dân thiếu nước sinh hoạt", YTD, approx="about"),
    fig("hơn 12.000 hộ", "12.000", 12000, "count", "hộ", "hộ dân thiếu nước sinh hoạt", YTD, approx="over",
        total=36000, location="Đắk Lắk"),
    fig("khoảng 8.500 hộ", "8.500", 8500, "count", "hộ", "hộ dân thiếu nước sinh hoạt", YTD, approx="about",
        total=36000, location="Gia Lai"),
    fig("Gần 62.000 ha", "62.000", 62000, "measure", "ha", "cây trồng bị khô hạn", inh(YTD), approx="nearly"),
    fig("ước tính 1.200 tỷ đồng", "1.200", 1_200_000_000_000, "money", "đồng", "thiệt hại do khô hạn", inh(YTD),
        status="estimate"),
    fig("hỗ trợ 100 tỷ đồng", "100", 100_000_000_000, "money", "đồng",
        "hỗ trợ từ nguồn dự trữ quốc gia để khoan giếng, nạo vét kênh", status="forecast"),
    fig("tối thiểu 20%", "20", 20, "percent", "%", "dung tích các hồ giữ lại để cấp nước sinh hoạt",
        per("đến hết tháng 7", end="2024-07-31"), approx="at_least", status="target"),
]

COMMENTS = [
    "p545-6 (invented): national press — irrigation reservoirs running dry, hydropower storage, households short of water.",
    "Dateline 'Thứ hai, 3/6/2024, 07:00 (GMT+7)', byline at the end. National figures -> Việt Nam; provinces in lists -> location.",
    "'lần lượt đạt 21%, 34%, 38% và 40%' pairs each percent with the province in the same order. 'Bốn tỉnh' labels the ranking",
    "group (optional, as 'top 10' in the shared gold). '31/5' and '2/6' take the year of the dateline. 'thấp hơn 2,1 tỷ m³ so với",
    "trung bình nhiều năm' is the change of 12,4 tỷ m³ (value with the multiplier applied, unit m³); 'cao hơn mực nước chết 5,3 m'",
    "is the change of 55,8 m. 'trong đó Đắk Lắk hơn 12.000 hộ, Gia Lai khoảng 8.500 hộ' are parts of 36.000 hộ.",
    "'Từ đầu năm đến nay' ends at the dateline. 'Bộ đặt mục tiêu … tối thiểu 20% … đến hết tháng 7' is a target (as-of end 31/7).",
    "Distractors: (GMT+7), 07:00, 'một nửa' (not a number figure), dates 31/5 and 2/6.",
]

if __name__ == "__main__":
    emit("p545-6", TEXT, COMMENTS, FIGS, published="2024-06-03", location="Việt Nam")
