"""p823-1: province portal (Bà Rịa - Vũng Tàu), Lễ hội Diều Vũng Tàu 2024."""
from lib import F, P, I, C, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Thể thao - Du lịch

Lễ hội Diều Vũng Tàu thu hút hơn 85.000 lượt khách

Cập nhật: 25/03/2024 16:45 | Lượt xem: 2.316

Từ ngày 22 đến 24/3/2024, Lễ hội Diều Vũng Tàu lần thứ 4 tại bãi biển Thùy Vân (Bãi Sau), thành phố Vũng Tàu đã thu hút hơn 85.000 lượt khách đến tham quan, tăng khoảng 20% so với lễ hội năm 2023. Trong đó có gần 9.000 lượt khách quốc tế.

Lễ hội năm nay quy tụ 46 đội thả diều đến từ 18 tỉnh, thành phố trong nước và 7 quốc gia, vùng lãnh thổ, với tổng cộng 312 chiếc diều các loại, gấp 1,5 lần số diều của lễ hội năm trước. Chiếc diều lớn nhất là diều hình cá voi của đội Thái Lan, dài 28 m, cần 6 người điều khiển.

Ban tổ chức đã trao 12 giải (1 giải Nhất, 2 giải Nhì, 3 giải Ba và 6 giải Khuyến khích) với tổng trị giá 120 triệu đồng. Giải Nhất trị giá 30 triệu đồng thuộc về Câu lạc bộ Diều Sài Gòn 3 (TP. Hồ Chí Minh).

Theo Sở Du lịch, trong dịp lễ hội, công suất phòng của các cơ sở lưu trú tại thành phố Vũng Tàu đạt khoảng 78%; doanh thu du lịch ước đạt 64,5 tỷ đồng, tăng 18,6% so với cùng kỳ năm 2023. Từ đầu năm đến nay, toàn tỉnh đón khoảng 3,2 triệu lượt khách, đạt 27% kế hoạch năm.

Năm 2025, Ban tổ chức phấn đấu nâng quy mô lễ hội lên 60 đội, trong đó có ít nhất 12 đội quốc tế, theo Kế hoạch số 38/KH-UBND ngày 12/01/2024 của UBND tỉnh.

Thông tin liên hệ: Trung tâm Thông tin và Xúc tiến du lịch, số 26 Trần Phú, phường 1, TP. Vũng Tàu; điện thoại 0254.3856.214.
"""

FEST = P("Từ ngày 22 đến 24/3/2024", "2024-03-22", "2024-03-24")
VT = "Vũng Tàu"
TINH = "Bà Rịa - Vũng Tàu"

FIGS = [
    F("Vũng Tàu thu hút hơn 85.000", "85.000", 85000, "count", "lượt khách", "lượt khách tham quan Lễ hội Diều Vũng Tàu",
      I(FEST), approx="over", location=VT),
    F("đã thu hút hơn 85.000", "85.000", 85000, "count", "lượt khách", "lượt khách đến tham quan lễ hội",
      FEST, approx="over", change=C("increase", 20, "%", "lễ hội năm 2023", "about"), location=VT),
    F("gần 9.000 lượt", "9.000", 9000, "count", "lượt khách", "lượt khách quốc tế", I(FEST),
      approx="nearly", total=85000, location=VT),
    F("quy tụ 46 đội", "46", 46, "count", "đội", "đội thả diều", I(FEST), location=VT),
    F("từ 18 tỉnh", "18", 18, "count", "tỉnh, thành phố", "tỉnh, thành phố trong nước có đội thả diều", I(FEST),
      location="Việt Nam"),
    F("và 7 quốc gia", "7", 7, "count", "quốc gia, vùng lãnh thổ", "quốc gia, vùng lãnh thổ có đội thả diều", I(FEST),
      location=VT),
    F("tổng cộng 312 chiếc", "312", 312, "count", "chiếc diều", "diều các loại", I(FEST),
      change=C("increase", 1.5, "lần", "lễ hội năm trước"), location=VT),
    F("dài 28 m", "28", 28, "measure", "m", "chiều dài chiếc diều lớn nhất", location=VT, optional=True),
    F("cần 6 người", "6", 6, "count", "người", "người điều khiển diều hình cá voi", location=VT, optional=True),
    F("trao 12 giải", "12", 12, "count", "giải", "giải Ban tổ chức trao", I(FEST), location=VT),
    F("(1 giải Nhất", "1", 1, "count", "giải", "giải Nhất", I(FEST), total=12, location=VT),
    F("2 giải Nhì", "2", 2, "count", "giải", "giải Nhì", I(FEST), total=12, location=VT),
    F("3 giải Ba", "3", 3, "count", "giải", "giải Ba", I(FEST), total=12, location=VT),
    F("6 giải Khuyến khích", "6", 6, "count", "giải", "giải Khuyến khích", I(FEST), total=12, location=VT),
    F("120 triệu đồng", "120", 120e6, "money", "đồng", "tổng trị giá giải thưởng", I(FEST), location=VT),
    F("30 triệu đồng", "30", 30e6, "money", "đồng", "trị giá giải Nhất", I(FEST), location=VT),
    F("khoảng 78%", "78", 78, "percent", "%", "công suất phòng của các cơ sở lưu trú", I(FEST),
      approx="about", location=VT),
    F("ước đạt 64,5 tỷ", "64,5", 64.5e9, "money", "đồng", "doanh thu du lịch", I(FEST), status="estimate",
      change=C("increase", 18.6, "%", "cùng kỳ năm 2023"), location=VT),
    F("khoảng 3,2 triệu", "3,2", 3.2e6, "count", "lượt khách", "lượt khách toàn tỉnh đón",
      P("Từ đầu năm đến nay", "2024-01-01", "2024-03-25"), approx="about", percent=27, location=TINH),
    F("lên 60 đội", "60", 60, "count", "đội", "đội tham gia lễ hội", P("Năm 2025", "2025-01-01", "2025-12-31"),
      status="target", location=VT),
    F("ít nhất 12 đội", "12", 12, "count", "đội", "đội quốc tế", P("Năm 2025", "2025-01-01", "2025-12-31"),
      approx="at_least", total=60, status="target", location=VT),
]

NOTES = [
    "Province portal (Bà Rịa - Vũng Tàu): Lễ hội Diều Vũng Tàu 22-24/3/2024. Festival figures are located in the city Vũng Tàu;",
    "the province's visitor count ('toàn tỉnh') is Bà Rịa - Vũng Tàu; '18 tỉnh, thành phố' is a count of provinces (Việt Nam, FIGURES.md).",
    "'gấp 1,5 lần số diều của lễ hội năm trước' after 312 chiếc is its change (1.5 lần). The prize bracket adds up to 12 (total).",
    "Largest kite's length and handlers are an example's specification: optional. Not figures: Lượt xem, lần thứ 4, Sài Gòn 3, KH số 38, address, phone.",
]

if __name__ == "__main__":
    write("p823-1", TEXT, NOTES, FIGS, published="2024-03-25", location=VT)
