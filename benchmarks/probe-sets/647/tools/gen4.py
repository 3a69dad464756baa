"""p647-4: Bộ Giao thông vận tải site, personal vehicles and static-traffic land, national with Hà Nội / TP.HCM."""
from lib import F, P, I, CH, emit

TEXT = """BỘ GIAO THÔNG VẬN TẢI
Trang chủ / Tin tức / Hoạt động của Bộ

Phương tiện cá nhân tăng nhanh, đất giao thông tĩnh ở đô thị lớn mới đạt 1-2%

Ngày đăng: 12/03/2024 | Lượt xem: 1.204

Theo số liệu của Cục Cảnh sát giao thông, tính đến hết năm 2023, cả nước có khoảng 6,3 triệu ô tô và hơn 74,1 triệu xe mô tô, xe gắn máy đang lưu hành. Riêng năm 2023, số ô tô đăng ký mới đạt 452.000 xe, tăng 8,7% so với năm 2022.

Tại hai đô thị đặc biệt, Hà Nội hiện quản lý hơn 1,1 triệu ô tô và khoảng 6,9 triệu xe máy; TP. Hồ Chí Minh có khoảng 1 triệu ô tô và gần 7,6 triệu xe máy. Tốc độ tăng phương tiện cá nhân bình quân tại hai thành phố lần lượt là 10,2% và 9,5%/năm, trong khi diện tích đất dành cho giao thông đô thị trên cả nước chỉ tăng khoảng 0,4%/năm.

Quỹ đất dành cho giao thông tĩnh tại các đô thị lớn hiện mới đạt 1-2% diện tích đất xây dựng đô thị, trong khi quy chuẩn yêu cầu từ 3 đến 4%. Tại Hà Nội, các bãi đỗ xe công cộng mới đáp ứng khoảng 10% nhu cầu; tại TP. Hồ Chí Minh, con số này chỉ khoảng 8%.

Dự báo đến năm 2030, số ô tô cả nước có thể đạt khoảng 10 triệu xe. Theo Quyết định số 1454/QĐ-TTg, Bộ đặt mục tiêu đến năm 2030 đất dành cho giao thông tại các đô thị đạt tối thiểu 20% đất xây dựng đô thị, đất giao thông tĩnh từ 3 đến 4%; Hà Nội phấn đấu đáp ứng 30-35% nhu cầu đi lại bằng vận tải hành khách công cộng, TP. Hồ Chí Minh đạt 25-30%.

Bộ đề nghị các địa phương thực hiện nghiêm Nghị định 100/2019/NĐ-CP về xử phạt vi phạm dừng, đỗ xe sai quy định.

Đường dây nóng: 024.3942.4015
"""

ASOF = P("tính đến hết năm 2023", None, "2023-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
HN, HCM = "Hà Nội", "TP. Hồ Chí Minh"

FIGS = [
    F("ở đô thị lớn mới đạt 1-2%", "1", 1, "percent", "%", "đất giao thông tĩnh ở đô thị lớn", value_max=2),
    F("khoảng 6,3 triệu ô tô", "6,3", 6.3e6, "count", "ô tô", "ô tô đang lưu hành", ASOF, approx="about"),
    F("hơn 74,1 triệu xe", "74,1", 74.1e6, "count", "xe mô tô, xe gắn máy", "xe mô tô, xe gắn máy đang lưu hành",
      ASOF, approx="over"),
    F("đạt 452.000 xe", "452.000", 452000, "count", "xe", "ô tô đăng ký mới", Y23,
      change=CH("increase", 8.7, "%", "năm 2022")),
    F("Tại hai đô thị", "hai", 2, "count", "đô thị đặc biệt", "đô thị đặc biệt", optional=True),
    F("hơn 1,1 triệu ô tô", "1,1", 1.1e6, "count", "ô tô", "ô tô Hà Nội quản lý", approx="over", location=HN),
    F("khoảng 6,9 triệu xe máy", "6,9", 6.9e6, "count", "xe máy", "xe máy Hà Nội quản lý", approx="about", location=HN),
    F("khoảng 1 triệu ô tô", "1", 1e6, "count", "ô tô", "ô tô", approx="about", location=HCM),
    F("gần 7,6 triệu xe máy", "7,6", 7.6e6, "count", "xe máy", "xe máy", approx="nearly", location=HCM),
    F("tại hai thành phố", "hai", 2, "count", "thành phố", "thành phố", optional=True),
    F("là 10,2%", "10,2", 10.2, "percent", "%", "tốc độ tăng phương tiện cá nhân bình quân", location=HN),
    F("và 9,5%/năm", "9,5", 9.5, "percent", "%", "tốc độ tăng phương tiện cá nhân bình quân", location=HCM),
    F("khoảng 0,4%/năm", "0,4", 0.4, "percent", "%", "tốc độ tăng diện tích đất dành cho giao thông đô thị",
      approx="about"),
    F("hiện mới đạt 1-2%", "1", 1, "percent", "%",
      "quỹ đất dành cho giao thông tĩnh tại các đô thị lớn so với diện tích đất xây dựng đô thị", value_max=2),
    F("yêu cầu từ 3 đến 4%", "3", 3, "percent", "%", "quỹ đất giao thông tĩnh quy chuẩn yêu cầu",
      value_max=4, optional=True),
    F("khoảng 10% nhu cầu", "10", 10, "percent", "%", "tỷ lệ đáp ứng nhu cầu của bãi đỗ xe công cộng",
      approx="about", location=HN),
    F("chỉ khoảng 8%", "8", 8, "percent", "%", "tỷ lệ đáp ứng nhu cầu của bãi đỗ xe công cộng",
      approx="about", location=HCM),
    F("khoảng 10 triệu xe", "10", 10e6, "count", "xe", "số ô tô cả nước", T30, approx="about", status="forecast"),
    F("tối thiểu 20%", "20", 20, "percent", "%", "đất dành cho giao thông tại các đô thị so với đất xây dựng đô thị",
      T30, approx="at_least", status="target"),
    F("tĩnh từ 3 đến 4%", "3", 3, "percent", "%", "đất giao thông tĩnh", T30, value_max=4, status="target"),
    F("đáp ứng 30-35%", "30", 30, "percent", "%", "nhu cầu đi lại bằng vận tải hành khách công cộng", T30,
      value_max=35, status="target", location=HN),
    F("đạt 25-30%", "25", 25, "percent", "%", "nhu cầu đi lại bằng vận tải hành khách công cộng", T30,
      value_max=30, status="target", location=HCM),
]

COMMENTS = [
    "Ministry site (Bộ GTVT), 'Ngày đăng: 12/03/2024 | Lượt xem: 1.204': vehicles nationwide, Hà Nội and TP.HCM, static-traffic land, 2030 targets.",
    "Growth rates given as the claim ('lần lượt là 10,2% và 9,5%/năm', 'chỉ tăng khoảng 0,4%/năm') are percent figures, no change.",
    "'quy chuẩn yêu cầu từ 3 đến 4%' is a norm, neither plainly a target of 1-2% nor a figure: optional. 'hai đô thị', 'hai thành phố' refer back: optional.",
    "'Dự báo đến năm 2030 ... khoảng 10 triệu xe' -> forecast; 'đặt mục tiêu' / 'phấn đấu' -> target; 'đến năm 2030' ends 2030-12-31.",
    "Distractors: Quyết định số 1454/QĐ-TTg, Nghị định 100/2019/NĐ-CP, Lượt xem, hotline.",
]

if __name__ == "__main__":
    emit("p647-4", TEXT, COMMENTS, FIGS, published="2024-03-12", location="Việt Nam")
