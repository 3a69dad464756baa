"""p1205-1: Nghệ An province portal - damage from thunderstorms, whirlwinds, lightning, hail, first half of 2024."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Phòng chống thiên tai

Nghệ An: Giông lốc, sét đánh làm 7 người thiệt mạng trong nửa đầu năm

Cập nhật: 09/07/2024 15:20 | Lượt xem: 2.418

(nghean.gov.vn) - Theo Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh Nghệ An, 6 tháng đầu năm 2024, trên địa bàn tỉnh đã xảy ra 14 đợt giông, lốc, sét, mưa đá, tăng 5 đợt so với cùng kỳ năm 2023. Thiên tai đã làm 7 người chết, trong đó 5 người do sét đánh; 12 người khác bị thương.

Toàn tỉnh có 2.356 ngôi nhà bị tốc mái, hư hỏng, trong đó 41 nhà bị sập hoàn toàn; 1.870 ha lúa, hoa màu bị đổ, dập nát; 36 con gia súc bị sét đánh chết. Tổng giá trị thiệt hại ước khoảng 47,6 tỷ đồng, gấp 1,8 lần cùng kỳ năm trước.

Các huyện chịu thiệt hại nặng nhất là Quỳ Châu (612 nhà), Nghĩa Đàn (455 nhà) và Quỳnh Lưu (380 nhà). Riêng trận giông lốc chiều 28/4 tại xã Châu Hạnh, huyện Quỳ Châu kéo dài khoảng 40 phút, gió giật cấp 8, cấp 9, làm tốc mái 218 ngôi nhà và 2 điểm trường; hơn 300 học sinh phải nghỉ học một ngày.

Ngay sau thiên tai, UBND tỉnh đã hỗ trợ 10 triệu đồng/người đối với gia đình có người chết và 3 triệu đồng/người bị thương nặng; tổng kinh phí hỗ trợ từ ngân sách tỉnh hơn 2,1 tỷ đồng. Các tổ chức, cá nhân ủng hộ thêm khoảng 850 triệu đồng. Đến nay, 2.290/2.356 ngôi nhà đã được sửa chữa, đạt 97,2%.

Theo Đài Khí tượng Thủy văn Nghệ An, trong quý III, trên địa bàn tỉnh có thể xảy ra từ 8 đến 10 đợt giông, lốc, sét. Người dân cần tránh trú mưa dưới gốc cây, cột điện; khi có sự cố, liên hệ đường dây nóng 0238.3844.756.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
HEAD = P("nửa đầu năm", "2024-01-01", "2024-06-30")
DAY = P("chiều 28/4", "2024-04-28", "2024-04-28")
Q3 = P("quý III", "2024-07-01", "2024-09-30")

FIGS = [
    F("sét đánh làm 7 người thiệt mạng", "7", 7, "count", "người",
      subject="người thiệt mạng do giông lốc, sét đánh", period=HEAD),
    F("xảy ra 14 đợt", "14", 14, "count", "đợt", change=C("increase", 5, "đợt", "cùng kỳ năm 2023"),
      subject="đợt giông, lốc, sét, mưa đá", period=H1),
    F("làm 7 người chết", "7", 7, "count", "người",
      subject="người chết do thiên tai", period=I(H1)),
    F("trong đó 5 người do sét", "5", 5, "count", "người", total=7,
      subject="người chết do sét đánh", period=I(H1)),
    F("12 người khác bị thương", "12", 12, "count", "người",
      subject="người bị thương do thiên tai", period=I(H1)),
    F("có 2.356 ngôi nhà", "2.356", 2356, "count", "ngôi nhà",
      subject="ngôi nhà bị tốc mái, hư hỏng", period=I(H1)),
    F("trong đó 41 nhà", "41", 41, "count", "nhà", total=2356,
      subject="nhà bị sập hoàn toàn", period=I(H1)),
    F("1.870 ha", "1.870", 1870, "measure", "ha",
      subject="diện tích lúa, hoa màu bị đổ, dập nát", period=I(H1)),
    F("36 con gia súc", "36", 36, "count", "con",
      subject="gia súc bị sét đánh chết", period=I(H1)),
    F("khoảng 47,6 tỷ", "47,6", 47600000000, "money", "đồng", approx="about", status="estimate",
      change=C("increase", 1.8, "lần", "cùng kỳ năm trước"),
      subject="tổng giá trị thiệt hại", period=I(H1)),
    F("Quỳ Châu (612 nhà)", "612", 612, "count", "nhà", location="Quỳ Châu",
      subject="nhà bị thiệt hại do giông, lốc, sét", period=I(H1)),
    F("Nghĩa Đàn (455 nhà)", "455", 455, "count", "nhà", location="Nghĩa Đàn",
      subject="nhà bị thiệt hại do giông, lốc, sét", period=I(H1)),
    F("Quỳnh Lưu (380 nhà)", "380", 380, "count", "nhà", location="Quỳnh Lưu",
      subject="nhà bị thiệt hại do giông, lốc, sét", period=I(H1)),
    F("khoảng 40 phút", "40", 40, "measure", "phút", approx="about", location="Quỳ Châu",
      subject="thời gian trận giông lốc kéo dài", period=DAY),
    F("cấp 8,", "8", 8, "measure", "cấp", location="Quỳ Châu", optional=True,
      subject="cấp gió giật"),
    F("cấp 9,", "9", 9, "measure", "cấp", location="Quỳ Châu", optional=True,
      subject="cấp gió giật"),
    F("tốc mái 218 ngôi nhà", "218", 218, "count", "ngôi nhà", location="Quỳ Châu",
      subject="ngôi nhà bị tốc mái do trận giông lốc", period=DAY),
    F("2 điểm trường", "2", 2, "count", "điểm trường", location="Quỳ Châu",
      subject="điểm trường bị tốc mái do trận giông lốc", period=DAY),
    F("hơn 300 học sinh", "300", 300, "count", "học sinh", approx="over", location="Quỳ Châu",
      subject="học sinh phải nghỉ học", period=DAY),
    F("nghỉ học một ngày", "một", 1, "measure", "ngày", location="Quỳ Châu", optional=True,
      subject="thời gian học sinh nghỉ học"),
    F("hỗ trợ 10 triệu", "10", 10000000, "money", "đồng/người",
      subject="mức hỗ trợ gia đình có người chết"),
    F("và 3 triệu", "3", 3000000, "money", "đồng/người",
      subject="mức hỗ trợ người bị thương nặng"),
    F("hơn 2,1 tỷ", "2,1", 2100000000, "money", "đồng", approx="over",
      subject="tổng kinh phí hỗ trợ từ ngân sách tỉnh"),
    F("khoảng 850 triệu", "850", 850000000, "money", "đồng", approx="about",
      subject="kinh phí các tổ chức, cá nhân ủng hộ"),
    F("2.290/2.356", "2.290", 2290, "count", "ngôi nhà", total=2356, percent=97.2,
      subject="ngôi nhà đã được sửa chữa"),
    F("từ 8 đến 10 đợt", "8", 8, "count", "đợt", value_max=10, status="forecast",
      subject="đợt giông, lốc, sét có thể xảy ra", period=Q3),
]

NOTES = [
    "Province portal (Nghệ An): giông, lốc, sét, mưa đá, 6 tháng đầu năm 2024. Breadcrumb, 'Cập nhật: 09/07/2024 15:20 | Lượt xem: 2.418'.",
    "Distractors: view counter 2.418, time 15:20, date 'chiều 28/4', hotline 0238.3844.756.",
    "Headline period 'nửa đầu năm' takes 2024 from the dateline. 'tăng 5 đợt' is the change of 14 đợt; 'gấp 1,8 lần cùng kỳ' the change of 47,6 tỷ.",
    "District list in brackets (612+455+380 is not 2.356): no total. Wind levels 'cấp 8, cấp 9' and 'nghỉ học một ngày' optional.",
    "The storm of 'chiều 28/4' (year 2024 from the dateline) is the period of the Quỳ Châu passage. 'Đến nay' gives no period. 'quý III' -> 2024.",
    "revised: subjects of 7 người chết and 12 người bị thương follow their own sentence ('Thiên tai đã làm ...'): 'do thiên tai', not the previous sentence's list.",
]

if __name__ == "__main__":
    write("p1205-1", TEXT, NOTES, FIGS, published="2024-07-09", location="Nghệ An")
