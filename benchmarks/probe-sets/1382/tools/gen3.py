"""p1382-3: ministry site (Bộ GTVT / Cục Hàng không Việt Nam): national air-cargo market 2023."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ GIAO THÔNG VẬN TẢI - CỤC HÀNG KHÔNG VIỆT NAM
Trang chủ > Tin tức > Hoạt động ngành

Thị trường vận tải hàng hóa hàng không năm 2023 giảm nhẹ

Ngày đăng: 18/01/2024 | 14:05

Năm 2023, tổng thị trường vận tải hàng hóa hàng không của Việt Nam đạt 1,38 triệu tấn, giảm 2,1% so với năm 2022. Trong đó, thị trường quốc tế đạt 1,13 triệu tấn, thị trường nội địa đạt 250.000 tấn.

Các hãng hàng không Việt Nam vận chuyển 412.000 tấn, chiếm 29,9% thị phần; phần còn lại do 62 hãng hàng không nước ngoài đảm nhận. Cũng trong năm 2023, sản lượng hàng hóa thông qua các cảng hàng không cả nước đạt 1,42 triệu tấn, tập trung chủ yếu tại Hà Nội (760.000 tấn), TP Hồ Chí Minh (540.000 tấn) và Đà Nẵng (39.000 tấn).

Đáng chú ý, hàng thương mại điện tử tăng mạnh, ước chiếm khoảng 15-18% sản lượng hàng hóa quốc tế. Việt Nam hiện đứng thứ 3 khu vực Đông Nam Á về sản lượng hàng hóa hàng không. Cả nước có 4 hãng hàng không Việt Nam tham gia vận chuyển hàng hóa với tổng số 179 tàu bay, nhưng chưa có hãng nào khai thác tàu bay chở hàng chuyên dụng như Boeing 777F.

Về hạ tầng, tổng công suất các nhà ga hàng hóa hiện đạt khoảng 1,9 triệu tấn/năm. Theo Quy hoạch tổng thể phát triển hệ thống cảng hàng không, sân bay toàn quốc thời kỳ 2021-2030, tầm nhìn đến năm 2050 (Quyết định số 648/QĐ-TTg), đến năm 2030 tổng công suất cần nâng lên khoảng 5,6 triệu tấn/năm. Cục Hàng không đặt mục tiêu đến năm 2025 thị phần hàng hóa của các hãng Việt Nam đạt 35%.

CỤC HÀNG KHÔNG VIỆT NAM
Địa chỉ: 119 Nguyễn Sơn, Long Biên, Hà Nội | Điện thoại: 024.3872.3600
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")


def city(anchor, number, value, place):
    return fig(anchor, number, value, "measure", "tấn",
               subject="sản lượng hàng hóa thông qua các cảng hàng không", period=Y23b, location=place)


FIGS = [
    fig("đạt 1,38 triệu", "1,38", 1.38e6, "measure", "tấn", change=chg("decrease", 2.1, "%", "năm 2022"),
        subject="tổng thị trường vận tải hàng hóa hàng không", period=Y23),
    fig("đạt 1,13 triệu", "1,13", 1.13e6, "measure", "tấn", total=1.38e6,
        subject="thị trường quốc tế", period=inh(Y23)),
    fig("đạt 250.000 tấn", "250.000", 250000, "measure", "tấn", total=1.38e6,
        subject="thị trường nội địa", period=inh(Y23)),
    fig("chuyển 412.000 tấn", "412.000", 412000, "measure", "tấn", percent=29.9,
        subject="hàng hóa các hãng hàng không Việt Nam vận chuyển", period=inh(Y23)),
    fig("do 62 hãng", "62", 62, "count", "hãng hàng không", subject="hãng hàng không nước ngoài",
        period=inh(Y23)),
    fig("đạt 1,42 triệu", "1,42", 1.42e6, "measure", "tấn",
        subject="sản lượng hàng hóa thông qua các cảng hàng không cả nước", period=Y23b),
    city("Hà Nội (760.000", "760.000", 760000, "Hà Nội"),
    city("Minh (540.000", "540.000", 540000, "TP Hồ Chí Minh"),
    city("Đà Nẵng (39.000", "39.000", 39000, "Đà Nẵng"),
    fig("khoảng 15-18%", "15", 15, "percent", "%", value_max=18, approx="about", status="estimate",
        subject="tỷ trọng hàng thương mại điện tử trong sản lượng hàng hóa quốc tế", period=inh(Y23)),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", subject="sản lượng hàng hóa hàng không khu vực Đông Nam Á"),
    fig("có 4 hãng", "4", 4, "count", "hãng hàng không",
        subject="hãng hàng không Việt Nam tham gia vận chuyển hàng hóa"),
    fig("179 tàu bay", "179", 179, "count", "tàu bay", subject="tổng số tàu bay"),
    fig("khoảng 1,9 triệu", "1,9", 1.9e6, "measure", "tấn/năm", approx="about",
        subject="tổng công suất các nhà ga hàng hóa"),
    fig("khoảng 5,6 triệu", "5,6", 5.6e6, "measure", "tấn/năm", approx="about", status="target",
        subject="tổng công suất các nhà ga hàng hóa", period=T30),
    fig("đạt 35%", "35", 35, "percent", "%", status="target",
        subject="thị phần hàng hóa của các hãng Việt Nam", period=T25),
]

NOTES = [
    "Ministry site (Cục Hàng không Việt Nam): breadcrumb, 'Ngày đăng: 18/01/2024 | 14:05', address footer. Location Việt Nam.",
    "'Trong đó, thị trường quốc tế đạt 1,13 triệu tấn, ... nội địa 250.000 tấn' → total 1,38 triệu (a sentence break after the whole).",
    "'Hà Nội (760.000 tấn), TP Hồ Chí Minh (...), Đà Nẵng (...)' after 'tập trung chủ yếu tại': list items, places → location; they do",
    "not add up to 1,42 triệu, so no total. 'ước chiếm khoảng 15-18%' → percent range, about, estimate.",
    "'Việt Nam hiện đứng thứ 3 khu vực Đông Nam Á' → rank, location Việt Nam. 'Hiện'/'hiện' figures carry no period.",
    "Distractors: 14:05, 'thời kỳ 2021-2030, tầm nhìn đến năm 2050', Quyết định số 648/QĐ-TTg, Boeing 777F, 119 Nguyễn Sơn, phone.",
]

if __name__ == "__main__":
    write("p1382-3", TEXT, NOTES, FIGS, published="2024-01-18", location="Việt Nam")
