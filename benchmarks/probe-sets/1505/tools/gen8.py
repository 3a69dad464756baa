"""p1505-8: radio/TV site (Đài PT-TH Thanh Hóa, tag (TTV)): a plastic-tank maker in KCN Lễ Môn, province figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THANH HÓA
Thời sự | Kinh tế | Xã hội | Thể thao | Video

Doanh nghiệp sản xuất bồn nhựa tăng tốc từ đầu năm
Thứ Ba, 18/03/2025 - 17:45

(TTV) - Những ngày này, các dây chuyền của Công ty cổ phần Nhựa Hoàng Sơn tại Khu công nghiệp Lễ Môn, TP Thanh Hóa chạy hết công suất để kịp giao hàng cho mùa nắng nóng.

Theo ông Lê Đình Khôi, Tổng Giám đốc công ty, 2 tháng đầu năm 2025, công ty sản xuất 18.700 bồn nhựa, téc nước các loại, tăng 21% so với cùng kỳ năm 2024; đơn hàng đã ký đến hết quý II đạt khoảng 42.000 sản phẩm. Công ty hiện vận hành 6 máy đúc quay và 2 máy thổi, sản xuất được bồn có dung tích từ 300 lít đến 10.000 lít.

Năm 2024, doanh thu của công ty đạt 186 tỷ đồng, vượt 6% kế hoạch; lợi nhuận trước thuế 11,4 tỷ đồng. Năm nay, công ty dự kiến đầu tư thêm 1 dây chuyền cho dòng bồn HS-2000, vốn khoảng 25 tỷ đồng, tạo việc làm cho thêm 40 lao động, nâng tổng số lao động lên 320 người.

Theo Sở Công Thương, toàn tỉnh hiện có 9 doanh nghiệp và hơn 40 cơ sở sản xuất bồn chứa nước, téc nước, chủ yếu ở TP Thanh Hóa, thị xã Nghi Sơn và huyện Quảng Xương. Năm 2024, tổng sản lượng đạt khoảng 168.000 sản phẩm, trong đó khoảng 70% tiêu thụ trong tỉnh.

Tỉnh phấn đấu đến hết năm 2025 có 75% dân cư nông thôn sử dụng nước sạch theo quy chuẩn; hiện tỷ lệ này mới đạt 61,5%.

Minh Hiếu - Quốc Toản (TTV)
Video: 02:15
Tin cùng chuyên mục:
- Thanh Hóa: Xúc tiến đầu tư vào các khu công nghiệp phía Tây
"""

M2 = per("2 tháng đầu năm 2025", "2025-01-01", "2025-02-28")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
NN = per("Năm nay", "2025-01-01", "2025-12-31")
T25 = per("đến hết năm 2025", None, "2025-12-31")
HS = "Công ty cổ phần Nhựa Hoàng Sơn"

FIGS = [
    fig("xuất 18.700 bồn", "18.700", 18700, "count", "bồn", change=chg("increase", 21, "%", "cùng kỳ năm 2024"),
        subject="bồn nhựa, téc nước các loại công ty sản xuất", period=M2),
    fig("khoảng 42.000 sản phẩm", "42.000", 42000, "count", "sản phẩm", approx="about",
        subject="đơn hàng đã ký đến hết quý II"),
    fig("vận hành 6 máy", "6", 6, "count", "máy đúc quay", subject="máy đúc quay công ty vận hành"),
    fig("và 2 máy thổi", "2", 2, "count", "máy thổi", subject="máy thổi công ty vận hành"),
    fig("từ 300 lít đến 10.000 lít", "300", 300, "measure", "lít", value_max=10000,
        subject="dung tích bồn công ty sản xuất được"),
    fig("đạt 186 tỷ", "186", 186e9, "money", "đồng", change=chg("increase", 6, "%", "kế hoạch"),
        subject=f"doanh thu của {HS}", period=Y24),
    fig("thuế 11,4 tỷ", "11,4", 11.4e9, "money", "đồng", subject="lợi nhuận trước thuế", period=Y24),
    fig("thêm 1 dây chuyền", "1", 1, "count", "dây chuyền", status="forecast",
        subject="dây chuyền công ty đầu tư thêm", period=NN),
    fig("khoảng 25 tỷ", "25", 25e9, "money", "đồng", approx="about", status="forecast",
        subject="vốn đầu tư dây chuyền", period=NN),
    fig("thêm 40 lao động", "40", 40, "count", "lao động", status="forecast",
        subject="lao động được tạo việc làm thêm", period=NN),
    fig("lên 320 người", "320", 320, "count", "người", status="forecast", subject="tổng số lao động", period=NN),
    fig("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất bồn chứa nước, téc nước toàn tỉnh"),
    fig("hơn 40 cơ sở", "40", 40, "count", "cơ sở", approx="over",
        subject="cơ sở sản xuất bồn chứa nước, téc nước"),
    fig("khoảng 168.000 sản phẩm", "168.000", 168000, "count", "sản phẩm", approx="about",
        subject="tổng sản lượng bồn chứa nước, téc nước toàn tỉnh", period=Y24),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about", subject="tỷ lệ sản phẩm tiêu thụ trong tỉnh",
        period=Y24),
    fig("có 75% dân cư", "75", 75, "percent", "%", status="target",
        subject="dân cư nông thôn sử dụng nước sạch theo quy chuẩn", period=T25),
    fig("mới đạt 61,5%", "61,5", 61.5, "percent", "%",
        subject="tỷ lệ dân cư nông thôn sử dụng nước sạch theo quy chuẩn"),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Thanh Hóa): menu, 'Thứ Ba, 18/03/2025 - 17:45', tag '(TTV) -', byline, 'Video: 02:15', related link.",
    "Distractors: '17:45', 'Video: 02:15', 'dòng bồn HS-2000' (product name), 'quý II' (a deadline, not a figure).",
    "KCN Lễ Môn is in TP Thanh Hóa, which shares the province's name: location Thanh Hóa throughout.",
    "'vượt 6% kế hoạch' is a gap to plan: change increase 6% with baseline 'kế hoạch' (FIGURES.md 'Result against plan').",
    "'Năm nay' takes the dateline year 2025; 'dự kiến' governs the chain of clauses that continue it → forecast.",
    "'trong đó khoảng 70% tiêu thụ trong tỉnh' is a percent figure of its own.",
    "'hiện tỷ lệ này mới đạt 61,5%': subject resolved from the demonstrative ('tỷ lệ này' = the rural clean-water rate).",
    "'đến hết năm 2025' → target, start null, end 2025-12-31. 'đơn hàng đã ký đến hết quý II' gives no period.",
]

if __name__ == "__main__":
    write("p1505-8", TEXT, NOTES, FIGS, published="2025-03-18", location="Thanh Hóa")
