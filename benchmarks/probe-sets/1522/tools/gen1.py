"""p1522-1: province portal (Bắc Ninh): sofa and upholstered-seat workshops of TP Từ Sơn, 9 months 2024."""
from lib import F, P, inh, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC NINH
Trang chủ > Tin tức - Sự kiện > Kinh tế

Từ Sơn: Doanh thu sofa 9 tháng ước đạt hơn 1.200 tỷ đồng

Cập nhật: 14/10/2024 08:35 | Lượt xem: 1.684

9 tháng đầu năm 2024, các cơ sở sản xuất sofa, ghế bọc nệm trên địa bàn thành phố Từ Sơn ước đạt doanh thu 1.236 tỷ đồng, tăng 11,4% so với cùng kỳ năm 2023, bằng 78% kế hoạch năm. Trong đó, doanh thu xuất khẩu đạt khoảng 415 tỷ đồng, chiếm 33,6%.

Toàn thành phố hiện có 326 cơ sở sản xuất, gia công sofa và bọc nệm ghế, tập trung tại các phường Đồng Kỵ, Trang Hạ và Phù Khê, thu hút khoảng 4.800 lao động với thu nhập bình quân từ 8 đến 12 triệu đồng/người/tháng. Riêng phường Đồng Kỵ có 142 cơ sở, chiếm 43,6% tổng số cơ sở của thành phố.

Sản phẩm chủ lực là sofa nỉ, sofa da và ghế bọc nệm cho nhà hàng, khách sạn. Mỗi tháng, các xưởng xuất xưởng khoảng 9.500 bộ sofa; giá bán phổ biến từ 12 đến 45 triệu đồng/bộ, riêng sofa da thật cao cấp có bộ giá trên 150 triệu đồng.

Từ đầu năm đến nay, thành phố đã hỗ trợ 3 hợp tác xã và 17 hộ kinh doanh đầu tư máy cắt vải CNC, máy may công nghiệp với tổng kinh phí gần 2,6 tỷ đồng; mở 6 lớp đào tạo nghề bọc nệm cho 180 học viên.

Quý IV, các cơ sở phấn đấu đạt doanh thu trên 380 tỷ đồng, đưa tổng doanh thu cả năm 2024 lên khoảng 1.620 tỷ đồng, vượt 2% kế hoạch.

Tin liên quan:
- Hội chợ đồ gỗ mỹ nghệ Đồng Kỵ lần thứ 3 năm 2024
- Triển khai Quyết định số 1520/QĐ-UBND về phát triển làng nghề
"""

NINE = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
H9 = P("9 tháng", "2024-01-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Q4 = P("Quý IV", "2024-10-01", "2024-12-31")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
HS = "được hỗ trợ đầu tư máy cắt vải CNC, máy may công nghiệp"

FIGS = [
    F("ước đạt hơn 1.200 tỷ", "1.200", 1.2e12, "money", "đồng", approx="over", status="estimate",
      subject="doanh thu sofa", period=H9),
    F("doanh thu 1.236 tỷ", "1.236", 1.236e12, "money", "đồng", status="estimate", percent=78,
      change=C("increase", 11.4, "%", "cùng kỳ năm 2023"),
      subject="doanh thu các cơ sở sản xuất sofa, ghế bọc nệm", period=NINE),
    F("khoảng 415 tỷ", "415", 415e9, "money", "đồng", approx="about", total=1.236e12, percent=33.6,
      status="estimate", subject="doanh thu xuất khẩu", period=inh(NINE)),
    F("có 326 cơ sở", "326", 326, "count", "cơ sở", subject="cơ sở sản xuất, gia công sofa và bọc nệm ghế"),
    F("khoảng 4.800 lao động", "4.800", 4800, "count", "lao động", approx="about",
      subject="lao động các cơ sở sofa thu hút"),
    F("từ 8 đến 12 triệu", "8", 8e6, "money", "đồng/người/tháng", value_max=12e6,
      subject="thu nhập bình quân của lao động"),
    F("có 142 cơ sở", "142", 142, "count", "cơ sở", percent=43.6,
      subject="cơ sở sản xuất sofa của phường Đồng Kỵ"),
    F("khoảng 9.500 bộ sofa", "9.500", 9500, "measure", "bộ sofa/tháng", approx="about",
      subject="bộ sofa các xưởng xuất xưởng mỗi tháng"),
    F("từ 12 đến 45 triệu", "12", 12e6, "money", "đồng/bộ", value_max=45e6,
      subject="giá bán sofa phổ biến"),
    F("trên 150 triệu", "150", 150e6, "money", "đồng", approx="over",
      subject="giá bộ sofa da thật cao cấp"),
    F("hỗ trợ 3 hợp tác xã", "3", 3, "count", "hợp tác xã", subject="hợp tác xã " + HS, period=YTD),
    F("và 17 hộ kinh doanh", "17", 17, "count", "hộ kinh doanh", subject="hộ kinh doanh " + HS, period=YTD),
    F("gần 2,6 tỷ", "2,6", 2.6e9, "money", "đồng", approx="nearly",
      subject="tổng kinh phí hỗ trợ đầu tư máy móc", period=YTD),
    F("mở 6 lớp", "6", 6, "count", "lớp", subject="lớp đào tạo nghề bọc nệm", period=YTD),
    F("cho 180 học viên", "180", 180, "count", "học viên", subject="học viên lớp đào tạo nghề bọc nệm",
      period=YTD),
    F("trên 380 tỷ", "380", 380e9, "money", "đồng", approx="over", status="target",
      subject="doanh thu các cơ sở", period=Q4),
    F("khoảng 1.620 tỷ", "1.620", 1.62e12, "money", "đồng", approx="about", status="target",
      change=C("increase", 2, "%", "kế hoạch"), subject="tổng doanh thu cả năm", period=Y24),
]

NOTES = [
    "Province portal (Bắc Ninh): breadcrumb, headline figure, 'Cập nhật: 14/10/2024 08:35 | Lượt xem: 1.684', related links.",
    "Distractors: Lượt xem 1.684, the time 08:35, 'lần thứ 3', 'Quyết định số 1520/QĐ-UBND', 'CNC'.",
    "Location: the city Từ Sơn for all figures; the ward Đồng Kỵ is below a district, so it stays in the subject (location Từ Sơn).",
    "'Trong đó, doanh thu xuất khẩu ... chiếm 33,6%' after a sentence break: total 1.236 tỷ, percent 33,6, takes the whole's estimate.",
    "'chiếm 43,6% tổng số cơ sở' is a share attribute, no stated whole number -> no total ('Riêng' is no cue).",
    "'Mỗi tháng ... khoảng 9.500 bộ sofa' is a rate: measure, unit 'bộ sofa/tháng'.",
    "'vượt 2% kế hoạch' is a change with baseline 'kế hoạch'; 'bằng 78% kế hoạch năm' is the percent attribute.",
    "revised after the first run: the subjects of '3 hợp tác xã' and '17 hộ kinh doanh' each name their own unit (the first gold",
    "gave both the joint subject 'hợp tác xã, hộ kinh doanh được hỗ trợ ...', so the 3 was said to count hộ kinh doanh too).",
    "Quý IV and 'cả năm 2024' continue 'phấn đấu' -> target. 'Từ đầu năm đến nay' ends at the dateline.",
]

if __name__ == "__main__":
    write("p1522-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Từ Sơn")
