"""p1503-7: news agency (TTXVN): a kitchen and interior fair opens in TP Hồ Chí Minh; national furniture exports 2024."""
from lib import fig, per, inh, chg, write

TEXT = """TTXVN - Thông tấn xã Việt Nam
Kinh tế | Doanh nghiệp

Hơn 400 doanh nghiệp tham gia Hội chợ Nội thất và Thiết bị nhà bếp 2025

06/03/2025 16:12

TP Hồ Chí Minh, 6/3 (TTXVN) - Sáng 6/3, tại Trung tâm Hội chợ và Triển lãm Sài Gòn (SECC, số 799 Nguyễn Văn Linh, quận 7), Hội chợ Nội thất và Thiết bị nhà bếp Việt Nam lần thứ 11 (VietKitchen 2025) khai mạc với 420 doanh nghiệp từ 18 quốc gia và vùng lãnh thổ, trưng bày trên 1.100 gian hàng trên tổng diện tích 28.000 m2.

Theo Ban tổ chức, trong 4 ngày diễn ra, hội chợ dự kiến đón khoảng 35.000 lượt khách tham quan, trong đó có ít nhất 3.000 khách mua hàng quốc tế; giá trị hợp đồng và biên bản ghi nhớ ước đạt 150 triệu USD, gấp 1,5 lần kỳ trước. Nhiều doanh nghiệp tủ bếp giảm giá 10-15% cho đơn hàng ký tại hội chợ.

Phát biểu khai mạc, ông Hoàng Văn Tuấn, Chủ tịch Hiệp hội Nội thất và Tủ bếp phía Nam, cho biết năm 2024, xuất khẩu gỗ và sản phẩm gỗ của cả nước đạt 16,3 tỷ USD, tăng 20,7% so với năm 2023, trong đó tủ bếp và phụ kiện nhà bếp đóng góp khoảng 1,8 tỷ USD. Việt Nam hiện đứng thứ 5 thế giới và thứ 2 châu Á về xuất khẩu đồ gỗ nội thất. Mục tiêu năm 2025 của ngành là xuất khẩu 18 tỷ USD.

Theo ông Tuấn, doanh nghiệp tủ bếp cần đầu tư dây chuyền tự động, đáp ứng yêu cầu truy xuất nguồn gốc gỗ hợp pháp của thị trường EU và Hoa Kỳ.

Xuân Mai (TTXVN)

Tin liên quan:
- Xuất khẩu gỗ tháng 2/2025 tăng mạnh
- Bình Dương: Khai mạc Hội chợ BIFA 2025
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
HCM = "TP Hồ Chí Minh"
VN = "Việt Nam"

FIGS = [
    fig("Hơn 400 doanh nghiệp", "400", 400, "count", "doanh nghiệp", approx="over",
        subject="doanh nghiệp tham gia Hội chợ Nội thất và Thiết bị nhà bếp"),
    fig("với 420 doanh nghiệp", "420", 420, "count", "doanh nghiệp", subject="doanh nghiệp tham gia hội chợ"),
    fig("từ 18 quốc gia", "18", 18, "count", "quốc gia và vùng lãnh thổ",
        subject="quốc gia và vùng lãnh thổ có doanh nghiệp tham gia hội chợ"),
    fig("trên 1.100 gian", "1.100", 1100, "count", "gian hàng", approx="over", subject="gian hàng trưng bày"),
    fig("28.000 m2", "28.000", 28000, "measure", "m2", subject="tổng diện tích trưng bày"),
    fig("khoảng 35.000 lượt", "35.000", 35000, "count", "lượt khách", approx="about", status="forecast",
        subject="lượt khách tham quan hội chợ"),
    fig("ít nhất 3.000 khách", "3.000", 3000, "count", "khách", approx="at_least", total=35000, status="forecast",
        subject="khách mua hàng quốc tế"),
    fig("ước đạt 150 triệu", "150", 150e6, "money", "USD", status="estimate",
        change=chg("increase", 1.5, "lần", "kỳ trước"), subject="giá trị hợp đồng và biên bản ghi nhớ"),
    fig("giảm giá 10-15%", "10", 10, "percent", "%", value_max=15,
        subject="mức giảm giá cho đơn hàng ký tại hội chợ của doanh nghiệp tủ bếp"),
    fig("đạt 16,3 tỷ", "16,3", 16.3e9, "money", "USD", change=chg("increase", 20.7, "%", "năm 2023"),
        subject="xuất khẩu gỗ và sản phẩm gỗ", period=Y24, location=VN),
    fig("khoảng 1,8 tỷ", "1,8", 1.8e9, "money", "USD", approx="about", total=16.3e9,
        subject="tủ bếp và phụ kiện nhà bếp đóng góp vào xuất khẩu", period=Y24, location=VN),
    fig("đứng thứ 5", "5", 5, "rank", "hạng", subject="xuất khẩu đồ gỗ nội thất", location=VN),
    fig("thứ 2 châu Á", "2", 2, "rank", "hạng", subject="xuất khẩu đồ gỗ nội thất", location=VN),
    fig("khẩu 18 tỷ", "18", 18e9, "money", "USD", status="target", subject="xuất khẩu của ngành",
        period=Y25, location=VN),
]

NOTES = [
    "News agency (TTXVN): '06/03/2025 16:12' under the headline, dateline 'TP Hồ Chí Minh, 6/3 (TTXVN) -', byline '(TTXVN)', related links.",
    "Distractors: 16:12, '6/3', 'số 799 Nguyễn Văn Linh, quận 7', 'lần thứ 11', 'VietKitchen 2025', 'BIFA 2025', 'tháng 2/2025' in a link,",
    "'trong 4 ngày diễn ra' (a duration that only locates the forecast in time: not a figure).",
    "Fair figures are located in TP Hồ Chí Minh (the default); the association's national export figures and ranks are Việt Nam.",
    "'dự kiến' governs 35.000 lượt and its 'trong đó' part 3.000 (total 35.000); the clause after ';' has its own cue 'ước đạt' (estimate).",
    "'gấp 1,5 lần kỳ trước' is the change (unit lần) of 150 triệu USD. 'giảm giá 10-15%' is a percent figure (a price cut).",
    "'trong đó tủ bếp và phụ kiện ... khoảng 1,8 tỷ USD' is a part of 16,3 tỷ USD (total). 'Mục tiêu năm 2025' -> target.",
    "Ranks 'đứng thứ 5 thế giới và thứ 2 châu Á': the field ('thế giới', 'châu Á') is not the place; location Việt Nam. 'hiện': no period.",
]

if __name__ == "__main__":
    write("p1503-7", TEXT, NOTES, FIGS, published="2025-03-06", location=HCM)
