"""p1282-6: ministry site (Bộ Nông nghiệp và PTNT, Cục Chăn nuôi): meat processing, national."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Chăn nuôi - Thú y
05/03/2024 | 09:30 | Cục Chăn nuôi

Chế biến thịt: dư địa còn lớn

Năm 2023, tổng sản lượng thịt hơi các loại của cả nước đạt khoảng 7,2 triệu tấn, tăng 5,1% so với năm 2022; trong đó thịt lợn 5,07 triệu tấn, chiếm 70,4%. Việt Nam hiện đứng thứ 6 thế giới về sản lượng thịt lợn.

Tuy nhiên, cả nước mới có 47 cơ sở chế biến thịt quy mô công nghiệp, gồm 31 cơ sở giết mổ kết hợp chế biến và 16 cơ sở chỉ chế biến, tổng công suất thiết kế khoảng 520.000 tấn/năm nhưng chỉ khai thác được 55-60% công suất. Đồng Nai dẫn đầu với 9 cơ sở, tiếp đến là Bình Dương 7 cơ sở và Long An 5 cơ sở. Tỷ lệ thịt qua chế biến công nghiệp hiện chỉ khoảng 10-12% tổng sản lượng thịt; các sản phẩm truyền thống như giò chả, lạp xưởng, nem chủ yếu do hơn 20 nghìn hộ, cơ sở nhỏ lẻ sản xuất.

Xuất khẩu thịt và sản phẩm thịt năm 2023 đạt 502 triệu USD, tăng 12,7%; trong đó sản phẩm thịt chế biến (xúc xích, thịt hộp, thịt nguội) đạt khoảng 96 triệu USD. Tháng 1/2024, kim ngạch ước đạt 41,3 triệu USD.

Theo Chiến lược phát triển chăn nuôi giai đoạn 2021-2030, tầm nhìn 2045 (Quyết định số 1520/QĐ-TTg), mục tiêu đến năm 2025 tỷ lệ thịt gia súc, gia cầm được giết mổ công nghiệp đạt 40-50%, đến năm 2030 đạt 50-60%, trong đó thịt qua chế biến chiếm 25-30%. Cục Chăn nuôi dự kiến trong năm 2024 hướng dẫn các địa phương xây dựng ít nhất 10 chuỗi liên kết giết mổ - chế biến.

Bản quyền thuộc Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3734.6512
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
T1 = per("Tháng 1/2024", "2024-01-01", "2024-01-31")
TO25 = per("đến năm 2025", None, "2025-12-31")
TO30 = per("đến năm 2030", None, "2030-12-31")
Y24 = per("trong năm 2024", "2024-01-01", "2024-12-31")
PIG = "cơ sở chế biến thịt quy mô công nghiệp"

FIGS = [
    fig("khoảng 7,2 triệu tấn", "7,2", 7.2e6, "measure", "tấn", approx="about",
        change=chg("increase", 5.1, "%", "năm 2022"), subject="tổng sản lượng thịt hơi các loại", period=Y23),
    fig("thịt lợn 5,07 triệu tấn", "5,07", 5.07e6, "measure", "tấn", total=7.2e6, percent=70.4,
        subject="thịt lợn", period=Y23),
    fig("đứng thứ 6", "6", 6, "rank", "hạng", subject="sản lượng thịt lợn"),
    fig("có 47 cơ sở", "47", 47, "count", "cơ sở", subject=PIG),
    fig("gồm 31 cơ sở", "31", 31, "count", "cơ sở", total=47, subject="cơ sở giết mổ kết hợp chế biến"),
    fig("và 16 cơ sở", "16", 16, "count", "cơ sở", total=47, subject="cơ sở chỉ chế biến"),
    fig("khoảng 520.000 tấn/năm", "520.000", 520000, "measure", "tấn/năm", approx="about",
        subject="tổng công suất thiết kế"),
    fig("55-60%", "55", 55, "percent", "%", value_max=60, subject="công suất khai thác được"),
    fig("với 9 cơ sở", "9", 9, "count", "cơ sở", subject=PIG, location="Đồng Nai"),
    fig("Bình Dương 7 cơ sở", "7", 7, "count", "cơ sở", subject=PIG, location="Bình Dương"),
    fig("Long An 5 cơ sở", "5", 5, "count", "cơ sở", subject=PIG, location="Long An"),
    fig("khoảng 10-12%", "10", 10, "percent", "%", value_max=12, approx="about",
        subject="tỷ lệ thịt qua chế biến công nghiệp"),
    fig("hơn 20 nghìn hộ", "20", 20e3, "count", "hộ", approx="over",
        subject="hộ, cơ sở nhỏ lẻ sản xuất sản phẩm truyền thống"),
    fig("đạt 502 triệu USD", "502", 502e6, "money", "USD", change=chg("increase", 12.7, "%"),
        subject="xuất khẩu thịt và sản phẩm thịt", period=Y23b),
    fig("khoảng 96 triệu USD", "96", 96e6, "money", "USD", approx="about", total=502e6,
        subject="sản phẩm thịt chế biến", period=Y23b),
    fig("ước đạt 41,3 triệu", "41,3", 41.3e6, "money", "USD", status="estimate",
        subject="kim ngạch xuất khẩu thịt và sản phẩm thịt", period=T1),
    fig("đạt 40-50%", "40", 40, "percent", "%", value_max=50, status="target",
        subject="tỷ lệ thịt gia súc, gia cầm được giết mổ công nghiệp", period=TO25),
    fig("đạt 50-60%", "50", 50, "percent", "%", value_max=60, status="target",
        subject="tỷ lệ thịt gia súc, gia cầm được giết mổ công nghiệp", period=TO30),
    fig("chiếm 25-30%", "25", 25, "percent", "%", value_max=30, status="target",
        subject="thịt qua chế biến", period=TO30),
    fig("ít nhất 10 chuỗi", "10", 10, "count", "chuỗi", approx="at_least", status="forecast",
        subject="chuỗi liên kết giết mổ - chế biến", period=Y24),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): breadcrumb, '05/03/2024 | 09:30 | Cục Chăn nuôi' (published), footer address and phone. National: Việt Nam.",
    "'trong đó thịt lợn 5,07 triệu tấn, chiếm 70,4%' → total 7,2 triệu tấn and percent 70,4. 'đứng thứ 6 thế giới' is a rank of Việt Nam.",
    "'gồm 31 ... và 16 ...' are parts of 47. 'Đồng Nai dẫn đầu với 9 cơ sở, tiếp đến là Bình Dương 7 ..., Long An 5 ...' is a list with",
    "the indicator of the previous sentence; each item's province is its location; it adds up to no whole, so no total.",
    "'tăng 12,7%' without baseline is the change of 502 triệu USD. 'Tháng 1/2024 ... ước đạt' → estimate.",
    "Targets: 'mục tiêu đến năm 2025 ... 40-50%, đến năm 2030 50-60%, trong đó ... 25-30%' (a percent after a percent is its own figure).",
    "'dự kiến trong năm 2024 ... ít nhất 10 chuỗi' → forecast, at_least.",
    "Distractors: '05/03/2024 | 09:30', 'giai đoạn 2021-2030', 'tầm nhìn 2045', 'Quyết định số 1520/QĐ-TTg', 'Số 2 Ngọc Hà', phone.",
]

if __name__ == "__main__":
    write("p1282-6", TEXT, NOTES, FIGS, published="2024-03-05", location="Việt Nam")
