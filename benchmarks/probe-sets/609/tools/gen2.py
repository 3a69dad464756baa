"""p609-2: thị xã Kinh Môn (Hải Dương) portal — cement and clinker output 6 tháng 2024, garments, labour, clusters, 2024 target."""
from lib import F, P, CH, emit, inh

TEXT = """Cổng thông tin điện tử thị xã Kinh Môn
Trang chủ > Kinh tế > Công nghiệp - TTCN
Thứ Năm, 11/07/2024 - 15:20

Kinh Môn: Sản lượng xi măng 6 tháng ước đạt 4,85 triệu tấn

Theo báo cáo của Phòng Kinh tế thị xã, 6 tháng đầu năm 2024, giá trị sản xuất công nghiệp - tiểu thủ công nghiệp trên địa bàn (giá so sánh 2010) ước đạt 10.250 tỷ đồng, đạt 49,2% kế hoạch năm, tăng 7,3% so với cùng kỳ năm 2023.

Tính đến ngày 30/6/2024, trên địa bàn thị xã có 6 nhà máy xi măng với tổng công suất thiết kế khoảng 13 triệu tấn/năm. Sản lượng xi măng ước đạt 4,85 triệu tấn, tăng 6,1% so với cùng kỳ, trong đó xi măng xuất khẩu hơn 1,1 triệu tấn; clinker ước đạt 5,32 triệu tấn, giảm 3,5%. Riêng Công ty TNHH MTV Xi măng Vicem Hoàng Thạch sản xuất gần 1,9 triệu tấn xi măng các loại.

Ngành may mặc, da giày tiếp tục phục hồi: quần áo may sẵn ước đạt 3,6 triệu sản phẩm, tăng 12,4%; giày dép đạt 850 nghìn đôi, tăng 8,2% so với cùng kỳ. Các doanh nghiệp công nghiệp trên địa bàn đang sử dụng hơn 12.500 lao động, thu nhập bình quân từ 8 đến 9,5 triệu đồng/người/tháng.

Tỷ lệ lấp đầy của cụm công nghiệp Phú Thứ và cụm công nghiệp Duy Tân lần lượt đạt 72% và 65%. Dự án mở rộng tuyến Quốc lộ 17B qua địa bàn đã hoàn thành giải phóng mặt bằng theo Quyết định số 1520/QĐ-UBND.

Năm 2024, thị xã phấn đấu giá trị sản xuất công nghiệp đạt 20.800 tỷ đồng, tăng 8% trở lên so với năm 2023.

Phòng Kinh tế thị xã Kinh Môn - Số 2 đường Nguyễn Trãi, phường An Lưu. ĐT: 0220.3821.245.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
E = "estimate"
AS = P("Tính đến ngày 30/6/2024", None, "2024-06-30")

FIGS = [
    F("6 tháng ước đạt 4,85 triệu tấn", "4,85", 4850000, "measure", "tấn", "sản lượng xi măng",
      P("6 tháng", "2024-01-01", "2024-06-30"), status=E),
    F("ước đạt 10.250 tỷ đồng", "10.250", 10250000000000, "money", "đồng",
      "giá trị sản xuất công nghiệp - tiểu thủ công nghiệp trên địa bàn (giá so sánh 2010)", H1,
      percent=49.2, change=CH("increase", 7.3, baseline="cùng kỳ năm 2023"), status=E),
    F("có 6 nhà máy xi măng", "6", 6, "count", "nhà máy", "nhà máy xi măng trên địa bàn thị xã", AS),
    F("khoảng 13 triệu tấn/năm", "13", 13000000, "measure", "tấn/năm",
      "tổng công suất thiết kế của các nhà máy xi măng", AS, approx="about"),
    F("Sản lượng xi măng ước đạt 4,85 triệu tấn", "4,85", 4850000, "measure", "tấn", "sản lượng xi măng",
      inh(H1), change=CH("increase", 6.1, baseline="cùng kỳ"), status=E),
    F("hơn 1,1 triệu tấn", "1,1", 1100000, "measure", "tấn", "xi măng xuất khẩu", inh(H1),
      approx="over", total=4850000, status=E),
    F("ước đạt 5,32 triệu tấn", "5,32", 5320000, "measure", "tấn", "clinker", inh(H1),
      change=CH("decrease", 3.5), status=E),
    F("gần 1,9 triệu tấn", "1,9", 1900000, "measure", "tấn",
      "xi măng các loại Công ty TNHH MTV Xi măng Vicem Hoàng Thạch sản xuất", inh(H1), approx="nearly"),
    F("ước đạt 3,6 triệu sản phẩm", "3,6", 3600000, "count", "sản phẩm", "quần áo may sẵn", inh(H1),
      change=CH("increase", 12.4), status=E),
    F("đạt 850 nghìn đôi", "850", 850000, "count", "đôi", "giày dép", inh(H1),
      change=CH("increase", 8.2, baseline="cùng kỳ"), status=E),
    F("hơn 12.500 lao động", "12.500", 12500, "count", "lao động",
      "lao động các doanh nghiệp công nghiệp trên địa bàn đang sử dụng", approx="over"),
    F("từ 8 đến 9,5 triệu", "8", 8000000, "money", "đồng/người/tháng", "thu nhập bình quân",
      value_max=9500000),
    F("đạt 72%", "72", 72, "percent", "%", "tỷ lệ lấp đầy của cụm công nghiệp Phú Thứ"),
    F("và 65%", "65", 65, "percent", "%", "tỷ lệ lấp đầy của cụm công nghiệp Duy Tân"),
    F("đạt 20.800 tỷ đồng", "20.800", 20800000000000, "money", "đồng", "giá trị sản xuất công nghiệp",
      P("Năm 2024", "2024-01-01", "2024-12-31"),
      change=CH("increase", 8, approx="at_least", baseline="năm 2023"), status="target"),
]

COMMENTS = [
    "Cổng TTĐT thị xã Kinh Môn (Hải Dương): sản xuất công nghiệp 6 tháng đầu năm 2024, xi măng, clinker, may mặc, lao động.",
    "District portal: location 'Kinh Môn'. Dateline 'Thứ Năm, 11/07/2024 - 15:20'. Not figures: 'giá so sánh 2010', 'Vicem Hoàng Thạch',",
    "'Quốc lộ 17B', 'Quyết định số 1520/QĐ-UBND', 'Số 2 đường Nguyễn Trãi', phone.",
    "Headline '6 tháng ước đạt 4,85 triệu tấn' is a figure (period from the headline, year from the dateline).",
    "'xi măng xuất khẩu hơn 1,1 triệu tấn' follows 'trong đó' after the cement output: total 4.850.000; clinker is no part of it.",
    "The 'Riêng Công ty …' sentence has no estimate cue (actual); 'đang sử dụng' carries no period; 'Tính đến ngày 30/6/2024' is as-of (start null).",
    "'lần lượt đạt 72% và 65%': two clusters (not places), named in the subject. 'tăng 8% trở lên' → change approx at_least; 'phấn đấu' → target.",
]

if __name__ == "__main__":
    emit("p609-2", TEXT, COMMENTS, FIGS, published="2024-07-11", location="Kinh Môn")
