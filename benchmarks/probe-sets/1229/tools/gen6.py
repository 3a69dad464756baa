"""p1229-6: national newspaper: sweet corn export orders; a Tây Ninh farmer, a Đồng Nai processor, national totals."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh › Hàng hóa
Thứ hai, 10/3/2025, 06:15 (GMT+7)

Ngô ngọt Việt được đặt hàng tới tận vụ sau

Nhiều doanh nghiệp chế biến ngô ngọt xuất khẩu trong nước đã ký hợp đồng bao tiêu tới hết năm 2025, giá thu mua tăng 10-15% so với năm ngoái.

Ông Lê Văn Hậu ở xã Hảo Đước, huyện Châu Thành, Tây Ninh, vừa thu hoạch xong 5 ha ngô ngọt. Với năng suất 17 tấn/ha và giá 4.500 đồng/kg, sau khi trừ chi phí ông lãi gần 200 triệu đồng. "Trồng ngô ngọt theo hợp đồng, tính ra mỗi ha cho lời gấp 3 lần trồng lúa", ông nói.

Tại Đồng Nai, Công ty cổ phần Nông sản Xuân Lộc có nhà máy công suất 30.000 tấn nguyên liệu/năm. Năm 2024, doanh nghiệp xuất khẩu 1.150 container ngô ngọt nguyên bắp đông lạnh và hạt ngô đóng lon, doanh thu đạt 46 triệu USD, tăng 21% so với năm 2023. Hai tháng đầu năm 2025, công ty đã xuất 210 container, mỗi container 40 feet chứa khoảng 22 tấn sản phẩm.

Ông Nguyễn Văn Mười, Phó giám đốc công ty, cho biết đơn vị cần thêm ít nhất 2.000 ha vùng nguyên liệu đạt chuẩn, nhưng hiện mới liên kết được 1.340 ha với khoảng 900 hộ nông dân.

Theo Hiệp hội Rau quả Việt Nam (Vinafruit), năm 2024 cả nước xuất khẩu khoảng 95.000 tấn ngô ngọt chế biến, trị giá hơn 120 triệu USD. Trung Quốc, Nhật Bản và Hàn Quốc tiêu thụ hơn 70% sản lượng này. Năm nay, Vinafruit dự báo kim ngạch có thể đạt 140-150 triệu USD nếu doanh nghiệp đáp ứng được yêu cầu truy xuất nguồn gốc.

Ngọc Anh
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
M2 = P("Hai tháng đầu năm 2025", "2025-01-01", "2025-02-28")
Y24V = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm nay", "2025-01-01", "2025-12-31")
CT, DN, VN = "Châu Thành", "Đồng Nai", "Việt Nam"

FIGS = [
    F("tăng 10-15%", "10", 10, "percent", "%", value_max=15,
      subject="giá thu mua ngô ngọt", location=VN),
    F("xong 5 ha", "5", 5, "measure", "ha", subject="diện tích ngô ngọt ông Lê Văn Hậu thu hoạch", location=CT),
    F("năng suất 17 tấn/ha", "17", 17, "measure", "tấn/ha", subject="năng suất ngô ngọt", location=CT),
    F("giá 4.500 đồng/kg", "4.500", 4500, "money", "đồng/kg", subject="giá bán ngô ngọt", location=CT),
    F("gần 200 triệu", "200", 200000000, "money", "đồng", approx="nearly",
      subject="lãi của ông Lê Văn Hậu sau khi trừ chi phí", location=CT),
    F("gấp 3 lần", "3", 3, "multiple", "lần",
      subject="lời mỗi ha trồng ngô ngọt theo hợp đồng so với trồng lúa", location=CT),
    F("công suất 30.000 tấn", "30.000", 30000, "measure", "tấn/năm",
      subject="công suất nhà máy Công ty cổ phần Nông sản Xuân Lộc", location=DN),
    F("xuất khẩu 1.150 container", "1.150", 1150, "count", "container",
      subject="container ngô ngọt nguyên bắp đông lạnh và hạt ngô đóng lon doanh nghiệp xuất khẩu",
      period=Y24, location=DN),
    F("đạt 46 triệu", "46", 46000000, "money", "USD", change=C("increase", 21, "%", "năm 2023"),
      subject="doanh thu của Công ty cổ phần Nông sản Xuân Lộc", period=Y24, location=DN),
    F("xuất 210 container", "210", 210, "count", "container", subject="container ngô ngọt công ty đã xuất",
      period=M2, location=DN),
    F("container 40 feet", "40", 40, "measure", "feet", optional=True, subject="cỡ container", location=DN),
    F("khoảng 22 tấn", "22", 22, "measure", "tấn/container", approx="about",
      subject="sản phẩm chứa trong mỗi container 40 feet", location=DN),
    F("ít nhất 2.000 ha", "2.000", 2000, "measure", "ha", approx="at_least",
      subject="vùng nguyên liệu đạt chuẩn công ty cần thêm", location=DN),
    F("được 1.340 ha", "1.340", 1340, "measure", "ha", subject="vùng nguyên liệu công ty đã liên kết", location=DN),
    F("khoảng 900 hộ", "900", 900, "count", "hộ nông dân", approx="about",
      subject="hộ nông dân liên kết vùng nguyên liệu với công ty", location=DN),
    F("khoảng 95.000 tấn", "95.000", 95000, "measure", "tấn", approx="about",
      subject="ngô ngọt chế biến xuất khẩu", period=Y24V, location=VN),
    F("hơn 120 triệu", "120", 120000000, "money", "USD", approx="over",
      subject="trị giá xuất khẩu ngô ngọt chế biến", period=Y24V, location=VN),
    F("hơn 70%", "70", 70, "percent", "%", approx="over",
      subject="tỷ trọng sản lượng ngô ngọt chế biến xuất khẩu sang Trung Quốc, Nhật Bản và Hàn Quốc",
      period=I(Y24V), location=VN),
    F("đạt 140-150 triệu", "140", 140000000, "money", "USD", value_max=150000000, status="forecast",
      subject="kim ngạch xuất khẩu ngô ngọt", period=Y25, location=VN),
]

NOTES = [
    "National newspaper: 'Thứ hai, 10/3/2025, 06:15 (GMT+7)' (published 2025-03-10), byline 'Ngọc Anh' at the end. No default location: each figure has its own.",
    "Sapo 'giá thu mua tăng 10-15% so với năm ngoái' is a growth rate as the claim (percent range), domestic processors -> Việt Nam; no period.",
    "Farmer Lê Văn Hậu (xã Hảo Đước, huyện Châu Thành, Tây Ninh): location Châu Thành. 'gấp 3 lần trồng lúa' in a quote, standing alone -> multiple.",
    "Company 'Nông sản Xuân Lộc' is 'Tại Đồng Nai': location Đồng Nai (the district name inside the company name is not its place).",
    "'Hai tháng đầu năm 2025' is a period (number word), not a figure. 'container 40 feet' names the container size: optional. 'mỗi container ... khoảng 22 tấn' -> tấn/container.",
    "Unit of '30.000 tấn nguyên liệu/năm' is 'tấn/năm' (revised after the first run: the shortest noun phrase; 'nguyên liệu' says what the tonnes are of, as 'tấn' for 'tấn bắp').",
    "'ít nhất 2.000 ha ... cần thêm' is a stated need, kept actual. 'Năm nay' = 2025 (published). 'dự báo' -> forecast.",
    "Distractors: name 'Nguyễn Văn Mười' (number word in a name), '06:15', '(GMT+7)', 'hết năm 2025' (contract horizon).",
]

if __name__ == "__main__":
    write("p1229-6", TEXT, NOTES, FIGS, published="2025-03-10")
