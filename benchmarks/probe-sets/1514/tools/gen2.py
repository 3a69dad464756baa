"""p1514-2: district portal (huyện Gia Lâm, Hà Nội): Bát Tràng tableware export orders at the end of 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN GIA LÂM
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Kinh tế | Văn hóa - Xã hội

Bát Tràng: Đơn hàng bát đĩa xuất khẩu tăng mạnh dịp cuối năm

25/11/2024 - 15:10

Theo UBND xã Bát Tràng, toàn xã hiện có hơn 1.000 cơ sở sản xuất, kinh doanh gốm sứ, trong đó khoảng 180 doanh nghiệp và hợp tác xã. Mỗi năm, làng nghề đưa ra thị trường khoảng 60 triệu sản phẩm, riêng bát đĩa, cốc chén gia dụng chiếm khoảng 45%.

Ông Lê Văn Thành, Giám đốc Công ty TNHH Gốm sứ Thành Long (thôn 3, xã Bát Tràng), cho biết từ tháng 9 đến nay, công ty nhận thêm 14 đơn hàng bát đĩa men lam từ Nhật Bản, Đức và Australia, tổng giá trị khoảng 1,2 triệu USD. Để kịp giao hàng trước ngày 20/12, xưởng huy động thêm gần ba chục thợ thời vụ với tiền công 350.000 đồng/ngày. Giá cao lanh và men màu đã tăng 10-12% so với đầu năm, nên lợi nhuận mỗi đơn hàng chỉ còn khoảng 7%.

Năm 2024, doanh thu của làng nghề Bát Tràng ước đạt 1.350 tỷ đồng, tăng khoảng 8% so với năm 2023. Lượng khách đến tham quan, trải nghiệm làm gốm năm nay đạt hơn 600 nghìn lượt, trong đó khách quốc tế chiếm 15%.

Huyện Gia Lâm đặt mục tiêu đến năm 2025 có ít nhất 30 sản phẩm gốm Bát Tràng đạt chuẩn OCOP từ 3 sao trở lên; hiện đã có 21 sản phẩm được công nhận. Dự kiến tháng 12 tới, Hội thi sản phẩm gốm sứ làng nghề lần thứ VI sẽ được tổ chức tại Chợ gốm Bát Tràng.

Nguồn: Phòng Kinh tế huyện Gia Lâm

Tin khác:
- Gia Lâm tổ chức Hội nghị tổng kết phong trào thi đua năm 2024
- Xã Kim Lan khai trương điểm du lịch làng nghề

UBND huyện Gia Lâm - Số 8 đường Ỷ Lan, thị trấn Trâu Quỳ, Hà Nội
Điện thoại: 024.3827.6118
"""

SINCE9 = per("từ tháng 9 đến nay", "2024-09-01", "2024-11-25")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
NOW = per("năm nay", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("hơn 1.000 cơ sở", "1.000", 1000, "count", "cơ sở", approx="over",
        subject="cơ sở sản xuất, kinh doanh gốm sứ"),
    fig("khoảng 180 doanh nghiệp", "180", 180, "count", "doanh nghiệp và hợp tác xã", approx="about", total=1000,
        subject="doanh nghiệp và hợp tác xã"),
    fig("khoảng 60 triệu sản phẩm", "60", 60e6, "measure", "sản phẩm/năm", approx="about",
        subject="sản phẩm làng nghề đưa ra thị trường mỗi năm"),
    fig("chiếm khoảng 45%", "45", 45, "percent", "%", approx="about",
        subject="tỷ trọng bát đĩa, cốc chén gia dụng trong sản phẩm của làng nghề"),
    fig("thêm 14 đơn hàng", "14", 14, "count", "đơn hàng",
        subject="đơn hàng bát đĩa men lam công ty nhận thêm", period=SINCE9),
    fig("khoảng 1,2 triệu USD", "1,2", 1.2e6, "money", "USD", approx="about",
        subject="tổng giá trị đơn hàng", period=SINCE9),
    fig("gần ba chục thợ", "ba chục", 30, "count", "thợ thời vụ", approx="nearly",
        subject="thợ thời vụ xưởng huy động thêm"),
    fig("công 350.000 đồng", "350.000", 350000, "money", "đồng/ngày",
        subject="tiền công thợ thời vụ"),
    fig("tăng 10-12%", "10", 10, "percent", "%", value_max=12,
        subject="giá cao lanh và men màu"),
    fig("khoảng 7%", "7", 7, "percent", "%", approx="about",
        subject="lợi nhuận mỗi đơn hàng"),
    fig("ước đạt 1.350 tỷ", "1.350", 1350e9, "money", "đồng", status="estimate",
        change=chg("increase", 8, "%", "năm 2023", approx="about"),
        subject="doanh thu của làng nghề Bát Tràng", period=Y24),
    fig("hơn 600 nghìn lượt", "600", 600000, "count", "lượt", approx="over",
        subject="lượng khách đến tham quan, trải nghiệm làm gốm", period=NOW),
    fig("chiếm 15%", "15", 15, "percent", "%",
        subject="tỷ lệ khách quốc tế trong lượng khách tham quan", period=NOW),
    fig("ít nhất 30 sản phẩm", "30", 30, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm gốm Bát Tràng đạt chuẩn OCOP từ 3 sao trở lên", period=T25),
    fig("có 21 sản phẩm", "21", 21, "count", "sản phẩm",
        subject="sản phẩm gốm Bát Tràng được công nhận OCOP"),
]

NOTES = [
    "District portal (huyện Gia Lâm): banner, menu, '25/11/2024 - 15:10' under the headline, 'Nguồn:', 'Tin khác', address and phone footer.",
    "Distractors: 'thôn 3', 'trước ngày 20/12', 'OCOP từ 3 sao trở lên' (a rating level), 'lần thứ VI', 'Số 8 đường Ỷ Lan', 024.3827.6118, 15:10.",
    "Location: Bát Tràng is a commune of huyện Gia Lâm; the spec places figures at province/city/district level, so all figures get Gia Lâm (borderline).",
    "'hơn 1.000 cơ sở ..., trong đó khoảng 180 doanh nghiệp và hợp tác xã' → total 1000. 'riêng bát đĩa ... chiếm khoảng 45%' and",
    "'trong đó khách quốc tế chiếm 15%' are percent figures of their own (shares of a sub-group), not attributes of the whole.",
    "'từ tháng 9 đến nay' runs from 2024-09-01 to the dateline 2024-11-25 (as 'từ năm 2021 đến nay'). 'năm nay' → 2024.",
    "'gần ba chục thợ' → 30, nearly. 'tăng 10-12% so với đầu năm' is a growth rate as the claim: percent range, no change.",
    "'hiện đã có 21 sản phẩm' after ';' has its own cue 'hiện': actual, no period, no target attribute.",
]

if __name__ == "__main__":
    write("p1514-2", TEXT, NOTES, FIGS, published="2024-11-25", location="Gia Lâm")
