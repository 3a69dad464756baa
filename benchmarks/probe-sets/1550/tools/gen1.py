"""p1550-1: province portal (Bắc Ninh): kettle output 9 months 2024, one maker in thị xã Quế Võ."""
from lib import F, period, inherit, change, target, write

TEXT = """Cổng Thông tin điện tử tỉnh Bắc Ninh
Trang chủ > Tin tức - Sự kiện > Kinh tế

Sản lượng ấm siêu tốc 9 tháng tăng gần 12%

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386

Theo Cục Thống kê tỉnh, 9 tháng đầu năm 2024, sản lượng ấm đun nước điện (ấm siêu tốc) của các doanh nghiệp trên địa bàn tỉnh Bắc Ninh ước đạt 3,46 triệu chiếc, tăng 11,8% so với cùng kỳ năm 2023, bằng 76,9% kế hoạch năm. Trong đó, ấm inox 2,18 triệu chiếc, ấm thủy tinh 950 nghìn chiếc, ấm nhựa hai lớp 330 nghìn chiếc.

Hiện toàn tỉnh có 7 doanh nghiệp sản xuất, lắp ráp ấm siêu tốc tại các khu công nghiệp Quế Võ, Yên Phong II-C và Thuận Thành III, tổng công suất khoảng 5,2 triệu sản phẩm/năm, sử dụng gần 2.400 lao động.

Tại thị xã Quế Võ, Công ty TNHH Điện gia dụng Kinh Bắc 9 tháng sản xuất 1,72 triệu chiếc, chiếm 49,7% sản lượng toàn tỉnh. Sản phẩm chủ lực của công ty là ấm inox KB-1720 dung tích 1,7 lít, giá xuất xưởng 168.000 đồng/chiếc. Từ đầu năm đến nay, công ty nộp ngân sách 38,5 tỷ đồng, tăng 6,2% so với cùng kỳ.

Kim ngạch xuất khẩu đồ điện gia dụng của tỉnh 9 tháng ước đạt 212 triệu USD, trong đó ấm siêu tốc chiếm khoảng 18%. Các thị trường chính là Hàn Quốc, Nhật Bản và Australia.

Quý IV, các doanh nghiệp phấn đấu sản xuất thêm 1,04 triệu chiếc, đưa sản lượng cả năm lên khoảng 4,5 triệu chiếc. Sở Khoa học và Công nghệ tiếp tục kiểm tra việc áp dụng QCVN 4:2009/BKHCN về an toàn điện đối với thiết bị điện gia dụng.

Tin liên quan:
- Bắc Ninh: Hội chợ hàng công nghiệp nông thôn tiêu biểu lần thứ 3
- Thu hút FDI 9 tháng năm 2024 dẫn đầu cả nước
"""

NINE_H = period("9 tháng", "2024-01-01", "2024-09-30")
NINE = period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Q4 = period("Quý IV", "2024-10-01", "2024-12-31")
YEAR = period("cả năm", "2024-01-01", "2024-12-31")
QV = "Quế Võ"

FIGS = [
    F("9 tháng tăng gần 12%", "12", 12, "percent", "%", approx="nearly",
      subject="sản lượng ấm siêu tốc", per=NINE_H),
    F("ước đạt 3,46 triệu", "3,46", 3.46e6, "count", "chiếc", status="estimate", percent=76.9,
      change=change("increase", 11.8, "%", "cùng kỳ năm 2023"),
      subject="sản lượng ấm đun nước điện (ấm siêu tốc) của các doanh nghiệp", per=NINE),
    F("ấm inox 2,18 triệu", "2,18", 2.18e6, "count", "chiếc", total=3.46e6, status="estimate",
      subject="sản lượng ấm inox", per=inherit(NINE)),
    F("thủy tinh 950 nghìn", "950", 950e3, "count", "chiếc", total=3.46e6, status="estimate",
      subject="sản lượng ấm thủy tinh", per=inherit(NINE)),
    F("hai lớp 330 nghìn", "330", 330e3, "count", "chiếc", total=3.46e6, status="estimate",
      subject="sản lượng ấm nhựa hai lớp", per=inherit(NINE)),
    F("có 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp",
      subject="doanh nghiệp sản xuất, lắp ráp ấm siêu tốc"),
    F("khoảng 5,2 triệu", "5,2", 5.2e6, "measure", "sản phẩm/năm", approx="about",
      subject="tổng công suất của các doanh nghiệp sản xuất ấm siêu tốc"),
    F("gần 2.400 lao động", "2.400", 2400, "count", "lao động", approx="nearly",
      subject="lao động các doanh nghiệp sản xuất ấm siêu tốc sử dụng"),
    F("sản xuất 1,72 triệu", "1,72", 1.72e6, "count", "chiếc", percent=49.7,
      subject="ấm siêu tốc Công ty TNHH Điện gia dụng Kinh Bắc sản xuất", per=NINE_H, location=QV),
    F("dung tích 1,7 lít", "1,7", 1.7, "measure", "lít", subject="dung tích ấm inox KB-1720",
      location=QV, optional=True),
    F("168.000 đồng/chiếc", "168.000", 168000, "money", "đồng/chiếc",
      subject="giá xuất xưởng ấm inox KB-1720", location=QV),
    F("ngân sách 38,5 tỷ", "38,5", 38.5e9, "money", "đồng",
      change=change("increase", 6.2, "%", "cùng kỳ"),
      subject="nộp ngân sách của công ty", per=YTD, location=QV),
    F("ước đạt 212 triệu", "212", 212e6, "money", "USD", status="estimate",
      subject="kim ngạch xuất khẩu đồ điện gia dụng của tỉnh", per=NINE_H),
    F("chiếm khoảng 18%", "18", 18, "percent", "%", approx="about", status="estimate",
      subject="tỷ trọng ấm siêu tốc trong kim ngạch xuất khẩu đồ điện gia dụng", per=NINE_H),
    F("thêm 1,04 triệu", "1,04", 1.04e6, "count", "chiếc", status="target",
      subject="ấm siêu tốc các doanh nghiệp sản xuất thêm", per=Q4),
    F("khoảng 4,5 triệu", "4,5", 4.5e6, "count", "chiếc", approx="about", status="target",
      subject="sản lượng ấm siêu tốc cả năm", per=YEAR),
]

NOTES = [
    "Province portal (Bắc Ninh): electric-kettle output 9 months 2024; breadcrumb, 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386', related links.",
    "Distractors: 08:45, 'Lượt xem: 1.386', KCN 'Yên Phong II-C', 'Thuận Thành III', product code 'KB-1720', 'QCVN 4:2009/BKHCN',",
    "'lần thứ 3' and '9 tháng năm 2024' in related links; 'hai lớp' names a product type (part of the row label, not a figure).",
    "Headline 'tăng gần 12%' is a growth rate as the claim (percent, nearly); year-less '9 tháng' takes 2024 from the dateline.",
    "'Trong đó' parts after a sentence break take total 3,46 triệu and the whole's status (estimate); their period is inherited.",
    "'bằng 76,9% kế hoạch năm' is the percent attribute. 'chiếm khoảng 18%' after 'trong đó' is its own percent figure (continues 'ước đạt').",
    "Quế Võ passage: location Quế Võ; 'Từ đầu năm đến nay' ends at the dateline 2024-10-14; 'dung tích 1,7 lít' (a product spec) optional.",
    "'Quý IV ... phấn đấu' governs both clauses (target); 'cả năm' = 2024.",
]

if __name__ == "__main__":
    write("p1550-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Bắc Ninh")
