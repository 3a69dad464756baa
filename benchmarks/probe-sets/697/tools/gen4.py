"""p697-4: Bộ Giao thông vận tải (ministry site), national EV fleet, chargers, type approvals, targets."""
from lib import F, P, I, CH, emit

TEXT = """BỘ GIAO THÔNG VẬN TẢI - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ » Tin tức » Tin hoạt động
Ngày đăng: 25/11/2024 | Lượt xem: 1.532

Cả nước có khoảng 145.000 ô tô điện đang lưu hành

Theo số liệu của Cục Đăng kiểm Việt Nam, tính đến hết tháng 10/2024, cả nước có khoảng 145.000 ô tô điện đang lưu hành, tăng gần 2,5 lần so với cuối năm 2023; trong đó xe con chiếm 91,2%, xe buýt điện có 1.357 xe.

Về hạ tầng, hiện cả nước có trên 150.000 cổng sạc, trong đó khoảng 18.500 cổng sạc nhanh; mạng lưới trạm sạc đã phủ 63/63 tỉnh, thành phố. Hà Nội và TP. Hồ Chí Minh là 2 địa phương có nhiều trạm sạc nhất, lần lượt với 3.520 trạm và 2.870 trạm.

Năm 2024, Cục Đăng kiểm Việt Nam đã cấp giấy chứng nhận chất lượng an toàn kỹ thuật và bảo vệ môi trường cho 218 kiểu loại xe điện, trong đó 136 kiểu loại sản xuất, lắp ráp trong nước. Kim ngạch nhập khẩu ô tô điện 10 tháng ước đạt 512 triệu USD, giảm 6,8% so với cùng kỳ.

Theo Quyết định số 876/QĐ-TTg ngày 22/7/2022 của Thủ tướng Chính phủ, từ năm 2025 xe buýt thay thế, đầu tư mới tại các đô thị phải sử dụng điện, năng lượng xanh; phấn đấu đến năm 2030 tối thiểu 50% số xe buýt sử dụng điện, năng lượng xanh, xe taxi điện đạt 30%; đến năm 2050 chuyển đổi 100% phương tiện giao thông đường bộ sang sử dụng điện, năng lượng xanh.

Thứ trưởng Nguyễn Duy Lâm đề nghị các địa phương rà soát quy hoạch, bố trí quỹ đất cho ít nhất 2 điểm sạc tại mỗi trạm dừng nghỉ trên tuyến cao tốc Bắc – Nam phía Đông.

Địa chỉ: Số 80 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3942.4050
"""

ASOF = P("tính đến hết tháng 10/2024", end="2024-10-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
M10 = P("10 tháng", "2024-01-01", "2024-10-31")
T30 = P("đến năm 2030", end="2030-12-31")
T50 = P("đến năm 2050", end="2050-12-31")

FIGS = [
    F("Cả nước có khoảng 145.000", "145.000", 145000, "count", "ô tô điện", "ô tô điện đang lưu hành", I(ASOF),
      approx="about"),
    F("cả nước có khoảng 145.000 ô tô điện đang lưu hành,", "145.000", 145000, "count", "ô tô điện",
      "ô tô điện đang lưu hành", ASOF, approx="about",
      change=CH("increase", 2.5, "lần", "cuối năm 2023", approx="nearly")),
    F("chiếm 91,2%", "91,2", 91.2, "percent", "%", "tỷ lệ xe con trong ô tô điện đang lưu hành", ASOF),
    F("có 1.357 xe", "1.357", 1357, "count", "xe", "xe buýt điện đang lưu hành", ASOF, total=145000),
    F("trên 150.000 cổng sạc", "150.000", 150000, "count", "cổng sạc", "cổng sạc", approx="over"),
    F("khoảng 18.500 cổng sạc nhanh", "18.500", 18500, "count", "cổng sạc nhanh", "cổng sạc nhanh",
      approx="about", total=150000),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố có mạng lưới trạm sạc", total=63),
    F("là 2 địa phương", "2", 2, "count", "địa phương", "địa phương có nhiều trạm sạc nhất", optional=True),
    F("với 3.520 trạm", "3.520", 3520, "count", "trạm", "trạm sạc", location="Hà Nội"),
    F("và 2.870 trạm", "2.870", 2870, "count", "trạm", "trạm sạc", location="TP. Hồ Chí Minh"),
    F("cho 218 kiểu loại", "218", 218, "count", "kiểu loại xe điện",
      "kiểu loại xe điện được cấp giấy chứng nhận chất lượng an toàn kỹ thuật và bảo vệ môi trường", Y24),
    F("136 kiểu loại", "136", 136, "count", "kiểu loại", "kiểu loại xe điện sản xuất, lắp ráp trong nước", Y24,
      total=218),
    F("ước đạt 512 triệu USD", "512", 512000000, "money", "USD", "kim ngạch nhập khẩu ô tô điện", M10,
      status="estimate", change=CH("decrease", 6.8, "%", "cùng kỳ")),
    F("tối thiểu 50%", "50", 50, "percent", "%", "tỷ lệ xe buýt sử dụng điện, năng lượng xanh", T30,
      approx="at_least", status="target"),
    F("đạt 30%", "30", 30, "percent", "%", "tỷ lệ xe taxi điện", T30, status="target"),
    F("chuyển đổi 100%", "100", 100, "percent", "%",
      "tỷ lệ phương tiện giao thông đường bộ chuyển đổi sang sử dụng điện, năng lượng xanh", T50, status="target"),
    F("ít nhất 2 điểm sạc", "2", 2, "count", "điểm sạc", "điểm sạc tại mỗi trạm dừng nghỉ trên cao tốc",
      approx="at_least", status="target", optional=True),
]

COMMENTS = [
    "Cổng TTĐT Bộ GTVT: ô tô điện đang lưu hành (tính đến hết tháng 10/2024), cổng sạc, kiểu loại xe điện, nhập khẩu, targets of QĐ 876.",
    "`Ngày đăng: 25/11/2024 | Lượt xem: 1.532`. National figures: location Việt Nam; Hà Nội/TP.HCM items in 'lần lượt' carry their place.",
    "Distractors: Quyết định số 876/QĐ-TTg ngày 22/7/2022, 'từ năm 2025' (a date), Số 80 Trần Hưng Đạo, phone, counter.",
    "'xe con chiếm 91,2%' has no base amount of its own: a percent figure. '2 địa phương' (restating the pair named) and the",
    "normative 'ít nhất 2 điểm sạc tại mỗi trạm dừng nghỉ' are optional. Headline restatement is a figure (period inherited).",
]

if __name__ == "__main__":
    emit("p697-4", TEXT, COMMENTS, FIGS, published="2024-11-25", location="Việt Nam")
