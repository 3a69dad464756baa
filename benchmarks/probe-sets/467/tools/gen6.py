from lib import F, P, build

TEXT = """Thời sự › Lao động

Gần 700 người chết vì tai nạn lao động năm 2023

Thứ năm, 29/2/2024, 14:20 (GMT+7)

Năm 2023, cả nước xảy ra 7.418 vụ tai nạn lao động (giảm 15,3% so với năm 2022), làm 7.562 người bị nạn, trong đó 698 người tử vong, theo báo cáo vừa được Bộ Lao động - Thương binh và Xã hội công bố.

Trong khu vực có quan hệ lao động, số vụ tai nạn chết người là 566 vụ, số người chết là 601 người, tăng 2,4% so với năm trước. Khu vực người lao động làm việc không theo hợp đồng ghi nhận 97 người chết, song con số thực tế có thể cao hơn do nhiều địa phương chưa thống kê đầy đủ.

Các địa phương có số người chết vì tai nạn lao động nhiều nhất gồm TP HCM (68 người), Bình Dương (41 người), Quảng Ninh (35 người), Hà Nội (33 người) và Đồng Nai (30 người). Quảng Ninh đứng thứ ba cả nước, chủ yếu do tai nạn trong khai thác than hầm lò.

Thiệt hại vật chất do tai nạn lao động năm 2023, gồm chi phí y tế, mai táng, bồi thường, trợ cấp, lên tới hơn 1,1 nghìn tỷ đồng; tổng số ngày nghỉ của người bị nạn là 109.654 ngày. Riêng chi phí bồi thường, trợ cấp của doanh nghiệp gấp 1,5 lần năm trước.

Quỹ bảo hiểm tai nạn lao động, bệnh nghề nghiệp trong năm đã chi trả cho khoảng 61.000 lượt người hưởng, với tổng số tiền gần 1.950 tỷ đồng.

Theo ông Hà Tất Thắng, Cục trưởng Cục An toàn lao động, Tháng hành động về an toàn, vệ sinh lao động lần thứ 8 năm 2024 sẽ được phát động tại Hà Nội. Mục tiêu đến năm 2025 giảm bình quân 4%/năm tần suất tai nạn lao động chết người trong các lĩnh vực có nguy cơ cao, theo Quyết định 2115/QĐ-TTg.

Hồng Chiêu
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23h = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
DEAD = "người chết vì tai nạn lao động"

FIGS = [
    F("Gần 700 người", "700", 700, "count", "người", DEAD, Y23h, approx="nearly"),
    F("xảy ra 7.418 vụ", "7.418", 7418, "count", "vụ", "vụ tai nạn lao động",
      P("Năm 2023", "2023-01-01", "2023-12-31"),
      change={"direction": "decrease", "value": 15.3, "unit": "%", "baseline": "năm 2022"}),
    F("làm 7.562 người bị nạn", "7.562", 7562, "count", "người", "người bị nạn", P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("trong đó 698 người", "698", 698, "count", "người", "người tử vong", P("Năm 2023", "2023-01-01", "2023-12-31"),
      total=7562),
    F("là 566 vụ", "566", 566, "count", "vụ", "số vụ tai nạn chết người khu vực có quan hệ lao động", Y23i),
    F("là 601 người", "601", 601, "count", "người", "số người chết khu vực có quan hệ lao động", Y23i,
      change={"direction": "increase", "value": 2.4, "unit": "%", "baseline": "năm trước"}),
    F("ghi nhận 97 người chết", "97", 97, "count", "người",
      "người chết khu vực người lao động làm việc không theo hợp đồng", Y23i),
    F("TP HCM (68 người)", "68", 68, "count", "người", DEAD, Y23i, location="Hồ Chí Minh"),
    F("Bình Dương (41 người)", "41", 41, "count", "người", DEAD, Y23i, location="Bình Dương"),
    F("Quảng Ninh (35 người)", "35", 35, "count", "người", DEAD, Y23i, location="Quảng Ninh"),
    F("Hà Nội (33 người)", "33", 33, "count", "người", DEAD, Y23i, location="Hà Nội"),
    F("Đồng Nai (30 người)", "30", 30, "count", "người", DEAD, Y23i, location="Đồng Nai"),
    F("đứng thứ ba cả nước", "ba", 3, "rank", "hạng", "số người chết vì tai nạn lao động", Y23i,
      location="Quảng Ninh"),
    F("hơn 1,1 nghìn tỷ đồng", "1,1", 1.1e12, "money", "đồng", "thiệt hại vật chất do tai nạn lao động", Y23,
      approx="over"),
    F("là 109.654 ngày", "109.654", 109654, "measure", "ngày", "tổng số ngày nghỉ của người bị nạn", Y23),
    F("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", "chi phí bồi thường, trợ cấp của doanh nghiệp", Y23i),
    F("khoảng 61.000 lượt", "61.000", 61000, "count", "lượt người hưởng",
      "lượt người hưởng bảo hiểm tai nạn lao động, bệnh nghề nghiệp", Y23i, approx="about"),
    F("gần 1.950 tỷ đồng", "1.950", 1950e9, "money", "đồng",
      "tổng số tiền Quỹ bảo hiểm tai nạn lao động, bệnh nghề nghiệp chi trả", Y23i, approx="nearly"),
    F("lần thứ 8", "8", 8, "count", "lần", optional=True),
    F("bình quân 4%/năm", "4", 4, "percent", "%", "giảm tần suất tai nạn lao động chết người trong các lĩnh vực có nguy cơ cao",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

COMMENTS = [
    "National press (VnExpress style): 'Thứ năm, 29/2/2024, 14:20 (GMT+7)'; national figures (Việt Nam) except list items and Quảng Ninh's rank.",
    "Headline 'Gần 700 người … năm 2023' is a figure (nearly). '(giảm 15,3% so với năm 2022)' bracketed change of 7.418 vụ; 698 after 'trong đó' of 7.562.",
    "566 vụ and 601 người: no total (not after a part-of cue). 'tăng 2,4% so với năm trước' is the change of 601 người.",
    "'hơn 1,1 nghìn tỷ đồng' = 1,1·10^12 (over). 'gấp 1,5 lần năm trước' stands alone as the claim: multiple. 'trong năm' inherits 2023.",
    "'lần thứ 8' (edition of an event) optional. 'giảm bình quân 4%/năm … đến năm 2025' target percent; 'Mục tiêu' cue.",
    "Distractors: dateline, '(GMT+7)', 'năm 2024' of the campaign, 'Quyết định 2115/QĐ-TTg', person's name, venue 'tại Hà Nội'.",
]

build(6, TEXT, COMMENTS, FIGS, published="2024-02-29", location="Việt Nam")
