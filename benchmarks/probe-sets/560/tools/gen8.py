"""p560-8: city portal (Đà Nẵng, 'Ngày cập nhật') — Đại học Đà Nẵng lecturers, publications, dormitories by district, rank, 2030 targets."""
from lib import F, P, I, YEAR, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ ĐÀ NẴNG
Tin tức > Giáo dục - Đào tạo

Đại học Đà Nẵng có 52,4% giảng viên là tiến sĩ
Ngày cập nhật 25/10/2024

Theo Đại học Đà Nẵng (số 41 Lê Duẩn, quận Hải Châu), tính đến ngày 30/9/2024, đơn vị có 1.562 giảng viên cơ hữu, trong đó 819 người có trình độ tiến sĩ (chiếm 52,4%), 214 giáo sư, phó giáo sư.

Trong 9 tháng năm 2024, Đại học Đà Nẵng công bố 1.036 bài báo khoa học quốc tế thuộc danh mục WoS/Scopus, tăng 18,5% so với cùng kỳ; tổng kinh phí thực hiện nhiệm vụ khoa học và công nghệ đạt 86,4 tỷ đồng. Riêng quý III/2024, các đơn vị thành viên ký kết 27 hợp đồng chuyển giao công nghệ với doanh nghiệp.

Năm 2024, toàn Đại học tuyển mới 14.730 sinh viên chính quy, đạt 96,2% chỉ tiêu. Quy mô đào tạo hiện khoảng 58.000 sinh viên, tương ứng 420 sinh viên/vạn dân của thành phố. Hệ thống ký túc xá đáp ứng 9.500 chỗ ở, gồm các khu tại quận Ngũ Hành Sơn (4.500 chỗ), Liên Chiểu (3.800 chỗ) và Hải Châu (1.200 chỗ).

Theo bảng xếp hạng UPM năm 2024, Đại học Đà Nẵng đứng thứ 4 trong các cơ sở giáo dục đại học Việt Nam.

Đến năm 2030, Đại học Đà Nẵng phấn đấu quy mô đào tạo đạt 80.000 sinh viên, tỷ lệ giảng viên có trình độ tiến sĩ đạt trên 60%.

Tổng truy cập: 8.615.230 | Điện thoại: 0236.3822.041
"""

ASOF = P("tính đến ngày 30/9/2024", None, "2024-09-30")
M9 = P("Trong 9 tháng năm 2024", "2024-01-01", "2024-09-30")
T30 = P("Đến năm 2030", None, "2030-12-31")

FIGS = [
    F("52,4% giảng viên", "52,4", 52.4, "percent", "%",
      "giảng viên là tiến sĩ"),
    F("có 1.562 giảng viên", "1.562", 1562, "count", "giảng viên",
      "giảng viên cơ hữu", ASOF),
    F("819 người", "819", 819, "count", "người",
      "giảng viên có trình độ tiến sĩ", ASOF, total=1562, percent=52.4),
    F("214 giáo sư", "214", 214, "count", "giáo sư, phó giáo sư",
      "giảng viên là giáo sư, phó giáo sư", ASOF, total=1562),
    F("công bố 1.036 bài báo", "1.036", 1036, "count", "bài báo khoa học quốc tế",
      "bài báo khoa học quốc tế thuộc danh mục WoS/Scopus", M9, change=CH("increase", 18.5, baseline="cùng kỳ")),
    F("đạt 86,4 tỷ đồng", "86,4", 86400000000, "money", "đồng",
      "tổng kinh phí thực hiện nhiệm vụ khoa học và công nghệ", M9),
    F("ký kết 27 hợp đồng", "27", 27, "count", "hợp đồng",
      "hợp đồng chuyển giao công nghệ với doanh nghiệp", P("quý III/2024", "2024-07-01", "2024-09-30")),
    F("tuyển mới 14.730 sinh viên", "14.730", 14730, "count", "sinh viên",
      "sinh viên chính quy tuyển mới", P("Năm 2024", "2024-01-01", "2024-12-31"), percent=96.2),
    F("khoảng 58.000 sinh viên", "58.000", 58000, "count", "sinh viên",
      "quy mô đào tạo", approx="about"),
    F("tương ứng 420 sinh viên/vạn dân", "420", 420, "measure", "sinh viên/vạn dân",
      "quy mô đào tạo trên vạn dân của thành phố"),
    F("đáp ứng 9.500 chỗ", "9.500", 9500, "count", "chỗ ở",
      "chỗ ở ký túc xá"),
    F("(4.500 chỗ)", "4.500", 4500, "count", "chỗ",
      "chỗ ở ký túc xá", total=9500, location="Ngũ Hành Sơn"),
    F("(3.800 chỗ)", "3.800", 3800, "count", "chỗ",
      "chỗ ở ký túc xá", total=9500, location="Liên Chiểu"),
    F("(1.200 chỗ)", "1.200", 1200, "count", "chỗ",
      "chỗ ở ký túc xá", total=9500, location="Hải Châu"),
    F("đứng thứ 4", "4", 4, "rank", "hạng",
      "thứ hạng của Đại học Đà Nẵng trong các cơ sở giáo dục đại học Việt Nam theo bảng xếp hạng UPM", YEAR(2024)),
    F("đạt 80.000 sinh viên", "80.000", 80000, "count", "sinh viên",
      "quy mô đào tạo", T30, status="target"),
    F("trên 60%", "60", 60, "percent", "%",
      "tỷ lệ giảng viên có trình độ tiến sĩ", T30, approx="over", status="target"),
]

COMMENTS = [
    "Probe 560: city portal (Đà Nẵng), 'Ngày cập nhật 25/10/2024' — Đại học Đà Nẵng: lecturers, publications, research funds, dormitories, rank.",
    "Location Đà Nẵng by default; the bracketed dormitory list after 'gồm' adds up to 9.500 (total) and each item's district is its location.",
    "'quận Hải Châu' in the address is a distractor. The headline 52,4% has no period; the lead's parts carry the as-of date (same sentence).",
    "'Hiện khoảng 58.000' gets no period. 'đến năm 2030 … phấn đấu' -> target, end 2030-12-31.",
    "Not figures: 'số 41 Lê Duẩn', 'quý III/2024' (period), 'WoS/Scopus', 'UPM', 'Tổng truy cập: 8.615.230', phone.",
]

if __name__ == "__main__":
    emit("p560-8", TEXT, COMMENTS, FIGS, published="2024-10-25", location="Đà Nẵng")
