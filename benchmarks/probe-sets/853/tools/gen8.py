"""p853-8: provincial newspaper online (Báo Quảng Ninh), headline figure, (BQN) tag; first half of 2023."""
from lib import F, change, period, inherit, write

TEXT = """Báo Quảng Ninh điện tử
Xã hội > Môi trường

Gần 12 tấn chất thải điện tử được thu gom trong 6 tháng

Thứ Tư, 12/07/2023 08:20

(BQN) - 6 tháng đầu năm, các địa phương trong tỉnh đã thu gom được 11,7 tấn chất thải điện tử và pin thải, đạt 58,5% kế hoạch năm, tăng 2,9 tấn so với cùng kỳ năm 2022.

Trong đó, TP Hạ Long thu gom được 4,6 tấn, chiếm 39,3%; TP Cẩm Phả 2,4 tấn; TP Uông Bí 1,5 tấn; TP Móng Cái 1,1 tấn; các địa phương còn lại 2,1 tấn.

Hiện toàn tỉnh có 13 địa phương cấp huyện, trong đó 11 địa phương đã bố trí điểm thu gom cố định với tổng số 264 điểm. Giá thu mua phế liệu điện tử tại các cơ sở tư nhân dao động 5.000-30.000 đồng/kg tùy loại, nên nhiều hộ dân vẫn bán cho người thu mua thay vì mang đến điểm thu gom.

Riêng chương trình “Đổi rác thải điện tử lấy cây xanh” do Thành đoàn Hạ Long tổ chức đã thu hút khoảng 2.300 lượt người dân tham gia, đổi tặng 1.650 cây xanh.

Tại hội nghị sơ kết ngày 10/7, Sở Tài nguyên và Môi trường cho biết Công ty TNHH Môi trường Hạ Long Xanh (Km 8, Quốc lộ 18, phường Hà Khẩu) đã xử lý 100% lượng chất thải thu gom bằng lò đốt 2 cấp, công suất 3 tấn/giờ.

6 tháng cuối năm, tỉnh phấn đấu thu gom thêm 8,3 tấn; đồng thời dự kiến lắp đặt thêm 60 điểm thu gom tại các trường học, khu công nghiệp. Chỉ tiêu thu gom cả năm 2023 của tỉnh là 20 tấn.

Thu Hà
"""

H1 = period("6 tháng đầu năm", "2023-01-01", "2023-06-30")
H1I = inherit(H1)
H2 = period("6 tháng cuối năm", "2023-07-01", "2023-12-31")

FIGS = [
    F("Gần 12 tấn", "12", 12, "measure", "tấn", approx="nearly",
      subject="chất thải điện tử được thu gom", per=period("trong 6 tháng", "2023-01-01", "2023-06-30")),
    F("được 11,7 tấn", "11,7", 11.7, "measure", "tấn", percent=58.5,
      change=change("increase", 2.9, "tấn", "cùng kỳ năm 2022"),
      subject="chất thải điện tử và pin thải thu gom", per=H1),
    F("được 4,6 tấn", "4,6", 4.6, "measure", "tấn", total=11.7, percent=39.3,
      subject="chất thải điện tử và pin thải thu gom", location="Hạ Long", per=H1I),
    F("Cẩm Phả 2,4 tấn", "2,4", 2.4, "measure", "tấn", total=11.7,
      subject="chất thải điện tử và pin thải thu gom", location="Cẩm Phả", per=H1I),
    F("Uông Bí 1,5 tấn", "1,5", 1.5, "measure", "tấn", total=11.7,
      subject="chất thải điện tử và pin thải thu gom", location="Uông Bí", per=H1I),
    F("Móng Cái 1,1 tấn", "1,1", 1.1, "measure", "tấn", total=11.7,
      subject="chất thải điện tử và pin thải thu gom", location="Móng Cái", per=H1I),
    F("còn lại 2,1 tấn", "2,1", 2.1, "measure", "tấn", total=11.7,
      subject="chất thải điện tử và pin thải các địa phương còn lại thu gom", per=H1I),
    F("có 13 địa phương", "13", 13, "count", "địa phương cấp huyện", subject="địa phương cấp huyện"),
    F("trong đó 11 địa phương", "11", 11, "count", "địa phương", total=13,
      subject="địa phương đã bố trí điểm thu gom cố định"),
    F("tổng số 264 điểm", "264", 264, "count", "điểm", subject="điểm thu gom cố định"),
    F("dao động 5.000-30.000 đồng/kg", "5.000", 5000, "money", "đồng/kg", value_max=30000,
      subject="giá thu mua phế liệu điện tử tại các cơ sở tư nhân"),
    F("khoảng 2.300 lượt", "2.300", 2300, "count", "lượt người dân", approx="about",
      subject="lượt người dân tham gia chương trình “Đổi rác thải điện tử lấy cây xanh”",
      location="Hạ Long", per=H1I),
    F("tặng 1.650 cây xanh", "1.650", 1650, "count", "cây xanh", subject="cây xanh đổi tặng",
      location="Hạ Long", per=H1I),
    F("xử lý 100%", "100", 100, "percent", "%", subject="lượng chất thải thu gom được xử lý", per=H1I),
    F("lò đốt 2 cấp", "2", 2, "count", "cấp", subject="cấp của lò đốt", optional=True),
    F("công suất 3 tấn/giờ", "3", 3, "measure", "tấn/giờ", subject="công suất lò đốt"),
    F("thêm 8,3 tấn", "8,3", 8.3, "measure", "tấn", status="target",
      subject="chất thải điện tử thu gom thêm", per=H2),
    F("thêm 60 điểm", "60", 60, "count", "điểm thu gom", status="forecast",
      subject="điểm thu gom lắp đặt thêm tại các trường học, khu công nghiệp", per=H2),
    F("là 20 tấn", "20", 20, "measure", "tấn", status="target",
      subject="chỉ tiêu thu gom cả năm của tỉnh",
      per=period("cả năm 2023", "2023-01-01", "2023-12-31")),
]

NOTES = [
    "Báo Quảng Ninh điện tử: headline figure 'Gần 12 tấn … trong 6 tháng', dateline 'Thứ Tư, 12/07/2023 08:20', tag '(BQN) -'.",
    "Year-less '6 tháng đầu năm' / 'trong 6 tháng' / '6 tháng cuối năm' take 2023 from the dateline (and the baseline 'cùng kỳ năm 2022').",
    "'Trong đó, TP Hạ Long … 4,6 tấn, chiếm 39,3%; …' lists five parts adding up to 11,7 tấn (total); the cities are locations.",
    "'đạt 58,5% kế hoạch năm' → percent; 'tăng 2,9 tấn so với cùng kỳ năm 2022' → change in tấn. 'lò đốt 2 cấp' is a technology label (optional).",
    "Distractors: 08:20, 'ngày 10/7', 'Km 8, Quốc lộ 18', 'phường Hà Khẩu'. 'dự kiến lắp đặt thêm 60 điểm' → forecast.",
]

write("p853-8", TEXT, NOTES, FIGS, published="2023-07-12", location="Quảng Ninh")
