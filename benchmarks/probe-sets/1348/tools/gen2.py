"""p1348-2: district portal (quận Cầu Giấy, Hà Nội): schools swap used batteries for trees."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN CẦU GIẤY - THÀNH PHỐ HÀ NỘI
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Công khai thông tin | Liên hệ

Cầu Giấy: Học sinh đổi pin cũ lấy cây xanh

20/11/2023 - 10:12

Hưởng ứng phong trào "Vì một Cầu Giấy xanh", Phòng Tài nguyên và Môi trường quận phối hợp với Phòng Giáo dục và Đào tạo triển khai mô hình "Đổi pin cũ lấy cây xanh" tại 42 trường học trên địa bàn. Từ tháng 9 đến hết tháng 10/2023, các trường đã thu gom được 1.860 kg pin cũ, trong đó khối tiểu học 940 kg, khối trung học cơ sở 615 kg và khối mầm non 305 kg. Học sinh còn mang đến gần hai chục chiếc điện thoại, máy tính bảng hỏng.

Trường THCS Nghĩa Tân dẫn đầu với 212 kg; Trường Tiểu học Dịch Vọng B xếp thứ hai với 168 kg. Quận đã trao 930 cây xanh cho các tập thể và cá nhân có thành tích.

Cùng đợt, 8 phường bố trí 24 thùng thu gom pin cũ tại trụ sở UBND phường và nhà văn hóa tổ dân phố, thu thêm gần 350 kg. Toàn bộ số pin trên đã được bàn giao cho Công ty cổ phần Môi trường Thăng Long Xanh xử lý tại Khu liên hợp xử lý chất thải Nam Sơn.

Năm 2024, quận đặt mục tiêu mở rộng mô hình tới 100% trường học và thu gom từ 3 đến 4 tấn pin cũ mỗi năm. Phó Chủ tịch UBND quận Trần Minh Đức đề nghị các phường nhân rộng cách làm của tổ dân phố số 12, phường Mai Dịch, nơi mỗi hộ gia đình được phát hộp đựng pin cũ.

Tin khác:
- Cầu Giấy ra quân tổng vệ sinh môi trường dịp Tết Giáp Thìn 2024
- Hội nghị tổng kết công tác năm 2023

Trụ sở: 36 Cầu Giấy, phường Quan Hoa, quận Cầu Giấy | Điện thoại: 024.3767.4567
"""

SEP_OCT = P("Từ tháng 9 đến hết tháng 10/2023", "2023-09-01", "2023-10-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("tại 42 trường học", "42", 42, "count", "trường học",
      subject="trường học triển khai mô hình Đổi pin cũ lấy cây xanh"),
    F("được 1.860 kg", "1.860", 1860, "measure", "kg",
      subject="pin cũ các trường thu gom", period=SEP_OCT),
    F("tiểu học 940 kg", "940", 940, "measure", "kg", total=1860,
      subject="pin cũ khối tiểu học thu gom", period=SEP_OCT),
    F("cơ sở 615 kg", "615", 615, "measure", "kg", total=1860,
      subject="pin cũ khối trung học cơ sở thu gom", period=SEP_OCT),
    F("mầm non 305 kg", "305", 305, "measure", "kg", total=1860,
      subject="pin cũ khối mầm non thu gom", period=SEP_OCT),
    F("gần hai chục chiếc", "hai chục", 20, "count", "chiếc", approx="nearly",
      subject="điện thoại, máy tính bảng hỏng học sinh mang đến", period=I(SEP_OCT)),
    F("với 212 kg", "212", 212, "measure", "kg",
      subject="pin cũ Trường THCS Nghĩa Tân thu gom", period=I(SEP_OCT)),
    F("xếp thứ hai", "hai", 2, "rank", "hạng",
      subject="Trường Tiểu học Dịch Vọng B thu gom pin cũ", period=I(SEP_OCT)),
    F("với 168 kg", "168", 168, "measure", "kg",
      subject="pin cũ Trường Tiểu học Dịch Vọng B thu gom", period=I(SEP_OCT)),
    F("trao 930 cây xanh", "930", 930, "count", "cây xanh",
      subject="cây xanh quận trao cho các tập thể và cá nhân có thành tích", period=I(SEP_OCT)),
    F("8 phường", "8", 8, "count", "phường",
      subject="phường bố trí thùng thu gom pin cũ", period=I(SEP_OCT)),
    F("24 thùng", "24", 24, "count", "thùng",
      subject="thùng thu gom pin cũ", period=I(SEP_OCT)),
    F("gần 350 kg", "350", 350, "measure", "kg", approx="nearly",
      subject="pin cũ các phường thu thêm", period=I(SEP_OCT)),
    F("tới 100% trường học", "100", 100, "percent", "%", status="target",
      subject="trường học mở rộng mô hình", period=Y24),
    F("từ 3 đến 4 tấn", "3", 3, "measure", "tấn/năm", value_max=4, status="target",
      subject="pin cũ thu gom mỗi năm", period=Y24),
]

NOTES = [
    "District portal (quận Cầu Giấy): banner naming the district, menu, bare date '20/11/2023 - 10:12', 'Tin khác', address footer.",
    "Distractors: 10:12, 'tổ dân phố số 12', 'Tết Giáp Thìn 2024' and 'năm 2023' in link titles, '36 Cầu Giấy', phone 024.3767.4567.",
    "'Từ tháng 9 đến hết tháng 10/2023' = 2023-09-01..2023-10-31, stated in the sentence of 1.860 kg and its three parts (trong đó, they add up).",
    "Later sentences ('dẫn đầu với 212 kg', 'Cùng đợt, 8 phường …') inherit that period: not scored.",
    "'gần hai chục chiếc' = nearly 20 (number word); 'xếp thứ hai' = rank 2. 'dẫn đầu' has no number, so no rank figure.",
    "'từ 3 đến 4 tấn pin cũ mỗi năm' is a target range of a yearly amount: tấn/năm; 'mục tiêu' covers both clauses of the sentence.",
]

if __name__ == "__main__":
    write("p1348-2", TEXT, NOTES, FIGS, published="2023-11-20", location="Cầu Giấy")
