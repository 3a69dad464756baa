"""p777-5: Báo Kon Tum (Party newspaper) — Kon Klor brocade co-operative; byline and date at the end."""
from lib import emit, fig, per, inh, ch

TEXT = """BÁO KON TUM ĐIỆN TỬ
Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Kon Tum
Kinh tế

Hợp tác xã dệt thổ cẩm Kon Klor: Doanh thu 6 tháng tăng 14,5%

Thành lập năm 2019 với 15 thành viên, đến nay Hợp tác xã dệt thổ cẩm Kon Klor (phường Thắng Lợi, thành phố Kon Tum) đã có 38 thành viên, đều là phụ nữ dân tộc Ba Na.

Bà Y Hơn, Giám đốc hợp tác xã cho biết, năm 2023 hợp tác xã sản xuất 2.460 sản phẩm các loại, doanh thu đạt 864 triệu đồng, lợi nhuận hơn 190 triệu đồng. Thu nhập của thành viên từ 3,5 đến 5 triệu đồng/người/tháng. 6 tháng đầu năm 2024, doanh thu ước đạt 520 triệu đồng, bằng 55% kế hoạch năm, tăng 14,5% so với cùng kỳ.

Mỗi năm, hợp tác xã đón khoảng 4.000 lượt khách đến tham quan, trải nghiệm dệt vải; sản phẩm có giá từ 80.000 đồng đến 3,2 triệu đồng. Năm 2022, bộ váy thổ cẩm Ba Na của hợp tác xã được công nhận sản phẩm OCOP 3 sao.

Theo Sở Công Thương, toàn tỉnh Kon Tum hiện có 26 làng nghề, nghề truyền thống, trong đó 14 làng nghề dệt thổ cẩm với khoảng 1.100 thợ dệt. Năm 2024, tỉnh dự kiến dành 2,1 tỷ đồng hỗ trợ các cơ sở dệt đổi mới thiết bị, xây dựng thương hiệu.

Hợp tác xã phấn đấu đến năm 2025 nâng số thành viên lên 50 người, doanh thu đạt 1,2 tỷ đồng/năm.

Địa chỉ trưng bày sản phẩm: số 176 Bà Triệu, phường Thắng Lợi, TP Kon Tum.

THANH HƯƠNG
15/08/2024
"""

H6 = per("6 tháng", "2024-01-01", "2024-06-30")
H6B = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y19 = per("năm 2019", "2019-01-01", "2019-12-31")
NOW = per("đến nay", None, "2024-08-15")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("6 tháng tăng 14,5%", "14,5", 14.5, "percent", "%",
        "doanh thu 6 tháng của Hợp tác xã dệt thổ cẩm Kon Klor", H6),
    fig("với 15 thành viên", "15", 15, "count", "thành viên", "thành viên Hợp tác xã dệt thổ cẩm Kon Klor khi thành lập",
        Y19),
    fig("có 38 thành viên", "38", 38, "count", "thành viên", "thành viên Hợp tác xã dệt thổ cẩm Kon Klor", NOW),
    fig("sản xuất 2.460 sản phẩm", "2.460", 2460, "count", "sản phẩm", "sản phẩm các loại hợp tác xã sản xuất", Y23),
    fig("đạt 864 triệu đồng", "864", 864e6, "money", "đồng", "doanh thu", Y23),
    fig("hơn 190 triệu đồng", "190", 190e6, "money", "đồng", "lợi nhuận", Y23, approx="over"),
    fig("từ 3,5 đến 5", "3,5", 3.5e6, "money", "đồng/người/tháng", "thu nhập của thành viên", value_max=5e6),
    fig("ước đạt 520 triệu đồng", "520", 520e6, "money", "đồng", "doanh thu", H6B, percent=55,
        change=ch("increase", 14.5, baseline="cùng kỳ"), status="estimate"),
    fig("khoảng 4.000 lượt khách", "4.000", 4000, "count", "lượt khách",
        "lượt khách đến tham quan, trải nghiệm dệt vải mỗi năm", approx="about"),
    fig("từ 80.000 đồng", "80.000", 80000, "money", "đồng", "giá sản phẩm", value_max=3.2e6),
    fig("có 26 làng nghề", "26", 26, "count", "làng nghề", "làng nghề, nghề truyền thống"),
    fig("trong đó 14 làng nghề", "14", 14, "count", "làng nghề", "làng nghề dệt thổ cẩm", total=26),
    fig("khoảng 1.100 thợ dệt", "1.100", 1100, "count", "thợ dệt", "thợ dệt của các làng nghề dệt thổ cẩm",
        approx="about"),
    fig("dành 2,1 tỷ đồng", "2,1", 2.1e9, "money", "đồng",
        "kinh phí hỗ trợ các cơ sở dệt đổi mới thiết bị, xây dựng thương hiệu", Y24, status="forecast"),
    fig("lên 50 người", "50", 50, "count", "người", "số thành viên hợp tác xã", T25, status="target"),
    fig("đạt 1,2 tỷ đồng/năm", "1,2", 1.2e9, "money", "đồng/năm", "doanh thu hợp tác xã", T25, status="target"),
]

COMMENTS = [
    "Báo Kon Tum (Party newspaper): Hợp tác xã dệt thổ cẩm Kon Klor; byline and bare date '15/08/2024' at the end = published.",
    "Location Kon Tum throughout (the city and the province share the name). The headline growth rate '6 tháng tăng 14,5%' is a",
    "percent figure (the claim, no base amount in the headline); in the body the same 14,5% is the 520 triệu's change, not a figure.",
    "Headline '6 tháng' takes the year of published (no earlier date). 'đến nay' ends at published. 'ước đạt' → estimate;",
    "'dự kiến' → forecast; 'phấn đấu đến năm 2025' → targets. Price range 'từ 80.000 đồng đến 3,2 triệu đồng' = 80000..3200000.",
    "Not figures: 'OCOP 3 sao', 'số 176 Bà Triệu', the date line. 'Mỗi năm' / 'hiện có' sentences get no period.",
]

if __name__ == "__main__":
    emit("p777-5", TEXT, COMMENTS, FIGS, published="2024-08-15", location="Kon Tum")
