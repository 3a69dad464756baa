"""p854-2: district portal (huyện Diễn Châu, Nghệ An), bánh mì ovens, Q1/2024."""
from lib import F, change, period, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN DIỄN CHÂU - TỈNH NGHỆ AN
Trang chủ / Tin tức - Sự kiện / Kinh tế

Nghề làm bánh mì ở Diễn Châu: từ lò thủ công đến cơ sở đạt chuẩn

Ngày đăng: 23/04/2024 | Tác giả: Thanh Nga

Theo Phòng Kinh tế và Hạ tầng huyện, tính đến ngày 31/3/2024, toàn huyện có 64 lò bánh mì đang hoạt động, tăng 9 lò so với cùng thời điểm năm 2023; tập trung nhiều nhất ở thị trấn Diễn Thành (18 lò), xã Diễn Kỷ (11 lò) và xã Diễn Hồng (8 lò), chủ yếu dọc Quốc lộ 7A.

Tổng sản lượng của các lò ước đạt khoảng 38.000 ổ bánh mỗi ngày; doanh thu bình quân mỗi lò từ 15 đến 20 triệu đồng/tháng. Nghề bánh mì đang tạo việc làm thường xuyên cho hơn 260 lao động với thu nhập từ 6 đến 8 triệu đồng/người/tháng.

Quý I/2024, Đoàn kiểm tra liên ngành về an toàn thực phẩm của huyện đã kiểm tra 52 lò bánh mì, phát hiện 7 cơ sở vi phạm, chủ yếu do người trực tiếp sản xuất chưa khám sức khỏe định kỳ; xử phạt 5 cơ sở với số tiền 12,5 triệu đồng.

Trong tháng 3 vừa qua, Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện phối hợp với UBND xã Diễn Hồng mở lớp dạy nghề làm bánh cho 35 học viên là lao động nông thôn, thời gian học 3 tháng, kinh phí hỗ trợ 2,4 triệu đồng/học viên.

Mục tiêu đến năm 2025, huyện phấn đấu có ít nhất 20 cơ sở sản xuất bánh mì được cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm, hiện mới có 6 cơ sở.

Địa chỉ: Khối 4, thị trấn Diễn Thành, huyện Diễn Châu | ĐT: 0238.3862.245
"""

ASOF = period("tính đến ngày 31/3/2024", None, "2024-03-31")
Q1 = period("Quý I/2024", "2024-01-01", "2024-03-31")
M3 = period("Trong tháng 3 vừa qua", "2024-03-01", "2024-03-31")
T25 = period("đến năm 2025", None, "2025-12-31")
LAB = "lò bánh mì đang hoạt động"

FIGS = [
    F("có 64 lò bánh mì", "64", 64, "count", "lò bánh mì", LAB, ASOF,
      change=change("increase", 9, "lò", "cùng thời điểm năm 2023")),
    F("Diễn Thành (18 lò)", "18", 18, "count", "lò", LAB, ASOF),
    F("Diễn Kỷ (11 lò)", "11", 11, "count", "lò", LAB, ASOF),
    F("Diễn Hồng (8 lò)", "8", 8, "count", "lò", LAB, ASOF),
    F("khoảng 38.000 ổ bánh mỗi ngày", "38.000", 38000, "measure", "ổ bánh/ngày", "tổng sản lượng của các lò",
      approx="about", status="estimate"),
    F("từ 15 đến 20 triệu đồng/tháng", "15", 15_000_000, "money", "đồng/tháng", "doanh thu bình quân mỗi lò",
      value_max=20_000_000),
    F("hơn 260 lao động", "260", 260, "count", "lao động", "lao động có việc làm thường xuyên từ nghề bánh mì",
      approx="over"),
    F("từ 6 đến 8 triệu đồng/người/tháng", "6", 6_000_000, "money", "đồng/người/tháng",
      "thu nhập của lao động nghề bánh mì", value_max=8_000_000),
    F("kiểm tra 52 lò bánh mì", "52", 52, "count", "lò bánh mì", "lò bánh mì được kiểm tra", Q1),
    F("phát hiện 7 cơ sở vi phạm", "7", 7, "count", "cơ sở", "cơ sở vi phạm", Q1),
    F("xử phạt 5 cơ sở", "5", 5, "count", "cơ sở", "cơ sở bị xử phạt", Q1),
    F("12,5 triệu đồng", "12,5", 12_500_000, "money", "đồng", "số tiền xử phạt", Q1),
    F("cho 35 học viên", "35", 35, "count", "học viên", "học viên lớp dạy nghề làm bánh", M3),
    F("thời gian học 3 tháng", "3", 3, "measure", "tháng", "thời gian học nghề làm bánh", M3, optional=True),
    F("2,4 triệu đồng/học viên", "2,4", 2_400_000, "money", "đồng/học viên", "kinh phí hỗ trợ dạy nghề làm bánh", M3),
    F("ít nhất 20 cơ sở", "20", 20, "count", "cơ sở",
      "cơ sở sản xuất bánh mì được cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", T25,
      approx="at_least", status="target"),
    F("hiện mới có 6 cơ sở", "6", 6, "count", "cơ sở",
      "cơ sở sản xuất bánh mì được cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm"),
]

NOTES = [
    "District portal (Diễn Châu, Nghệ An): ovens as of 31/3/2024, output, jobs, Q1 checks, a baking class, 2025 target.",
    "Commune items (Diễn Thành, Diễn Kỷ, Diễn Hồng) lie in the district: location Diễn Châu (the spec names province, city or district).",
    "The commune list 18+11+8 does not add up to 64 ('tập trung nhiều nhất ở'): no total.",
    "'hiện mới có 6 cơ sở' closes the target sentence but has its own 'hiện': actual, no period.",
    "'thời gian học 3 tháng' describes the course: optional.",
]

if __name__ == "__main__":
    write(2, TEXT, FIGS, notes=NOTES, location="Diễn Châu", published="2024-04-23")
