"""p1556-4: ministry site (Bộ Xây dựng): national decorative paint market 2023, VOC limit, water-based share, targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ XÂY DỰNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Vật liệu xây dựng

Thị trường sơn trang trí: tăng trưởng chậm lại, sơn gốc nước chiếm ưu thế

18/06/2024 | 08:45 | Vụ Vật liệu xây dựng

Theo số liệu tổng hợp của Vụ Vật liệu xây dựng, năm 2023 tổng sản lượng sơn các loại của cả nước ước đạt 1,05 tỷ lít, giảm 6,2% so với năm 2022 do thị trường bất động sản trầm lắng; trong đó sơn trang trí (sơn tường) khoảng 620 triệu lít, chiếm 59%. Giá trị thị trường sơn năm 2023 ước khoảng 1,4 tỷ USD.

Cả nước hiện có khoảng 700 doanh nghiệp sản xuất sơn, nhưng 10 doanh nghiệp lớn nhất chiếm gần 80% thị phần sơn trang trí. Các doanh nghiệp có vốn đầu tư nước ngoài chiếm khoảng 65% thị phần, doanh nghiệp trong nước khoảng 35%.

Mức tiêu thụ sơn bình quân của Việt Nam mới đạt khoảng 4,5 kg/người/năm, thấp hơn nhiều so với các nước trong khu vực như Thái Lan, Malaysia.

Sơn gốc nước hiện chiếm trên 90% sản lượng sơn tường. Theo QCVN 16:2023/BXD, hàm lượng VOC trong sơn tường dạng nhũ tương không được vượt quá 50 g/lít. Từ đầu năm đến nay, Bộ Xây dựng đã tổ chức 3 đoàn kiểm tra tại 24 cơ sở sản xuất ở Hà Nội, Bình Dương và Long An.

Theo Chiến lược phát triển vật liệu xây dựng Việt Nam thời kỳ 2021-2030, định hướng đến năm 2050 (Quyết định số 1266/QĐ-TTg), đến năm 2030 tỷ lệ sơn gốc nước đạt ít nhất 95%. Dự báo năm 2024, sản lượng sơn trang trí tăng trở lại khoảng 3-5%.

Bản quyền thuộc Bộ Xây dựng
Địa chỉ: 37 Lê Đại Hành, quận Hai Bà Trưng, Hà Nội | Điện thoại: 024.3976.0271
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-06-18")
T30 = per("đến năm 2030", None, "2030-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("ước đạt 1,05 tỷ", "1,05", 1.05e9, "measure", "lít", status="estimate",
        change=chg("decrease", 6.2, "%", "năm 2022"), subject="tổng sản lượng sơn các loại", period=Y23),
    fig("khoảng 620 triệu", "620", 620e6, "measure", "lít", approx="about", total=1.05e9, percent=59,
        status="estimate", subject="sơn trang trí (sơn tường)", period=Y23),
    fig("khoảng 1,4 tỷ", "1,4", 1.4e9, "money", "USD", approx="about", status="estimate",
        subject="giá trị thị trường sơn", period=Y23b),
    fig("khoảng 700 doanh nghiệp", "700", 700, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất sơn"),
    fig("nhưng 10 doanh nghiệp", "10", 10, "count", "doanh nghiệp", subject="doanh nghiệp lớn nhất",
        optional=True),
    fig("gần 80%", "80", 80, "percent", "%", approx="nearly",
        subject="thị phần sơn trang trí của 10 doanh nghiệp lớn nhất"),
    fig("khoảng 65%", "65", 65, "percent", "%", approx="about",
        subject="thị phần của các doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("khoảng 35%", "35", 35, "percent", "%", approx="about", subject="thị phần doanh nghiệp trong nước"),
    fig("khoảng 4,5 kg", "4,5", 4.5, "measure", "kg/người/năm", approx="about",
        subject="mức tiêu thụ sơn bình quân"),
    fig("trên 90%", "90", 90, "percent", "%", approx="over", subject="sơn gốc nước trong sản lượng sơn tường"),
    fig("quá 50 g/lít", "50", 50, "measure", "g/lít", approx="at_most",
        subject="hàm lượng VOC trong sơn tường dạng nhũ tương"),
    fig("tổ chức 3 đoàn", "3", 3, "count", "đoàn kiểm tra", subject="đoàn kiểm tra Bộ Xây dựng tổ chức",
        period=YTD),
    fig("tại 24 cơ sở", "24", 24, "count", "cơ sở sản xuất", subject="cơ sở sản xuất được kiểm tra", period=YTD),
    fig("ít nhất 95%", "95", 95, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ sơn gốc nước", period=T30),
    fig("khoảng 3-5%", "3", 3, "percent", "%", value_max=5, approx="about", status="forecast",
        subject="sản lượng sơn trang trí tăng trở lại", period=Y24),
]

NOTES = [
    "Ministry site (Bộ Xây dựng): breadcrumb, '18/06/2024 | 08:45 | Vụ Vật liệu xây dựng', address footer. National figures → Việt Nam.",
    "Distractors: 08:45, QCVN 16:2023/BXD, 'thời kỳ 2021-2030', 'định hướng đến năm 2050', Quyết định số 1266/QĐ-TTg, '37 Lê Đại Hành',",
    "phone 024.3976.0271. 'Thái Lan, Malaysia' carry no figure; 'Hà Nội, Bình Dương và Long An' follow a national count (location Việt Nam).",
    "'trong đó sơn trang trí ... khoảng 620 triệu lít, chiếm 59%': total 1,05 tỷ lít, percent 59, status estimate from the whole's clause.",
    "'ước khoảng 1,4 tỷ USD' → approx about + estimate. '10 doanh nghiệp lớn nhất' names the group whose share follows: optional.",
    "'không được vượt quá 50 g/lít' (a legal limit) → at_most. 'đến năm 2030 ... ít nhất 95%' → target, period start null.",
    "'Dự báo năm 2024 ... tăng trở lại khoảng 3-5%' is a growth rate as the claim: percent, range, forecast, no change object.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-06-18.",
]

if __name__ == "__main__":
    write("p1556-4", TEXT, NOTES, FIGS, published="2024-06-18", location="Việt Nam")
