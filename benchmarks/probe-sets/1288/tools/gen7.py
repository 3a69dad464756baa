"""p1288-7: news agency (TTXVN): organic cà gai leo for tea bags in huyện Hải Lăng, Quảng Trị."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Quảng Trị: Cà gai leo hữu cơ vào chuỗi trà túi lọc

Thứ Bảy, 23/03/2024 09:12

Quảng Trị (TTXVN) - Sau 5 năm triển khai liên kết, vùng nguyên liệu cà gai leo hữu cơ tại huyện Hải Lăng đã mở rộng lên 126 ha, gấp gần 4 lần năm 2019, cung ứng nguyên liệu cho hai nhà máy chế biến trà túi lọc và cao dược liệu.

Theo Sở Nông nghiệp và Phát triển nông thôn Quảng Trị, năm 2023 vùng trồng cà gai leo Hải Lăng cho sản lượng 1.010 tấn cây tươi, tương đương 255 tấn dược liệu khô; năng suất bình quân 8 tấn/ha. Với giá thu mua ổn định 9.000 đồng/kg tươi, mỗi ha cà gai leo cho doanh thu khoảng 72 triệu đồng, cao gấp 3 lần trồng lúa.

Công ty cổ phần Dược liệu Trường Sơn, có nhà máy đặt tại huyện Hải Lăng, hiện bao tiêu toàn bộ sản lượng và chế biến thành 3 dòng sản phẩm trà túi lọc. Năm 2023, công ty sản xuất 5,2 triệu túi trà cà gai leo, doanh thu 31 tỷ đồng; quý I/2024 ước đạt 1,6 triệu túi, bằng 26,7% kế hoạch năm. Ông Lê Văn Hậu, Phó Giám đốc công ty cho biết, mỗi túi trà 2 gram có giá bán lẻ khoảng 1.500 đồng.

Toàn tỉnh hiện có 9 sản phẩm từ cà gai leo đạt chứng nhận OCOP, trong đó 2 sản phẩm 4 sao. Mục tiêu giai đoạn 2024-2026, Quảng Trị phát triển thêm 150 ha dược liệu hữu cơ, nâng số lao động có việc làm thường xuyên trong chuỗi lên khoảng 600 người.

Thanh Thủy (TTXVN)

Xem thêm:
- Quảng Trị: Khai mạc Lễ hội Thống nhất non sông năm 2024
- Đông Hà: Khởi công nhà máy chế biến nông sản tại khu công nghiệp Nam Đông Hà
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("Năm 2023", "2023-01-01", "2023-12-31")
Q1 = per("quý I/2024", "2024-01-01", "2024-03-31")
G = per("giai đoạn 2024-2026", "2024-01-01", "2026-12-31")
HL = "Hải Lăng"

FIGS = [
    fig("lên 126 ha", "126", 126, "measure", "ha",
        change=chg("increase", 4, "lần", "năm 2019", approx="nearly"),
        subject="diện tích vùng nguyên liệu cà gai leo hữu cơ", location=HL),
    fig("cho hai nhà máy", "hai", 2, "count", "nhà máy", subject="nhà máy chế biến trà túi lọc và cao dược liệu",
        location=HL),
    fig("lượng 1.010 tấn", "1.010", 1010, "measure", "tấn", subject="sản lượng cà gai leo cây tươi",
        period=Y23, location=HL),
    fig("tương đương 255 tấn", "255", 255, "measure", "tấn", subject="dược liệu khô", period=Y23, location=HL),
    fig("bình quân 8 tấn/ha", "8", 8, "measure", "tấn/ha", subject="năng suất bình quân", period=Y23,
        location=HL),
    fig("ổn định 9.000 đồng/kg", "9.000", 9000, "money", "đồng/kg", subject="giá thu mua cà gai leo tươi",
        location=HL),
    fig("khoảng 72 triệu", "72", 72e6, "money", "đồng/ha", approx="about",
        change=chg("increase", 3, "lần", "trồng lúa"), subject="doanh thu mỗi ha cà gai leo", location=HL),
    fig("thành 3 dòng", "3", 3, "count", "dòng sản phẩm", subject="dòng sản phẩm trà túi lọc công ty chế biến",
        location=HL),
    fig("xuất 5,2 triệu", "5,2", 5.2e6, "count", "túi", subject="trà cà gai leo công ty sản xuất",
        period=Y23b, location=HL),
    fig("doanh thu 31 tỷ", "31", 31e9, "money", "đồng", subject="doanh thu công ty", period=Y23b,
        location=HL),
    fig("ước đạt 1,6 triệu", "1,6", 1.6e6, "count", "túi", status="estimate", percent=26.7,
        subject="trà cà gai leo công ty sản xuất", period=Q1, location=HL),
    fig("trà 2 gram", "2", 2, "measure", "gram", optional=True, location=HL),
    fig("khoảng 1.500 đồng", "1.500", 1500, "money", "đồng/túi", approx="about",
        subject="giá bán lẻ mỗi túi trà", location=HL),
    fig("có 9 sản phẩm", "9", 9, "count", "sản phẩm", subject="sản phẩm từ cà gai leo đạt chứng nhận OCOP"),
    fig("đó 2 sản phẩm", "2", 2, "count", "sản phẩm", total=9, subject="sản phẩm OCOP 4 sao"),
    fig("thêm 150 ha", "150", 150, "measure", "ha", status="target",
        subject="dược liệu hữu cơ phát triển thêm", period=G),
    fig("khoảng 600 người", "600", 600, "count", "người", approx="about", status="target",
        subject="lao động có việc làm thường xuyên trong chuỗi", period=G),
]

NOTES = [
    "News agency (TTXVN): 'Thứ Bảy, 23/03/2024 09:12', place tag 'Quảng Trị (TTXVN) -', byline 'Thanh Thủy (TTXVN)', 'Xem thêm' links.",
    "Distractors: 09:12, 'Sau 5 năm triển khai' (a duration locating the story in time), 'OCOP ... 4 sao', 'năm 2024' in a link.",
    "Location: the growing area and the company's plant are in huyện Hải Lăng → Hải Lăng; province-wide OCOP and targets → Quảng Trị.",
    "'gấp gần 4 lần năm 2019' → change 4 lần (nearly); 'cao gấp 3 lần trồng lúa' → change of the revenue per ha.",
    "'tương đương 255 tấn dược liệu khô' is a converted amount, its own figure. 'mỗi ha ... 72 triệu đồng' → đồng/ha.",
    "'bằng 26,7% kế hoạch năm' → percent. 'mỗi túi trà 2 gram' is a pack size (optional); the retail price per bag is đồng/túi.",
    "'Mục tiêu giai đoạn 2024-2026' governs both clauses → target.",
]

if __name__ == "__main__":
    write("p1288-7", TEXT, NOTES, FIGS, published="2024-03-23", location="Quảng Trị")
