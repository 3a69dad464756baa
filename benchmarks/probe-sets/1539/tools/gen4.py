"""p1539-4: ministry site (Bộ NN&PTNT): national spice and chili exports 2023, chili-sauce exports, 2024 forecast, 2030 target."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Thị trường nông sản

Xuất khẩu hồ tiêu và gia vị năm 2023 đạt hơn 1,2 tỷ USD

17/01/2024 | 14:10 | Cục Chế biến và Phát triển thị trường nông sản

Năm 2023, kim ngạch xuất khẩu hồ tiêu và gia vị của Việt Nam đạt 1,24 tỷ USD, tăng 8,7% so với năm 2022. Trong đó, hồ tiêu đạt 912 triệu USD, quế 254 triệu USD, hồi và các loại gia vị khác 74 triệu USD.

Riêng ớt và các sản phẩm từ ớt, lượng xuất khẩu ước đạt 41.500 tấn, trị giá khoảng 96 triệu USD; Trung Quốc tiếp tục là thị trường lớn nhất, chiếm 58% lượng xuất khẩu. Giá ớt khô xuất khẩu bình quân năm 2023 đạt 2.310 USD/tấn, giảm 4,5% so với năm trước.

Đối với tương ớt đóng chai, cả nước hiện có khoảng 60 doanh nghiệp sản xuất với tổng công suất trên 150.000 tấn/năm. Năm 2023, tương ớt Việt Nam có mặt tại hơn 40 quốc gia và vùng lãnh thổ; kim ngạch xuất khẩu đạt 38,6 triệu USD, gấp 1,6 lần năm 2020. Các thị trường Hoa Kỳ, Australia và Hàn Quốc chiếm lần lượt 31%, 17% và 12% kim ngạch này.

Theo dự báo của Cục, năm 2024 xuất khẩu hồ tiêu và gia vị có thể đạt 1,3-1,4 tỷ USD. Theo Quyết định số 2452/QĐ-BNN-CBTTNS, mục tiêu đến năm 2030 kim ngạch xuất khẩu gia vị đạt 2 tỷ USD, trong đó sản phẩm chế biến sâu chiếm ít nhất 40%.

Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, quận Ba Đình, Hà Nội | Điện thoại: 024.3846.8161
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23H = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
TO30 = per("đến năm 2030", None, "2030-12-31")
SHARE = "tỷ trọng kim ngạch xuất khẩu tương ớt sang "

FIGS = [
    fig("đạt hơn 1,2 tỷ", "1,2", 1.2e9, "money", "USD", approx="over",
        subject="xuất khẩu hồ tiêu và gia vị", period=Y23H),
    fig("đạt 1,24 tỷ", "1,24", 1.24e9, "money", "USD", change=chg("increase", 8.7, "%", "năm 2022"),
        subject="kim ngạch xuất khẩu hồ tiêu và gia vị", period=Y23),
    fig("tiêu đạt 912 triệu", "912", 912e6, "money", "USD", total=1.24e9,
        subject="kim ngạch xuất khẩu hồ tiêu", period=inh(Y23)),
    fig("quế 254 triệu", "254", 254e6, "money", "USD", total=1.24e9,
        subject="kim ngạch xuất khẩu quế", period=inh(Y23)),
    fig("khác 74 triệu", "74", 74e6, "money", "USD", total=1.24e9,
        subject="kim ngạch xuất khẩu hồi và các loại gia vị khác", period=inh(Y23)),
    fig("ước đạt 41.500 tấn", "41.500", 41500, "measure", "tấn", status="estimate",
        subject="lượng xuất khẩu ớt và các sản phẩm từ ớt", period=inh(Y23)),
    fig("khoảng 96 triệu", "96", 96e6, "money", "USD", approx="about", status="estimate",
        subject="trị giá xuất khẩu ớt và các sản phẩm từ ớt", period=inh(Y23)),
    fig("chiếm 58%", "58", 58, "percent", "%",
        subject="tỷ trọng thị trường Trung Quốc trong lượng xuất khẩu ớt", period=inh(Y23)),
    fig("đạt 2.310 USD/tấn", "2.310", 2310, "money", "USD/tấn",
        change=chg("decrease", 4.5, "%", "năm trước"),
        subject="giá ớt khô xuất khẩu bình quân", period=Y23H),
    fig("khoảng 60 doanh nghiệp", "60", 60, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất tương ớt đóng chai"),
    fig("trên 150.000 tấn/năm", "150.000", 150000, "measure", "tấn/năm", approx="over",
        subject="tổng công suất sản xuất tương ớt đóng chai"),
    fig("hơn 40 quốc gia", "40", 40, "count", "quốc gia và vùng lãnh thổ", approx="over",
        subject="quốc gia và vùng lãnh thổ có tương ớt Việt Nam", period=Y23),
    fig("đạt 38,6 triệu", "38,6", 38.6e6, "money", "USD", change=chg("increase", 1.6, "lần", "năm 2020"),
        subject="kim ngạch xuất khẩu tương ớt", period=Y23),
    fig("lần lượt 31%", "31", 31, "percent", "%", subject=SHARE + "Hoa Kỳ", period=inh(Y23)),
    fig(", 17%", "17", 17, "percent", "%", subject=SHARE + "Australia", period=inh(Y23)),
    fig("và 12%", "12", 12, "percent", "%", subject=SHARE + "Hàn Quốc", period=inh(Y23)),
    fig("đạt 1,3-1,4 tỷ", "1,3", 1.3e9, "money", "USD", value_max=1.4e9, status="forecast",
        subject="xuất khẩu hồ tiêu và gia vị", period=Y24),
    fig("đạt 2 tỷ", "2", 2e9, "money", "USD", status="target",
        subject="kim ngạch xuất khẩu gia vị", period=TO30),
    fig("ít nhất 40%", "40", 40, "percent", "%", approx="at_least", status="target",
        subject="tỷ trọng sản phẩm chế biến sâu trong kim ngạch xuất khẩu gia vị", period=TO30),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): national spice exports 2023; breadcrumb, '17/01/2024 | 14:10 | Cục ...', address/phone footer.",
    "Location Việt Nam throughout; Trung Quốc, Hoa Kỳ, Australia, Hàn Quốc are trade partners (subject, not location).",
    "Distractors: 14:10, Quyết định số 2452/QĐ-BNN-CBTTNS, 'Số 2 Ngọc Hà', phone, baselines 'năm 2022', 'năm 2020'.",
    "'Trong đó' parts (separate sentence) take total 1,24 tỷ USD; their period is inherited.",
    "'chiếm 58% lượng xuất khẩu' after ';' names China's share: a percent figure of its own, actual (the 'ước đạt' clause ended).",
    "'gấp 1,6 lần năm 2020' is the change of 38,6 triệu USD (unit lần). 'chiếm lần lượt 31%, 17% và 12%' = three percent figures.",
    "'dự báo ... có thể đạt 1,3-1,4 tỷ USD' → forecast range; 'mục tiêu đến năm 2030' → target, end 2030-12-31;",
    "'trong đó ... chiếm ít nhất 40%' is a percent figure of its own (at_least, target).",
]

if __name__ == "__main__":
    write("p1539-4", TEXT, NOTES, FIGS, published="2024-01-17", location="Việt Nam")
