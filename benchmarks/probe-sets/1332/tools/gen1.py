"""p1332-1: province portal (Quảng Ninh): commercial electricity 9 months 2024, price, losses, customers."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NINH
Trang chủ > Tin tức > Kinh tế

Điện thương phẩm 9 tháng ước đạt gần 5,2 tỷ kWh

Cập nhật: 07/10/2024 09:35 | Lượt xem: 1.864

Theo Công ty Điện lực tỉnh, 9 tháng đầu năm 2024, sản lượng điện thương phẩm trên địa bàn tỉnh ước đạt 5.183 triệu kWh, tăng 9,7% so với cùng kỳ năm 2023, bằng 76,4% kế hoạch năm, đứng thứ 4/27 công ty điện lực thuộc Tổng công ty Điện lực miền Bắc. Trong đó, công nghiệp - xây dựng chiếm 71,2%; quản lý và tiêu dùng dân cư chiếm 19,5%; thương mại - dịch vụ chiếm 6,8%; các thành phần khác chiếm 2,5%.

Giá bán điện bình quân 9 tháng đạt 1.912,45 đồng/kWh, cao hơn 86,3 đồng/kWh so với cùng kỳ; doanh thu tiền điện ước đạt 9.912 tỷ đồng. Tỷ lệ tổn thất điện năng là 3,62%, giảm 0,18 điểm phần trăm so với cùng kỳ và thấp hơn 0,3 điểm phần trăm so với chỉ tiêu được giao.

Đến ngày 30/9/2024, toàn tỉnh có 472,4 nghìn khách hàng sử dụng điện, trong đó hơn 438 nghìn khách hàng sinh hoạt; 100% số xã, phường, thị trấn có điện lưới quốc gia. Hóa đơn tiền điện sinh hoạt bình quân khoảng 428.000 đồng/hộ/tháng.

Quý IV, ngành điện phấn đấu đạt khoảng 1.600 triệu kWh, đưa sản lượng cả năm lên trên 6,78 tỷ kWh; đồng thời hoàn thành hai công trình trạm biến áp 110kV Hải Hà 2 và Cẩm Phả 3.

Tin liên quan:
- Điện lực Hạ Long ra quân Tháng tri ân khách hàng năm 2024
- Lịch tạm ngừng cung cấp điện ngày 12/10/2024
"""

H9 = per("9 tháng", "2024-01-01", "2024-09-30")
N9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
ASOF = per("Đến ngày 30/9/2024", None, "2024-09-30")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
SHARE = "tỷ trọng {} trong sản lượng điện thương phẩm"

FIGS = [
    fig("ước đạt gần 5,2 tỷ", "5,2", 5.2e9, "measure", "kWh", approx="nearly", status="estimate",
        subject="điện thương phẩm", period=H9),
    fig("ước đạt 5.183 triệu", "5.183", 5183e6, "measure", "kWh", status="estimate", percent=76.4,
        change=chg("increase", 9.7, "%", "cùng kỳ năm 2023"),
        subject="sản lượng điện thương phẩm trên địa bàn tỉnh", period=N9),
    fig("đứng thứ 4/27", "4", 4, "rank", "hạng", total=27, status="estimate",
        subject="sản lượng điện thương phẩm", period=N9),
    fig("xây dựng chiếm 71,2%", "71,2", 71.2, "percent", "%", status="estimate",
        subject=SHARE.format("công nghiệp - xây dựng"), period=inh(N9)),
    fig("dân cư chiếm 19,5%", "19,5", 19.5, "percent", "%", status="estimate",
        subject=SHARE.format("quản lý và tiêu dùng dân cư"), period=inh(N9)),
    fig("dịch vụ chiếm 6,8%", "6,8", 6.8, "percent", "%", status="estimate",
        subject=SHARE.format("thương mại - dịch vụ"), period=inh(N9)),
    fig("khác chiếm 2,5%", "2,5", 2.5, "percent", "%", status="estimate",
        subject=SHARE.format("các thành phần khác"), period=inh(N9)),
    fig("đạt 1.912,45 đồng", "1.912,45", 1912.45, "money", "đồng/kWh",
        change=chg("increase", 86.3, "đồng/kWh", "cùng kỳ"),
        subject="giá bán điện bình quân", period=H9),
    fig("ước đạt 9.912 tỷ", "9.912", 9912e9, "money", "đồng", status="estimate",
        subject="doanh thu tiền điện", period=H9),
    fig("là 3,62%", "3,62", 3.62, "percent", "%",
        change=chg("decrease", 0.18, "điểm phần trăm", "cùng kỳ"),
        subject="tỷ lệ tổn thất điện năng", period=inh(H9)),
    fig("thấp hơn 0,3 điểm", "0,3", 0.3, "measure", "điểm phần trăm", optional=True,
        subject="tỷ lệ tổn thất điện năng thấp hơn so với chỉ tiêu được giao"),
    fig("có 472,4 nghìn", "472,4", 472400, "count", "khách hàng",
        subject="khách hàng sử dụng điện", period=ASOF),
    fig("hơn 438 nghìn", "438", 438000, "count", "khách hàng", approx="over", total=472400,
        subject="khách hàng sinh hoạt", period=ASOF),
    fig("100% số xã", "100", 100, "percent", "%",
        subject="xã, phường, thị trấn có điện lưới quốc gia", period=ASOF),
    fig("khoảng 428.000 đồng", "428.000", 428000, "money", "đồng/hộ/tháng", approx="about",
        subject="hóa đơn tiền điện sinh hoạt bình quân"),
    fig("khoảng 1.600 triệu", "1.600", 1600e6, "measure", "kWh", approx="about", status="target",
        subject="sản lượng điện thương phẩm quý IV", period=Q4),
    fig("trên 6,78 tỷ", "6,78", 6.78e9, "measure", "kWh", approx="over", status="target",
        subject="sản lượng điện thương phẩm cả năm", period=YEAR),
    fig("hai công trình", "hai", 2, "count", "công trình", status="target",
        subject="công trình trạm biến áp hoàn thành", period=Q4),
]

NOTES = [
    "Province portal (Quảng Ninh): commercial electricity (điện thương phẩm) 9 months 2024; breadcrumb, 'Cập nhật: 07/10/2024 09:35 | Lượt xem: 1.864', related links.",
    "Distractors: 09:35, Lượt xem 1.864, '30/9/2024' as-of date, 'trạm biến áp 110kV Hải Hà 2 và Cẩm Phả 3' (voltage class and names), dates in related links.",
    "Headline '9 tháng ... gần 5,2 tỷ kWh' is its own figure (estimate, nearly); year-less '9 tháng' takes 2024 (dateline).",
    "'bằng 76,4% kế hoạch năm' is the percent attribute; 'đứng thứ 4/27' is a rank with total 27, estimate (continues the 'ước đạt' clause).",
    "'Trong đó ... chiếm X%' after a sentence break: shares are percent figures of their own, estimate like their whole, period inherited.",
    "3,62% has two changes: the first (cùng kỳ) is its change; 'thấp hơn 0,3 điểm phần trăm so với chỉ tiêu' is optional (spec: further change = own figure, optional).",
    "'472,4 nghìn' = 472 400; 'hơn 438 nghìn' after 'trong đó' takes total 472 400; the as-of date governs the ';' clause (100%).",
    "Average bill sentence has no period phrase: no period. 'Quý IV ... phấn đấu' governs the sentence (target), incl. 'hai công trình'.",
]

if __name__ == "__main__":
    write("p1332-1", TEXT, NOTES, FIGS, published="2024-10-07", location="Quảng Ninh")
