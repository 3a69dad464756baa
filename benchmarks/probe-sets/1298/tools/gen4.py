"""p1298-4: ministry site (Bộ NN&PTNT, Cục Trồng trọt): national papaya area, output, exports, 2030 targets."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Trồng trọt

Phát triển bền vững cây đu đủ phục vụ xuất khẩu

20/06/2024 | 09:30 | Cục Trồng trọt

Theo Cục Trồng trọt, năm 2023 cả nước có khoảng 19.400 ha đu đủ, sản lượng đạt hơn 1,3 triệu tấn, giá trị sản xuất ước tính 7.800 tỷ đồng. Các địa phương có diện tích lớn là Tiền Giang (2.028 ha), Hậu Giang (1.650 ha), Đồng Nai (1.580 ha) và Gia Lai (830 ha).

Năng suất bình quân cả nước đạt 68,5 tấn/ha; nhiều vườn đu đủ ruột đỏ ứng dụng công nghệ cao cho năng suất trên 100 tấn/ha.

Năm 2023, kim ngạch xuất khẩu đu đủ tươi và chế biến đạt khoảng 28 triệu USD, tăng 2,1 lần so với năm 2022. 5 tháng đầu năm 2024, xuất khẩu đu đủ đạt 14,2 triệu USD, tăng 35% so với cùng kỳ; Hàn Quốc là thị trường lớn nhất, chiếm 41% kim ngạch.

Hiện cả nước có 126 mã số vùng trồng đu đủ với tổng diện tích gần 3.450 ha, tại 11 tỉnh, thành phố.

Theo Quyết định số 1748/QĐ-BNN-TT, mục tiêu đến năm 2030, diện tích đu đủ cả nước đạt 25.000-27.000 ha, trong đó diện tích sản xuất theo VietGAP chiếm ít nhất 30%; kim ngạch xuất khẩu đạt 100 triệu USD. Cục Trồng trọt dự báo giá đu đủ năm 2024 dao động từ 5.000 đến 9.000 đồng/kg.

Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội | Điện thoại: 024.3846.8161
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("Năm 2023", "2023-01-01", "2023-12-31")
M5 = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
T30 = P("đến năm 2030", None, "2030-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("khoảng 19.400 ha", "19.400", 19400, "measure", "ha", approx="about", subject="diện tích đu đủ cả nước",
      period=Y23),
    F("hơn 1,3 triệu", "1,3", 1.3e6, "measure", "tấn", approx="over", subject="sản lượng đu đủ", period=Y23),
    F("ước tính 7.800 tỷ", "7.800", 7800e9, "money", "đồng", status="estimate", subject="giá trị sản xuất đu đủ",
      period=Y23),
    F("Tiền Giang (2.028 ha)", "2.028", 2028, "measure", "ha", subject="diện tích đu đủ", period=I(Y23),
      location="Tiền Giang"),
    F("Hậu Giang (1.650 ha)", "1.650", 1650, "measure", "ha", subject="diện tích đu đủ", period=I(Y23),
      location="Hậu Giang"),
    F("Đồng Nai (1.580 ha)", "1.580", 1580, "measure", "ha", subject="diện tích đu đủ", period=I(Y23),
      location="Đồng Nai"),
    F("Gia Lai (830 ha)", "830", 830, "measure", "ha", subject="diện tích đu đủ", period=I(Y23), location="Gia Lai"),
    F("đạt 68,5 tấn/ha", "68,5", 68.5, "measure", "tấn/ha", subject="năng suất bình quân cả nước"),
    F("trên 100 tấn/ha", "100", 100, "measure", "tấn/ha", approx="over",
      subject="năng suất vườn đu đủ ruột đỏ ứng dụng công nghệ cao"),
    F("khoảng 28 triệu", "28", 28e6, "money", "USD", approx="about",
      change=C("increase", 2.1, "lần", "năm 2022"), subject="kim ngạch xuất khẩu đu đủ tươi và chế biến",
      period=Y23b),
    F("đạt 14,2 triệu", "14,2", 14.2e6, "money", "USD", change=C("increase", 35, "%", "cùng kỳ"),
      subject="xuất khẩu đu đủ", period=M5),
    F("chiếm 41%", "41", 41, "percent", "%", subject="kim ngạch xuất khẩu đu đủ sang Hàn Quốc", period=M5),
    F("có 126 mã số", "126", 126, "count", "mã số vùng trồng", subject="mã số vùng trồng đu đủ"),
    F("gần 3.450 ha", "3.450", 3450, "measure", "ha", approx="nearly", subject="tổng diện tích mã số vùng trồng"),
    F("tại 11 tỉnh", "11", 11, "count", "tỉnh, thành phố", subject="tỉnh, thành phố có mã số vùng trồng đu đủ"),
    F("25.000-27.000 ha", "25.000", 25000, "measure", "ha", value_max=27000, status="target",
      subject="diện tích đu đủ cả nước", period=T30),
    F("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
      subject="diện tích sản xuất theo VietGAP", period=T30),
    F("đạt 100 triệu", "100", 100e6, "money", "USD", status="target", subject="kim ngạch xuất khẩu", period=T30),
    F("từ 5.000 đến 9.000", "5.000", 5000, "money", "đồng/kg", value_max=9000, status="forecast",
      subject="giá đu đủ", period=Y24),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT, source Cục Trồng trọt), dateline '20/06/2024 | 09:30 | Cục Trồng trọt': national papaya figures.",
    "Distractors: 09:30, 'Quyết định số 1748/QĐ-BNN-TT', 'Số 2 Ngọc Hà', phone 024.3846.8161.",
    "Location Việt Nam (ministry, 'cả nước'); the province list takes each province as location, subject = the list's indicator.",
    "'ước tính' governs only its own clause (7.800 tỷ estimate; 19.400 ha and 1,3 triệu tấn actual).",
    "The yield paragraph states no period and stands in a new paragraph: no period annotated.",
    "'tăng 2,1 lần so với năm 2022' is the change of 28 triệu USD (unit lần).",
    "'Hàn Quốc là thị trường lớn nhất, chiếm 41% kim ngạch' after ';' has its own subject (the market): a percent figure of",
    "its own, not the share of 14,2 triệu USD. Hàn Quốc is a trade partner, location stays Việt Nam.",
    "'trong đó ... chiếm ít nhất 30%': percent figure of its own, target. 'dự báo' → forecast for the price range.",
]

if __name__ == "__main__":
    write("p1298-4", TEXT, NOTES, FIGS, published="2024-06-20", location="Việt Nam")
