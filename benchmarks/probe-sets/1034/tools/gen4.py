"""p1034-4: ministry site (Bộ Tư pháp), national công chứng results 2024."""
from lib import C, F, I, P, write

TEXT = """BỘ TƯ PHÁP - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức - Sự kiện / Bổ trợ tư pháp

Năm 2024, hoạt động công chứng nộp ngân sách hơn 1.000 tỷ đồng

20/02/2025 | 10:05 | Lượt xem: 1.204

Theo số liệu của Cục Bổ trợ tư pháp, tính đến ngày 31/12/2024, cả nước có 1.312 tổ chức hành nghề công chứng, trong đó có 97 Phòng công chứng và 1.215 Văn phòng công chứng; tổng số công chứng viên là 3.486 người, tăng 214 người so với cuối năm 2023.

Trong năm 2024, các tổ chức hành nghề công chứng đã công chứng khoảng 6,92 triệu hợp đồng, giao dịch, tăng 3,1% so với năm 2023; tổng phí công chứng thu được 7.468 tỷ đồng, nộp thuế và ngân sách nhà nước 1.026 tỷ đồng. Các địa phương có số việc lớn nhất lần lượt là TP Hồ Chí Minh (1,14 triệu việc), Hà Nội (986.000 việc) và Bình Dương (312.000 việc).

Hiện vẫn còn 9 tỉnh chỉ có Phòng công chứng, chưa có Văn phòng công chứng; 15/63 tỉnh, thành phố đã hoàn thành chuyển đổi toàn bộ Phòng công chứng sang Văn phòng công chứng. Cơ sở dữ liệu công chứng đã được triển khai tại 41 địa phương, chiếm 65,1%, với hơn 28,5 triệu dữ liệu giao dịch được cập nhật.

Luật Công chứng số 46/2024/QH15 được Quốc hội khóa XV thông qua tại Kỳ họp thứ 8, có hiệu lực từ ngày 01/7/2025, lần đầu tiên quy định về công chứng điện tử. Năm 2025, Bộ Tư pháp phấn đấu 100% tổ chức hành nghề công chứng kết nối với cơ sở dữ liệu công chứng; dự kiến đến năm 2026, số việc công chứng điện tử chiếm khoảng 20% tổng số việc công chứng.

Địa chỉ: 60 Trần Phú, Ba Đình, Hà Nội. Điện thoại: 024.6273.9321
"""

ASOF = P("tính đến ngày 31/12/2024", None, "2024-12-31")
Y24 = P("Trong năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    F("hơn 1.000 tỷ đồng", "1.000", 1e12, "money", "đồng",
      "nộp ngân sách của hoạt động công chứng", P("Năm 2024", "2024-01-01", "2024-12-31"),
      approx="over"),
    F("có 1.312 tổ chức", "1.312", 1312, "count", "tổ chức hành nghề công chứng",
      "tổ chức hành nghề công chứng", ASOF),
    F("có 97 Phòng", "97", 97, "count", "Phòng công chứng", "Phòng công chứng", ASOF, total=1312),
    F("1.215 Văn phòng", "1.215", 1215, "count", "Văn phòng công chứng", "Văn phòng công chứng",
      ASOF, total=1312),
    F("là 3.486 người", "3.486", 3486, "count", "người", "tổng số công chứng viên", ASOF,
      change=C("increase", 214, "người", "cuối năm 2023")),
    F("khoảng 6,92 triệu", "6,92", 6.92e6, "count", "hợp đồng, giao dịch",
      "hợp đồng, giao dịch được công chứng", Y24, approx="about",
      change=C("increase", 3.1, "%", "năm 2023")),
    F("thu được 7.468 tỷ đồng", "7.468", 7.468e12, "money", "đồng", "tổng phí công chứng", Y24),
    F("nước 1.026 tỷ đồng", "1.026", 1.026e12, "money", "đồng", "nộp thuế và ngân sách nhà nước", Y24),
    F("(1,14 triệu việc)", "1,14", 1.14e6, "count", "việc", "số việc công chứng", I(Y24),
      location="TP Hồ Chí Minh"),
    F("(986.000 việc)", "986.000", 986000, "count", "việc", "số việc công chứng", I(Y24),
      location="Hà Nội"),
    F("(312.000 việc)", "312.000", 312000, "count", "việc", "số việc công chứng", I(Y24),
      location="Bình Dương"),
    F("còn 9 tỉnh", "9", 9, "count", "tỉnh", "tỉnh chỉ có Phòng công chứng, chưa có Văn phòng công chứng"),
    F("15/63 tỉnh", "15", 15, "count", "tỉnh, thành phố",
      "tỉnh, thành phố hoàn thành chuyển đổi toàn bộ Phòng công chứng sang Văn phòng công chứng",
      total=63),
    F("tại 41 địa phương", "41", 41, "count", "địa phương",
      "địa phương triển khai cơ sở dữ liệu công chứng", percent=65.1),
    F("hơn 28,5 triệu dữ liệu", "28,5", 28.5e6, "count", "dữ liệu",
      "dữ liệu giao dịch được cập nhật", approx="over"),
    F("phấn đấu 100% tổ chức", "100", 100, "percent", "%",
      "tổ chức hành nghề công chứng kết nối với cơ sở dữ liệu công chứng",
      P("Năm 2025", "2025-01-01", "2025-12-31"), status="target"),
    F("khoảng 20% tổng số", "20", 20, "percent", "%",
      "tỷ lệ việc công chứng điện tử trong tổng số việc công chứng",
      P("đến năm 2026", None, "2026-12-31"), approx="about", status="forecast"),
]

HEADER = [
    "Cổng TTĐT Bộ Tư pháp: tổ chức hành nghề công chứng, công chứng viên, số việc, phí và nộp ngân sách cả nước năm 2024.",
    "Dateline '20/02/2025 | 10:05'; 'Lượt xem: 1.204' is a view counter. 'Luật Công chứng số 46/2024/QH15', 'khóa XV', 'Kỳ họp thứ 8',",
    "'01/7/2025', 'lần đầu tiên', the address '60 Trần Phú' and the phone are not figures.",
    "National figures: location Việt Nam; the 'lần lượt là' list items take their province as location, subject the list's indicator.",
    "'Hiện' sentences get no period. 'đến năm 2026' with 'dự kiến' is a forecast with end 2026-12-31.",
]

write("p1034-4", TEXT, HEADER, FIGS, published="2025-02-20", location="Việt Nam")
