"""p628-5: Party newspaper (Báo Hà Tĩnh style) — investment in PCCCR infrastructure, spring fires, 2025 targets."""
from lib import F, P, I, CH, emit

TEXT = """Hà Tĩnh đầu tư gần 40 tỷ đồng cho hạ tầng phòng cháy, chữa cháy rừng

(Báo Hà Tĩnh) - Trước nguy cơ cháy rừng gia tăng trong các đợt nắng nóng, Hà Tĩnh đã huy động nhiều nguồn lực đầu tư hạ tầng phòng cháy, chữa cháy rừng (PCCCR), góp phần bảo vệ hơn 360.000 ha rừng trên địa bàn.

Theo Sở NN&PTNT, giai đoạn 2021-2023, tỉnh đã đầu tư gần 40 tỷ đồng cho hạ tầng PCCCR, trong đó ngân sách Trung ương 24,5 tỷ đồng, ngân sách tỉnh 11,2 tỷ đồng, còn lại là nguồn xã hội hóa.

Đến nay, toàn tỉnh đã xây dựng 68 chòi canh lửa, 1.150 km đường băng cản lửa, 215 bể chứa nước phục vụ chữa cháy; trang bị 42 máy thổi gió và 18 máy bơm chữa cháy rừng.

Dù vậy, từ ngày 28/4 đến ngày 3/5/2024, tại các huyện Hương Khê, Vũ Quang, Can Lộc đã xảy ra 5 vụ cháy rừng, làm thiệt hại khoảng 43,6 ha rừng trồng, chủ yếu là thông và keo từ 5 đến 12 năm tuổi. Riêng vụ cháy tại tiểu khu 212, xã Hương Trạch (huyện Hương Khê) đã huy động hơn 600 người của Bộ Chỉ huy Quân sự tỉnh, Sư đoàn 324 và người dân cùng 12 xe chữa cháy; diện tích rừng bị thiệt hại 18,3 ha.

Ông Nguyễn Văn Hà, Chi cục trưởng Chi cục Kiểm lâm Hà Tĩnh cho biết, năm 2024 tỉnh dự kiến bố trí thêm 9,5 tỷ đồng để nâng cấp 120 km đường băng cản lửa; phấn đấu đến năm 2025, tỷ lệ che phủ rừng đạt 52,5% và diện tích rừng bị cháy giảm 30% so với giai đoạn 2016-2020.

Khi phát hiện cháy rừng, người dân báo ngay cho Chi cục Kiểm lâm qua số điện thoại 0239.3855.114 hoặc chính quyền địa phương gần nhất.

Thu Hà - Nguyễn Tuấn

22/05/2024"""

G = P("giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
NOW = P("Đến nay", None, "2024-05-22")
FIRE = P("từ ngày 28/4 đến ngày 3/5/2024", "2024-04-28", "2024-05-03")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("đầu tư gần 40 tỷ đồng cho hạ tầng phòng", "40", 40e9, "money", "đồng",
      "đầu tư cho hạ tầng phòng cháy, chữa cháy rừng", I(G), approx="nearly"),
    F("hơn 360.000 ha", "360.000", 360000, "measure", "ha", "rừng trên địa bàn", approx="over"),
    F("đầu tư gần 40 tỷ đồng cho hạ tầng PCCCR", "40", 40e9, "money", "đồng", "đầu tư cho hạ tầng PCCCR", G,
      approx="nearly"),
    F("24,5 tỷ đồng", "24,5", 24.5e9, "money", "đồng", "ngân sách Trung ương đầu tư cho hạ tầng PCCCR", G, total=40e9),
    F("11,2 tỷ đồng", "11,2", 11.2e9, "money", "đồng", "ngân sách tỉnh đầu tư cho hạ tầng PCCCR", G, total=40e9),
    F("xây dựng 68 chòi", "68", 68, "count", "chòi canh lửa", "chòi canh lửa đã xây dựng", NOW),
    F("1.150 km", "1.150", 1150, "measure", "km", "đường băng cản lửa", NOW),
    F("215 bể", "215", 215, "count", "bể chứa nước", "bể chứa nước phục vụ chữa cháy", NOW),
    F("trang bị 42 máy", "42", 42, "count", "máy thổi gió", "máy thổi gió trang bị", NOW),
    F("18 máy bơm", "18", 18, "count", "máy bơm", "máy bơm chữa cháy rừng trang bị", NOW),
    F("xảy ra 5 vụ", "5", 5, "count", "vụ", "vụ cháy rừng", FIRE),
    F("khoảng 43,6 ha", "43,6", 43.6, "measure", "ha", "rừng trồng bị thiệt hại do cháy", FIRE, approx="about"),
    F("từ 5 đến 12 năm tuổi", "5", 5, "measure", "năm tuổi", "tuổi rừng thông và keo bị cháy", FIRE,
      value_max=12, optional=True, note="age of the burnt stands: a description, optional"),
    F("hơn 600 người", "600", 600, "count", "người", "người được huy động chữa cháy", approx="over",
      location="Hương Khê"),
    F("12 xe", "12", 12, "count", "xe chữa cháy", "xe chữa cháy huy động", location="Hương Khê"),
    F("thiệt hại 18,3 ha", "18,3", 18.3, "measure", "ha", "diện tích rừng bị thiệt hại", location="Hương Khê"),
    F("thêm 9,5 tỷ đồng", "9,5", 9.5e9, "money", "đồng", "kinh phí nâng cấp đường băng cản lửa", Y24,
      status="forecast"),
    F("nâng cấp 120 km", "120", 120, "measure", "km", "đường băng cản lửa nâng cấp", Y24, status="forecast"),
    F("đạt 52,5%", "52,5", 52.5, "percent", "%", "tỷ lệ che phủ rừng", T25, status="target"),
    F("giảm 30%", "30", 30, "percent", "%", "diện tích rừng bị cháy so với giai đoạn 2016-2020", T25, status="target"),
]

COMMENTS = [
    "Party newspaper (Báo Hà Tĩnh style, invented): hạ tầng PCCCR 2021-2023, cháy rừng cuối tháng 4/2024, mục tiêu 2025.",
    "Byline and bare date '22/05/2024' at the end: published. '(Báo Hà Tĩnh)' tag; the province is named: location Hà Tĩnh.",
    "Not figures: 'tiểu khu 212', 'Sư đoàn 324', 'giai đoạn 2016-2020' (a baseline), phone 0239.3855.114, dates 28/4, 3/5/2024.",
    "Headline 'gần 40 tỷ đồng' restates the lead's figure; its period (giai đoạn 2021-2023) is inherited.",
    "Budget parts after 'trong đó' take total 40 tỷ (the whole as written, 'gần 40'). The 5 fires in three districts stay",
    "at Hà Tĩnh; the single fire in 'xã Hương Trạch (huyện Hương Khê)' is Hương Khê's (no period: no date in its sentence).",
    "'từ 5 đến 12 năm tuổi' is a stand age (optional). 'dự kiến' → forecast (its own clause); 'phấn đấu đến năm 2025' → target,",
    "'diện tích rừng bị cháy giảm 30% so với giai đoạn 2016-2020' is a rate as the claim: percent figure, no change.",
]

if __name__ == "__main__":
    emit("p628-5", TEXT, COMMENTS, FIGS, published="2024-05-22", location="Hà Tĩnh")
