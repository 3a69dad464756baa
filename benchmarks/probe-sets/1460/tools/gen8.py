"""p1460-8: news agency (TTXVN / Vietnam+): a Hà Nội padlock maker; national market shares."""
from lib import F, P, I, C, T, write

TEXT = """VietnamPlus | Kinh tế | Doanh nghiệp
Thứ Năm, 22/08/2024 - 14:35

Doanh nghiệp khóa Việt đầu tư công nghệ, giữ thị phần nội địa

Hà Nội (TTXVN) - 7 tháng năm 2024, Công ty cổ phần Khóa Đông Đô tiêu thụ 2,35 triệu sản phẩm, doanh thu đạt 412 tỷ đồng, bằng 61% kế hoạch năm.

Ông Đỗ Văn Hải, Tổng giám đốc công ty, cho biết để cạnh tranh với hàng nhập khẩu giá rẻ, từ năm 2022 đến nay doanh nghiệp đã đầu tư hơn 150 tỷ đồng đổi mới công nghệ, đưa vào vận hành 3 dây chuyền mạ và 1 dây chuyền sơn tĩnh điện tự động. Nhờ đó, tỷ lệ phế phẩm giảm từ 4,5% xuống còn 1,2%; năng suất lao động tăng khoảng 35%. Hiện mỗi ngày nhà máy tại Khu công nghiệp Quang Minh sản xuất khoảng 12 nghìn sản phẩm.

Sản phẩm khóa chống cắt, khóa cầu ngang của công ty được phân phối qua hơn 3.000 đại lý và xuất khẩu sang 12 thị trường. Khóa Đông Đô hiện xếp thứ 3 về thị phần khóa cơ trong nước.

Năm 2024, công ty đặt mục tiêu doanh thu 680 tỷ đồng, tăng 12% so với năm 2023, và tuyển thêm 80-100 lao động.

Theo Hiệp hội Kim khí gia dụng Việt Nam, khóa sản xuất trong nước hiện chiếm khoảng 55% thị phần nội địa, riêng phân khúc khóa cơ là 80%. Cả nước có hơn 200 cơ sở sản xuất khóa, tập trung ở Hà Nội, Hưng Yên, Nam Định, Hải Dương và TP Hồ Chí Minh.

Minh Nghĩa (TTXVN)
"""

M7 = P("7 tháng năm 2024", "2024-01-01", "2024-07-31")
SINCE = P("từ năm 2022 đến nay", "2022-01-01", "2024-08-22")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
VN = "Việt Nam"

FIGS = [
    F("tiêu thụ 2,35 triệu", "2,35", 2.35e6, "count", "sản phẩm",
      subject="sản phẩm Công ty cổ phần Khóa Đông Đô tiêu thụ", period=M7),
    F("đạt 412 tỷ", "412", 412e9, "money", "đồng", percent=61, subject="doanh thu", period=M7),
    F("hơn 150 tỷ", "150", 150e9, "money", "đồng", approx="over",
      subject="vốn doanh nghiệp đầu tư đổi mới công nghệ", period=SINCE),
    F("vận hành 3 dây chuyền", "3", 3, "count", "dây chuyền", subject="dây chuyền mạ đưa vào vận hành",
      period=SINCE),
    F("và 1 dây chuyền", "1", 1, "count", "dây chuyền",
      subject="dây chuyền sơn tĩnh điện tự động đưa vào vận hành", period=SINCE),
    F("từ 4,5%", "4,5", 4.5, "percent", "%", optional=True),
    F("còn 1,2%", "1,2", 1.2, "percent", "%", subject="tỷ lệ phế phẩm", period=I(SINCE)),
    F("khoảng 35%", "35", 35, "percent", "%", approx="about", subject="năng suất lao động",
      period=I(SINCE)),
    F("khoảng 12 nghìn", "12", 12000, "measure", "sản phẩm/ngày", approx="about",
      subject="sản phẩm nhà máy sản xuất mỗi ngày"),
    F("hơn 3.000 đại lý", "3.000", 3000, "count", "đại lý", approx="over",
      subject="đại lý phân phối sản phẩm của công ty"),
    F("sang 12 thị trường", "12", 12, "count", "thị trường", subject="thị trường xuất khẩu"),
    F("xếp thứ 3", "3", 3, "rank", "hạng", subject="thị phần khóa cơ trong nước"),
    F("doanh thu 680 tỷ", "680", 680e9, "money", "đồng", status="target",
      change=C("increase", 12, "%", "năm 2023"), subject="doanh thu", period=Y24),
    F("thêm 80-100 lao động", "80", 80, "count", "lao động", value_max=100, status="target",
      subject="lao động tuyển thêm", period=Y24),
    F("khoảng 55% thị phần", "55", 55, "percent", "%", approx="about",
      subject="thị phần nội địa của khóa sản xuất trong nước", location=VN),
    F("khóa cơ là 80%", "80", 80, "percent", "%",
      subject="thị phần khóa sản xuất trong nước trong phân khúc khóa cơ", location=VN),
    F("hơn 200 cơ sở", "200", 200, "count", "cơ sở", approx="over", subject="cơ sở sản xuất khóa",
      location=VN),
]

NOTES = [
    "News agency (TTXVN, VietnamPlus): section path, 'Thứ Năm, 22/08/2024 - 14:35', dateline 'Hà Nội (TTXVN) -', byline 'Minh Nghĩa (TTXVN)'.",
    "Distractors: 14:35, 'Khu công nghiệp Quang Minh', 'năm 2022', 'năm 2023' (baseline), the province list after the national count.",
    "The company is in Hà Nội (dateline, no district named): location Hà Nội; the association's market figures and the national count",
    "of producers are Việt Nam (provinces listed after 'Cả nước có ...' do not make it provincial). The company's rank 'thứ 3 ... trong nước'",
    "stays with the company's place (Hà Nội); 'trong nước' is the field of the ranking.",
    "'từ năm 2022 đến nay' runs to the dateline 2024-08-22 and covers the investment and the two line counts in that sentence.",
    "'giảm từ 4,5% xuống còn 1,2%': the new level 1,2% is the figure; the old level 4,5% is optional (as an old capacity in a 'từ ... lên').",
    "'12 nghìn' = 12000 (word multiplier); 'mỗi ngày' makes a rate (sản phẩm/ngày). 'bằng 61% kế hoạch năm' is the percent of 412 tỷ.",
    "'đặt mục tiêu' governs the sentence and the coordinated 'tuyển thêm 80-100 lao động' (target, năm 2024).",
]

if __name__ == "__main__":
    write("p1460-8", TEXT, NOTES, FIGS, published="2024-08-22", location="Hà Nội")
