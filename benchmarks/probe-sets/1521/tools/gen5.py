"""p1521-5: provincial newspaper (Báo Phú Thọ): wallpaper and wall-panel dealers in TP Việt Trì busy before Tết."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO PHÚ THỌ ĐIỆN TỬ
Kinh tế | Xã hội | Văn hóa | Thể thao | Pháp luật

Giấy dán tường, tấm ốp "đắt hàng" dịp cuối năm

Thứ Tư, 11/12/2024 - 07:30

(Baophutho.vn) - Những tháng cuối năm, nhu cầu sửa sang nhà cửa tăng cao khiến các đại lý giấy dán tường, tấm ốp tường tại TP Việt Trì đông khách, doanh số tăng 30-40% so với các tháng giữa năm.

Tại cửa hàng Nội thất Hoàng Phát (số 1268 đường Hùng Vương), chị Nguyễn Thị Mai, chủ cửa hàng cho biết mỗi ngày cửa hàng nhận thi công từ 5 đến 7 công trình, cao điểm có ngày hơn 10 công trình. Giấy dán tường Hàn Quốc có giá từ 250.000 đến 450.000 đồng/cuộn, mỗi cuộn dán được khoảng 5 m2; giấy Trung Quốc rẻ hơn, chỉ khoảng 120.000 đồng/cuộn. Tấm ốp nano giả đá, giả gỗ đang được ưa chuộng với giá trọn gói khoảng 220.000 đồng/m2, tăng khoảng 15.000 đồng so với năm 2023.

"Năm nay cửa hàng bán được gần 4.500 cuộn giấy dán tường và hơn 9.000 m2 tấm ốp, doanh thu ước đạt 3,2 tỷ đồng", chị Mai nói.

Theo Sở Công Thương, toàn tỉnh hiện có khoảng 210 cửa hàng, đại lý kinh doanh vật liệu trang trí nội thất, tăng 18 cơ sở so với năm 2022, trong đó TP Việt Trì có 63 cơ sở. Tháng 11 vừa qua, Đội Quản lý thị trường số 1 kiểm tra 24 cơ sở trên địa bàn thành phố, phát hiện 7 cơ sở bày bán giấy dán tường không rõ nguồn gốc, xuất xứ.

Người tiêu dùng được khuyến cáo ưu tiên sản phẩm có chứng nhận chống cháy, có dấu hợp quy CR, tránh mua hàng trôi nổi giá rẻ.

Thu Hà
"""

NOW = per("Năm nay", "2024-01-01", "2024-12-31")
NOV = per("Tháng 11", "2024-11-01", "2024-11-30")
STORE = "cửa hàng Nội thất Hoàng Phát"

FIGS = [
    fig("tăng 30-40%", "30", 30, "percent", "%", value_max=40,
        subject="doanh số các đại lý giấy dán tường, tấm ốp tường"),
    fig("từ 5 đến 7 công trình", "5", 5, "measure", "công trình/ngày", value_max=7,
        subject="công trình cửa hàng nhận thi công mỗi ngày"),
    fig("hơn 10 công trình", "10", 10, "measure", "công trình/ngày", approx="over",
        subject="công trình nhận thi công ngày cao điểm"),
    fig("từ 250.000 đến 450.000", "250.000", 250000, "money", "đồng/cuộn", value_max=450000,
        subject="giá giấy dán tường Hàn Quốc"),
    fig("khoảng 5 m2", "5", 5, "measure", "m2/cuộn", approx="about",
        subject="diện tích mỗi cuộn dán được"),
    fig("khoảng 120.000", "120.000", 120000, "money", "đồng/cuộn", approx="about",
        subject="giá giấy Trung Quốc"),
    fig("khoảng 220.000", "220.000", 220000, "money", "đồng/m2", approx="about",
        change=chg("increase", 15000, "đồng", "năm 2023", approx="about"),
        subject="giá trọn gói tấm ốp nano giả đá, giả gỗ"),
    fig("gần 4.500 cuộn", "4.500", 4500, "count", "cuộn", approx="nearly",
        subject="giấy dán tường cửa hàng bán được", period=NOW),
    fig("hơn 9.000 m2", "9.000", 9000, "measure", "m2", approx="over",
        subject="tấm ốp cửa hàng bán được", period=NOW),
    fig("ước đạt 3,2 tỷ", "3,2", 3.2e9, "money", "đồng", status="estimate",
        subject="doanh thu cửa hàng", period=NOW),
    fig("khoảng 210 cửa hàng", "210", 210, "count", "cửa hàng, đại lý", approx="about",
        change=chg("increase", 18, "cơ sở", "năm 2022"),
        subject="cửa hàng, đại lý kinh doanh vật liệu trang trí nội thất", location="Phú Thọ"),
    fig("có 63 cơ sở", "63", 63, "count", "cơ sở", total=210,
        subject="cửa hàng, đại lý kinh doanh vật liệu trang trí nội thất"),
    fig("kiểm tra 24 cơ sở", "24", 24, "count", "cơ sở", subject="cơ sở được kiểm tra", period=NOV),
    fig("phát hiện 7 cơ sở", "7", 7, "count", "cơ sở",
        subject="cơ sở bày bán giấy dán tường không rõ nguồn gốc, xuất xứ", period=NOV),
]

NOTES = [
    "Provincial newspaper (Báo Phú Thọ, '(Baophutho.vn) -' tag, 'Thứ Tư, 11/12/2024 - 07:30', byline 'Thu Hà'): dealers in TP Việt Trì.",
    "Distractors: dateline and time, 'số 1268 đường Hùng Vương', 'Đội Quản lý thị trường số 1', 'năm 2022/2023' as baselines.",
    "'doanh số tăng 30-40% so với các tháng giữa năm' is a growth rate as the claim: percent range, no change. 'Những tháng cuối năm' is too vague to date: no period.",
    "Rates with 'mỗi ngày'/'mỗi cuộn' as denominators: measure 'công trình/ngày', 'm2/cuộn'; prices in đồng/cuộn, đồng/m2.",
    "'tăng khoảng 15.000 đồng so với năm 2023' → change in đồng (about). 'Năm nay' in the quote → 2024 (published).",
    "210 is province-wide (location Phú Thọ) with change +18 cơ sở; 63 'trong đó TP Việt Trì' → total 210. 24 checked and 7 found: no part-of cue, no total.",
    "Default location Việt Trì: the shop, the dealers' sales and the checks are in the city ('trên địa bàn thành phố'). 'Tháng 11 vừa qua' → November 2024.",
]

if __name__ == "__main__":
    write("p1521-5", TEXT, NOTES, FIGS, published="2024-12-11", location="Việt Trì")
