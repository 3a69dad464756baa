"""p1432-6: national newspaper: a stevia extraction plant in huyện Thọ Xuân (Thanh Hóa), province figures."""
from lib import fig, per, inh, chg, write

TEXT = """Kinh doanh › Nông nghiệp

Thứ năm, 14/11/2024, 09:05 (GMT+7)

Thanh Hóa có nhà máy chiết xuất cỏ ngọt 450 tỷ đồng

Nhà máy công suất 1.200 tấn lá khô mỗi năm vừa khánh thành tại huyện Thọ Xuân, mở đầu ra ổn định cho vùng nguyên liệu hơn 600 ha của tỉnh.

Nhà máy của Công ty cổ phần Stevia Xanh Lam Sơn nằm trong Khu công nghiệp Lam Sơn - Sao Vàng (huyện Thọ Xuân), tổng vốn đầu tư khoảng 450 tỷ đồng, trên diện tích 6,8 ha. Giai đoạn 1, nhà máy chế biến 1.200 tấn lá khô mỗi năm, cho ra khoảng 90-100 tấn chiết xuất steviosid RA98; giai đoạn 2 dự kiến nâng công suất lên 2.500 tấn vào năm 2027. Khi chạy hết công suất, nhà máy dự kiến tạo việc làm cho khoảng 180 lao động với thu nhập từ 8 đến 10 triệu đồng/tháng.

Ông Lê Đình Khang, Tổng giám đốc công ty, cho biết đã ký hợp đồng bao tiêu với 9 hợp tác xã, gồm 4 hợp tác xã ở Thọ Xuân, 3 ở Ngọc Lặc và 2 ở Như Xuân, cam kết thu mua lá khô với giá sàn 32.000 đồng/kg trong 5 năm. "Từ đầu năm đến nay, chúng tôi đã thu mua gần 700 tấn, phần lớn để chạy thử dây chuyền", ông Khang nói.

Theo Sở Nông nghiệp và Phát triển nông thôn Thanh Hóa, diện tích cỏ ngọt của tỉnh năm 2024 ước đạt 615 ha, gấp gần 4 lần năm 2020. Năng suất lá khô bình quân đạt 3,8 tấn/ha. Tuy nhiên, giá lá khô 10 tháng đầu năm giảm 12-15% so với cùng kỳ do nguồn cung từ Trung Quốc tăng mạnh.

Lê Hoàng
"""

Y27 = per("vào năm 2027", "2027-01-01", "2027-12-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-11-14")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
M10 = per("10 tháng đầu năm", "2024-01-01", "2024-10-31")
TX = "Thọ Xuân"

FIGS = [
    fig("cỏ ngọt 450 tỷ", "450", 450e9, "money", "đồng",
        subject="vốn nhà máy chiết xuất cỏ ngọt"),
    fig("Nhà máy công suất 1.200", "1.200", 1200, "measure", "tấn/năm",
        subject="công suất nhà máy", location=TX),
    fig("hơn 600 ha", "600", 600, "measure", "ha", approx="over",
        subject="vùng nguyên liệu của tỉnh"),
    fig("khoảng 450 tỷ", "450", 450e9, "money", "đồng", approx="about",
        subject="tổng vốn đầu tư", location=TX),
    fig("diện tích 6,8 ha", "6,8", 6.8, "measure", "ha", subject="diện tích nhà máy", location=TX),
    fig("chế biến 1.200 tấn", "1.200", 1200, "measure", "tấn/năm",
        subject="lá khô nhà máy chế biến giai đoạn 1", location=TX),
    fig("khoảng 90-100 tấn", "90", 90, "measure", "tấn", value_max=100, approx="about",
        subject="chiết xuất steviosid", location=TX),
    fig("lên 2.500 tấn", "2.500", 2500, "measure", "tấn", status="forecast",
        subject="công suất giai đoạn 2", period=Y27, location=TX),
    fig("khoảng 180 lao động", "180", 180, "count", "lao động", approx="about", status="forecast",
        subject="lao động nhà máy tạo việc làm", location=TX),
    fig("từ 8 đến 10 triệu", "8", 8e6, "money", "đồng/tháng", value_max=10e6, status="forecast",
        subject="thu nhập của lao động", location=TX),
    fig("với 9 hợp tác xã", "9", 9, "count", "hợp tác xã",
        subject="hợp tác xã ký hợp đồng bao tiêu"),
    fig("gồm 4 hợp tác xã", "4", 4, "count", "hợp tác xã", total=9,
        subject="hợp tác xã ký hợp đồng bao tiêu", location=TX),
    fig("3 ở Ngọc Lặc", "3", 3, "count", "hợp tác xã", total=9,
        subject="hợp tác xã ký hợp đồng bao tiêu", location="Ngọc Lặc"),
    fig("2 ở Như Xuân", "2", 2, "count", "hợp tác xã", total=9,
        subject="hợp tác xã ký hợp đồng bao tiêu", location="Như Xuân"),
    fig("giá sàn 32.000", "32.000", 32000, "money", "đồng/kg",
        subject="giá sàn thu mua lá khô"),
    fig("gần 700 tấn", "700", 700, "measure", "tấn", approx="nearly",
        subject="lá khô công ty thu mua", period=YTD),
    fig("ước đạt 615 ha", "615", 615, "measure", "ha", status="estimate",
        change=chg("increase", 4, "lần", "năm 2020", approx="nearly"),
        subject="diện tích cỏ ngọt của tỉnh", period=Y24),
    fig("đạt 3,8 tấn/ha", "3,8", 3.8, "measure", "tấn/ha",
        subject="năng suất lá khô bình quân", period=inh(Y24)),
    fig("giảm 12-15%", "12", 12, "percent", "%", value_max=15,
        subject="giá lá khô", period=M10),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ năm, 14/11/2024, 09:05 (GMT+7)', headline with the investment, sapo, quote, byline.",
    "Distractors: 09:05, GMT+7, 'Khu công nghiệp Lam Sơn - Sao Vàng', 'Giai đoạn 1'/'giai đoạn 2' (phase labels), product 'RA98',",
    "'trong 5 năm' (a duration that only locates the price commitment in time), 'năm 2020' as a baseline.",
    "Location: the headline names Thanh Hóa; the plant (sapo and its paragraph, which name huyện Thọ Xuân) → Thọ Xuân; the raw-material",
    "area, the cooperatives (several districts), the floor price, the purchases and the provincial figures → Thanh Hóa.",
    "'gồm 4 hợp tác xã ở Thọ Xuân, 3 ở Ngọc Lặc và 2 ở Như Xuân' → parts of 9 with their districts as locations.",
    "'mỗi năm' capacity → tấn/năm; the year-less outputs are given the bare unit tấn. 'dự kiến' → forecast (2.500 tấn, 180, 8-10 triệu).",
    "'Từ đầu năm đến nay' (in a quote) ends at the dateline. 'gấp gần 4 lần năm 2020' after 615 ha → change (lần, nearly).",
    "'giảm 12-15% so với cùng kỳ' is the claim → percent range, no change; '10 tháng đầu năm' takes 2024.",
]

if __name__ == "__main__":
    write("p1432-6", TEXT, NOTES, FIGS, published="2024-11-14", location="Thanh Hóa")
