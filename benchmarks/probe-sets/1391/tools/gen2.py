"""p1391-2: district portal (huyện Kim Sơn, Ninh Bình): sedge handicraft villages and Christmas orders, 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KIM SƠN - TỈNH NINH BÌNH
Trang chủ | Tin tức | Kinh tế | Văn hóa - Xã hội

Làng nghề cói Kim Sơn tất bật vào mùa hàng Noel

20/12/2024 - 10:30

Những tháng cuối năm, các cơ sở sản xuất hàng cói, mây tre tại thị trấn Phát Diệm và các xã Kim Chính, Quang Thiện, Hồi Ninh nhộn nhịp hoàn thiện đơn hàng trang trí Giáng sinh: giỏ quà, ông sao, hang đá, cây thông đan bằng cói.

Toàn huyện hiện có 46 doanh nghiệp, hợp tác xã và gần 2.000 hộ tham gia sản xuất hàng cói, thu hút khoảng 9.500 lao động, trong đó lao động nữ chiếm trên 70%. 11 tháng năm 2024, giá trị sản xuất hàng thủ công mỹ nghệ đạt 1.150 tỷ đồng, tăng 12,4% so với cùng kỳ; riêng hàng trang trí Noel và quà tặng cuối năm chiếm khoảng 30%.

Ông Trần Văn Khiêm, Giám đốc Hợp tác xã cói Thượng Kiệm, cho biết năm nay hợp tác xã nhận 38 đơn hàng của đối tác Hoa Kỳ, Đức và Australia, xuất khoảng 120.000 sản phẩm giỏ quà, ông sao; doanh thu ước đạt 8,6 tỷ đồng, gấp 1,5 lần năm 2023. Mỗi lao động của hợp tác xã có thu nhập từ 5 đến 6,5 triệu đồng/tháng.

Để hỗ trợ tiêu thụ, năm 2024 huyện tổ chức 4 phiên hội chợ với 120 gian hàng giới thiệu sản phẩm; dự kiến dịp Giáng sinh, khu du lịch Phát Diệm đón khoảng 50.000 lượt khách tham quan, mua sắm. Huyện phấn đấu đến năm 2025 có ít nhất 10 sản phẩm cói đạt chuẩn OCOP 3 sao trở lên, hiện đã có 7 sản phẩm.

Nguồn: Phòng Kinh tế và Hạ tầng huyện Kim Sơn

Tin khác:
- Kim Sơn: Ra quân tổng vệ sinh môi trường đón Tết
- Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 25

Địa chỉ: Số 2 đường Phát Diệm Đông, thị trấn Phát Diệm, huyện Kim Sơn
"""

M11 = per("11 tháng năm 2024", "2024-01-01", "2024-11-30")
NOW = per("năm nay", "2024-01-01", "2024-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
TO25 = per("đến năm 2025", None, "2025-12-31")
OCOP = "sản phẩm cói đạt chuẩn OCOP 3 sao trở lên"

FIGS = [
    fig("có 46 doanh nghiệp", "46", 46, "count", "doanh nghiệp, hợp tác xã",
        subject="doanh nghiệp, hợp tác xã tham gia sản xuất hàng cói"),
    fig("gần 2.000 hộ", "2.000", 2000, "count", "hộ", approx="nearly", subject="hộ tham gia sản xuất hàng cói"),
    fig("khoảng 9.500 lao động", "9.500", 9500, "count", "lao động", approx="about",
        subject="lao động sản xuất hàng cói"),
    fig("chiếm trên 70%", "70", 70, "percent", "%", approx="over", subject="lao động nữ"),
    fig("đạt 1.150 tỷ", "1.150", 1150e9, "money", "đồng", change=chg("increase", 12.4, "%", "cùng kỳ"),
        subject="giá trị sản xuất hàng thủ công mỹ nghệ", period=M11),
    fig("chiếm khoảng 30%", "30", 30, "percent", "%", approx="about",
        subject="hàng trang trí Noel và quà tặng cuối năm trong giá trị sản xuất", period=M11),
    fig("nhận 38 đơn hàng", "38", 38, "count", "đơn hàng",
        subject="đơn hàng hợp tác xã cói Thượng Kiệm nhận", period=NOW),
    fig("khoảng 120.000 sản phẩm", "120.000", 120000, "count", "sản phẩm", approx="about",
        subject="sản phẩm giỏ quà, ông sao hợp tác xã xuất", period=NOW),
    fig("ước đạt 8,6 tỷ", "8,6", 8.6e9, "money", "đồng", status="estimate",
        change=chg("increase", 1.5, "lần", "năm 2023"), subject="doanh thu hợp tác xã", period=NOW),
    fig("từ 5 đến 6,5 triệu", "5", 5e6, "money", "đồng/tháng", value_max=6.5e6,
        subject="thu nhập mỗi lao động của hợp tác xã"),
    fig("tổ chức 4 phiên", "4", 4, "count", "phiên hội chợ", subject="phiên hội chợ huyện tổ chức", period=Y24),
    fig("với 120 gian hàng", "120", 120, "count", "gian hàng", subject="gian hàng giới thiệu sản phẩm",
        period=Y24),
    fig("khoảng 50.000 lượt", "50.000", 50000, "count", "lượt khách", approx="about", status="forecast",
        subject="lượt khách tham quan, mua sắm khu du lịch Phát Diệm đón"),
    fig("ít nhất 10 sản phẩm", "10", 10, "count", "sản phẩm", approx="at_least", status="target",
        subject=OCOP, period=TO25),
    fig("đã có 7 sản phẩm", "7", 7, "count", "sản phẩm", subject="sản phẩm cói đạt chuẩn OCOP"),
]

NOTES = [
    "District portal (huyện Kim Sơn, Ninh Bình): banner naming the district, menu, '20/12/2024 - 10:30', 'Nguồn:', 'Tin khác', address.",
    "Distractors: 10:30, 'OCOP 3 sao', 'lần thứ 25', 'Số 2 đường Phát Diệm Đông', 'năm 2023' as a baseline.",
    "Location Kim Sơn throughout (the district portal; Phát Diệm and Thượng Kiệm are a town and a commune of it;",
    "Hoa Kỳ, Đức, Australia are trade partners, not places of the figures).",
    "'trong đó lao động nữ chiếm trên 70%' and 'riêng hàng trang trí Noel ... chiếm khoảng 30%' are percent figures of their own",
    "(no base amount for the part); the 30% stands in the '11 tháng năm 2024' sentence after ';' so its period is scored.",
    "'gấp 1,5 lần năm 2023' after 8,6 tỷ is a change (1,5 lần). 'năm nay' = 2024 (dateline).",
    "'phấn đấu đến năm 2025 có ít nhất 10' → target, start null, end 2025-12-31; 'hiện đã có 7' has its own verb → actual.",
    "'dự kiến dịp Giáng sinh ... khoảng 50.000 lượt khách' → forecast; 'dịp Giáng sinh' is not a calendar period, no period.",
]

if __name__ == "__main__":
    write("p1391-2", TEXT, NOTES, FIGS, published="2024-12-20", location="Kim Sơn")
