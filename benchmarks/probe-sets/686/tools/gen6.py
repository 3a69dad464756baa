from lib import F, P, I, CH, emit

TEXT = """Thời sự › Giao thông
Thứ hai, 6/1/2025, 07:00 (GMT+7)

Hơn 602.000 người vi phạm nồng độ cồn bị xử lý trong năm 2024

Năm 2024, CSGT toàn quốc phát hiện, xử lý hơn 602.000 trường hợp vi phạm nồng độ cồn, tăng gần 1,8 lần so với năm 2023, phạt tiền gần 3.420 tỷ đồng.

Cũng trong năm 2024, tai nạn giao thông xảy ra 24.580 vụ, làm chết 10.920 người, bị thương 19.970 người; so với năm 2023 giảm lần lượt 8,9%, 5,6% và 10,2%. Tỷ lệ tử vong do tai nạn giao thông ở mức 10,8 người/10 vạn dân.

Theo Tổ chức Y tế Thế giới (WHO), khoảng 40-45% số vụ tai nạn giao thông nghiêm trọng tại Việt Nam có liên quan đến rượu, bia. Việt Nam hiện đứng thứ 3 châu Á về mức tiêu thụ bia, bình quân mỗi người trưởng thành tiêu thụ 8,3 lít cồn nguyên chất/năm.

Từ ngày 1/1/2025, Nghị định 168/2024/NĐ-CP có hiệu lực. Người điều khiển ô tô vi phạm nồng độ cồn ở mức cao nhất bị phạt từ 30 đến 40 triệu đồng và trừ 12 điểm giấy phép lái xe.

Theo Thiếu tướng Nguyễn Văn Mạnh, Phó cục trưởng Cục Cảnh sát giao thông, trong 5 ngày đầu năm 2025, số trường hợp vi phạm nồng độ cồn bình quân mỗi ngày giảm khoảng 70% so với cùng kỳ; cả nước ghi nhận 146 vụ tai nạn giao thông, giảm 53 vụ.

"Lực lượng CSGT sẽ duy trì kiểm soát nồng độ cồn ở tất cả các tuyến, từ đường cao tốc Hà Nội - Hải Phòng đến đường liên thôn", ông Mạnh nói. Luật Phòng, chống tác hại của rượu, bia năm 2019 cũng cấm điều khiển phương tiện khi trong máu hoặc hơi thở có nồng độ cồn.

Gia Chính
"""

Y = P("Năm 2024", "2024-01-01", "2024-12-31")
Y2 = P("Cũng trong năm 2024", "2024-01-01", "2024-12-31")
D5 = P("trong 5 ngày đầu năm 2025", "2025-01-01", "2025-01-05")

FIGS = [
    F("Hơn 602.000 người", "602.000", 602000, "count", "người", "người vi phạm nồng độ cồn bị xử lý",
      P("trong năm 2024", "2024-01-01", "2024-12-31"), approx="over"),
    F("hơn 602.000 trường hợp", "602.000", 602000, "count", "trường hợp", "trường hợp vi phạm nồng độ cồn", Y,
      approx="over", change=CH("increase", 1.8, "lần", "năm 2023", approx="nearly")),
    F("gần 3.420 tỷ đồng", "3.420", 3420000000000, "money", "đồng", "tiền phạt vi phạm nồng độ cồn", Y, approx="nearly"),
    F("xảy ra 24.580 vụ", "24.580", 24580, "count", "vụ", "vụ tai nạn giao thông", Y2,
      change=CH("decrease", 8.9, "%", "năm 2023")),
    F("chết 10.920 người", "10.920", 10920, "count", "người", "người chết do tai nạn giao thông", Y2,
      change=CH("decrease", 5.6, "%", "năm 2023")),
    F("thương 19.970 người", "19.970", 19970, "count", "người", "người bị thương do tai nạn giao thông", Y2,
      change=CH("decrease", 10.2, "%", "năm 2023")),
    F("mức 10,8 người", "10,8", 10.8, "measure", "người/10 vạn dân", "tỷ lệ tử vong do tai nạn giao thông", I(Y2)),
    F("khoảng 40-45%", "40", 40, "percent", "%",
      "số vụ tai nạn giao thông nghiêm trọng có liên quan đến rượu, bia", value_max=45, approx="about"),
    F("đứng thứ 3", "3", 3, "rank", "hạng", "mức tiêu thụ bia ở châu Á"),
    F("tiêu thụ 8,3 lít", "8,3", 8.3, "measure", "lít cồn nguyên chất/năm",
      "lượng cồn nguyên chất bình quân mỗi người trưởng thành tiêu thụ"),
    F("từ 30 đến 40 triệu đồng", "30", 30000000, "money", "đồng", "mức phạt người điều khiển ô tô vi phạm nồng độ cồn ở mức cao nhất",
      value_max=40000000, optional=True),
    F("trừ 12 điểm", "12", 12, "measure", "điểm", "điểm giấy phép lái xe bị trừ", optional=True),
    F("khoảng 70% so", "70", 70, "percent", "%", "số trường hợp vi phạm nồng độ cồn bình quân mỗi ngày",
      D5, approx="about"),
    F("ghi nhận 146 vụ", "146", 146, "count", "vụ", "vụ tai nạn giao thông", D5,
      change=CH("decrease", 53, "vụ")),
]

COMMENTS = [
    "p686-6 — national press (VnExpress-style 'Thứ hai, 6/1/2025, 07:00 (GMT+7)', byline at the end): national drink-driving year 2024.",
    "Distractors: '(GMT+7)', 'Nghị định 168/2024/NĐ-CP', 'Từ ngày 1/1/2025', 'đường cao tốc Hà Nội - Hải Phòng', 'Luật … năm 2019', '10 vạn dân'",
    "(rate denominator), 'năm 2023' (baseline).",
    "Headline and lead both say 'hơn 602.000' (người / trường hợp): two mentions, two figures. 'tăng gần 1,8 lần so với năm 2023' is the",
    "lead figure's change (lần, nearly). 'giảm lần lượt 8,9%, 5,6% và 10,2%' are the changes of 24.580 vụ / 10.920 / 19.970, in order.",
    "'10,8 người/10 vạn dân' -> measure with the rate in the unit. WHO '40-45%' and '8,3 lít cồn nguyên chất/năm' have no period phrase; 'đứng thứ 3' rank.",
    "The Decree's fine band '30 đến 40 triệu đồng' and 'trừ 12 điểm' are legal rules, not statistics: optional.",
    "'trong 5 ngày đầu năm 2025' -> 2025-01-01..2025-01-05. 'giảm khoảng 70% so với cùng kỳ' with no base amount is a percent figure;",
    "'146 vụ …, giảm 53 vụ' -> change of 146 (no baseline named).",
]

if __name__ == "__main__":
    emit("p686-6", TEXT, COMMENTS, FIGS, published="2025-01-06", location="Việt Nam")
