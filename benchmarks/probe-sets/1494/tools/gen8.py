"""p1494-8: radio/TV site (Đài PT-TH Bạc Liêu): xóm lò rèn Ngan Dừa, huyện Hồng Dân, vụ Tết."""
from lib import F, period, year, inherit, change, target, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH BẠC LIÊU
Thời sự | Kinh tế | Phóng sự | Video | Phát thanh trực tuyến

Nghề rèn Ngan Dừa hút hàng dịp cuối năm

Thứ Năm, 09/01/2025 - 16:10

BLTV - Những ngày giáp Tết, xóm lò rèn ở ấp Thống Nhất, thị trấn Ngan Dừa (huyện Hồng Dân) hoạt động hết công suất. Cả xóm hiện còn 14 lò rèn, giảm 12 lò so với năm 2015, thu hút khoảng 70 lao động.

Ông Lâm Văn Hây, chủ lò rèn có thâm niên hơn 45 năm, cho biết ngày thường lò chỉ đốt 2-3 ngày mỗi tuần, nhưng từ tháng 11 âm lịch đến nay lò đỏ lửa liên tục. Mỗi ngày lò làm ra từ 25 đến 30 cây dao các loại, bán tại lò với giá 100.000-180.000 đồng/cây, dao phay loại lớn lên đến 350.000 đồng/cây. Thợ phụ được trả từ 250.000 đến 300.000 đồng/ngày.

Theo UBND thị trấn Ngan Dừa, năm 2024 các lò rèn sản xuất khoảng 48.000 sản phẩm, doanh thu hơn 5,2 tỷ đồng, vượt 8% kế hoạch. Riêng tháng 12/2024, sản lượng tăng 35% so với tháng trước. Ngoài thị trường trong tỉnh, dao Ngan Dừa đã theo thương lái đến Cà Mau, Kiên Giang, Sóc Trăng; khoảng 30% sản lượng được tiêu thụ ngoài tỉnh.

Huyện Hồng Dân đang hướng dẫn các lò rèn thành lập tổ hợp tác, phấn đấu năm nay có 1 sản phẩm dao rèn đạt OCOP 3 sao. Xem thêm phóng sự "Giữ lửa nghề rèn" phát sóng lúc 20h30 trên kênh BLTV1.

Minh Thư - Hữu Phước
Lượt xem: 826
"""

Y24 = year("năm 2024", 2024)
M12 = period("tháng 12/2024", "2024-12-01", "2024-12-31")
Y25 = year("năm nay", 2025)  # the year of published

FIGS = [
    F("còn 14 lò", "14", 14, "count", "lò rèn", change=change("decrease", 12, "lò", "năm 2015"),
      subject="lò rèn cả xóm"),
    F("khoảng 70 lao động", "70", 70, "count", "lao động", approx="about", subject="lao động xóm lò rèn thu hút"),
    F("hơn 45 năm", "45", 45, "measure", "năm", approx="over",
      subject="thâm niên của ông Lâm Văn Hây", optional=True),
    F("đốt 2-3 ngày", "2", 2, "measure", "ngày/tuần", value_max=3,
      subject="số ngày đốt lò mỗi tuần ngày thường"),
    F("từ 25 đến 30 cây", "25", 25, "measure", "cây dao/ngày", value_max=30,
      subject="dao lò làm ra mỗi ngày"),
    F("giá 100.000-180.000", "100.000", 100000, "money", "đồng/cây", value_max=180000,
      subject="giá bán dao tại lò"),
    F("lên đến 350.000", "350.000", 350000, "money", "đồng/cây", approx="at_most",
      subject="giá dao phay loại lớn"),
    F("từ 250.000 đến 300.000", "250.000", 250000, "money", "đồng/ngày", value_max=300000,
      subject="tiền công thợ phụ"),
    F("khoảng 48.000 sản phẩm", "48.000", 48000, "count", "sản phẩm", approx="about",
      subject="sản phẩm các lò rèn sản xuất", per=Y24),
    F("hơn 5,2 tỷ", "5,2", 5.2e9, "money", "đồng", approx="over", change=change("increase", 8, "%", "kế hoạch"),
      subject="doanh thu", per=Y24),
    F("tăng 35%", "35", 35, "percent", "%", subject="sản lượng tăng so với tháng trước", per=M12),
    F("khoảng 30% sản lượng", "30", 30, "percent", "%", approx="about",
      subject="tỷ lệ sản lượng tiêu thụ ngoài tỉnh"),
    F("có 1 sản phẩm", "1", 1, "count", "sản phẩm", status="target",
      subject="sản phẩm dao rèn đạt OCOP 3 sao", per=Y25),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Bạc Liêu): menu, 'Thứ Năm, 09/01/2025 - 16:10' (published), tag 'BLTV -', byline, 'Lượt xem'.",
    "Thị trấn Ngan Dừa lies in huyện Hồng Dân: location Hồng Dân for all figures (Cà Mau, Kiên Giang, Sóc Trăng are markets).",
    "'giảm 12 lò so với năm 2015' → change decrease 12 lò on 14. 'hơn 45 năm' (a person's career) is optional.",
    "Rates: 'đốt 2-3 ngày mỗi tuần' → ngày/tuần; 'Mỗi ngày ... từ 25 đến 30 cây dao' → 'cây dao/ngày'.",
    "'vượt 8% kế hoạch' → change increase 8 with baseline 'kế hoạch'. 'phấn đấu năm nay' → target, year of published (2025).",
    "'lên đến 350.000 đồng/cây' = up to → approx at_most.",
    "'Riêng tháng 12/2024, sản lượng tăng 35% so với tháng trước' is a growth rate as the claim (percent, no change).",
    "The 30% share stands in a sentence without a period phrase: no period.",
    "Distractors: 'từ tháng 11 âm lịch đến nay', 'ấp Thống Nhất', '20h30', 'BLTV1', 'OCOP 3 sao', 'Lượt xem: 826', 16:10.",
]

if __name__ == "__main__":
    write("p1494-8", TEXT, NOTES, FIGS, published="2025-01-09", location="Hồng Dân")
