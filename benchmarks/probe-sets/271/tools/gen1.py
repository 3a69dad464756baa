from lib import F, P, C, T, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THỪA THIÊN HUẾ
Trang chủ > Tin tức - Sự kiện > Đối ngoại

Lãnh đạo tỉnh gặp mặt kiều bào về quê đón Tết Giáp Thìn 2024
Cập nhật: 28/01/2024 15:20 | Lượt xem: 2.315

(TTĐT) - Chiều 27/1, tại Trung tâm Hội nghị tỉnh (số 8 Hoàng Hoa Thám, TP Huế), UBND tỉnh tổ chức chương trình gặp mặt kiều bào về quê đón Tết Giáp Thìn 2024. Tham dự có gần 300 kiều bào đến từ 17 quốc gia và vùng lãnh thổ.

Báo cáo tại buổi gặp mặt, Giám đốc Sở Ngoại vụ cho biết, hiện có khoảng 52.000 người Huế đang sinh sống, học tập và làm việc tại hơn 40 quốc gia và vùng lãnh thổ, trong đó đông nhất là Hoa Kỳ (khoảng 21.000 người), Pháp (gần 9.500 người) và Australia (khoảng 6.000 người).

Năm 2023, lượng kiều hối chuyển về tỉnh ước đạt 185 triệu USD, tăng 6,3% so với năm 2022; từ đầu năm đến ngày 25/1/2024 đạt khoảng 14,6 triệu USD. Kiều bào hiện có 36 dự án đầu tư còn hiệu lực trên địa bàn tỉnh với tổng vốn đăng ký hơn 1.150 tỷ đồng, chủ yếu trong lĩnh vực du lịch, dịch vụ lưu trú và giáo dục.

Dịp này, UBND tỉnh tặng Bằng khen cho 12 kiều bào có nhiều đóng góp cho quê hương. Riêng năm 2023, kiều bào đã ủng hộ trên 4,2 tỷ đồng cho các chương trình an sinh xã hội, xây dựng 25 căn nhà tình nghĩa và trao 310 suất học bổng cho học sinh nghèo.

Phát biểu tại buổi gặp mặt, Chủ tịch UBND tỉnh Nguyễn Văn Phương đề nghị kiều bào tiếp tục là cầu nối đưa hình ảnh Huế ra thế giới, thực hiện tốt Nghị quyết số 36-NQ/TW của Bộ Chính trị. Tỉnh phấn đấu đến năm 2025 thu hút thêm ít nhất 10 dự án của kiều bào với tổng vốn khoảng 500 tỷ đồng.

Mọi thông tin xin liên hệ Phòng Quản lý biên giới và Lãnh sự, Sở Ngoại vụ, điện thoại 0234.3822.519.

Tin: Minh Tâm - Ảnh: Thanh Hòa
"""

EV = P("Chiều 27/1", "2024-01-27", "2024-01-27", inh=True)
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("gần 300 kiều bào", "300", 300, "count", "kiều bào", "kiều bào tham dự chương trình gặp mặt", EV, approx="nearly"),
    F("đến từ 17 quốc gia", "17", 17, "count", "quốc gia và vùng lãnh thổ", "quốc gia và vùng lãnh thổ kiều bào đến từ", EV),
    F("khoảng 52.000 người Huế", "52.000", 52000, "count", "người", "người Huế đang sinh sống, học tập và làm việc ở nước ngoài", approx="about"),
    F("tại hơn 40 quốc gia", "40", 40, "count", "quốc gia và vùng lãnh thổ", "quốc gia và vùng lãnh thổ người Huế sinh sống", approx="over"),
    F("(khoảng 21.000 người)", "21.000", 21000, "count", "người", "người Huế sinh sống tại Hoa Kỳ", approx="about", total=52000),
    F("(gần 9.500 người)", "9.500", 9500, "count", "người", "người Huế sinh sống tại Pháp", approx="nearly", total=52000),
    F("(khoảng 6.000 người)", "6.000", 6000, "count", "người", "người Huế sinh sống tại Australia", approx="about", total=52000),
    F("ước đạt 185 triệu USD", "185", 185e6, "money", "USD", "lượng kiều hối chuyển về tỉnh", Y23,
      status="estimate", change=C("increase", 6.3, "%", "năm 2022")),
    F("khoảng 14,6 triệu USD", "14,6", 14.6e6, "money", "USD", "lượng kiều hối chuyển về tỉnh",
      P("từ đầu năm đến ngày 25/1/2024", "2024-01-01", "2024-01-25"), approx="about"),
    F("có 36 dự án", "36", 36, "count", "dự án", "dự án đầu tư của kiều bào còn hiệu lực"),
    F("hơn 1.150 tỷ đồng", "1.150", 1150e9, "money", "đồng", "tổng vốn đăng ký dự án của kiều bào", approx="over"),
    F("cho 12 kiều bào", "12", 12, "count", "kiều bào", "kiều bào có nhiều đóng góp cho quê hương được tặng Bằng khen"),
    F("trên 4,2 tỷ đồng", "4,2", 4.2e9, "money", "đồng", "kiều bào ủng hộ các chương trình an sinh xã hội",
      P("Riêng năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("xây dựng 25 căn nhà", "25", 25, "count", "căn nhà tình nghĩa", "căn nhà tình nghĩa kiều bào xây dựng",
      P("Riêng năm 2023", "2023-01-01", "2023-12-31")),
    F("trao 310 suất", "310", 310, "count", "suất học bổng", "suất học bổng kiều bào trao cho học sinh nghèo",
      P("Riêng năm 2023", "2023-01-01", "2023-12-31")),
    F("ít nhất 10 dự án", "10", 10, "count", "dự án", "dự án của kiều bào thu hút thêm", TO25,
      approx="at_least", status="target"),
    F("khoảng 500 tỷ đồng", "500", 500e9, "money", "đồng", "tổng vốn dự án của kiều bào thu hút thêm", TO25,
      approx="about", status="target"),
]

COMMENTS = [
    "Province portal (Thừa Thiên Huế), 'Cập nhật:' dateline with time and a view counter; Tết meeting with overseas Vietnamese.",
    "Distractors: 'Lượt xem: 2.315', 'số 8 Hoàng Hoa Thám', 'Chiều 27/1', 'Tết Giáp Thìn 2024', 'Nghị quyết số 36-NQ/TW', phone 0234.3822.519.",
    "Countries in the bracketed breakdown are not places of the figure (FIGURES.md: a foreign partner is not a location); they stay in the subject,",
    "the location stays Thừa Thiên Huế. The breakdown follows 'trong đó' after the whole 52.000, so each part has total 52000.",
    "The event date 'Chiều 27/1' (sentence before) is the inherited period of the attendance counts. 'hiện có' stock figures get no period.",
]

if __name__ == "__main__":
    emit("p271-1", TEXT, COMMENTS, FIGS, published="2024-01-28", location="Thừa Thiên Huế")
