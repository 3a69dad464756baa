"""p808-8: provincial newspaper online (Báo Bình Thuận, tag (BTO)), huyện đảo Phú Quý: seed release and cage farming, 2024."""
from lib import F, P, I, C, T, build

TEXT = """Phú Quý: Thả hơn 300.000 con giống hải sâm, cầu gai tái tạo nguồn lợi
22/11/2024 - 09:10

(BTO) - Từ đầu năm đến nay, huyện đảo Phú Quý đã thả 318.000 con giống hải sâm, cầu gai xuống các vùng biển bảo tồn, vượt 6% kế hoạch năm. Trong số này có 205.000 con cầu gai và 113.000 con hải sâm đen. Đợt thả ngày 20/11 vừa qua là lần thứ 3 trong năm.

Theo UBND huyện, nghề nuôi hải sâm, cầu gai trong lồng trên đảo đang phát triển với 64 hộ, 1.120 lồng, tăng 280 lồng so với năm 2023; trong đó xã Tam Thanh 520 lồng, xã Ngũ Phụng 380 lồng, xã Long Hải 220 lồng. Sản lượng thu hoạch 10 tháng đạt khoảng 48 tấn. Giá cầu gai tươi tại đảo từ 55.000 đến 65.000 đồng/kg, hải sâm đen khô khoảng 1,8 triệu đồng/kg.

Dự án "Phục hồi quần thể cầu gai tại vùng biển Phú Quý" (2022-2025) do Trung tâm Nghiên cứu, chuyển giao công nghệ Phú Quý phối hợp Viện Hải dương học thực hiện, tổng kinh phí 3,6 tỷ đồng. Đến nay, dự án đã ương thành công 450.000 con cầu gai giống, tỷ lệ sống đạt 35-40%, cao hơn 15 điểm phần trăm so với phương pháp cũ.

Ông Nguyễn Văn Năm, một hộ nuôi ở thôn Mỹ Khê, xã Tam Thanh cho biết, mỗi lồng cầu gai sau 6 tháng cho thu khoảng 40 kg, trừ chi phí lãi 1,5-2 triệu đồng.

Theo Nghị định số 37/2024/NĐ-CP, cầu gai có đường kính vỏ dưới 5 cm không được khai thác. Huyện đặt mục tiêu đến năm 2025 có 1.500 lồng nuôi, sản lượng nuôi đạt 80 tấn/năm và thả bổ sung 400.000 con giống.

Lê Na
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-22")
M10 = P("10 tháng", "2024-01-01", "2024-10-31")
T2025 = P("đến năm 2025", None, "2025-12-31")
PQ = "Phú Quý"
S_CAGE = "lồng nuôi hải sâm, cầu gai"

FIGS = [
    F("Thả hơn 300.000 con giống", "300.000", 300000, "count", "con giống", "con giống hải sâm, cầu gai thả tái tạo nguồn lợi",
      approx="over"),
    F("thả 318.000 con giống", "318.000", 318000, "count", "con giống", "con giống hải sâm, cầu gai thả xuống vùng biển bảo tồn",
      YTD, change=C("increase", 6, "%", "kế hoạch năm")),
    F("có 205.000 con cầu gai", "205.000", 205000, "count", "con", "con giống cầu gai thả", I(YTD), total=318000),
    F("và 113.000 con hải sâm đen", "113.000", 113000, "count", "con", "con giống hải sâm đen thả", I(YTD), total=318000),
    F("với 64 hộ", "64", 64, "count", "hộ", "hộ nuôi hải sâm, cầu gai trong lồng"),
    F("1.120 lồng", "1.120", 1120, "count", "lồng", S_CAGE, change=C("increase", 280, "lồng", "năm 2023")),
    F("Tam Thanh 520 lồng", "520", 520, "count", "lồng", S_CAGE, total=1120),
    F("Ngũ Phụng 380 lồng", "380", 380, "count", "lồng", S_CAGE, total=1120),
    F("Long Hải 220 lồng", "220", 220, "count", "lồng", S_CAGE, total=1120),
    F("khoảng 48 tấn", "48", 48, "measure", "tấn", "sản lượng hải sâm, cầu gai nuôi thu hoạch", M10, approx="about"),
    F("từ 55.000 đến 65.000 đồng/kg", "55.000", 55000, "money", "đồng/kg", "giá cầu gai tươi", value_max=65000),
    F("khoảng 1,8 triệu đồng/kg", "1,8", 1.8e6, "money", "đồng/kg", "giá hải sâm đen khô", approx="about"),
    F("kinh phí 3,6 tỷ đồng", "3,6", 3.6e9, "money", "đồng", "tổng kinh phí dự án phục hồi quần thể cầu gai",
      P("2022-2025", "2022-01-01", "2025-12-31")),
    F("thành công 450.000 con", "450.000", 450000, "count", "con", "cầu gai giống dự án ương thành công",
      P("Đến nay", None, "2024-11-22")),
    F("đạt 35-40%", "35", 35, "percent", "%", "tỷ lệ sống cầu gai giống ương", P("Đến nay", None, "2024-11-22"),
      value_max=40, change=C("increase", 15, "điểm phần trăm", "phương pháp cũ")),
    F("khoảng 40 kg", "40", 40, "measure", "kg/lồng", "sản lượng mỗi lồng cầu gai", approx="about"),
    F("lãi 1,5-2 triệu đồng", "1,5", 1.5e6, "money", "đồng/lồng", "lãi mỗi lồng cầu gai", value_max=2e6),
    F("dưới 5 cm", "5", 5, "measure", "cm", "đường kính vỏ cầu gai không được khai thác", approx="under", optional=True),
    F("có 1.500 lồng", "1.500", 1500, "count", "lồng", "lồng nuôi", T2025, status="target"),
    F("đạt 80 tấn/năm", "80", 80, "measure", "tấn/năm", "sản lượng nuôi", T2025, status="target"),
    F("bổ sung 400.000 con giống", "400.000", 400000, "count", "con giống", "con giống thả bổ sung", T2025,
      status="target"),
]

COMMENTS = [
    "Báo Bình Thuận online, tag '(BTO) -': huyện đảo Phú Quý thả giống hải sâm, cầu gai; nuôi lồng; dự án phục hồi cầu gai (2024).",
    "Dateline '22/11/2024 - 09:10'; byline 'Lê Na' at the end. Headline figure 'hơn 300.000 con giống' (rounded restatement of 318.000).",
    "Not figures: 'ngày 20/11', 'lần thứ 3' (ordinal), Nghị định số 37/2024/NĐ-CP, names (ông Nguyễn Văn Năm), 'thôn Mỹ Khê',",
    "'sau 6 tháng' (a duration that only locates the harvest in time). 'dưới 5 cm' is a legal size threshold (optional).",
    "'vượt 6% kế hoạch năm' is a gap to plan: change with baseline 'kế hoạch năm'. 'Trong số này' parts add up to 318.000.",
    "The commune list (Tam Thanh, Ngũ Phụng, Long Hải) adds up to 1.120 after 'trong đó'; communes are below the province/city/district",
    "level of `location`, so the items stay 'Phú Quý'. 'cao hơn 15 điểm phần trăm so với phương pháp cũ' after a percent range is a",
    "change of the 35-40% (unit điểm phần trăm). '(2022-2025)' after the project name is its period.",
    "revised after the first run: 40 kg and 1,5-2 triệu đồng ('mỗi lồng ...') get units kg/lồng, đồng/lồng (per-unit rate, as in p808-1/-2).",
]

if __name__ == "__main__":
    build("p808-8", TEXT, COMMENTS, FIGS, published="2024-11-22", location="Phú Quý")
