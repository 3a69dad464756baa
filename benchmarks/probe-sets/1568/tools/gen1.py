"""p1568-1: province portal (Hưng Yên): instant-noodle output 9 months 2024, a factory in thị xã Mỹ Hào."""
from lib import F, P, inh, chg, tgt, write

TEXT = """Cổng thông tin điện tử tỉnh Hưng Yên
Trang chủ > Tin tức - Sự kiện > Kinh tế

Sản lượng mì ăn liền 9 tháng tăng gần 8%

Cập nhật: 07/10/2024 15:10 | Lượt xem: 1.936

Theo Sở Công Thương, 9 tháng đầu năm 2024, sản lượng mì ăn liền trên địa bàn tỉnh Hưng Yên ước đạt 1,26 tỷ gói, tăng 7,8% so với cùng kỳ năm 2023, bằng 73,2% kế hoạch năm. Trong đó, mì gói đạt 1,02 tỷ gói; phở, bún, miến ăn liền 240 triệu gói.

Hiện toàn tỉnh có 4 doanh nghiệp sản xuất mì ăn liền với tổng công suất thiết kế khoảng 2 tỷ gói/năm, sử dụng hơn 3.400 lao động, thu nhập bình quân 9,8 triệu đồng/người/tháng. Sản phẩm của các doanh nghiệp đã có mặt tại hơn 40 quốc gia và vùng lãnh thổ.

Tại Khu công nghiệp Phố Nối A, thị xã Mỹ Hào, nhà máy của Công ty cổ phần Thực phẩm Hoàng Phát trong 9 tháng sản xuất 610 triệu gói, chiếm 48,4% sản lượng toàn tỉnh. Công ty đang lắp đặt thêm hai dây chuyền mì ly công suất 24.000 ly/giờ, tổng vốn đầu tư 350 tỷ đồng. Từ đầu năm đến nay, công ty xuất khẩu 126 container sang 12 nước, kim ngạch đạt 8,5 triệu USD, tăng 21% so với cùng kỳ.

Quý IV là thời điểm tiêu thụ cao nhất trong năm; các doanh nghiệp phấn đấu sản xuất thêm 480 triệu gói, đưa sản lượng cả năm lên trên 1,7 tỷ gói.

Tin liên quan:
- Khởi công nhà máy chế biến thực phẩm số 2 tại Khu công nghiệp Thăng Long II
- Hưng Yên tổ chức Lễ hội nhãn lồng lần thứ 3
"""

NINE = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_S = P("9 tháng", "2024-01-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-07")
Q4 = P("Quý IV", "2024-10-01", "2024-12-31")
YEAR = P("cả năm", "2024-01-01", "2024-12-31")
MH = "Mỹ Hào"

FIGS = [
    F("tăng gần 8%", "8", 8, "percent", "%", approx="nearly",
      subject="sản lượng mì ăn liền", period=NINE_S),
    F("ước đạt 1,26 tỷ", "1,26", 1.26e9, "count", "gói", status="estimate", percent=73.2,
      change=chg("increase", 7.8, "%", "cùng kỳ năm 2023"),
      subject="sản lượng mì ăn liền trên địa bàn tỉnh", period=NINE),
    F("mì gói đạt 1,02 tỷ", "1,02", 1.02e9, "count", "gói", total=1.26e9, status="estimate",
      subject="sản lượng mì gói", period=inh(NINE)),
    F("ăn liền 240 triệu", "240", 240e6, "count", "gói", total=1.26e9, status="estimate",
      subject="sản lượng phở, bún, miến ăn liền", period=inh(NINE)),
    F("có 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất mì ăn liền"),
    F("khoảng 2 tỷ gói/năm", "2", 2e9, "measure", "gói/năm", approx="about",
      subject="tổng công suất thiết kế của các doanh nghiệp sản xuất mì ăn liền"),
    F("hơn 3.400 lao động", "3.400", 3400, "count", "lao động", approx="over",
      subject="lao động các doanh nghiệp sản xuất mì ăn liền sử dụng"),
    F("bình quân 9,8 triệu", "9,8", 9.8e6, "money", "đồng/người/tháng",
      subject="thu nhập bình quân của lao động"),
    F("hơn 40 quốc gia", "40", 40, "count", "quốc gia", approx="over",
      subject="quốc gia và vùng lãnh thổ có sản phẩm của các doanh nghiệp"),
    F("sản xuất 610 triệu", "610", 610e6, "count", "gói", percent=48.4,
      subject="sản lượng nhà máy của Công ty cổ phần Thực phẩm Hoàng Phát sản xuất", period=NINE_S,
      location=MH),
    F("thêm hai dây chuyền", "hai", 2, "count", "dây chuyền",
      subject="dây chuyền mì ly công ty lắp đặt thêm", location=MH),
    F("24.000 ly/giờ", "24.000", 24000, "measure", "ly/giờ",
      subject="công suất dây chuyền mì ly", location=MH),
    F("tư 350 tỷ", "350", 350e9, "money", "đồng",
      subject="tổng vốn đầu tư dây chuyền mì ly", location=MH),
    F("xuất khẩu 126 container", "126", 126, "count", "container",
      subject="container công ty xuất khẩu", period=YTD, location=MH),
    F("sang 12 nước", "12", 12, "count", "nước",
      subject="nước công ty xuất khẩu sang", period=YTD, location=MH),
    F("đạt 8,5 triệu", "8,5", 8.5e6, "money", "USD", change=chg("increase", 21, "%", "cùng kỳ"),
      subject="kim ngạch xuất khẩu của công ty", period=YTD, location=MH),
    F("thêm 480 triệu", "480", 480e6, "count", "gói", status="target",
      subject="sản lượng mì ăn liền sản xuất thêm", period=Q4),
    F("trên 1,7 tỷ", "1,7", 1.7e9, "count", "gói", approx="over", status="target",
      subject="sản lượng cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Hưng Yên): instant-noodle output 9 months 2024; breadcrumb, 'Cập nhật: 07/10/2024 15:10 | Lượt xem: 1.936', related links.",
    "Distractors: 15:10, Lượt xem 1.936, 'Khu công nghiệp Phố Nối A', 'nhà máy ... số 2', 'Thăng Long II', 'lần thứ 3'.",
    "Headline '9 tháng tăng gần 8%' is a growth rate as the claim: percent, nearly, no change; '9 tháng' takes 2024 (published).",
    "Packs (gói) are counted: kind count. Capacity with a time denominator is a measure (gói/năm, ly/giờ).",
    "'Trong đó' parts after a sentence break: total = 1,26 tỷ gói, status estimate from the whole, period inherited.",
    "Factory passage in thị xã Mỹ Hào: location Mỹ Hào; 'Từ đầu năm đến nay' ends at the dateline 2024-10-07.",
    "'Quý IV ...; các doanh nghiệp phấn đấu ...' → target for both clauses after 'phấn đấu'; 'Quý IV', 'cả năm' → 2024.",
]

if __name__ == "__main__":
    write("p1568-1", TEXT, NOTES, FIGS, published="2024-10-07", location="Hưng Yên")
