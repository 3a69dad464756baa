"""p1199-1: Nghệ An province portal, 9 months 2024: distribution substations energised, sales, losses."""
from lib import build, fig, per, inh, chg, tgt

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Hạ tầng

Nghệ An đóng điện 126 trạm biến áp phân phối trong 9 tháng

Cập nhật: 15/10/2024 14:20 | Lượt xem: 2.318

(nghean.gov.vn) - 9 tháng đầu năm 2024, Công ty Điện lực Nghệ An đã đầu tư, đóng điện đưa vào vận hành 126 trạm biến áp phân phối, đạt 81,3% kế hoạch năm, tổng dung lượng tăng thêm 38.450 kVA. Trong đó, 74 trạm được xây dựng mới để chống quá tải, 52 trạm được cải tạo, nâng công suất.

Sản lượng điện thương phẩm 9 tháng ước đạt 3,62 tỷ kWh, tăng 10,4% so với cùng kỳ. Tỷ lệ tổn thất điện năng là 4,18%, giảm 0,27 điểm phần trăm so với cùng kỳ. Trong đợt nắng nóng tháng 5, công suất cực đại của hệ thống điện tỉnh đạt 1.046 MW, cao nhất từ trước đến nay.

Tính đến ngày 30/9/2024, lưới điện trên địa bàn có 18 trạm biến áp 110 kV với tổng công suất 1.563 MVA và 10.842 trạm biến áp phân phối, trong đó ngành điện quản lý 7.415 trạm, còn lại là trạm của khách hàng.

Để bảo đảm cấp điện mùa nắng nóng, đơn vị đã hoán đổi, lắp bổ sung 35 máy biến áp tại các khu vực có nguy cơ quá tải, tập trung ở TP Vinh (12 máy), thị xã Cửa Lò (8 máy) và huyện Diễn Châu (6 máy). Suất đầu tư bình quân của các trạm xây mới khoảng 420 triệu đồng/trạm.

Quý IV, Công ty dự kiến đóng điện thêm 29 trạm biến áp; phấn đấu cả năm tỷ lệ tổn thất điện năng không quá 4,5%. Khách hàng cần hỗ trợ liên hệ Tổng đài chăm sóc khách hàng 19006769 hoặc trụ sở số 1 đường Nguyễn Thị Minh Khai, TP Vinh.
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
ASOF = per("Tính đến ngày 30/9/2024", None, "2024-09-30")

FIGS = [
    fig("Nghệ An đóng điện 126", "126", 126, "count", "trạm biến áp",
        subject="trạm biến áp phân phối đóng điện",
        period=per("trong 9 tháng", "2024-01-01", "2024-09-30")),
    fig("vận hành 126 trạm", "126", 126, "count", "trạm biến áp", percent=81.3,
        subject="trạm biến áp phân phối đầu tư, đóng điện đưa vào vận hành", period=NINE),
    fig("tăng thêm 38.450 kVA", "38.450", 38450, "measure", "kVA",
        subject="tổng dung lượng trạm biến áp phân phối tăng thêm", period=NINE),
    fig("Trong đó, 74 trạm", "74", 74, "count", "trạm", total=126,
        subject="trạm biến áp xây dựng mới để chống quá tải", period=inh(NINE)),
    fig("52 trạm được cải tạo", "52", 52, "count", "trạm", total=126,
        subject="trạm biến áp cải tạo, nâng công suất", period=inh(NINE)),
    fig("ước đạt 3,62 tỷ kWh", "3,62", 3.62e9, "measure", "kWh", status="estimate",
        change=chg("increase", 10.4, "%", "cùng kỳ"),
        subject="sản lượng điện thương phẩm", period=per("9 tháng", "2024-01-01", "2024-09-30")),
    fig("là 4,18%", "4,18", 4.18, "percent", "%",
        change=chg("decrease", 0.27, "điểm phần trăm", "cùng kỳ"),
        subject="tỷ lệ tổn thất điện năng", period=inh(per("9 tháng", "2024-01-01", "2024-09-30"))),
    fig("đạt 1.046 MW", "1.046", 1046, "measure", "MW",
        subject="công suất cực đại của hệ thống điện tỉnh",
        period=per("tháng 5", "2024-05-01", "2024-05-31")),
    fig("có 18 trạm biến áp", "18", 18, "count", "trạm biến áp",
        subject="trạm biến áp 110 kV", period=ASOF),
    fig("18 trạm biến áp 110 kV", "110", 110, "measure", "kV", optional=True,
        subject="cấp điện áp trạm biến áp"),
    fig("1.563 MVA", "1.563", 1563, "measure", "MVA",
        subject="tổng công suất trạm biến áp 110 kV", period=ASOF),
    fig("10.842 trạm", "10.842", 10842, "count", "trạm biến áp",
        subject="trạm biến áp phân phối", period=ASOF),
    fig("quản lý 7.415 trạm", "7.415", 7415, "count", "trạm", total=10842,
        subject="trạm biến áp phân phối ngành điện quản lý", period=ASOF),
    fig("bổ sung 35 máy biến áp", "35", 35, "count", "máy biến áp",
        subject="máy biến áp hoán đổi, lắp bổ sung tại các khu vực có nguy cơ quá tải"),
    fig("Vinh (12 máy)", "12", 12, "count", "máy",
        subject="máy biến áp hoán đổi, lắp bổ sung tại các khu vực có nguy cơ quá tải", location="Vinh"),
    fig("Cửa Lò (8 máy)", "8", 8, "count", "máy",
        subject="máy biến áp hoán đổi, lắp bổ sung tại các khu vực có nguy cơ quá tải", location="Cửa Lò"),
    fig("Diễn Châu (6 máy)", "6", 6, "count", "máy",
        subject="máy biến áp hoán đổi, lắp bổ sung tại các khu vực có nguy cơ quá tải", location="Diễn Châu"),
    fig("khoảng 420 triệu", "420", 420e6, "money", "đồng/trạm", approx="about",
        subject="suất đầu tư bình quân của các trạm xây mới"),
    fig("thêm 29 trạm", "29", 29, "count", "trạm biến áp", status="forecast",
        subject="trạm biến áp đóng điện thêm", period=per("Quý IV", "2024-10-01", "2024-12-31")),
    fig("không quá 4,5%", "4,5", 4.5, "percent", "%", approx="at_most", status="target",
        subject="tỷ lệ tổn thất điện năng", period=per("cả năm", "2024-01-01", "2024-12-31")),
]

NOTES = [
    "Province portal (Nghệ An): PC Nghệ An, 9 months 2024. Breadcrumb, 'Cập nhật: 15/10/2024 14:20 | Lượt xem: 2.318'.",
    "Distractors: view counter, 14:20, hotline 19006769, 'số 1 đường Nguyễn Thị Minh Khai', dates 30/9/2024.",
    "'110 kV' is the voltage class that names the station type: optional. Districts 12+8+6 != 35 ('tập trung ở'): no total.",
    "revised after the first run: the three district items carry the list's whole indicator (as the 35 máy figure does).",
    "'đạt 81,3% kế hoạch năm' follows 126 trạm (percent). Headline and 'hoán đổi 35 máy' paragraph carry no period of their own.",
]

if __name__ == "__main__":
    build("p1199-1", TEXT, NOTES, FIGS, published="2024-10-15", location="Nghệ An")
