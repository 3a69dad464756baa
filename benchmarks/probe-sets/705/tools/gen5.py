"""p705-5: Party newspaper (Báo Đắk Nông), chanh dây revival, byline and date at the end."""
from lib import fig, per, inh, ch, write

TEXT = """BÁO ĐẮK NÔNG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH ĐẮK NÔNG
Kinh tế

Chanh dây "hồi sinh" trên đất Đắk Nông

Sau giai đoạn giá xuống thấp, cây chanh dây ở Đắk Nông đang phát triển trở lại nhờ liên kết chuỗi và thị trường Trung Quốc mở cửa.

Theo Sở NN&PTNT, năm 2023 diện tích chanh dây toàn tỉnh đạt 2.350 ha, tăng 38% so với năm 2022; sản lượng khoảng 45 ngàn tấn. Các huyện Đắk Song, Tuy Đức và Đắk Glong có diện tích lớn nhất, lần lượt là 820 ha, 610 ha và 395 ha. Vùng trồng tập trung dọc Quốc lộ 14 và Quốc lộ 28.

Tại huyện Đắk Song, HTX Nông nghiệp dịch vụ 19/5 Nam Bình liên kết với 240 hộ, trồng 310 ha chanh dây theo tiêu chuẩn VietGAP. Ông Nguyễn Văn Hùng, Giám đốc HTX cho biết, năng suất chanh dây đạt 35-40 tấn/ha, doanh nghiệp bao tiêu với giá tối thiểu 12.000 đồng/kg. “Trừ chi phí, mỗi ha chanh dây cho lãi gần 250 triệu đồng”, ông Hùng nói. Mức lãi này gấp 2,5 lần so với cây cà phê.

Toàn tỉnh hiện có 4 doanh nghiệp thu mua, chế biến chanh dây với tổng công suất khoảng 600 tấn/ngày. 9 tháng năm 2024, tỉnh xuất khẩu 6.800 tấn chanh dây quả tươi, trị giá 7,2 triệu USD, tăng 45,6% so với cùng kỳ.

Tỉnh phấn đấu đến năm 2025 đạt 3.000 ha chanh dây, trong đó 1.500 ha được cấp mã số vùng trồng.

NGỌC MINH
14/10/2024
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
T25 = per("đến năm 2025", end="2025-12-31")
AREA = "diện tích chanh dây"
DS = "Đắk Song"

F = [
    fig("đạt 2.350 ha", "2.350", 2350, "measure", "ha", AREA, Y23, change=ch("increase", 38, "%", "năm 2022")),
    fig("khoảng 45 ngàn tấn", "45", 45000, "measure", "tấn", "sản lượng chanh dây", Y23, approx="about"),
    fig("là 820 ha", "820", 820, "measure", "ha", AREA, inh(Y23), location="Đắk Song"),
    fig("610 ha", "610", 610, "measure", "ha", AREA, inh(Y23), location="Tuy Đức"),
    fig("395 ha", "395", 395, "measure", "ha", AREA, inh(Y23), location="Đắk Glong"),
    fig("với 240 hộ", "240", 240, "count", "hộ", "hộ liên kết với HTX Nông nghiệp dịch vụ 19/5 Nam Bình",
        location=DS),
    fig("trồng 310 ha", "310", 310, "measure", "ha", "diện tích chanh dây trồng theo tiêu chuẩn VietGAP",
        location=DS),
    fig("đạt 35-40 tấn/ha", "35", 35, "measure", "tấn/ha", "năng suất chanh dây", value_max=40, location=DS),
    fig("tối thiểu 12.000 đồng/kg", "12.000", 12000, "money", "đồng/kg", "giá bao tiêu chanh dây",
        approx="at_least", location=DS),
    fig("gần 250 triệu đồng", "250", 250e6, "money", "đồng/ha", "lãi mỗi ha chanh dây", approx="nearly",
        location=DS),
    fig("gấp 2,5 lần", "2,5", 2.5, "multiple", "lần", "mức lãi chanh dây so với cây cà phê", location=DS),
    fig("có 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", "doanh nghiệp thu mua, chế biến chanh dây"),
    fig("khoảng 600 tấn/ngày", "600", 600, "measure", "tấn/ngày", "tổng công suất thu mua, chế biến chanh dây",
        approx="about"),
    fig("xuất khẩu 6.800 tấn", "6.800", 6800, "measure", "tấn", "chanh dây quả tươi xuất khẩu", M9),
    fig("trị giá 7,2 triệu USD", "7,2", 7.2e6, "money", "USD", "trị giá xuất khẩu chanh dây quả tươi", M9,
        change=ch("increase", 45.6, "%", "cùng kỳ")),
    fig("đạt 3.000 ha", "3.000", 3000, "measure", "ha", AREA, T25, status="target"),
    fig("1.500 ha", "1.500", 1500, "measure", "ha", "diện tích chanh dây được cấp mã số vùng trồng", T25,
        total=3000, status="target"),
]

NOTES = [
    "Báo Đắk Nông (Party paper): chanh dây area/output 2023, an Đắk Song cooperative, processing, exports 9 months 2024, 2025 target.",
    "Byline + bare date at the end -> published 2024-10-14. 'ngàn' = 10^3. 'lần lượt' list -> each district is the item's location.",
    "The cooperative's figures (households, area, yield, price, profit, the 2,5 lần comparison) describe Đắk Song -> location Đắk Song.",
    "'Mức lãi này gấp 2,5 lần so với cây cà phê.' stands alone as the claim -> multiple.",
    "'HTX Nông nghiệp dịch vụ 19/5 Nam Bình' is a name, not a figure or a date; 'Quốc lộ 14', 'Quốc lộ 28' are road names.",
    "'trị giá 7,2 triệu USD, tăng 45,6% so với cùng kỳ' -> change on the value (nearest figure).",
]

if __name__ == "__main__":
    write("p705-5", TEXT, NOTES, F, published="2024-10-14", location="Đắk Nông")
