"""p1021-6: national newspaper, TP HCM pedestrian overpasses left unused."""
from lib import F, P, inh, chg, write

TEXT = """Thời sự > Giao thông

Nhiều cầu vượt bộ hành ở TP HCM bị bỏ không

Khoảng 40% trong số 132 cầu vượt bộ hành tại TP HCM hầu như không có người đi, trong khi mỗi năm thành phố vẫn chi hàng tỷ đồng để duy tu.

Thứ hai, 9/12/2024, 06:30 (GMT+7)

Theo Sở Giao thông vận tải TP HCM, tính đến cuối tháng 11/2024, thành phố có 132 cầu vượt bộ hành, trong đó 58 cầu do nhà đầu tư xây dựng theo hình thức xã hội hóa, đổi lại được khai thác quảng cáo trên thân cầu. Mỗi cầu có chi phí xây dựng 5-12 tỷ đồng, chi phí duy tu khoảng 150 triệu đồng/cầu/năm.

Khảo sát của Sở trong năm 2023 tại 30 cầu cho thấy, bình quân mỗi cầu chỉ có 85 lượt người đi bộ/ngày. Cầu đông nhất trên đường Cộng Hòa (quận Tân Bình) đạt hơn 1.100 lượt/ngày, cầu vắng nhất trên Quốc lộ 1 (quận Bình Tân) chưa tới 10 lượt/ngày. Như vậy, lượng người qua cầu Cộng Hòa gấp khoảng 13 lần mức bình quân. Một số cầu ở trung tâm như cầu trước công viên 23/9 (quận 1) cũng khá đông người qua lại.

Theo Ban An toàn giao thông thành phố, 10 tháng năm 2024 toàn thành phố có 142 người đi bộ tử vong vì tai nạn giao thông, chiếm khoảng 22% tổng số người chết, tăng 9 người so với cùng kỳ.

TS Nguyễn Hữu Nguyên, chuyên gia giao thông, cho rằng nhiều cầu đặt sai vị trí, cách trạm xe buýt hay cổng trường 200-300 m nên người dân không muốn đi. "Cầu vượt phải đặt đúng chỗ người cần qua đường, kèm dải phân cách cứng để ngăn băng ngang", ông nói.

Sở Giao thông vận tải dự kiến trong năm 2025 tháo dỡ 12 cầu vượt không phát huy hiệu quả, đồng thời xây mới 5 cầu gần trường học và bệnh viện với kinh phí khoảng 48 tỷ đồng.

Gia Minh
"""

ASOF = P("tính đến cuối tháng 11/2024", end="2024-11-30")
Y23 = P("trong năm 2023", "2023-01-01", "2023-12-31")
Y25 = P("trong năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Khoảng 40%", "40", 40, "percent", "%", approx="about",
      subject="cầu vượt bộ hành hầu như không có người đi"),
    F("trong số 132 cầu", "132", 132, "count", "cầu vượt bộ hành", subject="cầu vượt bộ hành tại TP HCM"),
    F("hàng tỷ đồng", "tỷ", 1e9, "money", "đồng", approx="about",
      subject="kinh phí duy tu cầu vượt mỗi năm", optional=True),
    F("có 132 cầu vượt", "132", 132, "count", "cầu vượt bộ hành", subject="cầu vượt bộ hành", period=ASOF),
    F("trong đó 58 cầu", "58", 58, "count", "cầu", total=132,
      subject="cầu vượt do nhà đầu tư xây dựng theo hình thức xã hội hóa", period=ASOF),
    F("xây dựng 5-12 tỷ đồng", "5", 5e9, "money", "đồng/cầu", value_max=12e9,
      subject="chi phí xây dựng mỗi cầu vượt"),
    F("khoảng 150 triệu đồng/cầu/năm", "150", 150e6, "money", "đồng/cầu/năm", approx="about",
      subject="chi phí duy tu cầu vượt"),
    F("tại 30 cầu", "30", 30, "count", "cầu", subject="cầu vượt được khảo sát", period=Y23),
    F("có 85 lượt", "85", 85, "measure", "lượt người đi bộ/ngày",
      subject="lượt người đi bộ bình quân mỗi cầu", period=Y23),
    F("hơn 1.100 lượt/ngày", "1.100", 1100, "measure", "lượt/ngày", approx="over",
      subject="lượt người đi bộ qua cầu vượt đường Cộng Hòa", period=inh(Y23), location="Tân Bình"),
    F("chưa tới 10 lượt/ngày", "10", 10, "measure", "lượt/ngày", approx="under",
      subject="lượt người đi bộ qua cầu vượt trên Quốc lộ 1", period=inh(Y23), location="Bình Tân"),
    F("gấp khoảng 13 lần", "13", 13, "multiple", "lần", approx="about",
      subject="lượng người qua cầu Cộng Hòa so với mức bình quân", location="Tân Bình"),
    F("có 142 người", "142", 142, "count", "người", percent=22,
      change=chg("increase", 9, "người", "cùng kỳ"),
      subject="người đi bộ tử vong vì tai nạn giao thông",
      period=P("10 tháng năm 2024", "2024-01-01", "2024-10-31")),
    F("cổng trường 200-300 m", "200", 200, "measure", "m", value_max=300,
      subject="khoảng cách từ cầu vượt đến trạm xe buýt, cổng trường", optional=True),
    F("tháo dỡ 12 cầu", "12", 12, "count", "cầu vượt", status="forecast",
      subject="cầu vượt không phát huy hiệu quả bị tháo dỡ", period=Y25),
    F("xây mới 5 cầu", "5", 5, "count", "cầu", status="forecast",
      subject="cầu vượt xây mới gần trường học và bệnh viện", period=Y25),
    F("khoảng 48 tỷ đồng", "48", 48e9, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí xây mới cầu vượt", period=Y25),
]

NOTES = [
    "National newspaper (VnExpress style), Thứ hai, 9/12/2024: TP HCM pedestrian overpasses, costs, users per day, deaths, plan.",
    "Distractors: 06:30 (GMT+7), đường Cộng Hòa, Quốc lộ 1, công viên 23/9, quận 1, 'tháng 11/2024' as an as-of date.",
    "'Khoảng 40% trong số 132 cầu': a share with no count of its own, a percent figure; 132 is its own count figure.",
    "'gấp khoảng 13 lần mức bình quân' standing as its own sentence: multiple. Per-bridge money keeps the denominator (đồng/cầu).",
    "Expert's '200-300 m' (a generalisation in an opinion) and lead's 'hàng tỷ đồng' are optional.",
]

write("p1021-6", TEXT, FIGS, published="2024-12-09", location="Hồ Chí Minh", notes=NOTES)
