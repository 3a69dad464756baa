from lib import F, P, I, C, T, build

TEXT = """BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ
Xã hội > Dân tộc - Tôn giáo

Gần 2.000 lượt cán bộ được bồi dưỡng tiếng Mông, tiếng Thái

Cập nhật lúc 15:40, Thứ ba, 11/03/2025

(ĐBP) - Thực hiện Nghị quyết số 17-NQ/TU của Tỉnh ủy, giai đoạn 2021-2024, tỉnh Điện Biên đã tổ chức 62 lớp bồi dưỡng tiếng dân tộc thiểu số cho 1.968 lượt cán bộ, công chức, viên chức và lực lượng vũ trang, vượt 12,5% so với kế hoạch đề ra. Trong đó, tiếng Mông có 35 lớp với 1.104 lượt học viên; tiếng Thái 27 lớp với 864 lượt học viên. Kết quả này đưa Điện Biên đứng thứ 2 trong các tỉnh vùng Tây Bắc về số cán bộ được bồi dưỡng tiếng dân tộc.

Riêng năm 2024, các huyện Mường Nhé, Nậm Pồ, Tủa Chùa mở 14 lớp, tăng 4 lớp so với năm 2023; số học viên đạt yêu cầu chiếm 94,6%. Mỗi học viên được hỗ trợ 70.000 đồng/ngày tiền ăn; thời gian học từ 45 đến 60 ngày tùy thứ tiếng.

Xã Sín Thầu (huyện Mường Nhé) cách trung tâm huyện hơn 100 km, đồng bào Mông, Hà Nhì chiếm đa số. Sau 2 tháng học, xã có 8/10 cán bộ, công chức người Kinh hoàn thành khóa học tiếng Mông. "Giờ đi vận động bà con, anh em nói được tiếng Mông nên dân tin hơn", ông Giàng A Dính, Chủ tịch UBND xã cho biết.

Theo Sở Nội vụ, năm 2025 tỉnh dự kiến mở 18 lớp cho khoảng 540 học viên với tổng kinh phí trên 2,1 tỷ đồng. Mục tiêu đến năm 2030, ít nhất 80% cán bộ, công chức cấp xã công tác ở vùng dân tộc thiểu số giao tiếp được bằng tiếng dân tộc nơi công tác.

Thu Hằng
"""

GD = P("giai đoạn 2021-2024", "2021-01-01", "2024-12-31")
Y24 = P("Riêng năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
FIGS = [
    F("Gần 2.000 lượt", "2.000", 2000, "count", "lượt cán bộ", approx="nearly",
      subject="lượt cán bộ được bồi dưỡng tiếng Mông, tiếng Thái", period=I(GD)),
    F("62 lớp", "62", 62, "count", "lớp", subject="lớp bồi dưỡng tiếng dân tộc thiểu số", period=GD),
    F("1.968 lượt", "1.968", 1968, "count", "lượt cán bộ, công chức, viên chức và lực lượng vũ trang",
      change=C("increase", 12.5, "%", "kế hoạch đề ra"),
      subject="lượt cán bộ, công chức, viên chức và lực lượng vũ trang được bồi dưỡng tiếng dân tộc", period=GD),
    F("có 35 lớp", "35", 35, "count", "lớp", total=62, subject="lớp tiếng Mông", period=I(GD)),
    F("1.104 lượt", "1.104", 1104, "count", "lượt học viên", total=1968, subject="lượt học viên tiếng Mông", period=I(GD)),
    F("Thái 27 lớp", "27", 27, "count", "lớp", total=62, subject="lớp tiếng Thái", period=I(GD)),
    F("864 lượt", "864", 864, "count", "lượt học viên", total=1968, subject="lượt học viên tiếng Thái", period=I(GD)),
    F("đứng thứ 2", "2", 2, "rank", "hạng",
      subject="số cán bộ được bồi dưỡng tiếng dân tộc trong các tỉnh vùng Tây Bắc", period=I(GD)),
    F("mở 14 lớp", "14", 14, "count", "lớp", change=C("increase", 4, "lớp", "năm 2023"),
      subject="lớp bồi dưỡng tiếng dân tộc", period=Y24),
    F("chiếm 94,6%", "94,6", 94.6, "percent", "%", subject="học viên đạt yêu cầu", period=Y24),
    F("70.000 đồng/ngày", "70.000", 70000, "money", "đồng/ngày", subject="hỗ trợ tiền ăn mỗi học viên"),
    F("từ 45 đến 60 ngày", "45", 45, "measure", "ngày", value_max=60, subject="thời gian học"),
    F("hơn 100 km", "100", 100, "measure", "km", approx="over",
      subject="khoảng cách từ xã Sín Thầu đến trung tâm huyện", location="Mường Nhé"),
    F("8/10 cán bộ", "8", 8, "count", "cán bộ, công chức", total=10,
      subject="cán bộ, công chức người Kinh hoàn thành khóa học tiếng Mông", location="Mường Nhé"),
    F("mở 18 lớp", "18", 18, "count", "lớp", status="forecast", subject="lớp bồi dưỡng tiếng dân tộc", period=Y25),
    F("khoảng 540 học viên", "540", 540, "count", "học viên", approx="about", status="forecast",
      subject="học viên", period=Y25),
    F("trên 2,1 tỷ đồng", "2,1", 2.1e9, "money", "đồng", approx="over", status="forecast",
      subject="tổng kinh phí", period=Y25),
    F("ít nhất 80%", "80", 80, "percent", "%", approx="at_least", status="target",
      subject="cán bộ, công chức cấp xã công tác ở vùng dân tộc thiểu số giao tiếp được bằng tiếng dân tộc nơi công tác",
      period=P("đến năm 2030", None, "2030-12-31")),
]

build("p960-8", TEXT, FIGS, published="2025-03-11", location="Điện Biên", notes=[
    "Báo Điện Biên Phủ online: headline figure, 'Cập nhật lúc 15:40, Thứ ba, 11/03/2025', tag '(ĐBP) -'; tiếng Mông/Thái classes 2021-2024.",
    "'vượt 12,5% so với kế hoạch đề ra' is the change (baseline the plan) of 1.968 lượt, the figure it follows.",
    "'Sau 2 tháng học' only locates in time: not a figure. The 14 classes in three districts stay provincial (Điện Biên).",
    "Distractors: Nghị quyết số 17-NQ/TU, time 15:40, 'Thứ ba', '(ĐBP)', 'năm 2023' baseline, byline.",
])
