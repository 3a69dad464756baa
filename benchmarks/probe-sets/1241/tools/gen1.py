"""p1241-1: Sơn La province portal, lily for the Tết market in Mộc Châu district."""
from lib import fig, per, inh, chg, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Nông nghiệp

Mộc Châu: Gần 50 ha hoa ly phục vụ thị trường Tết

Cập nhật: 26/12/2024 14:20 | Lượt xem: 2.417

(sonla.gov.vn) - Vụ hoa Tết Nguyên đán Ất Tỵ 2025, nông dân huyện Mộc Châu xuống giống 48,6 ha hoa ly, tăng 6,2 ha so với vụ Tết năm trước. Trong đó, xã Đông Sang 17,5 ha, xã Mường Sang 12,3 ha, thị trấn Nông trường Mộc Châu 9,8 ha, còn lại ở các xã Chiềng Hắc, Tân Lập.

Giống chủ yếu là ly Sorbonne (ly hồng) và ly Tiber (ly trắng), củ giống nhập từ Hà Lan qua các doanh nghiệp ở Hà Nội và Lâm Đồng với giá từ 12.000 đến 18.000 đồng/củ tùy kích cỡ. Bình quân mỗi 1.000 m2 nhà lưới trồng khoảng 10.000 củ, chi phí đầu tư 180-200 triệu đồng.

Theo UBND huyện, năm 2024 toàn huyện xuất bán khoảng 3,9 triệu cành hoa ly, doanh thu ước đạt 97 tỷ đồng, chiếm 41% tổng giá trị hoa, cây cảnh của huyện. Giá bán tại vườn dao động 25.000-35.000 đồng/cành, cao hơn khoảng 20% so với năm 2023. Huyện hiện có 6 hợp tác xã và 214 hộ trồng hoa ly, tạo việc làm thường xuyên cho hơn 600 lao động với thu nhập bình quân 6,5 triệu đồng/người/tháng.

Tiêu biểu là Hợp tác xã Hoa Mộc Châu ở tiểu khu 19/5, thị trấn Nông trường Mộc Châu, sở hữu 3,2 ha nhà lưới. Vụ này, hợp tác xã trồng 320.000 củ ly, dự kiến cho thu khoảng 300.000 cành, doanh thu gần 9 tỷ đồng. Đây là năm thứ 4 liên tiếp hợp tác xã cung ứng hoa ly cho các siêu thị tại Hà Nội.

Năm 2025, huyện phấn đấu mở rộng diện tích hoa ly lên 60 ha, trong đó ít nhất 70% diện tích áp dụng tưới nhỏ giọt tự động.
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
PARTS = "diện tích hoa ly xuống giống vụ Tết"

FIGS = [
    fig("Gần 50 ha", "50", 50, "measure", "ha", approx="nearly",
        subject="diện tích hoa ly phục vụ thị trường Tết"),
    fig("xuống giống 48,6 ha", "48,6", 48.6, "measure", "ha",
        change=chg("increase", 6.2, "ha", "vụ Tết năm trước"),
        subject="diện tích hoa ly xuống giống vụ hoa Tết Nguyên đán"),
    fig("Đông Sang 17,5 ha", "17,5", 17.5, "measure", "ha", total=48.6,
        subject="diện tích hoa ly xã Đông Sang"),
    fig("Mường Sang 12,3 ha", "12,3", 12.3, "measure", "ha", total=48.6,
        subject="diện tích hoa ly xã Mường Sang"),
    fig("Nông trường Mộc Châu 9,8 ha", "9,8", 9.8, "measure", "ha", total=48.6,
        subject="diện tích hoa ly thị trấn Nông trường Mộc Châu"),
    fig("từ 12.000 đến 18.000 đồng/củ", "12.000", 12000, "money", "đồng/củ", value_max=18000,
        subject="giá củ giống hoa ly nhập từ Hà Lan"),
    fig("khoảng 10.000 củ", "10.000", 10000, "measure", "củ/1.000 m2", approx="about",
        subject="củ giống trồng bình quân mỗi 1.000 m2 nhà lưới"),
    fig("180-200 triệu", "180", 180000000, "money", "đồng", value_max=200000000,
        subject="chi phí đầu tư mỗi 1.000 m2 nhà lưới"),
    fig("khoảng 3,9 triệu cành", "3,9", 3900000, "count", "cành", approx="about",
        subject="cành hoa ly xuất bán", period=Y24),
    fig("ước đạt 97 tỷ", "97", 97000000000, "money", "đồng", percent=41, status="estimate",
        subject="doanh thu hoa ly", period=Y24),
    fig("25.000-35.000 đồng/cành", "25.000", 25000, "money", "đồng/cành", value_max=35000,
        change=chg("increase", 20, "%", "năm 2023", approx="about"),
        subject="giá bán hoa ly tại vườn", period=inh(Y24)),
    fig("có 6 hợp tác xã", "6", 6, "count", "hợp tác xã", subject="hợp tác xã trồng hoa ly"),
    fig("214 hộ", "214", 214, "count", "hộ", subject="hộ trồng hoa ly"),
    fig("hơn 600 lao động", "600", 600, "count", "lao động", approx="over",
        subject="lao động có việc làm thường xuyên từ trồng hoa ly"),
    fig("bình quân 6,5 triệu", "6,5", 6500000, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của lao động trồng hoa ly"),
    fig("sở hữu 3,2 ha", "3,2", 3.2, "measure", "ha",
        subject="diện tích nhà lưới của Hợp tác xã Hoa Mộc Châu"),
    fig("trồng 320.000 củ", "320.000", 320000, "count", "củ",
        subject="củ ly Hợp tác xã Hoa Mộc Châu trồng vụ này"),
    fig("khoảng 300.000 cành", "300.000", 300000, "count", "cành", approx="about", status="forecast",
        subject="cành hoa ly hợp tác xã cho thu"),
    fig("gần 9 tỷ", "9", 9000000000, "money", "đồng", approx="nearly", status="forecast",
        subject="doanh thu của hợp tác xã"),
    fig("năm thứ 4 liên tiếp", "4", 4, "count", "năm", optional=True),
    fig("lên 60 ha", "60", 60, "measure", "ha", status="target",
        subject="diện tích hoa ly", period=Y25),
    fig("ít nhất 70%", "70", 70, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ diện tích hoa ly áp dụng tưới nhỏ giọt tự động", period=Y25),
]

NOTES = [
    "Province portal (sonla.gov.vn): lily for Tết in huyện Mộc Châu. Breadcrumb, 'Cập nhật: 26/12/2024 14:20 | Lượt xem: 2.417'.",
    "Distractors: view counter 2.417, time 14:20, 'Ất Tỵ 2025' (festival name), 'tiểu khu 19/5' (place name with slash), '1.000 m2' (rate denominator).",
    "'năm thứ 4 liên tiếp' is a streak ordinal: optional, as in shared gold h05.",
    "Commune items after 'Trong đó' take the whole 48,6 ha; communes are below district level, so location stays Mộc Châu and the commune goes into the subject.",
    "Vụ hoa Tết / Vụ này are seasons, not periods: no period. 'hiện có' gets no period. The price sentence inherits năm 2024.",
]

if __name__ == "__main__":
    write("p1241-1", TEXT, NOTES, FIGS, published="2024-12-26", location="Mộc Châu")
