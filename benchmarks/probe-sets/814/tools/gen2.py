"""p814-2: district portal of huyện Yên Thành (Nghệ An): mobile library at schools, class bookshelves."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN THÀNH
Tin tức - Sự kiện > Văn hóa - Xã hội
Thứ Ba, 12/11/2024 - 09:40

Xe thư viện lưu động mang sách về với học sinh vùng khó

Từ đầu tháng 9 đến nay, xe thư viện lưu động của Thư viện tỉnh Nghệ An đã phối hợp với Phòng Văn hóa và Thông tin huyện tổ chức 9 đợt phục vụ tại 18 trường tiểu học và THCS ở các xã Lăng Thành, Tây Thành, Đức Thành. Xe mang theo khoảng 4.000 cuốn sách, báo cùng 12 máy tính kết nối Internet.

Qua các đợt phục vụ, đã có 6.420 lượt học sinh được đọc sách, xem phim tư liệu và tham gia trò chơi tìm hiểu kiến thức; 3.150 lượt sách được mượn về nhà, trung bình mỗi học sinh mượn 1,8 cuốn.

Song song đó, huyện duy trì 214 tủ sách lớp học và 37 thư viện thân thiện. Trong năm 2024, các trường đã tiếp nhận thêm 8.600 bản sách do phụ huynh, cựu học sinh ủng hộ, tăng 1.200 bản so với năm 2023. Riêng Trường Tiểu học Lăng Thành có thư viện xanh rộng 120 m2 với gần 5.000 đầu sách, mở cửa từ 6 giờ 45 đến 17 giờ hằng ngày.

Bà Nguyễn Thị Sáu, Trưởng phòng Văn hóa và Thông tin huyện cho biết, năm 2025 huyện phấn đấu 100% lớp học có tủ sách, tỷ lệ học sinh đọc sách thường xuyên đạt trên 70%. Trong tháng 12/2024, xe thư viện dự kiến phục vụ thêm 3 đợt tại các xã Phúc Thành, Hậu Thành với khoảng 1.500 học sinh tham gia.

Phan Hòa - Trung tâm VH-TT&TT huyện
Địa chỉ: Khối 4, thị trấn Yên Thành, huyện Yên Thành, tỉnh Nghệ An
"""

SINCE = P("Từ đầu tháng 9 đến nay", "2024-09-01", "2024-11-12")
Y24 = P("Trong năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
D12 = P("Trong tháng 12/2024", "2024-12-01", "2024-12-31")

FIGS = [
    F("tổ chức 9 đợt", "9", 9, "count", "đợt",
      "đợt phục vụ của xe thư viện lưu động", SINCE),
    F("tại 18 trường", "18", 18, "count", "trường",
      "trường tiểu học và THCS được xe thư viện lưu động phục vụ", SINCE),
    F("khoảng 4.000 cuốn", "4.000", 4000, "count", "cuốn",
      "sách, báo xe thư viện mang theo", I(SINCE), approx="about"),
    F("12 máy tính", "12", 12, "count", "máy tính",
      "máy tính kết nối Internet trên xe thư viện", I(SINCE)),
    F("có 6.420 lượt", "6.420", 6420, "count", "lượt học sinh",
      "lượt học sinh được đọc sách, xem phim tư liệu, tham gia trò chơi", I(SINCE)),
    F("3.150 lượt sách", "3.150", 3150, "count", "lượt sách",
      "lượt sách được mượn về nhà", I(SINCE)),
    F("mượn 1,8 cuốn", "1,8", 1.8, "measure", "cuốn/học sinh",
      "sách mượn trung bình mỗi học sinh", I(SINCE)),
    F("duy trì 214 tủ sách", "214", 214, "count", "tủ sách lớp học",
      "tủ sách lớp học duy trì"),
    F("37 thư viện", "37", 37, "count", "thư viện thân thiện",
      "thư viện thân thiện duy trì"),
    F("thêm 8.600 bản", "8.600", 8600, "count", "bản sách",
      "bản sách các trường tiếp nhận do phụ huynh, cựu học sinh ủng hộ", Y24,
      change=C("increase", 1200, "bản", "năm 2023")),
    F("rộng 120 m2", "120", 120, "measure", "m2",
      "diện tích thư viện xanh Trường Tiểu học Lăng Thành", I(Y24)),
    F("gần 5.000 đầu sách", "5.000", 5000, "count", "đầu sách",
      "đầu sách của thư viện xanh Trường Tiểu học Lăng Thành", I(Y24), approx="nearly"),
    F("huyện phấn đấu 100%", "100", 100, "percent", "%",
      "lớp học có tủ sách", Y25, status="target"),
    F("trên 70%", "70", 70, "percent", "%",
      "tỷ lệ học sinh đọc sách thường xuyên", Y25, approx="over", status="target"),
    F("thêm 3 đợt", "3", 3, "count", "đợt",
      "đợt phục vụ của xe thư viện", D12, status="forecast"),
    F("khoảng 1.500 học sinh", "1.500", 1500, "count", "học sinh",
      "học sinh tham gia đợt phục vụ của xe thư viện", D12, approx="about", status="forecast"),
]

NOTES = [
    "Cổng TTĐT huyện Yên Thành (Nghệ An): xe thư viện lưu động tại trường học, tủ sách lớp học, sách ủng hộ (11/2024).",
    "Not figures: 'Thứ Ba, 12/11/2024 - 09:40', '6 giờ 45 đến 17 giờ' (opening hours), 'Khối 4' (address), person 'Nguyễn Thị Sáu'.",
    "'Từ đầu tháng 9 đến nay' = 2024-09-01 .. dateline 2024-11-12; it governs the first sentence; the next paragraph inherits it.",
    "'Xe mang theo khoảng 4.000 cuốn' continues the first sentence: inherited period; stock figures after 'Song song đó, huyện duy trì' get none.",
    "'trung bình mỗi học sinh mượn 1,8 cuốn' is a rate: measure, unit cuốn/học sinh.",
    "All figures are the district's (communes lie in it): location Yên Thành; the provincial library's van serves the district.",
]

if __name__ == "__main__":
    write(2, TEXT, FIGS, NOTES, published="2024-11-12", location="Yên Thành")
