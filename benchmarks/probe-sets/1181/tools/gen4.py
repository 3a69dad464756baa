"""p1181-4: ministry site (Bộ Công Thương), national: hydropower reservoir safety and downstream warning before the 2024 flood season."""
from lib import F, P, I, C, T, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ / Tin tức / Hoạt động của Bộ

Bảo đảm an toàn hồ chứa thủy điện và vùng hạ du mùa mưa lũ năm 2024

14/05/2024 | 08:32

Theo Cục Kỹ thuật an toàn và Môi trường công nghiệp, cả nước hiện có 752 hồ chứa thủy điện đang vận hành, tổng dung tích khoảng 67 tỷ m³, trong đó 263 hồ có dung tích từ 3 triệu m³ trở lên. Đến nay, 747/752 hồ đã được phê duyệt quy trình vận hành, đạt 99,3%; 683 hồ đã lắp đặt hệ thống cảnh báo hạ du, chiếm 90,8%.

Năm 2023, có 36 công trình chưa thực hiện kiểm định an toàn đập đúng hạn, giảm 15 công trình so với năm 2022. Các hồ thủy điện ở Quảng Nam, Thừa Thiên Huế và Quảng Ngãi phải vận hành xả lũ nhiều nhất, lần lượt 46, 31 và 27 đợt. Sơn La hiện đứng thứ hai cả nước về công suất thủy điện với khoảng 4.320 MW.

Năm 2024, Trung tâm Dự báo khí tượng thủy văn quốc gia dự báo có khoảng 12 cơn bão, áp thấp nhiệt đới hoạt động trên Biển Đông, trong đó 5-6 cơn ảnh hưởng trực tiếp đến đất liền. Bộ yêu cầu 100% chủ đập hoàn thành kiểm tra, bảo trì cửa van, thiết bị cảnh báo trước ngày 15/6/2024; cập nhật danh bạ điện thoại của tổ chức, cá nhân vùng hạ du trước mùa lũ.

Lãnh đạo Bộ nhấn mạnh, trong quá trình vận hành, tổng lưu lượng xả không được lớn hơn lưu lượng đến hồ; chủ hồ phải bố trí ít nhất 2 nguồn điện dự phòng để vận hành cửa van và duy trì chế độ trực 24/24 giờ trong mùa lũ.

Các sự cố, tình huống bất thường tại hồ đập đề nghị báo ngay về Thường trực Ban Chỉ huy PCTT và TKCN Bộ Công Thương.

Địa chỉ: 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội | Điện thoại: 024.22202222
"""

NOW = P("Đến nay", None, "2024-05-14")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
BY156 = P("trước ngày 15/6/2024", None, "2024-06-15")
LIST = "đợt vận hành xả lũ của các hồ thủy điện"

FIGS = [
    F("có 752 hồ", "752", 752, "count", "hồ chứa thủy điện", subject="hồ chứa thủy điện đang vận hành"),
    F("khoảng 67 tỷ m³", "67", 67000000000, "measure", "m³", approx="about",
      subject="tổng dung tích hồ chứa thủy điện"),
    F("263 hồ", "263", 263, "count", "hồ", total=752,
      subject="hồ chứa thủy điện có dung tích từ 3 triệu m³ trở lên"),
    F("từ 3 triệu m³", "3", 3000000, "measure", "m³", approx="at_least", optional=True,
      subject="ngưỡng dung tích hồ"),
    F("747/752", "747", 747, "count", "hồ", total=752, percent=99.3,
      subject="hồ đã được phê duyệt quy trình vận hành", period=NOW),
    F("683 hồ", "683", 683, "count", "hồ", percent=90.8,
      subject="hồ đã lắp đặt hệ thống cảnh báo hạ du", period=NOW),
    F("có 36 công trình", "36", 36, "count", "công trình",
      change=C("decrease", 15, "công trình", "năm 2022"),
      subject="công trình chưa thực hiện kiểm định an toàn đập đúng hạn", period=Y23),
    F("lần lượt 46", "46", 46, "count", "đợt", subject=LIST, location="Quảng Nam", period=I(Y23)),
    F("46, 31", "31", 31, "count", "đợt", subject=LIST, location="Thừa Thiên Huế", period=I(Y23)),
    F("và 27 đợt", "27", 27, "count", "đợt", subject=LIST, location="Quảng Ngãi", period=I(Y23)),
    F("đứng thứ hai", "hai", 2, "rank", "hạng", subject="công suất thủy điện", location="Sơn La"),
    F("khoảng 4.320 MW", "4.320", 4320, "measure", "MW", approx="about",
      subject="công suất thủy điện", location="Sơn La"),
    F("khoảng 12 cơn", "12", 12, "count", "cơn bão, áp thấp nhiệt đới", approx="about", status="forecast",
      subject="bão, áp thấp nhiệt đới hoạt động trên Biển Đông", period=Y24),
    F("5-6 cơn", "5", 5, "count", "cơn", value_max=6, total=12, status="forecast",
      subject="cơn bão, áp thấp nhiệt đới ảnh hưởng trực tiếp đến đất liền", period=Y24),
    F("100% chủ đập", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ chủ đập hoàn thành kiểm tra, bảo trì cửa van, thiết bị cảnh báo", period=BY156),
    F("ít nhất 2 nguồn", "2", 2, "count", "nguồn điện dự phòng", approx="at_least",
      subject="nguồn điện dự phòng để vận hành cửa van"),
]

NOTES = [
    "Ministry site (Bộ Công Thương): national state of hydropower reservoirs and downstream warning before the 2024 flood season.",
    "Dateline '14/05/2024 | 08:32'. Default location Việt Nam; the 'lần lượt' list gives Quảng Nam, Thừa Thiên Huế, Quảng Ngãi; Sơn La's rank and MW.",
    "Distractors: time 08:32, 'trực 24/24 giờ' (a duty regime, not a figure), address '54 Hai Bà Trưng', phone 024.22202222.",
    "'747/752 ..., đạt 99,3%': total 752 and percent 99.3 (the 752 after '/' is an attribute). '683 hồ ..., chiếm 90,8%': percent only,",
    "no 'trong đó' cue ties it to 752. 'từ 3 triệu m³ trở lên' is the class threshold: optional.",
    "'Đến nay' = as of the dateline. 'dự báo có khoảng 12 cơn ..., trong đó 5-6 cơn' = forecast, the part has total 12.",
    "'Bộ yêu cầu 100% chủ đập hoàn thành ... trước ngày 15/6/2024' is a goal with a deadline (target). 'phải bố trí ít nhất 2 nguồn' is a standing rule (actual).",
]

if __name__ == "__main__":
    write("p1181-4", TEXT, NOTES, FIGS, published="2024-05-14", location="Việt Nam")
