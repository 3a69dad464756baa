"""p1562-4: provincial newspaper (Báo Bình Thuận, tag '(BTO) -'): squid-jigging gear of fishers in thị xã La Gi."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO BÌNH THUẬN ĐIỆN TỬ
Kinh tế > Nông - Lâm - Ngư nghiệp

Ngư dân La Gi đầu tư ngư cụ câu mực

Thứ Tư, 10/07/2024 | 07:45

Nhiều chủ tàu ở thị xã La Gi mạnh dạn thay mới máy câu, cần câu và đèn LED để vươn khơi câu mực. Sản lượng mực khai thác 6 tháng đầu năm đạt gần 4.200 tấn.

(BTO) - Theo Phòng Kinh tế thị xã La Gi, toàn thị xã hiện có 312 tàu làm nghề câu mực, trong đó 146 tàu có chiều dài từ 15 m trở lên. 6 tháng đầu năm 2024, sản lượng mực các loại đạt 4.180 tấn, tăng 9,5% so với cùng kỳ, chiếm 31% tổng sản lượng khai thác của thị xã.

Ông Trần Văn Lực (phường Phước Lộc) cho biết, mỗi chuyến biển kéo dài 20-25 ngày, tàu của ông mang theo 12 máy câu tay quay và khoảng 300 bộ lưỡi câu mực. Tháng 3 vừa qua, ông đầu tư gần 180 triệu đồng thay 8 máy câu điện của Nhật Bản, giá mỗi máy từ 18 đến 22 triệu đồng. "Máy câu điện kéo nhanh, đỡ tốn sức, anh em trên tàu câu được nhiều hơn", ông Lực nói.

Giá mực xà tại cảng cá La Gi hiện dao động 150.000-170.000 đồng/kg, cao hơn khoảng 15.000 đồng/kg so với cuối năm 2023. Cả thị xã có 27 cửa hàng kinh doanh ngư cụ; một bộ ngư cụ câu mực đầy đủ cho tàu 12 lao động có giá khoảng 350 triệu đồng.

Năm 2024, UBND thị xã bố trí 1,2 tỷ đồng hỗ trợ lãi suất vay mua ngư cụ cho 40 chủ tàu, mỗi chủ tàu được vay tối đa 500 triệu đồng. Dự kiến 6 tháng cuối năm, sản lượng mực của thị xã đạt khoảng 4.500 tấn.

NGỌC LAN

Tin cùng chuyên mục:
- Tuy Phong: Ngư dân trúng đậm mùa cá cơm
- Phan Thiết: Xử lý 3 tàu cá vi phạm quy định về giám sát hành trình
"""

H6 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
S6 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
M3 = per("Tháng 3 vừa qua", "2024-03-01", "2024-03-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
L6 = per("6 tháng cuối năm", "2024-07-01", "2024-12-31")

FIGS = [
    fig("gần 4.200 tấn", "4.200", 4200, "measure", "tấn", approx="nearly",
        subject="sản lượng mực khai thác", period=H6),
    fig("có 312 tàu", "312", 312, "count", "tàu", subject="tàu làm nghề câu mực"),
    fig("trong đó 146 tàu", "146", 146, "count", "tàu", total=312,
        subject="tàu có chiều dài từ 15 m trở lên"),
    fig("từ 15 m", "15", 15, "measure", "m", approx="at_least", optional=True),
    fig("đạt 4.180 tấn", "4.180", 4180, "measure", "tấn", percent=31,
        change=chg("increase", 9.5, "%", "cùng kỳ"),
        subject="sản lượng mực các loại", period=S6),
    fig("kéo dài 20-25 ngày", "20", 20, "measure", "ngày", value_max=25,
        subject="thời gian mỗi chuyến biển"),
    fig("theo 12 máy", "12", 12, "count", "máy câu", subject="máy câu tay quay tàu mang theo"),
    fig("khoảng 300 bộ", "300", 300, "count", "bộ", approx="about", subject="bộ lưỡi câu mực tàu mang theo"),
    fig("gần 180 triệu", "180", 180e6, "money", "đồng", approx="nearly",
        subject="tiền ông Lực đầu tư thay máy câu điện", period=M3),
    fig("thay 8 máy", "8", 8, "count", "máy câu", subject="máy câu điện của Nhật Bản thay mới", period=M3),
    fig("từ 18 đến 22", "18", 18e6, "money", "đồng/máy", value_max=22e6,
        subject="giá máy câu điện", period=M3),
    fig("động 150.000-170.000", "150.000", 150000, "money", "đồng/kg", value_max=170000,
        change=chg("increase", 15000, "đồng/kg", "cuối năm 2023", approx="about"),
        subject="giá mực xà tại cảng cá La Gi"),
    fig("có 27 cửa hàng", "27", 27, "count", "cửa hàng", subject="cửa hàng kinh doanh ngư cụ"),
    fig("tàu 12 lao động", "12", 12, "count", "lao động", optional=True),
    fig("khoảng 350 triệu", "350", 350e6, "money", "đồng/bộ", approx="about",
        subject="giá một bộ ngư cụ câu mực đầy đủ"),
    fig("bố trí 1,2 tỷ", "1,2", 1.2e9, "money", "đồng",
        subject="kinh phí hỗ trợ lãi suất vay mua ngư cụ", period=Y24),
    fig("cho 40 chủ tàu", "40", 40, "count", "chủ tàu", subject="chủ tàu được hỗ trợ lãi suất", period=Y24),
    fig("tối đa 500 triệu", "500", 500e6, "money", "đồng", approx="at_most",
        subject="mức vay của mỗi chủ tàu", period=Y24),
    fig("khoảng 4.500 tấn", "4.500", 4500, "measure", "tấn", approx="about", status="forecast",
        subject="sản lượng mực của thị xã", period=L6),
]

NOTES = [
    "Provincial newspaper (Báo Bình Thuận): 'Thứ Tư, 10/07/2024 | 07:45', sapo, tag '(BTO) -', byline NGỌC LAN, related links.",
    "Distractors: 07:45, 'đèn LED', 'phường Phước Lộc', 'cuối năm 2023' (baseline), 'một bộ ngư cụ' and 'mỗi máy', 'mỗi chủ tàu' (denominators),",
    "'3 tàu cá' in a related-link title (page furniture), 'Tháng 3' (period).",
    "Location: thị xã La Gi (the sapo and the body name it) for every figure; 'của Nhật Bản' is the maker's country, not a place.",
    "Sapo 'Sản lượng mực khai thác 6 tháng đầu năm đạt gần 4.200 tấn' is its own figure; year-less period takes 2024 from the dateline.",
    "146 tàu after 'trong đó' → total 312. The threshold 'từ 15 m trở lên' and the boat size 'tàu 12 lao động' are optional (specs inside a noun phrase).",
    "4.180 tấn carries 'tăng 9,5% so với cùng kỳ' (change) and 'chiếm 31%' (percent).",
    "'mỗi chuyến biển kéo dài 20-25 ngày' is a stated fact (trip length), a measure in ngày, not a period.",
    "'Tháng 3 vừa qua' (year from the dateline) covers the purchase sentence, including the price paid per machine (unit đồng/máy).",
    "Fish price 'hiện' has no period; 'cao hơn khoảng 15.000 đồng/kg so với cuối năm 2023' is its change (about).",
    "'Dự kiến 6 tháng cuối năm' → forecast, 2024-07-01..2024-12-31.",
]

if __name__ == "__main__":
    write("p1562-4", TEXT, NOTES, FIGS, published="2024-07-10", location="La Gi")
