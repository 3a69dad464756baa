from lib import write, fig, per, inh, chg

TEXT = """BÁO ĐẮK LẮK ĐIỆN TỬ - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Đắk Lắk
Kinh tế

Hơn 1.200 tỷ đồng đưa điện lưới về buôn làng

Thực hiện Nghị quyết số 08-NQ/TU ngày 15/3/2021 của Tỉnh ủy, giai đoạn 2021-2023, tỉnh Đắk Lắk đã huy động tổng vốn 1.236,8 tỷ đồng đầu tư phát triển lưới điện nông thôn; trong đó vốn ngân sách Trung ương 418,5 tỷ đồng, ngân sách địa phương 96,3 tỷ đồng, vốn của ngành điện 722 tỷ đồng.

Từ nguồn vốn này, đã xây dựng mới 612,4 km đường dây trung áp, 1.027 km đường dây hạ áp và 486 trạm biến áp với tổng dung lượng 48.350 kVA, cấp điện cho 21.540 hộ dân. Tỷ lệ tổn thất điện năng lưới điện nông thôn giảm từ 6,8% năm 2020 xuống còn 4,9% năm 2023.

Đến nay, 100% số xã, 99,2% số thôn, buôn và 98,9% số hộ dân trên địa bàn tỉnh có điện, trong đó 98,7% số hộ sử dụng điện lưới quốc gia. Tiêu chí số 4 về điện trong Bộ tiêu chí xã nông thôn mới đã đạt ở 134/151 xã.

Tuy nhiên, toàn tỉnh vẫn còn khoảng 5.630 hộ chưa có điện lưới, tập trung ở các huyện Ea Súp (1.820 hộ), Krông Bông (1.245 hộ), M'Đrắk (986 hộ) và Lắk (734 hộ). Nhiều hộ đồng bào ở vùng sâu của huyện Ea Súp vẫn phải dùng máy phát điện hoặc tấm pin mặt trời cỡ nhỏ, tiền điện mỗi tháng cao gấp 3 lần hộ dùng điện lưới.

Giai đoạn 2024-2025, tỉnh dự kiến đầu tư khoảng 680 tỷ đồng để kéo điện cho khoảng 4.500 hộ; phấn đấu đến năm 2025 tỷ lệ hộ sử dụng điện lưới quốc gia đạt trên 99,5%.

HOÀNG GIA

26/12/2023
"""

G = per("giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
NOW = per("Đến nay", end="2023-12-26")
G2 = per("Giai đoạn 2024-2025", "2024-01-01", "2025-12-31")
T25 = per("đến năm 2025", end="2025-12-31")
B = 1236.8e9

FIGS = [
    fig("Hơn 1.200 tỷ", "1.200", 1200e9, "money", "đồng", "vốn đưa điện lưới về buôn làng", approx="over"),
    fig("tổng vốn 1.236,8 tỷ", "1.236,8", B, "money", "đồng", "tổng vốn đầu tư phát triển lưới điện nông thôn", G),
    fig("Trung ương 418,5 tỷ", "418,5", 418.5e9, "money", "đồng", "vốn ngân sách Trung ương", G, total=B),
    fig("địa phương 96,3 tỷ", "96,3", 96.3e9, "money", "đồng", "vốn ngân sách địa phương", G, total=B),
    fig("điện 722 tỷ", "722", 722e9, "money", "đồng", "vốn của ngành điện", G, total=B),
    fig("mới 612,4 km", "612,4", 612.4, "measure", "km", "đường dây trung áp xây dựng mới", inh(G)),
    fig("1.027 km", "1.027", 1027, "measure", "km", "đường dây hạ áp xây dựng mới", inh(G)),
    fig("và 486 trạm", "486", 486, "count", "trạm biến áp", "trạm biến áp xây dựng mới", inh(G)),
    fig("dung lượng 48.350 kVA", "48.350", 48350, "measure", "kVA", "tổng dung lượng trạm biến áp", inh(G)),
    fig("cho 21.540 hộ", "21.540", 21540, "count", "hộ dân", "hộ dân được cấp điện", inh(G)),
    fig("từ 6,8% năm 2020", "6,8", 6.8, "percent", "%", "tỷ lệ tổn thất điện năng lưới điện nông thôn",
        per("năm 2020", "2020-01-01", "2020-12-31")),
    fig("còn 4,9% năm 2023", "4,9", 4.9, "percent", "%", "tỷ lệ tổn thất điện năng lưới điện nông thôn",
        per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("100% số xã", "100", 100, "percent", "%", "tỷ lệ xã có điện", NOW),
    fig("99,2% số thôn", "99,2", 99.2, "percent", "%", "tỷ lệ thôn, buôn có điện", NOW),
    fig("98,9% số hộ", "98,9", 98.9, "percent", "%", "tỷ lệ hộ dân có điện", NOW),
    fig("98,7% số hộ", "98,7", 98.7, "percent", "%", "tỷ lệ hộ sử dụng điện lưới quốc gia", NOW, total=98.9),
    fig("ở 134/151 xã", "134", 134, "count", "xã", "xã đạt tiêu chí số 4 về điện", total=151),
    fig("khoảng 5.630 hộ", "5.630", 5630, "count", "hộ", "hộ chưa có điện lưới", approx="about"),
    fig("Ea Súp (1.820 hộ)", "1.820", 1820, "count", "hộ", "hộ chưa có điện lưới", location="Ea Súp"),
    fig("Krông Bông (1.245 hộ)", "1.245", 1245, "count", "hộ", "hộ chưa có điện lưới", location="Krông Bông"),
    fig("M'Đrắk (986 hộ)", "986", 986, "count", "hộ", "hộ chưa có điện lưới", location="M'Đrắk"),
    fig("Lắk (734 hộ)", "734", 734, "count", "hộ", "hộ chưa có điện lưới", location="Lắk"),
    fig("gấp 3 lần", "3", 3, "multiple", "lần", "tiền điện mỗi tháng của hộ dùng máy phát, pin mặt trời so với hộ dùng điện lưới",
        location="Ea Súp"),
    fig("khoảng 680 tỷ", "680", 680e9, "money", "đồng", "vốn đầu tư kéo điện", G2, approx="about", status="forecast"),
    fig("khoảng 4.500 hộ", "4.500", 4500, "count", "hộ", "hộ được kéo điện", G2, approx="about", status="forecast"),
    fig("trên 99,5%", "99,5", 99.5, "percent", "%", "tỷ lệ hộ sử dụng điện lưới quốc gia", T25, approx="over",
        status="target"),
]

HEADER = [
    "Báo Đắk Lắk (Party newspaper): vốn đầu tư lưới điện nông thôn 2021-2023, tỷ lệ hộ có điện, hộ chưa có điện theo huyện, kế hoạch 2024-2025.",
    "Byline and bare date '26/12/2023' at the end give `published`. 'Đến nay' ends at that date.",
    "Sources of capital after 'trong đó' add up to 1.236,8 tỷ (total). '98,7% số hộ' after 'trong đó' is a subset of the 98,9%",
    "of households with electricity (same unit, same date): total 98,9, as shared h08 treats percent parts.",
    "'giảm từ 6,8% năm 2020 xuống còn 4,9% năm 2023': two levels, each a percent figure with its own year (not a range, no change).",
    "'134/151 xã' -> total 151. District list after 'tập trung ở' has no part cue and does not add up to 5.630: no total.",
    "'cao gấp 3 lần' stands as the claim (multiple); the households are in Ea Súp. Not figures: 'Tiêu chí số 4' (a criterion's",
    "name), 'Nghị quyết số 08-NQ/TU ngày 15/3/2021', 'giai đoạn 2021-2023/2024-2025', 'năm 2020'.",
]

if __name__ == "__main__":
    write("p552-5", TEXT, HEADER, FIGS, published="2023-12-26", location="Đắk Lắk")
