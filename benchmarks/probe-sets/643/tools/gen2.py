"""p643-2: huyện Hoằng Hóa (Thanh Hóa) district portal — xe thư viện lưu động, luân chuyển sách, quý I/2024."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HOẰNG HÓA
Tin tức > Văn hóa - Xã hội

Thứ Năm, 11/04/2024 - 15:20

Xe thư viện lưu động phục vụ hơn 9.000 lượt học sinh trong quý I

Trong quý I/2024, Thư viện tỉnh Thanh Hóa phối hợp với Phòng Văn hóa và Thông tin huyện Hoằng Hóa đưa xe thư viện lưu động đa phương tiện đến 18 trường tiểu học và trung học cơ sở trên địa bàn huyện, phục vụ 9.350 lượt học sinh, tăng 2.100 lượt so với cùng kỳ năm 2023.

Mỗi buổi phục vụ, xe mang theo khoảng 3.000 bản sách, 20 máy tính bảng và 8 máy tính xách tay có kết nối Internet để học sinh đọc sách điện tử, nghe sách nói, xem phim tài liệu. Điểm dừng đầu tiên là Trường Tiểu học Hoằng Đức 2, cách Quốc lộ 1A khoảng 300 m.

Cùng với đó, huyện duy trì mô hình luân chuyển sách giữa thư viện huyện và 37 thư viện, tủ sách xã, thị trấn. Quý I, đã luân chuyển 4.620 bản sách, gồm: sách thiếu nhi 2.680 bản (chiếm 58%), sách khoa học kỹ thuật nông nghiệp 1.140 bản, sách pháp luật 800 bản. Kinh phí vận chuyển và bổ sung sách trong quý là 85 triệu đồng.

Hiện thư viện huyện có 24.800 bản sách, 1.150 bạn đọc có thẻ; phòng đọc điện tử được trang bị 12 máy tính, trung bình mỗi tháng đón khoảng 600 lượt bạn đọc.

Năm 2024, huyện phấn đấu 100% trường tiểu học, trung học cơ sở có thư viện đạt chuẩn; xe thư viện lưu động phục vụ ít nhất 40 trường trong năm.

Thư viện huyện (số 25 đường Lê Lợi, thị trấn Bút Sơn) mở cửa từ 7h30 đến 17h00 các ngày trong tuần; điện thoại 0237.3865.214.

Lê Hương - Trung tâm VHTT&TT huyện
"""

Q1 = P("Trong quý I/2024", "2024-01-01", "2024-03-31")
Q1b = P("Quý I", "2024-01-01", "2024-03-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 9.000 lượt", "9.000", 9000, "count", "lượt học sinh", "lượt học sinh được xe thư viện lưu động phục vụ",
      P("trong quý I", "2024-01-01", "2024-03-31"), approx="over"),
    F("đến 18 trường", "18", 18, "count", "trường", "trường tiểu học và trung học cơ sở xe thư viện lưu động đến", Q1),
    F("phục vụ 9.350 lượt", "9.350", 9350, "count", "lượt học sinh", "lượt học sinh được xe thư viện lưu động phục vụ",
      Q1, change=CH("increase", 2100, "lượt", "cùng kỳ năm 2023")),
    F("khoảng 3.000 bản", "3.000", 3000, "count", "bản sách", "bản sách xe mang theo mỗi buổi phục vụ", approx="about"),
    F("20 máy tính bảng", "20", 20, "count", "máy tính bảng", "máy tính bảng xe mang theo"),
    F("8 máy tính xách tay", "8", 8, "count", "máy tính xách tay", "máy tính xách tay có kết nối Internet"),
    F("khoảng 300 m", "300", 300, "measure", "m", "khoảng cách từ Trường Tiểu học Hoằng Đức 2 đến Quốc lộ 1A",
      approx="about", optional=True),
    F("và 37 thư viện", "37", 37, "count", "thư viện, tủ sách", "thư viện, tủ sách xã, thị trấn luân chuyển sách"),
    F("luân chuyển 4.620 bản", "4.620", 4620, "count", "bản sách", "bản sách đã luân chuyển", Q1b),
    F("thiếu nhi 2.680 bản", "2.680", 2680, "count", "bản", "sách thiếu nhi luân chuyển", Q1b, total=4620, percent=58),
    F("nghiệp 1.140 bản", "1.140", 1140, "count", "bản", "sách khoa học kỹ thuật nông nghiệp luân chuyển", Q1b,
      total=4620),
    F("pháp luật 800 bản", "800", 800, "count", "bản", "sách pháp luật luân chuyển", Q1b, total=4620),
    F("là 85 triệu đồng", "85", 85_000_000, "money", "đồng", "kinh phí vận chuyển và bổ sung sách",
      P("trong quý", "2024-01-01", "2024-03-31")),
    F("có 24.800 bản", "24.800", 24800, "count", "bản sách", "bản sách của thư viện huyện"),
    F("1.150 bạn đọc", "1.150", 1150, "count", "bạn đọc", "bạn đọc có thẻ của thư viện huyện"),
    F("bị 12 máy tính", "12", 12, "count", "máy tính", "máy tính trang bị cho phòng đọc điện tử"),
    F("khoảng 600 lượt", "600", 600, "count", "lượt bạn đọc", "lượt bạn đọc phòng đọc điện tử đón trung bình mỗi tháng",
      approx="about"),
    F("phấn đấu 100% trường", "100", 100, "percent", "%", "trường tiểu học, trung học cơ sở có thư viện đạt chuẩn",
      Y24, status="target"),
    F("ít nhất 40 trường", "40", 40, "count", "trường", "trường được xe thư viện lưu động phục vụ", Y24,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Hoằng Hóa (district portal): xe thư viện lưu động và luân chuyển sách, quý I/2024. Dateline 'Thứ Năm, 11/04/2024 - 15:20'.",
    "Location is the district (Hoằng Hóa) throughout; the provincial library (Thanh Hóa) is the partner, not the place described.",
    "Distractors: 'Trường Tiểu học Hoằng Đức 2', 'Quốc lộ 1A', 'số 25 đường Lê Lợi', '7h30 đến 17h00', phone 0237.3865.214.",
    "'khoảng 300 m' (distance of a school from the road) is scene-setting: optional. 'tăng 2.100 lượt so với cùng kỳ' is the change of 9.350.",
    "'gồm:' breakdown 2.680 + 1.140 + 800 = 4.620 (total); '(chiếm 58%)' is the percent of 2.680. 'Hiện …' stocks have no period.",
    "revised after scoring: subject of 4.620 bản is now as its own sentence names it ('bản sách đã luân chuyển'); the qualifier",
    "'giữa thư viện huyện và 37 thư viện, tủ sách xã, thị trấn' had been imported from the previous sentence.",
]

if __name__ == "__main__":
    emit("p643-2", TEXT, COMMENTS, FIGS, published="2024-04-11", location="Hoằng Hóa")
