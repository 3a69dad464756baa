from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TRÀ CÚ
Trang chủ / Tin tức / Văn hóa - Thể thao

Trà Cú: 14 ghe Ngo sẵn sàng tranh tài tại Giải đua ghe Ngo tỉnh năm 2024

Ngày đăng: 31/10/2024 | Lượt xem: 362

Những ngày này, trên các tuyến kênh dọc Tỉnh lộ 915 qua xã Ngọc Biên, Tân Hiệp, Long Hiệp, không khí tập luyện đua ghe Ngo của các chùa Khmer diễn ra sôi nổi. Theo Phòng Văn hóa và Thông tin huyện, tính đến ngày 30/10/2024, toàn huyện có 14 ghe Ngo đăng ký tham gia Giải đua ghe Ngo tỉnh, trong đó có 3 ghe nữ. Tổng số tay bơi khoảng 780 người, bình quân 56 tay bơi/ghe.

9 tháng năm 2024, các xã, thị trấn đã tổ chức 6 giải đua ghe cấp cơ sở, thu hút trên 11.000 lượt người xem. Năm 2024, UBND huyện hỗ trợ mỗi ghe 30 triệu đồng để sửa chữa ghe, mua sắm dụng cụ, bồi dưỡng tay bơi; tổng kinh phí hỗ trợ 420 triệu đồng, tăng 90 triệu đồng so với năm 2023. Bên cạnh đó, các mạnh thường quân, Phật tử đóng góp hơn 1,3 tỷ đồng.

Ông Thạch Sô Phách, Phó Trưởng phòng Văn hóa và Thông tin huyện cho biết, tại giải năm 2023, ghe chùa Sóc Cụt (xã Tập Sơn) xếp thứ 3 nội dung ghe nam; huyện xếp thứ 2 toàn đoàn. Năm nay, huyện phấn đấu có ít nhất 2 ghe lọt vào tốp 8 ghe mạnh nhất và giữ vững vị trí trong tốp 3 toàn đoàn.

Theo kế hoạch, Giải đua ghe Ngo tỉnh Trà Vinh năm 2024 sẽ diễn ra ngày 14 và 15/11 trên sông Long Bình, TP. Trà Vinh. Dự kiến giải có khoảng 60 ghe của 9 huyện, thị xã, thành phố tham gia.

Kim Sơn – Phòng VH&TT huyện Trà Cú
Địa chỉ: Khóm 1, thị trấn Trà Cú. Điện thoại: 0294.3876.123
"""

ASOF = P("tính đến ngày 30/10/2024", None, "2024-10-30")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y24 = Y(2024)
Y23 = Y(2023, "giải năm 2023")
NN = P("Năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    F("Trà Cú: 14 ghe Ngo", "14", 14, "count", "ghe Ngo", "ghe Ngo sẵn sàng tranh tài tại Giải đua ghe Ngo tỉnh", Y24),
    F("có 14 ghe Ngo đăng ký", "14", 14, "count", "ghe Ngo", "ghe Ngo đăng ký tham gia Giải đua ghe Ngo tỉnh", ASOF),
    F("có 3 ghe nữ", "3", 3, "count", "ghe", "ghe nữ", ASOF, total=14),
    F("khoảng 780 người", "780", 780, "count", "người", "Tổng số tay bơi", I(ASOF), approx="about"),
    F("bình quân 56 tay bơi/ghe", "56", 56, "measure", "tay bơi/ghe", "bình quân tay bơi mỗi ghe", I(ASOF)),
    F("tổ chức 6 giải", "6", 6, "count", "giải", "giải đua ghe cấp cơ sở các xã, thị trấn tổ chức", M9),
    F("trên 11.000 lượt", "11.000", 11000, "count", "lượt người xem", "lượt người xem giải đua ghe cấp cơ sở", M9,
      approx="over"),
    F("mỗi ghe 30 triệu đồng", "30", 30e6, "money", "đồng", "UBND huyện hỗ trợ mỗi ghe", Y24),
    F("hỗ trợ 420 triệu đồng", "420", 420e6, "money", "đồng", "tổng kinh phí hỗ trợ", Y24,
      change=CH("increase", 90e6, "đồng", "năm 2023")),
    F("hơn 1,3 tỷ đồng", "1,3", 1.3e9, "money", "đồng", "các mạnh thường quân, Phật tử đóng góp", I(Y24), approx="over"),
    F("xếp thứ 3 nội dung", "3", 3, "rank", "hạng", "thứ hạng ghe chùa Sóc Cụt nội dung ghe nam", Y23),
    F("xếp thứ 2 toàn đoàn", "2", 2, "rank", "hạng", "thứ hạng toàn đoàn của huyện", Y23),
    F("ít nhất 2 ghe", "2", 2, "count", "ghe", "ghe lọt vào tốp 8 ghe mạnh nhất", NN, approx="at_least", status="target"),
    F("tốp 8 ghe", "8", 8, "count", "ghe", "tốp ghe mạnh nhất", optional=True),
    F("tốp 3 toàn đoàn", "3", 3, "rank", "hạng", "tốp toàn đoàn", optional=True),
    F("khoảng 60 ghe", "60", 60, "count", "ghe", "ghe tham gia Giải đua ghe Ngo tỉnh Trà Vinh", I(Y24),
      approx="about", status="forecast", location="Trà Vinh"),
    F("của 9 huyện", "9", 9, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố có ghe tham gia giải",
      I(Y24), status="forecast", location="Trà Vinh"),
]

COMMENTS = [
    "District portal (huyện Trà Cú, Trà Vinh): ghe Ngo preparing for the provincial race 2024; training support, ranks 2023, targets.",
    "'Ngày đăng: 31/10/2024', 'Lượt xem: 362' (counter). 'Tỉnh lộ 915', 'Khóm 1', phone, 'ngày 14 và 15/11' are not figures.",
    "Location defaults to the district (Trà Cú); the provincial race forecast (60 ghe, 9 huyện) is Trà Vinh's.",
    "'tốp 8', 'tốp 3' are labels (as 'top 10' in shared h05): optional. 'dự kiến' -> forecast; 'phấn đấu' -> target.",
    "Headline 14 ghe takes 'năm 2024' from the headline; the lead's as-of date gives start null, end 2024-10-30.",
]

if __name__ == "__main__":
    emit("p740-2", TEXT, COMMENTS, FIGS, published="2024-10-31", location="Trà Cú")
