"""p1323-2: district portal (thị xã Sa Pa, Lào Cai): brocade souvenirs made by ethnic-minority women, a cooperative."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THỊ XÃ SA PA - TỈNH LÀO CAI
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Hàng thổ cẩm lưu niệm giúp phụ nữ vùng cao Sa Pa tăng thu nhập

22/03/2024 | 15:10

Những năm gần đây, nghề dệt, thêu thổ cẩm làm quà lưu niệm cho khách du lịch phát triển mạnh tại các xã Tả Van, Bản Hồ, Thanh Bình và phường Cầu Mây. Toàn thị xã hiện có khoảng 1.250 hộ làm hàng thổ cẩm, trong đó gần 900 hộ có sản phẩm bán trực tiếp cho du khách. Riêng bản Cát Cát có gần ba chục hộ mở quầy hàng ngay tại nhà.

Hợp tác xã Thổ cẩm Tả Van Xanh thành lập năm 2019 với 9 thành viên, nay đã có 64 thành viên là phụ nữ dân tộc Mông và Giáy. Năm 2023, hợp tác xã bán được gần 18.000 sản phẩm gồm túi, khăn, áo và đồ trang trí; doanh thu đạt 2,3 tỷ đồng, gấp hai lần năm 2022. Thu nhập của thành viên từ 4 đến 6 triệu đồng/người/tháng.

Chị Giàng Thị Dua, thành viên hợp tác xã, cho biết mỗi chiếc khăn thêu tay mất khoảng ba ngày, bán được 250.000 đồng.

Năm 2023, Sa Pa đón hơn 3,5 triệu lượt khách, tăng 32% so với năm 2022; ước tính 15-20% du khách mua hàng thổ cẩm làm quà. Thị xã hiện có 128 cửa hàng bán đồ lưu niệm, tập trung trên các phố Cầu Mây, Thác Bạc và khu vực chợ Sa Pa.

Năm 2024, thị xã phấn đấu hỗ trợ thêm 3 hợp tác xã xây dựng nhãn hiệu, đào tạo nghề cho 200 lao động nữ; dự kiến có thêm 2 sản phẩm thổ cẩm đạt OCOP 3 sao.

Thông tin liên hệ: Số 01 đường Xuân Viên, phường Sa Pa, thị xã Sa Pa, tỉnh Lào Cai. Điện thoại: 0214.3871.226
"""

Y19 = per("năm 2019", "2019-01-01", "2019-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("khoảng 1.250 hộ", "1.250", 1250, "count", "hộ", approx="about", subject="hộ làm hàng thổ cẩm"),
    fig("gần 900 hộ", "900", 900, "count", "hộ", approx="nearly", total=1250,
        subject="hộ có sản phẩm bán trực tiếp cho du khách"),
    fig("gần ba chục hộ", "ba chục", 30, "count", "hộ", approx="nearly",
        subject="hộ mở quầy hàng ngay tại nhà ở bản Cát Cát"),
    fig("với 9 thành viên", "9", 9, "count", "thành viên",
        subject="thành viên Hợp tác xã Thổ cẩm Tả Van Xanh khi thành lập", period=Y19),
    fig("có 64 thành viên", "64", 64, "count", "thành viên",
        subject="thành viên Hợp tác xã Thổ cẩm Tả Van Xanh"),
    fig("gần 18.000 sản phẩm", "18.000", 18000, "count", "sản phẩm", approx="nearly",
        subject="sản phẩm hợp tác xã bán được", period=Y23),
    fig("đạt 2,3 tỷ", "2,3", 2.3e9, "money", "đồng", change=chg("increase", 2, "lần", "năm 2022"),
        subject="doanh thu của hợp tác xã", period=Y23),
    fig("từ 4 đến 6 triệu", "4", 4e6, "money", "đồng/người/tháng", value_max=6e6,
        subject="thu nhập của thành viên"),
    fig("khoảng ba ngày", "ba", 3, "measure", "ngày", approx="about",
        subject="thời gian thêu tay một chiếc khăn"),
    fig("bán được 250.000", "250.000", 250000, "money", "đồng/chiếc", subject="giá bán khăn thêu tay"),
    fig("hơn 3,5 triệu", "3,5", 3.5e6, "count", "lượt khách", approx="over",
        change=chg("increase", 32, "%", "năm 2022"), subject="lượt khách Sa Pa đón", period=Y23),
    fig("15-20%", "15", 15, "percent", "%", value_max=20, status="estimate",
        subject="du khách mua hàng thổ cẩm làm quà", period=Y23),
    fig("có 128 cửa hàng", "128", 128, "count", "cửa hàng", subject="cửa hàng bán đồ lưu niệm"),
    fig("thêm 3 hợp tác xã", "3", 3, "count", "hợp tác xã", status="target",
        subject="hợp tác xã được hỗ trợ xây dựng nhãn hiệu", period=Y24),
    fig("cho 200 lao động", "200", 200, "count", "lao động", status="target",
        subject="lao động nữ được đào tạo nghề", period=Y24),
    fig("thêm 2 sản phẩm", "2", 2, "count", "sản phẩm", status="forecast",
        subject="sản phẩm thổ cẩm đạt OCOP 3 sao", period=Y24),
]

NOTES = [
    "District portal (thị xã Sa Pa, Lào Cai): banner naming the district, menu, date line '22/03/2024 | 15:10', contact footer.",
    "Distractors: 15:10, 'Số 01 đường Xuân Viên', phone 0214.3871.226, 'OCOP 3 sao' (level).",
    "'gần ba chục hộ' is a number word (30, nearly); 'Riêng' is no part-of cue, so no total. 'mất khoảng ba ngày' (work time per scarf) is a measure.",
    "'thành lập năm 2019 với 9 thành viên': the 9 members are the state at founding, so period năm 2019; 'nay đã có 64' has no period.",
    "'gấp hai lần năm 2022' after the revenue is its change (increase, 2 lần, baseline năm 2022).",
    "'ước tính 15-20% du khách' is a range percent with status estimate; the clause follows ';' in the 'Năm 2023' sentence (period scored).",
    "Last sentence: 'phấn đấu' → target for 3 and 200; 'dự kiến' governs its own clause → forecast for 2.",
    "All figures are located in Sa Pa (the district); communes and villages are below the level of the location field.",
]

if __name__ == "__main__":
    write("p1323-2", TEXT, NOTES, FIGS, published="2024-03-22", location="Sa Pa")
