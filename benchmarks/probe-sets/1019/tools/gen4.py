"""p1019-4: central agency site (Ngân hàng Nhà nước Việt Nam): national remittances 2024, exchange agents, inspections."""
from lib import F, P, I, C, T, write

TEXT = """NGÂN HÀNG NHÀ NƯỚC VIỆT NAM
Trang chủ / Tin tức / Hoạt động ngân hàng
Ngày đăng: 14/01/2025 | Lượt xem: 3.218

Kiều hối năm 2024 ước đạt gần 16 tỷ USD

Theo số liệu tổng hợp của Ngân hàng Nhà nước, lượng kiều hối chuyển về Việt Nam năm 2024 ước đạt gần 16 tỷ USD, tăng khoảng 2,5% so với năm 2023. Trong đó, kiều hối từ người lao động Việt Nam làm việc ở nước ngoài đạt khoảng 4,6 tỷ USD, chiếm 28,8%; phần còn lại chủ yếu do kiều bào gửi về.

Về địa bàn, TP Hồ Chí Minh tiếp tục dẫn đầu với khoảng 9,6 tỷ USD, chiếm gần 60% tổng lượng kiều hối cả nước; tiếp đến là Hà Nội (khoảng 1,8 tỷ USD), Đồng Nai, Nghệ An và Hà Tĩnh (lần lượt 520 triệu USD, 480 triệu USD và 410 triệu USD). Xét theo thị trường gửi, Mỹ chiếm khoảng 38%, Úc 9%, Nhật Bản 8%, Canada 7% và Hàn Quốc 6%.

Đến cuối năm 2024, cả nước có 1.134 đại lý đổi ngoại tệ và 86 tổ chức kinh tế được cấp phép cung ứng dịch vụ nhận và chi, trả ngoại tệ theo Nghị định số 89/2016/NĐ-CP, trong đó 39 tổ chức trực tiếp nhận tiền từ nước ngoài.

Trong năm 2024, Cơ quan Thanh tra, giám sát ngân hàng và các chi nhánh đã kiểm tra 312 đại lý đổi ngoại tệ, xử phạt 27 tổ chức, cá nhân vi phạm với tổng số tiền hơn 1,9 tỷ đồng.

Ngân hàng Nhà nước dự báo kiều hối năm 2025 có thể đạt 16,5-17 tỷ USD nhờ thị trường lao động ở nước ngoài phục hồi và chi phí chuyển tiền giảm.

Địa chỉ: 49 Lý Thái Tổ, Hoàn Kiếm, Hà Nội | Điện thoại: 024.3934.3327
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
EOY = P("Đến cuối năm 2024", None, "2024-12-31")
Y24t = P("Trong năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
KH = "kiều hối chuyển về"
MK = "tỷ trọng kiều hối gửi từ "

FIGS = [
    F("Kiều hối năm 2024 ước đạt gần 16 tỷ USD", "16", 16e9, "money", "USD", "kiều hối", Y24, approx="nearly",
      status="estimate"),
    F("Việt Nam năm 2024 ước đạt gần 16 tỷ USD", "16", 16e9, "money", "USD", "kiều hối chuyển về Việt Nam", Y24,
      approx="nearly", status="estimate", change=C("increase", 2.5, "%", "năm 2023", approx="about")),
    F("đạt khoảng 4,6 tỷ USD", "4,6", 4.6e9, "money", "USD", "kiều hối từ người lao động Việt Nam làm việc ở nước ngoài",
      I(Y24), approx="about", total=16e9, percent=28.8, status="estimate"),
    F("với khoảng 9,6 tỷ USD", "9,6", 9.6e9, "money", "USD", KH, I(Y24), approx="about", percent=60,
      location="TP Hồ Chí Minh"),
    F("(khoảng 1,8 tỷ USD)", "1,8", 1.8e9, "money", "USD", KH, I(Y24), approx="about", location="Hà Nội"),
    F("lần lượt 520 triệu USD", "520", 520e6, "money", "USD", KH, I(Y24), location="Đồng Nai"),
    F("480 triệu USD", "480", 480e6, "money", "USD", KH, I(Y24), location="Nghệ An"),
    F("410 triệu USD", "410", 410e6, "money", "USD", KH, I(Y24), location="Hà Tĩnh"),
    F("Mỹ chiếm khoảng 38%", "38", 38, "percent", "%", MK + "Mỹ", I(Y24), approx="about"),
    F("Úc 9%", "9", 9, "percent", "%", MK + "Úc", I(Y24)),
    F("Nhật Bản 8%", "8", 8, "percent", "%", MK + "Nhật Bản", I(Y24)),
    F("Canada 7%", "7", 7, "percent", "%", MK + "Canada", I(Y24)),
    F("Hàn Quốc 6%", "6", 6, "percent", "%", MK + "Hàn Quốc", I(Y24)),
    F("có 1.134 đại lý", "1.134", 1134, "count", "đại lý", "đại lý đổi ngoại tệ", EOY),
    F("86 tổ chức kinh tế", "86", 86, "count", "tổ chức kinh tế",
      "tổ chức kinh tế được cấp phép cung ứng dịch vụ nhận và chi, trả ngoại tệ", EOY),
    F("39 tổ chức", "39", 39, "count", "tổ chức", "tổ chức trực tiếp nhận tiền từ nước ngoài", EOY, total=86),
    F("kiểm tra 312 đại lý", "312", 312, "count", "đại lý", "đại lý đổi ngoại tệ được kiểm tra", Y24t),
    F("xử phạt 27 tổ chức", "27", 27, "count", "tổ chức, cá nhân", "tổ chức, cá nhân vi phạm bị xử phạt", Y24t),
    F("hơn 1,9 tỷ đồng", "1,9", 1.9e9, "money", "đồng", "tổng số tiền xử phạt", Y24t, approx="over"),
    F("đạt 16,5-17 tỷ USD", "16,5", 16.5e9, "money", "USD", "kiều hối", Y25, value_max=17e9, status="forecast"),
]

NOTES = [
    "Ngân hàng Nhà nước Việt Nam site: kiều hối 2024 (national), by province and by sending market; đại lý and tổ chức nhận chi trả; thanh tra; forecast 2025.",
    "Default location Việt Nam; province items of the 'Về địa bàn' list take their province; sending markets (Mỹ, Úc ...) are not places.",
    "4,6 tỷ after 'Trong đó' is a part of the 16 tỷ (total) and continues the estimate (cf. h14). Province list items: no total (no part cue, do not add up), actual.",
    "'chiếm gần 60%' is the percent of 9,6 tỷ. 'Đến cuối năm 2024' is an as-of period. The headline repeats the 16 tỷ (a figure of its own).",
    "Distractors: Ngày đăng, Lượt xem: 3.218, Nghị định số 89/2016/NĐ-CP, 49 Lý Thái Tổ, phone.",
]

if __name__ == "__main__":
    write("p1019-4", TEXT, FIGS, NOTES, published="2025-01-14", location="Việt Nam")
