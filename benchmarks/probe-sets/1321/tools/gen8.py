"""p1321-8: radio/TV site (Đài PT-TH Kiên Giang): Phú Quốc short of Korean-speaking guides, 4 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH KIÊN GIANG
Trang chủ | Thời sự | Kinh tế | Du lịch | Video | Phát thanh trực tuyến

Phú Quốc "khát" hướng dẫn viên tiếng Hàn

Cập nhật lúc 18:30 ngày 15/05/2024

(KGTV) - Thị trường khách Hàn Quốc đến Phú Quốc tăng nhanh, song đội ngũ hướng dẫn viên tiếng Hàn lại thiếu trầm trọng, nhiều doanh nghiệp lữ hành phải "chạy" hướng dẫn viên từ nơi khác.

Theo Phòng Văn hóa và Thông tin thành phố Phú Quốc, 4 tháng đầu năm 2024, thành phố đón hơn 262.000 lượt khách quốc tế, gấp 2,1 lần cùng kỳ năm 2023; trong đó khách Hàn Quốc chiếm khoảng 38%, dẫn đầu các thị trường, khách Đài Loan (Trung Quốc) đứng thứ hai.

Trong khi đó, toàn tỉnh Kiên Giang hiện có 1.137 hướng dẫn viên được cấp thẻ, trong đó chỉ có 41 người sử dụng tiếng Hàn, chiếm 3,6%. Bà Lâm Ngọc Hân, Giám đốc Công ty TNHH Du lịch Hải Đăng Xanh, cho biết mỗi tháng công ty đón từ 25 đến 30 đoàn khách Hàn Quốc, nhưng chỉ có 3 hướng dẫn viên tiếng Hàn cơ hữu. Công ty phải thuê thêm hướng dẫn viên từ TP Hồ Chí Minh, Đà Nẵng với chi phí từ 2 đến 2,5 triệu đồng/ngày, chưa kể vé máy bay khứ hồi. Lương của hướng dẫn viên tiếng Hàn cơ hữu tại Phú Quốc hiện khoảng 18-22 triệu đồng/tháng.

Hiện Phú Quốc có 146 doanh nghiệp và chi nhánh kinh doanh dịch vụ lữ hành, tăng 22 đơn vị so với cùng kỳ năm 2023.

Sở Du lịch Kiên Giang dự kiến trong quý III sẽ tổ chức một kỳ kiểm tra nghiệp vụ, cấp thẻ cho khoảng 40 hướng dẫn viên tiếng Hàn. Năm 2024, Phú Quốc phấn đấu đón 1,2 triệu lượt khách quốc tế.

Tin cùng chuyên mục:
- Phú Quốc đón chuyến tàu biển quốc tế thứ 12 trong năm
- Video: Bản tin Du lịch Kiên Giang số 19 (04:35)

Đài PT-TH Kiên Giang, số 1 Nguyễn Công Trứ, TP Rạch Giá | Hotline: 0297.3862.727
"""

M4 = per("4 tháng đầu năm 2024", "2024-01-01", "2024-04-30")
Q3 = per("quý III", "2024-07-01", "2024-09-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
KG = "Kiên Giang"
HDX = "Công ty TNHH Du lịch Hải Đăng Xanh"

FIGS = [
    fig("hơn 262.000", "262.000", 262000, "count", "lượt khách", approx="over",
        change=chg("increase", 2.1, "lần", "cùng kỳ năm 2023"),
        subject="lượt khách quốc tế thành phố đón", period=M4),
    fig("chiếm khoảng 38%", "38", 38, "percent", "%", approx="about", subject="khách Hàn Quốc", period=M4),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng", subject="khách Đài Loan (Trung Quốc)", period=M4),
    fig("có 1.137 hướng dẫn viên", "1.137", 1137, "count", "hướng dẫn viên",
        subject="hướng dẫn viên được cấp thẻ", location=KG),
    fig("có 41 người", "41", 41, "count", "người", total=1137, percent=3.6,
        subject="hướng dẫn viên sử dụng tiếng Hàn", location=KG),
    fig("từ 25 đến 30 đoàn", "25", 25, "measure", "đoàn/tháng", value_max=30,
        subject=f"đoàn khách Hàn Quốc {HDX} đón mỗi tháng"),
    fig("có 3 hướng dẫn viên", "3", 3, "count", "hướng dẫn viên",
        subject=f"hướng dẫn viên tiếng Hàn cơ hữu của {HDX}"),
    fig("từ 2 đến 2,5 triệu", "2", 2e6, "money", "đồng/ngày", value_max=2.5e6,
        subject="chi phí thuê thêm hướng dẫn viên"),
    fig("khoảng 18-22 triệu", "18", 18e6, "money", "đồng/tháng", value_max=22e6, approx="about",
        subject="lương của hướng dẫn viên tiếng Hàn cơ hữu"),
    fig("có 146 doanh nghiệp", "146", 146, "count", "doanh nghiệp và chi nhánh",
        change=chg("increase", 22, "đơn vị", "cùng kỳ năm 2023"),
        subject="doanh nghiệp và chi nhánh kinh doanh dịch vụ lữ hành"),
    fig("một kỳ kiểm tra", "một", 1, "count", "kỳ kiểm tra", status="forecast",
        subject="kỳ kiểm tra nghiệp vụ", location=KG, period=Q3),
    fig("khoảng 40 hướng dẫn viên", "40", 40, "count", "hướng dẫn viên", approx="about", status="forecast",
        subject="hướng dẫn viên tiếng Hàn được cấp thẻ", location=KG, period=Q3),
    fig("đón 1,2 triệu", "1,2", 1.2e6, "count", "lượt khách", status="target",
        subject="lượt khách quốc tế Phú Quốc đón", period=Y24),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Kiên Giang): menu, 'Cập nhật lúc 18:30 ngày 15/05/2024', tag '(KGTV) -', related items, address and hotline footer.",
    "Distractors: 18:30, 'chuyến tàu biển quốc tế thứ 12' (ordinal), 'Bản tin ... số 19' (name), '(04:35)' (video length), 'số 1 Nguyễn Công Trứ', hotline.",
    "Location Phú Quốc (thành phố) by default; the province's guide stock and the Sở's planned exam/cards are Kiên Giang. The hire cost from",
    "'TP Hồ Chí Minh, Đà Nẵng' stays Phú Quốc (those are where the guides come from, not the place of the figure).",
    "'gấp 2,1 lần cùng kỳ năm 2023' → change (lần). 'trong đó khách Hàn Quốc chiếm khoảng 38%' → own percent figure; the rank 'đứng thứ hai'",
    "of Đài Loan (a market, not a place of the figure) continues the same sentence (period scored). '41 người ..., chiếm 3,6%' → total 1.137, percent 3.6.",
    "'mỗi tháng ... từ 25 đến 30 đoàn' → measure đoàn/tháng. 'khoảng 18-22 triệu đồng/tháng' → about + range.",
    "'dự kiến trong quý III ... một kỳ ..., ... khoảng 40' → forecast; 'quý III' (no year) → 2024. 'Năm 2024, Phú Quốc phấn đấu' → target.",
]

if __name__ == "__main__":
    write("p1321-8", TEXT, NOTES, FIGS, published="2024-05-15", location="Phú Quốc")
