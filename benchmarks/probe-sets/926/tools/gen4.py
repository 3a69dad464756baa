"""p926-4: ministry site (Bộ NN&PTNT) — national aloe area, output, processors, exports, 2030 targets."""
from lib import emit, fig, period, change, year

TEXT = """
BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Trồng trọt

Phát triển cây nha đam theo chuỗi giá trị

Ngày đăng: 22/11/2023 | Lượt xem: 1.087

Ngày 21/11/2023, tại Ninh Thuận, Cục Trồng trọt phối hợp với UBND tỉnh Ninh Thuận tổ chức Diễn đàn phát triển cây nha đam bền vững lần thứ 2.

Theo Cục Trồng trọt, năm 2023 cả nước có khoảng 1.350 ha nha đam, tập trung tại 6 tỉnh duyên hải Nam Trung Bộ và Đồng bằng sông Cửu Long; sản lượng ước đạt 142.000 tấn lá, tăng 7,5% so với năm 2022. Ba địa phương có diện tích lớn nhất lần lượt là Ninh Thuận (678 ha), Khánh Hòa (270 ha) và Bình Thuận (245 ha).

Năng suất bình quân cả nước đạt 105 tấn/ha/năm; các vùng áp dụng tưới nhỏ giọt đạt 130-150 tấn/ha/năm, cao hơn 25-40% so với tưới thủ công.

Cả nước hiện có 9 doanh nghiệp chế biến nha đam quy mô công nghiệp, tổng công suất khoảng 180.000 tấn lá/năm, trong đó 4 doanh nghiệp có vốn đầu tư nước ngoài. Năm 2023, kim ngạch xuất khẩu sản phẩm nha đam chế biến đạt 38,5 triệu USD, chủ yếu sang Hàn Quốc, Nhật Bản và Hoa Kỳ; riêng thị trường Hàn Quốc chiếm 42%.

Tuy nhiên, mới có khoảng 55% diện tích nha đam được liên kết tiêu thụ ổn định; giá lá biến động mạnh, có thời điểm xuống dưới 1.500 đồng/kg, thấp hơn giá thành sản xuất.

Theo Đề án phát triển cây nha đam đến năm 2030, cả nước phấn đấu đạt 3.000 ha, trong đó 70% diện tích đạt chứng nhận VietGAP hoặc hữu cơ; kim ngạch xuất khẩu đạt 100 triệu USD.

Cổng thông tin điện tử Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3846.8161
"""

NOTES = [
    "Bộ NN&PTNT portal (invented): nha đam cả nước năm 2023 — diện tích, sản lượng, năng suất, doanh nghiệp chế biến, xuất khẩu, mục tiêu 2030.",
    "'Ngày đăng: 22/11/2023' gives published; 'Lượt xem: 1.087', 'lần thứ 2', 'Ngày 21/11/2023', address and phone are not figures.",
    "National figures: location Việt Nam; the 'lần lượt' list items are province figures (location = the province), period 'năm 2023' inherited.",
    "'Ba địa phương có diện tích lớn nhất' is a top-3 label (optional). 'cao hơn 25-40%' is the change of 130-150 tấn/ha/năm (value 25).",
    "'riêng thị trường Hàn Quốc chiếm 42%' is a percent figure of its own (a trade partner is not a place: location Việt Nam).",
    "Yield sentences name no period (none given). 'trong đó 4 doanh nghiệp' is part of the 9.",
    "revised after the first score: 180.000 unit 'tấn lá/năm' -> 'tấn/năm' (consistency with the other 'tấn lá' figures).",
]

Y23 = year(2023)
Y23_I = year(2023, inherited=True)
T2030 = period("đến năm 2030", end="2030-12-31")

FIGS = [
    fig("khoảng 1.350 ha", "1.350", 1350, "measure", "ha", "diện tích nha đam cả nước", Y23, approx="about"),
    fig("tại 6 tỉnh", "6", 6, "count", "tỉnh", "tỉnh trồng tập trung nha đam", Y23),
    fig("ước đạt 142.000 tấn", "142.000", 142000, "measure", "tấn", "sản lượng lá nha đam", Y23, status="estimate",
        change=change("increase", 7.5, "%", "năm 2022")),
    fig("Ba địa phương", "Ba", 3, "count", "địa phương", "địa phương có diện tích nha đam lớn nhất", optional=True),
    fig("Ninh Thuận (678 ha)", "678", 678, "measure", "ha", "diện tích nha đam", Y23_I, location="Ninh Thuận"),
    fig("Khánh Hòa (270 ha)", "270", 270, "measure", "ha", "diện tích nha đam", Y23_I, location="Khánh Hòa"),
    fig("Bình Thuận (245 ha)", "245", 245, "measure", "ha", "diện tích nha đam", Y23_I, location="Bình Thuận"),
    fig("đạt 105 tấn/ha/năm", "105", 105, "measure", "tấn/ha/năm", "năng suất bình quân nha đam cả nước"),
    fig("đạt 130-150 tấn/ha/năm", "130", 130, "measure", "tấn/ha/năm", "năng suất nha đam vùng tưới nhỏ giọt",
        value_max=150, change=change("increase", 25, "%", "tưới thủ công")),
    fig("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", "doanh nghiệp chế biến nha đam quy mô công nghiệp"),
    fig("khoảng 180.000 tấn lá/năm", "180.000", 180000, "measure", "tấn/năm", "tổng công suất chế biến nha đam", approx="about"),
    fig("trong đó 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", "doanh nghiệp chế biến nha đam có vốn đầu tư nước ngoài", total=9),
    fig("đạt 38,5 triệu USD", "38,5", 38.5e6, "money", "USD", "kim ngạch xuất khẩu sản phẩm nha đam chế biến", Y23),
    fig("chiếm 42%", "42", 42, "percent", "%", "thị trường Hàn Quốc trong kim ngạch xuất khẩu nha đam", Y23),
    fig("khoảng 55% diện tích", "55", 55, "percent", "%", "diện tích nha đam được liên kết tiêu thụ ổn định", approx="about"),
    fig("dưới 1.500 đồng/kg", "1.500", 1500, "money", "đồng/kg", "giá lá nha đam", approx="under"),
    fig("đạt 3.000 ha", "3.000", 3000, "measure", "ha", "diện tích nha đam cả nước", T2030, status="target"),
    fig("70% diện tích", "70", 70, "percent", "%", "diện tích nha đam đạt chứng nhận VietGAP hoặc hữu cơ", T2030, status="target"),
    fig("đạt 100 triệu USD", "100", 100e6, "money", "USD", "kim ngạch xuất khẩu nha đam", T2030, status="target"),
]

if __name__ == "__main__":
    emit("p926-4", TEXT, NOTES, FIGS, published="2023-11-22", location="Việt Nam")
