"""p1159-4: ministry site (Bộ Công Thương), national exports of wigs and hair products, 6 months 2024."""
from lib import F, P, I, C, write

TEXT = """BỘ CÔNG THƯƠNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Xuất nhập khẩu

Xuất khẩu tóc giả và sản phẩm từ tóc 6 tháng tăng hơn 21%

Ngày đăng: 18/07/2024 | Lượt xem: 1.108

Theo số liệu của Tổng cục Hải quan, 6 tháng đầu năm 2024, kim ngạch xuất khẩu tóc giả, râu giả, lông mi giả và sản phẩm từ tóc (mã HS 6704) của Việt Nam đạt 312,5 triệu USD, tăng 21,4% so với cùng kỳ năm 2023, chiếm khoảng 0,1% tổng kim ngạch xuất khẩu hàng hóa của cả nước. Riêng tháng 6/2024 đạt 58,3 triệu USD, giảm 4,2% so với tháng trước.

Tính chung 6 tháng, Hoa Kỳ tiếp tục là thị trường lớn nhất với 97,6 triệu USD, tiếp đến là Trung Quốc 64,2 triệu USD, Nigeria 21,8 triệu USD và Hàn Quốc 18,5 triệu USD. Xuất khẩu sang các thị trường châu Phi tăng mạnh, trong đó sang Nigeria và Ghana tăng lần lượt 46% và 38%.

Cả nước hiện có khoảng 430 doanh nghiệp tham gia xuất khẩu mặt hàng này, trong đó gần 60 doanh nghiệp FDI; các tỉnh Nam Định, Thái Bình, Hải Dương chiếm hơn 55% số doanh nghiệp. Ngành sử dụng trên 85.000 lao động, chủ yếu là lao động nữ ở nông thôn. Việt Nam hiện đứng thứ 3 thế giới về xuất khẩu tóc giả, sau Trung Quốc và Indonesia.

Bộ Công Thương dự báo cả năm 2024, kim ngạch xuất khẩu nhóm hàng này đạt từ 650 đến 700 triệu USD. Mục tiêu đến năm 2030, kim ngạch đạt 1,5 tỷ USD, tỷ lệ sản phẩm chế biến sâu đạt ít nhất 80%.

Cổng Thông tin điện tử Bộ Công Thương - Địa chỉ: 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội - Điện thoại: 024.22202108
"""

HEAD = P("6 tháng", "2024-01-01", "2024-06-30")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
JUN = P("tháng 6/2024", "2024-06-01", "2024-06-30")
SIX = P("Tính chung 6 tháng", "2024-01-01", "2024-06-30")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
TO30 = P("đến năm 2030", None, "2030-12-31")
EXP = "kim ngạch xuất khẩu tóc giả, râu giả, lông mi giả và sản phẩm từ tóc"

FIGS = [
    F("tăng hơn 21%", "21", 21, "percent", "%", approx="over",
      subject="tăng trưởng xuất khẩu tóc giả và sản phẩm từ tóc", period=HEAD),
    F("đạt 312,5 triệu USD", "312,5", 312500000, "money", "USD", percent=0.1,
      change=C("increase", 21.4, "%", "cùng kỳ năm 2023"), subject=EXP, period=H1),
    F("đạt 58,3 triệu USD", "58,3", 58300000, "money", "USD",
      change=C("decrease", 4.2, "%", "tháng trước"), subject=EXP, period=JUN),
    F("với 97,6 triệu USD", "97,6", 97600000, "money", "USD",
      subject="kim ngạch xuất khẩu tóc giả sang Hoa Kỳ", period=SIX),
    F("Trung Quốc 64,2 triệu USD", "64,2", 64200000, "money", "USD",
      subject="kim ngạch xuất khẩu tóc giả sang Trung Quốc", period=SIX),
    F("Nigeria 21,8 triệu USD", "21,8", 21800000, "money", "USD",
      subject="kim ngạch xuất khẩu tóc giả sang Nigeria", period=SIX),
    F("Hàn Quốc 18,5 triệu USD", "18,5", 18500000, "money", "USD",
      subject="kim ngạch xuất khẩu tóc giả sang Hàn Quốc", period=SIX),
    F("lần lượt 46%", "46", 46, "percent", "%",
      subject="tăng trưởng xuất khẩu tóc giả sang Nigeria", period=I(SIX)),
    F("và 38%", "38", 38, "percent", "%",
      subject="tăng trưởng xuất khẩu tóc giả sang Ghana", period=I(SIX)),
    F("khoảng 430 doanh nghiệp", "430", 430, "count", "doanh nghiệp", approx="about",
      subject="doanh nghiệp tham gia xuất khẩu tóc giả và sản phẩm từ tóc"),
    F("gần 60 doanh nghiệp", "60", 60, "count", "doanh nghiệp FDI", approx="nearly", total=430,
      subject="doanh nghiệp FDI xuất khẩu tóc giả và sản phẩm từ tóc"),
    F("hơn 55%", "55", 55, "percent", "%", approx="over",
      subject="tỷ lệ doanh nghiệp ở các tỉnh Nam Định, Thái Bình, Hải Dương"),
    F("trên 85.000 lao động", "85.000", 85000, "count", "lao động", approx="over",
      subject="lao động ngành tóc giả và sản phẩm từ tóc"),
    F("đứng thứ 3", "3", 3, "rank", "hạng", subject="xuất khẩu tóc giả thế giới"),
    F("từ 650 đến 700 triệu USD", "650", 650000000, "money", "USD", value_max=700000000,
      status="forecast", subject=EXP, period=Y24),
    F("đạt 1,5 tỷ USD", "1,5", 1500000000, "money", "USD", status="target",
      subject=EXP, period=TO30),
    F("ít nhất 80%", "80", 80, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ sản phẩm chế biến sâu", period=TO30),
]

NOTES = [
    "Ministry site (Bộ Công Thương): 'Ngày đăng: 18/07/2024 | Lượt xem: 1.108', address and phone footer. National: location Việt Nam.",
    "Distractors: 'mã HS 6704', 'Lượt xem: 1.108', '54 Hai Bà Trưng', phone 024.22202108.",
    "Headline 'tăng hơn 21%' is a growth rate as the claim (percent figure, no change); year-less '6 tháng' → 2024 from published.",
    "312,5 triệu carries one change (21,4%) and one share ('chiếm khoảng 0,1%'). Trade partners (Hoa Kỳ, Trung Quốc …) are in the subject, not the location.",
    "'tăng lần lượt 46% và 38%' are growth rates as claims; 'trong đó gần 60 doanh nghiệp FDI' is a part of 430.",
    "'các tỉnh Nam Định, Thái Bình, Hải Dương chiếm hơn 55%' follows a national count: location stays Việt Nam.",
]

if __name__ == "__main__":
    write("p1159-4", TEXT, NOTES, FIGS, published="2024-07-18", location="Việt Nam")
