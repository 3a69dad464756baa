"""p1002-4: Cổng TTĐT Bộ Công an (ministry site) - tổng kết tổ liên gia an toàn PCCC năm 2024, cả nước."""
from lib import F, change, inherit, period, write

TEXT = """BỘ CÔNG AN - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ » Tin tức » Phòng cháy, chữa cháy

Năm 2024: Cả nước có hơn 486.000 tổ liên gia an toàn phòng cháy, chữa cháy

Ngày đăng: 20/01/2025 | Lượt xem: 3.947

Ngày 18/01/2025, Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ (C07) tổ chức hội nghị tổng kết công tác năm 2024. Theo báo cáo, sau hơn một năm triển khai Kế hoạch số 474/KH-BCA, 63/63 địa phương đã xây dựng mô hình "Tổ liên gia an toàn PCCC". Tính đến ngày 31/12/2024, cả nước có 486.215 tổ liên gia với gần 7,9 triệu hộ gia đình tham gia, tăng 31,6% so với cuối năm 2023; 512.740 "Điểm chữa cháy công cộng" đã được bố trí tại khu dân cư.

Các địa phương có nhiều tổ liên gia nhất lần lượt là Hà Nội (38.412 tổ), TP Hồ Chí Minh (27.950 tổ), Thanh Hóa (19.806 tổ) và Nghệ An (17.233 tổ).

Trong năm 2024, lực lượng chức năng đã hướng dẫn người dân trang bị khoảng 1,35 triệu bình chữa cháy, mở hơn 214.000 lối thoát nạn thứ hai; tổ chức 362.480 cuộc thực tập phương án chữa cháy với 6,4 triệu lượt người tham gia, gấp 1,8 lần năm 2023. Số vụ cháy tại nhà ở giảm 12,7% so với năm trước.

Năm 2025, Bộ Công an đặt mục tiêu 100% khu dân cư có tổ liên gia và điểm chữa cháy công cộng; phấn đấu 90% hộ gia đình có bình chữa cháy. Dự kiến trong quý I/2025 sẽ tổ chức khoảng 40.000 cuộc thực tập tại các khu dân cư đông đúc, chợ và nhà trọ.

Địa chỉ: 44 Yết Kiêu, Hoàn Kiếm, Hà Nội. Điện thoại: 069.2342.593
"""

HEAD = period("Năm 2024", "2024-01-01", "2024-12-31")
ASOF = period("Tính đến ngày 31/12/2024", end="2024-12-31")
Y24 = period("Trong năm 2024", "2024-01-01", "2024-12-31")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")
TO = "tổ liên gia an toàn PCCC"

FIGS = [
    F("có hơn 486.000 tổ", "486.000", 486000, "count", "tổ", "tổ liên gia an toàn phòng cháy, chữa cháy", HEAD,
      approx="over"),
    F("63/63 địa phương", "63", 63, "count", "địa phương",
      "địa phương đã xây dựng mô hình Tổ liên gia an toàn PCCC", total=63),
    F("có 486.215 tổ", "486.215", 486215, "count", "tổ", "tổ liên gia", ASOF),
    F("gần 7,9 triệu hộ", "7,9", 7.9e6, "count", "hộ", "hộ gia đình tham gia tổ liên gia", ASOF, approx="nearly",
      change=change("increase", 31.6, "%", "cuối năm 2023")),
    F("512.740", "512.740", 512740, "count", "điểm", "Điểm chữa cháy công cộng bố trí tại khu dân cư", ASOF),
    F("Hà Nội (38.412 tổ)", "38.412", 38412, "count", "tổ", TO, inherit(ASOF), location="Hà Nội"),
    F("Minh (27.950 tổ)", "27.950", 27950, "count", "tổ", TO, inherit(ASOF), location="TP Hồ Chí Minh"),
    F("Thanh Hóa (19.806 tổ)", "19.806", 19806, "count", "tổ", TO, inherit(ASOF), location="Thanh Hóa"),
    F("Nghệ An (17.233 tổ)", "17.233", 17233, "count", "tổ", TO, inherit(ASOF), location="Nghệ An"),
    F("khoảng 1,35 triệu bình", "1,35", 1.35e6, "count", "bình", "bình chữa cháy người dân trang bị", Y24,
      approx="about"),
    F("hơn 214.000 lối thoát nạn", "214.000", 214000, "count", "lối thoát nạn", "lối thoát nạn thứ hai mở", Y24,
      approx="over"),
    F("tổ chức 362.480 cuộc", "362.480", 362480, "count", "cuộc", "cuộc thực tập phương án chữa cháy", Y24),
    F("với 6,4 triệu lượt người", "6,4", 6.4e6, "count", "lượt người", "lượt người tham gia thực tập", Y24,
      change=change("increase", 1.8, "lần", "năm 2023")),
    F("giảm 12,7%", "12,7", 12.7, "percent", "%", "số vụ cháy tại nhà ở", inherit(Y24)),
    F("mục tiêu 100% khu dân cư", "100", 100, "percent", "%",
      "khu dân cư có tổ liên gia và điểm chữa cháy công cộng", Y25, status="target"),
    F("phấn đấu 90% hộ", "90", 90, "percent", "%", "hộ gia đình có bình chữa cháy", Y25, status="target"),
    F("khoảng 40.000 cuộc", "40.000", 40000, "count", "cuộc", "cuộc thực tập tại các khu dân cư đông đúc, chợ và nhà trọ",
      period("trong quý I/2025", "2025-01-01", "2025-03-31"), approx="about", status="forecast"),
]

NOTES = [
    "Cổng TTĐT Bộ Công an: hội nghị tổng kết năm 2024 của Cục C07 - tổ liên gia an toàn PCCC, điểm chữa cháy công cộng, thực tập (cả nước).",
    "'Ngày đăng: 20/01/2025' gives published; 'Lượt xem: 3.947', 'Ngày 18/01/2025', C07, Kế hoạch số 474/KH-BCA, 'hơn một năm' (a",
    "duration locating the plan in time), 'lối thoát nạn thứ hai', the address and phone are not figures. National figures: Việt Nam;",
    "the ranking list gives each item its province as location. 'tăng 31,6%' follows 7,9 triệu hộ (its change); 'gấp 1,8 lần năm 2023'",
    "is the change of 6,4 triệu lượt người. 'giảm 12,7%' has no base amount: a percent figure without change.",
]

if __name__ == "__main__":
    write(4, TEXT, FIGS, NOTES, published="2025-01-20", location="Việt Nam")
