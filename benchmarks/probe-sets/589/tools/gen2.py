from lib import F, P, I, CH, TG, emit

TEXT = """UBND HUYỆN ĐỨC HÒA - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức - Sự kiện / Kinh tế - Hạ tầng

Đức Hòa: 9 tháng thay mới 1.240 bộ đèn LED chiếu sáng công cộng

Thứ Sáu, 18/10/2024 - 14:25

Trong 9 tháng năm 2024, huyện Đức Hòa đã thay thế 1.240 bộ đèn cao áp sodium công suất 250 W bằng đèn LED công suất 100 W trên các tuyến đường huyện và đường trục xã, đạt 82,7% kế hoạch năm (kế hoạch 1.500 bộ). Trong đó, thị trấn Hậu Nghĩa 315 bộ, thị trấn Đức Hòa 228 bộ, các xã Đức Hòa Hạ, Mỹ Hạnh Nam, Hựu Thạnh 697 bộ. Tổng kinh phí thực hiện hơn 6,8 tỷ đồng, trong đó ngân sách huyện 4,2 tỷ đồng, nguồn xã hội hóa khoảng 2,6 tỷ đồng.

Theo Điện lực Đức Hòa, sau khi thay thế, điện năng tiêu thụ của hệ thống chiếu sáng công cộng giảm từ 55 đến 60%; ước tính mỗi năm tiết kiệm khoảng 412.000 kWh, tương đương gần 1,2 tỷ đồng tiền điện.

Đến nay, tỷ lệ đèn LED trên các tuyến đường do huyện quản lý đạt 78%, tăng 21 điểm phần trăm so với cuối năm 2023. Toàn huyện có 186 km đường được chiếu sáng, chiếm 64,5% tổng chiều dài đường huyện, đường xã. Riêng đường tỉnh 825 và đường tỉnh 824 qua địa bàn đã được chiếu sáng toàn tuyến.

Phấn đấu đến năm 2025, tỷ lệ đèn LED trên toàn hệ thống chiếu sáng của huyện đạt 100% và 100% tuyến đường trục xã có đèn chiếu sáng.

Người dân phát hiện đèn hư hỏng có thể báo qua số điện thoại 0272.3779.215 (Phòng Kinh tế và Hạ tầng huyện).

Minh Thư (Trung tâm Văn hóa, Thể thao và Truyền thanh huyện)
"""

M9 = P("Trong 9 tháng năm 2024", "2024-01-01", "2024-09-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("mới 1.240 bộ", "1.240", 1240, "count", "bộ đèn", "bộ đèn LED chiếu sáng công cộng thay mới",
      P("9 tháng", "2024-01-01", "2024-09-30")),
    F("thế 1.240 bộ", "1.240", 1240, "count", "bộ đèn", "bộ đèn cao áp sodium thay thế bằng đèn LED", M9,
      percent=82.7, target=TG(1500, "bộ")),
    F("công suất 250 W", "250", 250, "measure", "W", "công suất đèn cao áp sodium", optional=True),
    F("công suất 100 W", "100", 100, "measure", "W", "công suất đèn LED", optional=True),
    F("Hậu Nghĩa 315 bộ", "315", 315, "count", "bộ đèn", "bộ đèn thay thế tại thị trấn Hậu Nghĩa", I(M9),
      total=1240),
    F("Đức Hòa 228 bộ", "228", 228, "count", "bộ đèn", "bộ đèn thay thế tại thị trấn Đức Hòa", I(M9), total=1240),
    F("Hựu Thạnh 697 bộ", "697", 697, "count", "bộ đèn",
      "bộ đèn thay thế tại các xã Đức Hòa Hạ, Mỹ Hạnh Nam, Hựu Thạnh", I(M9), total=1240),
    F("hơn 6,8 tỷ đồng", "6,8", 6.8e9, "money", "đồng", "tổng kinh phí thực hiện", I(M9), approx="over"),
    F("huyện 4,2 tỷ đồng", "4,2", 4.2e9, "money", "đồng", "kinh phí từ ngân sách huyện", I(M9), total=6.8e9),
    F("khoảng 2,6 tỷ đồng", "2,6", 2.6e9, "money", "đồng", "kinh phí từ nguồn xã hội hóa", I(M9),
      approx="about", total=6.8e9),
    F("từ 55 đến 60%", "55", 55, "percent", "%", "điện năng tiêu thụ của hệ thống chiếu sáng công cộng giảm",
      value_max=60),
    F("khoảng 412.000 kWh", "412.000", 412000, "measure", "kWh", "điện năng tiết kiệm mỗi năm",
      approx="about", status="estimate"),
    F("gần 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "tiền điện tiết kiệm mỗi năm",
      approx="nearly", status="estimate"),
    F("đạt 78%", "78", 78, "percent", "%", "tỷ lệ đèn LED trên các tuyến đường do huyện quản lý",
      P("Đến nay", None, "2024-10-18"),
      change=CH("increase", 21, "điểm phần trăm", "cuối năm 2023")),
    F("có 186 km", "186", 186, "measure", "km", "đường được chiếu sáng", percent=64.5),
    F("đạt 100%", "100", 100, "percent", "%", "tỷ lệ đèn LED trên toàn hệ thống chiếu sáng của huyện", T25,
      status="target"),
    F("và 100% tuyến", "100", 100, "percent", "%", "tuyến đường trục xã có đèn chiếu sáng", T25,
      status="target"),
]

COMMENTS = [
    "District portal (huyện Đức Hòa, Long An): 9-month LED street-light replacement, funding, electricity saved.",
    "Dateline 'Thứ Sáu, 18/10/2024 - 14:25' gives published; byline at the end.",
    "Distractors: đường tỉnh 825 / 824, phone 0272.3779.215, 'Điện lực Đức Hòa'.",
    "Lamp ratings 'công suất 250 W / 100W' describe lamp types: optional.",
    "Parts after 'Trong đó' are towns and communes (below district level): location stays Đức Hòa (FIGURES.md: province, city",
    "or district). 'kế hoạch 1.500 bộ' in brackets is the plan: target 1500 of the 1.240 figure, with its 82,7% as percent.",
    "'giảm từ 55 đến 60%' is a rate that is the claim: percent figure with no change. '412.000 kWh, tương đương gần 1,2 tỷ đồng':",
    "the equivalent amount is a money figure of its own (shared h01 convention); 'ước tính' makes both estimates.",
    "'tăng 21 điểm phần trăm so với cuối năm 2023' is the change of the 78% level. 'Đến nay' ends at the dateline.",
]

if __name__ == "__main__":
    emit("p589-2", TEXT, COMMENTS, FIGS, published="2024-10-18", location="Đức Hòa")
