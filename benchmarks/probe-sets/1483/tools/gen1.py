"""p1483-1: province portal (Long An): household plastics 9 months 2024, a plant in Đức Hòa."""
from lib import F, P, INH, CH, TG, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LONG AN
Trang chủ > Tin tức - Sự kiện > Kinh tế

Ngành nhựa gia dụng 9 tháng tăng trưởng gần 8%

Cập nhật: 14/10/2024 15:05 | Lượt xem: 1.386

Theo Sở Công Thương, 9 tháng đầu năm 2024, giá trị sản xuất sản phẩm nhựa gia dụng trên địa bàn tỉnh ước đạt 6.480 tỷ đồng, tăng 7,8% so với cùng kỳ năm 2023, bằng 73,6% kế hoạch năm. Sản lượng 9 tháng ước đạt khoảng 92 nghìn tấn, trong đó xô, chậu, thau các loại 38,5 nghìn tấn; rổ, rá, giỏ nhựa 21,3 nghìn tấn; thùng, hộp nhựa đựng đồ 32,2 nghìn tấn.

Toàn tỉnh hiện có 147 doanh nghiệp sản xuất đồ nhựa gia dụng, tập trung chủ yếu tại huyện Đức Hòa (52 doanh nghiệp), huyện Bến Lức (41 doanh nghiệp) và huyện Cần Giuộc (23 doanh nghiệp), giải quyết việc làm cho hơn 18.600 lao động.

Tại Khu công nghiệp Hải Sơn (huyện Đức Hòa), Công ty TNHH Nhựa Phúc Thịnh đang vận hành 64 máy ép nhựa, mỗi ngày xuất xưởng khoảng 45.000 sản phẩm các loại. Từ đầu năm đến nay, doanh thu của công ty đạt 412 tỷ đồng, tăng 11,5% so với cùng kỳ; riêng mặt hàng thùng nhựa có nắp chiếm 38%.

Quý IV là cao điểm tiêu thụ đồ gia dụng dịp cuối năm, các doanh nghiệp phấn đấu đạt giá trị sản xuất khoảng 2.400 tỷ đồng, đưa cả năm lên trên 8.800 tỷ đồng. Sở Công Thương đề nghị các doanh nghiệp thực hiện nghiêm Quyết định số 1316/QĐ-TTg về tăng cường quản lý chất thải nhựa.

Tin liên quan:
- Long An: Hội nghị kết nối doanh nghiệp công nghiệp hỗ trợ năm 2024
- Đức Hòa khởi công Cụm công nghiệp Hựu Thạnh số 2
"""

NINE = P("9 tháng", "2024-01-01", "2024-09-30")
NINE_FULL = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Q4 = P("Quý IV", "2024-10-01", "2024-12-31")
YEAR = P("cả năm", "2024-01-01", "2024-12-31")
DH = "Đức Hòa"

FIGS = [
    F("tăng trưởng gần 8%", "8", 8, "percent", "%", approx="nearly",
      subject="tăng trưởng ngành nhựa gia dụng", period=NINE),
    F("ước đạt 6.480 tỷ", "6.480", 6480e9, "money", "đồng", percent=73.6,
      change=CH("increase", 7.8, "%", "cùng kỳ năm 2023"), status="estimate",
      subject="giá trị sản xuất sản phẩm nhựa gia dụng", period=NINE_FULL),
    F("khoảng 92 nghìn", "92", 92e3, "measure", "tấn", approx="about", status="estimate",
      subject="sản lượng", period=NINE),
    F("thau các loại 38,5 nghìn", "38,5", 38.5e3, "measure", "tấn", total=92e3, status="estimate",
      subject="xô, chậu, thau các loại", period=NINE),
    F("giỏ nhựa 21,3 nghìn", "21,3", 21.3e3, "measure", "tấn", total=92e3, status="estimate",
      subject="rổ, rá, giỏ nhựa", period=NINE),
    F("đựng đồ 32,2 nghìn", "32,2", 32.2e3, "measure", "tấn", total=92e3, status="estimate",
      subject="thùng, hộp nhựa đựng đồ", period=NINE),
    F("có 147 doanh nghiệp", "147", 147, "count", "doanh nghiệp",
      subject="doanh nghiệp sản xuất đồ nhựa gia dụng"),
    F("Đức Hòa (52 doanh", "52", 52, "count", "doanh nghiệp",
      subject="doanh nghiệp sản xuất đồ nhựa gia dụng", location=DH),
    F("Bến Lức (41 doanh", "41", 41, "count", "doanh nghiệp",
      subject="doanh nghiệp sản xuất đồ nhựa gia dụng", location="Bến Lức"),
    F("Cần Giuộc (23 doanh", "23", 23, "count", "doanh nghiệp",
      subject="doanh nghiệp sản xuất đồ nhựa gia dụng", location="Cần Giuộc"),
    F("hơn 18.600 lao động", "18.600", 18600, "count", "lao động", approx="over",
      subject="lao động được giải quyết việc làm"),
    F("vận hành 64 máy", "64", 64, "count", "máy ép nhựa",
      subject="máy ép nhựa Công ty TNHH Nhựa Phúc Thịnh vận hành", location=DH),
    F("khoảng 45.000 sản phẩm", "45.000", 45000, "measure", "sản phẩm/ngày", approx="about",
      subject="sản phẩm xuất xưởng mỗi ngày", location=DH),
    F("đạt 412 tỷ", "412", 412e9, "money", "đồng", change=CH("increase", 11.5, "%", "cùng kỳ"),
      subject="doanh thu của công ty", period=YTD, location=DH),
    F("chiếm 38%", "38", 38, "percent", "%",
      subject="doanh thu mặt hàng thùng nhựa có nắp", period=YTD, location=DH),
    F("khoảng 2.400 tỷ", "2.400", 2400e9, "money", "đồng", approx="about", status="target",
      subject="giá trị sản xuất", period=Q4),
    F("trên 8.800 tỷ", "8.800", 8800e9, "money", "đồng", approx="over", status="target",
      subject="giá trị sản xuất cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Long An): household plastics 9 months 2024; breadcrumb, 'Cập nhật: 14/10/2024 15:05 | Lượt xem: 1.386', related links.",
    "Distractors: 15:05, Lượt xem 1.386, Quyết định số 1316/QĐ-TTg, 'Cụm công nghiệp Hựu Thạnh số 2', 'năm 2024' in a link title.",
    "Headline 'gần 8%' is a growth rate as the claim: percent, nearly, no change; '9 tháng' takes 2024 from the dateline.",
    "'bằng 73,6% kế hoạch năm' is the percent attribute of 6.480 tỷ; the change is 'tăng 7,8% so với cùng kỳ năm 2023'.",
    "'trong đó' parts (38,5 + 21,3 + 32,2 = 92 nghìn tấn) take total 92 000 and the whole's estimate status; '9 tháng' in the same sentence.",
    "District counts 52/41/23 do not add up to 147 and follow 'tập trung chủ yếu tại', not a part-of cue: no total; the district is the location.",
    "The Phúc Thịnh passage (KCN Hải Sơn, huyện Đức Hòa) is located in Đức Hòa; 'mỗi ngày' makes 45.000 a rate (sản phẩm/ngày).",
    "'riêng mặt hàng thùng nhựa có nắp chiếm 38%' is a share of a part: a percent figure of its own, not the percent of 412 tỷ.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-10-14. 'phấn đấu' governs both clauses of the Quý IV sentence (target).",
]

if __name__ == "__main__":
    write("p1483-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Long An")
