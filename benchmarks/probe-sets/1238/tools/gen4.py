"""p1238-4: ministry site (Bộ Công Thương), national dairy output, trade and 2030 targets, year 2023."""
from lib import F, P, I, C, T, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Công nghiệp

Năm 2023, sản lượng sữa chua cả nước tăng 8,5%

Ngày đăng: 16/01/2024 | Lượt xem: 1.025

Theo Vụ Công nghiệp, năm 2023 cả nước sản xuất khoảng 312.000 tấn sữa chua các loại, tăng 8,5% so với năm 2022; sữa tươi chế biến đạt 1.850 triệu lít, tăng 4,1%; sữa bột đạt 142.600 tấn, giảm 2,3%.

Cả nước hiện có 48 doanh nghiệp chế biến sữa với 67 nhà máy, tổng công suất khoảng 3,6 triệu tấn sản phẩm/năm; trong đó 5 doanh nghiệp lớn chiếm trên 75% thị phần. Quy mô thị trường sữa Việt Nam xếp thứ 3 khu vực Đông Nam Á, sau Indonesia và Thái Lan.

Năm 2023, sản lượng sữa tươi nguyên liệu đạt 1,21 triệu tấn; tổng đàn bò sữa đến ngày 31/12/2023 là 335.000 con. Tỷ lệ nguồn sữa trong nước đáp ứng nhu cầu nguyên liệu cho chế biến hiện mới đạt khoảng 42%.

Kim ngạch xuất khẩu sữa và sản phẩm sữa năm 2023 đạt 298 triệu USD, tăng 12,7% so với năm 2022; các thị trường chính lần lượt là Trung Quốc, Iraq và Philippines với 86 triệu USD, 54 triệu USD và 31 triệu USD. Nhập khẩu sữa nguyên liệu đạt gần 1,1 tỷ USD, giảm 6,4%.

Theo Quyết định số 1520/QĐ-TTg, mục tiêu đến năm 2030 sản lượng sữa tươi nguyên liệu đạt 2,6 triệu tấn, tỷ lệ đáp ứng nhu cầu nguyên liệu cho chế biến đạt ít nhất 60%; mức tiêu thụ sữa bình quân đạt 40 lít/người/năm, từ mức khoảng 27 lít hiện nay.

Cơ quan chủ quản: Bộ Công Thương
Địa chỉ: 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội - Điện thoại: 024.22202222
"""

Y23H = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("đến ngày 31/12/2023", None, "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
XK = "kim ngạch xuất khẩu sữa và sản phẩm sữa"

FIGS = [
    F("cả nước tăng 8,5%", "8,5", 8.5, "percent", "%", subject="sản lượng sữa chua", period=Y23H),
    F("khoảng 312.000 tấn", "312.000", 312000, "measure", "tấn", approx="about",
      change=C("increase", 8.5, "%", "năm 2022"), subject="sữa chua các loại sản xuất", period=Y23),
    F("1.850 triệu lít", "1.850", 1.85e9, "measure", "lít", change=C("increase", 4.1, "%"),
      subject="sữa tươi chế biến", period=Y23),
    F("142.600 tấn", "142.600", 142600, "measure", "tấn", change=C("decrease", 2.3, "%"),
      subject="sữa bột", period=Y23),
    F("có 48 doanh nghiệp", "48", 48, "count", "doanh nghiệp", subject="doanh nghiệp chế biến sữa"),
    F("với 67 nhà máy", "67", 67, "count", "nhà máy", subject="nhà máy chế biến sữa"),
    F("khoảng 3,6 triệu tấn", "3,6", 3.6e6, "measure", "tấn/năm", approx="about",
      subject="tổng công suất"),
    F("5 doanh nghiệp lớn", "5", 5, "count", "doanh nghiệp", total=48, percent=75,
      subject="doanh nghiệp lớn"),
    F("xếp thứ 3", "3", 3, "rank", "hạng", subject="quy mô thị trường sữa khu vực Đông Nam Á"),
    F("đạt 1,21 triệu tấn", "1,21", 1.21e6, "measure", "tấn", subject="sản lượng sữa tươi nguyên liệu",
      period=Y23H),
    F("là 335.000 con", "335.000", 335000, "count", "con", subject="tổng đàn bò sữa", period=ASOF),
    F("khoảng 42%", "42", 42, "percent", "%", approx="about",
      subject="tỷ lệ nguồn sữa trong nước đáp ứng nhu cầu nguyên liệu cho chế biến"),
    F("298 triệu USD", "298", 298e6, "money", "USD", change=C("increase", 12.7, "%", "năm 2022"),
      subject=XK, period=Y23),
    F("với 86 triệu USD", "86", 86e6, "money", "USD", subject=XK, period=Y23),
    F("54 triệu USD", "54", 54e6, "money", "USD", subject=XK, period=Y23),
    F("31 triệu USD", "31", 31e6, "money", "USD", subject=XK, period=Y23),
    F("gần 1,1 tỷ USD", "1,1", 1.1e9, "money", "USD", approx="nearly", change=C("decrease", 6.4, "%"),
      subject="nhập khẩu sữa nguyên liệu", period=I(Y23)),
    F("đạt 2,6 triệu tấn", "2,6", 2.6e6, "measure", "tấn", status="target",
      subject="sản lượng sữa tươi nguyên liệu", period=T30),
    F("ít nhất 60%", "60", 60, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ đáp ứng nhu cầu nguyên liệu cho chế biến", period=T30),
    F("40 lít/người/năm", "40", 40, "measure", "lít/người/năm", status="target",
      subject="mức tiêu thụ sữa bình quân", period=T30),
    F("khoảng 27 lít", "27", 27, "measure", "lít/người/năm", approx="about",
      subject="mức tiêu thụ sữa bình quân"),
]

NOTES = [
    "Ministry site (Bộ Công Thương): national dairy figures for 2023. 'Ngày đăng: 16/01/2024 | Lượt xem: 1.025'. All figures: Việt Nam.",
    "Distractors: view counter 1.025, 'Quyết định số 1520/QĐ-TTg', address '54 Hai Bà Trưng', phone 024.22202222, the foreign countries",
    "(Indonesia, Thái Lan as comparison; Trung Quốc, Iraq, Philippines as export markets: not places of the figures).",
    "Headline 'tăng 8,5%' is a growth rate standing as the claim: percent figure, no change. '5 doanh nghiệp lớn' after 'trong đó' → total 48;",
    "'chiếm trên 75% thị phần' → percent 75. 'tổng đàn bò sữa đến ngày 31/12/2023' is an as-of date inside a 'Năm 2023' sentence.",
    "'từ mức khoảng 27 lít hiện nay' is the current actual level (unit from the rate written before it). 'mục tiêu đến năm 2030' governs the clauses after ';'.",
]

if __name__ == "__main__":
    write("p1238-4", TEXT, NOTES, FIGS, published="2024-01-16", location="Việt Nam")
