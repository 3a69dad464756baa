"""p1477-1: province portal (Bắc Ninh): 9-month output of irons and hair dryers, one FDI firm in Yên Phong."""
from lib import F, period, inherit, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC NINH
Trang chủ > Tin tức - Sự kiện > Kinh tế

Bắc Ninh: 9 tháng sản xuất hơn 8,6 triệu sản phẩm bàn là, máy sấy tóc

Cập nhật: 10/10/2024 08:45 | Lượt xem: 1.936

Theo Sở Công Thương, 9 tháng năm 2024, các doanh nghiệp sản xuất đồ điện gia dụng cỡ nhỏ trên địa bàn tỉnh ước đạt 8,62 triệu sản phẩm bàn là và máy sấy tóc, tăng 11,4% so với cùng kỳ năm 2023, bằng 76,3% kế hoạch năm; trong đó bàn là (kể cả bàn ủi hơi nước) đạt 5,15 triệu sản phẩm, máy sấy tóc 3,47 triệu sản phẩm. Kim ngạch xuất khẩu bàn là, máy sấy tóc ước đạt 142,5 triệu USD, chiếm khoảng 2,1% tổng kim ngạch xuất khẩu của tỉnh.

Tại KCN Yên Phong (huyện Yên Phong), Công ty TNHH Điện gia dụng Kim Phong hiện vận hành 6 dây chuyền lắp ráp, công suất 25.000 sản phẩm/ngày, sử dụng hơn 1.800 lao động với thu nhập bình quân 9,2 triệu đồng/người/tháng. Từ đầu năm đến nay, công ty đã xuất khẩu gần 2,4 triệu máy sấy tóc, chiếm khoảng 69% sản lượng máy sấy tóc toàn tỉnh. Dự kiến trong quý IV, công ty đưa thêm hai dây chuyền bàn ủi hơi nước dạng đứng vào hoạt động, nâng công suất lên 32.000 sản phẩm/ngày.

Toàn tỉnh hiện có 14 doanh nghiệp sản xuất bàn là, máy sấy tóc, trong đó 9 doanh nghiệp có vốn đầu tư nước ngoài, tập trung ở các KCN Quế Võ, Yên Phong và VSIP Bắc Ninh. Quý IV, ngành phấn đấu sản xuất thêm khoảng 2,7 triệu sản phẩm, đưa sản lượng cả năm lên trên 11,3 triệu sản phẩm.

Tin liên quan:
- Bắc Ninh tổ chức Hội chợ hàng Việt Nam chất lượng cao lần thứ 12
- Khởi công nhà máy linh kiện điện tử tại KCN Quế Võ II
"""

M9H = period("9 tháng", "2024-01-01", "2024-09-30")
M9 = period("9 tháng năm 2024", "2024-01-01", "2024-09-30")
YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-10-10")
Q4 = period("quý IV", "2024-10-01", "2024-12-31")
Q4b = period("Quý IV", "2024-10-01", "2024-12-31")
YEAR = period("cả năm", "2024-01-01", "2024-12-31")
YP = "Yên Phong"

FIGS = [
    F("hơn 8,6 triệu", "8,6", 8.6e6, "count", "sản phẩm", approx="over",
      subject="sản phẩm bàn là, máy sấy tóc sản xuất", period=M9H),
    F("ước đạt 8,62 triệu", "8,62", 8.62e6, "count", "sản phẩm", status="estimate", percent=76.3,
      change=change("increase", 11.4, "%", "cùng kỳ năm 2023"),
      subject="sản phẩm bàn là và máy sấy tóc của các doanh nghiệp sản xuất đồ điện gia dụng cỡ nhỏ", period=M9),
    F("đạt 5,15 triệu", "5,15", 5.15e6, "count", "sản phẩm", status="estimate", total=8.62e6,
      subject="bàn là (kể cả bàn ủi hơi nước)", period=M9),
    F("tóc 3,47 triệu", "3,47", 3.47e6, "count", "sản phẩm", status="estimate", total=8.62e6,
      subject="máy sấy tóc", period=M9),
    F("ước đạt 142,5 triệu", "142,5", 142.5e6, "money", "USD", status="estimate", percent=2.1,
      subject="kim ngạch xuất khẩu bàn là, máy sấy tóc", period=inherit(M9)),
    F("vận hành 6 dây chuyền", "6", 6, "count", "dây chuyền", subject="dây chuyền lắp ráp công ty vận hành",
      location=YP),
    F("công suất 25.000", "25.000", 25000, "measure", "sản phẩm/ngày",
      subject="công suất dây chuyền lắp ráp của công ty", location=YP),
    F("hơn 1.800 lao động", "1.800", 1800, "count", "lao động", approx="over",
      subject="lao động công ty sử dụng", location=YP),
    F("bình quân 9,2 triệu", "9,2", 9.2e6, "money", "đồng/người/tháng",
      subject="thu nhập bình quân của lao động công ty", location=YP),
    F("gần 2,4 triệu", "2,4", 2.4e6, "count", "máy sấy tóc", approx="nearly", percent=69,
      subject="máy sấy tóc công ty xuất khẩu", period=YTD, location=YP),
    F("thêm hai dây chuyền", "hai", 2, "count", "dây chuyền", status="forecast",
      subject="dây chuyền bàn ủi hơi nước dạng đứng công ty đưa thêm vào hoạt động", period=Q4, location=YP),
    F("lên 32.000", "32.000", 32000, "measure", "sản phẩm/ngày", status="forecast",
      subject="công suất của công ty", period=Q4, location=YP),
    F("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất bàn là, máy sấy tóc"),
    F("9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", total=14,
      subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    F("khoảng 2,7 triệu", "2,7", 2.7e6, "count", "sản phẩm", approx="about", status="target",
      subject="sản phẩm ngành sản xuất thêm", period=Q4b),
    F("trên 11,3 triệu", "11,3", 11.3e6, "count", "sản phẩm", approx="over", status="target",
      subject="sản lượng cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Bắc Ninh): breadcrumb, headline figure, 'Cập nhật: 10/10/2024 08:45 | Lượt xem: 1.936', related links.",
    "Distractors: 'Lượt xem: 1.936', '08:45', 'lần thứ 12', 'KCN Quế Võ II', 'VSIP Bắc Ninh', baseline 'năm 2023'.",
    "Headline '9 tháng' takes the year of published (2024). Parts after '; trong đó' take total 8,62 triệu and the estimate status",
    "of the 'ước đạt' clause they continue. 'chiếm khoảng 2,1%' and 'chiếm khoảng 69%' are percent attributes (about belongs to the",
    "share, not to the figure). The Kim Phong passage is placed in huyện Yên Phong: location Yên Phong; province counts stay Bắc Ninh.",
    "'Từ đầu năm đến nay' ends at the dateline. 'Quý IV ... phấn đấu' → target; 'cả năm' → 2024. 'Dự kiến' → forecast.",
]

if __name__ == "__main__":
    write("p1477-1", TEXT, NOTES, FIGS, published="2024-10-10", location="Bắc Ninh")
