"""p1302-8: radio/TV site (Đài PT-TH Nghệ An, NTV): vacant dormitory places in TP Vinh, October 2023."""
from lib import F, period, inherit, change, target, write

TEXT = """NTV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH NGHỆ AN
Thời sự | Xã hội | Giáo dục | Video | Podcast

Ký túc xá giá rẻ ở TP Vinh vẫn còn gần 1.000 chỗ trống

Cập nhật lúc 18:30 ngày 07/10/2023

NTV - Theo Sở Giáo dục và Đào tạo Nghệ An, các ký túc xá trên địa bàn TP Vinh hiện có tổng cộng 6.300 chỗ ở, gồm Ký túc xá Trường Đại học Vinh 4.100 chỗ, khu nhà ở sinh viên tập trung Hưng Lộc 1.600 chỗ và ký túc xá của 3 trường cao đẳng 600 chỗ.

Tính đến ngày 30/9/2023, số chỗ đã có sinh viên ở là 5.340 chỗ, đạt 84,8% công suất, giảm 3,5% so với cùng kỳ; còn trống 960 chỗ.

9 tháng đầu năm 2023, Ký túc xá Trường Đại học Vinh thu tiền phòng ước đạt 5,2 tỷ đồng, bằng 71% kế hoạch năm. Riêng quý III, ký túc xá tiếp nhận hơn 1.800 tân sinh viên, gấp 1,5 lần quý III năm 2022.

Giá phòng tại các ký túc xá từ 150.000 đến 300.000 đồng/sinh viên/tháng, trong khi phòng trọ quanh Trường Đại học Vinh có giá 1-1,8 triệu đồng/phòng/tháng. Theo khảo sát của Đoàn trường, 62% sinh viên chọn ở trọ vì muốn tự do giờ giấc, 27% vì ký túc xá xa khu vực học.

Nghệ An hiện đứng thứ 3 khu vực Bắc Trung Bộ về quy mô ký túc xá sinh viên. Năm 2024, Trường Đại học Vinh dự kiến cải tạo 2 nhà ký túc xá A3 và A4 với kinh phí khoảng 18 tỷ đồng, phấn đấu nâng tỷ lệ lấp đầy lên trên 90%.

Hoài Thu - Minh Đức/NTV

Tin cùng chuyên mục:
- Nghệ An: Hơn 100 học sinh được trao học bổng "Tiếp sức đến trường"
- Phát sóng chuyên mục Giáo dục 24h lúc 20:00 thứ Bảy hằng tuần
"""

ASOF = period("Tính đến ngày 30/9/2023", None, "2023-09-30")
M9 = period("9 tháng đầu năm 2023", "2023-01-01", "2023-09-30")
Q3 = period("quý III", "2023-07-01", "2023-09-30")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
NA = "Nghệ An"

FIGS = [
    F("còn gần 1.000 chỗ", "1.000", 1000, "count", "chỗ trống", approx="nearly",
      subject="chỗ trống ký túc xá giá rẻ"),
    F("tổng cộng 6.300 chỗ", "6.300", 6300, "count", "chỗ ở",
      subject="chỗ ở các ký túc xá trên địa bàn TP Vinh"),
    F("Vinh 4.100 chỗ", "4.100", 4100, "count", "chỗ", total=6300,
      subject="chỗ ở Ký túc xá Trường Đại học Vinh"),
    F("Lộc 1.600 chỗ", "1.600", 1600, "count", "chỗ", total=6300,
      subject="chỗ ở khu nhà ở sinh viên tập trung Hưng Lộc"),
    F("của 3 trường", "3", 3, "count", "trường cao đẳng",
      subject="trường cao đẳng có ký túc xá"),
    F("đẳng 600 chỗ", "600", 600, "count", "chỗ", total=6300,
      subject="chỗ ở ký túc xá của các trường cao đẳng"),
    F("là 5.340 chỗ", "5.340", 5340, "count", "chỗ", percent=84.8,
      change=change("decrease", 3.5, "%", "cùng kỳ"),
      subject="số chỗ đã có sinh viên ở", per=ASOF),
    F("trống 960 chỗ", "960", 960, "count", "chỗ",
      subject="chỗ còn trống", per=ASOF),
    F("ước đạt 5,2 tỷ", "5,2", 5.2e9, "money", "đồng", status="estimate", percent=71,
      subject="tiền phòng Ký túc xá Trường Đại học Vinh thu", per=M9),
    F("hơn 1.800", "1.800", 1800, "count", "tân sinh viên", approx="over",
      change=change("increase", 1.5, "lần", "quý III năm 2022"),
      subject="tân sinh viên ký túc xá tiếp nhận", per=Q3),
    F("từ 150.000 đến 300.000", "150.000", 150000, "money", "đồng/sinh viên/tháng", value_max=300000,
      subject="giá phòng tại các ký túc xá"),
    F("giá 1-1,8", "1", 1e6, "money", "đồng/phòng/tháng", value_max=1.8e6,
      subject="giá phòng trọ quanh Trường Đại học Vinh"),
    F("62% sinh viên", "62", 62, "percent", "%",
      subject="sinh viên chọn ở trọ vì muốn tự do giờ giấc"),
    F("27% vì", "27", 27, "percent", "%",
      subject="sinh viên chọn ở trọ vì ký túc xá xa khu vực học"),
    F("đứng thứ 3", "3", 3, "rank", "hạng",
      subject="quy mô ký túc xá sinh viên khu vực Bắc Trung Bộ", location=NA),
    F("cải tạo 2 nhà", "2", 2, "count", "nhà ký túc xá", status="forecast",
      subject="nhà ký túc xá Trường Đại học Vinh cải tạo", per=Y24),
    F("khoảng 18 tỷ", "18", 18e9, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí cải tạo nhà ký túc xá", per=Y24),
    F("trên 90%", "90", 90, "percent", "%", approx="over", status="target",
      subject="tỷ lệ lấp đầy", per=Y24),
    F("Hơn 100 học sinh", "100", 100, "count", "học sinh", approx="over",
      subject="học sinh được trao học bổng", optional=True),
]

NOTES = [
    "Radio/TV site (NTV, Đài PT-TH Nghệ An): menu, headline figure, 'Cập nhật lúc 18:30 ngày 07/10/2023' (published), tag 'NTV -',",
    "byline 'Hoài Thu - Minh Đức/NTV', related links. Location Vinh for the city's dormitories; the regional rank is Nghệ An's.",
    "Distractors: 18:30, 'nhà ký túc xá A3 và A4', 'quý III năm 2022' (baseline), 'Giáo dục 24h', '20:00', and the related-link",
    "title 'Hơn 100 học sinh được trao học bổng' is a link to another story: optional (page furniture, but the spec names only",
    "counters and menu dates, so a careful annotator may count it).",
    "'tổng cộng 6.300 chỗ ở, gồm ... 4.100 chỗ, ... 1.600 chỗ và ... 600 chỗ' → parts with total 6.300 (they add up); '3 trường",
    "cao đẳng' counts schools (no total).",
    "'5.340 chỗ, đạt 84,8% công suất, giảm 3,5% so với cùng kỳ' → percent + change. 'còn trống 960 chỗ' has no part-of cue.",
    "'ước đạt 5,2 tỷ đồng, bằng 71% kế hoạch năm' → estimate, percent 71. 'hơn 1.800 tân sinh viên, gấp 1,5 lần quý III năm 2022'",
    "→ change (increase, 1,5 lần). Year-less 'quý III' takes 2023 from the previous sentence.",
    "'1-1,8 triệu đồng/phòng/tháng': range 1 000 000 to 1 800 000 (the multiplier after the second number covers the first).",
    "The survey shares 62% / 27% have no period. 'dự kiến' → forecast for the 2 buildings and their cost; 'phấn đấu ... trên 90%' →",
    "target; 'Năm 2024' scored for the three.",
]

if __name__ == "__main__":
    write("p1302-8", TEXT, NOTES, FIGS, published="2023-10-07", location="Vinh")
