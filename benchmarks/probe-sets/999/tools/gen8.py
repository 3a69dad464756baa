"""p999-8: Báo Huế online, headline figure, '(HUE.VN) -' tag, 7 months of 2025."""
from lib import P, I, C, T, F, write

TEXT = """
BÁO ĐIỆN TỬ HUẾ
Xã hội › Chính sách
Cập nhật lúc 09:45, Thứ bảy, 09/08/2025

Hơn 5,6 tỷ đồng chăm lo nạn nhân chất độc da cam

(HUE.VN) - 7 tháng đầu năm, các cấp Hội Nạn nhân chất độc da cam/dioxin thành phố Huế đã vận động được hơn 5,6 tỷ đồng, đạt 80% kế hoạch năm, tăng 14% so với cùng kỳ.

Theo Hội, toàn thành phố hiện có 6.420 nạn nhân chất độc da cam, trong đó 1.180 nạn nhân sinh sống tại 5 xã A Lưới 1, A Lưới 2, A Lưới 3, A Lưới 4 và A Lưới 5 – vùng từng bị rải chất độc hóa học nặng nề dọc Quốc lộ 49 và đường Hồ Chí Minh. Có 3.950 nạn nhân đang hưởng trợ cấp hằng tháng, chiếm 61,5%, mức bình quân khoảng 2,6 triệu đồng/người/tháng.

Từ nguồn vận động, Hội đã hỗ trợ xây mới 12 nhà (70 triệu đồng/nhà), tặng 2.300 suất quà và 40 con bò sinh sản cho các hộ nạn nhân nghèo. Số nhà được hỗ trợ năm nay gấp 1,5 lần năm 2024. Năm 2024, có 86 hộ nạn nhân thoát nghèo, tăng 31 hộ so với năm 2023.

Dự kiến trong quý IV, Hội sẽ khởi công thêm 8 nhà và trao 120 suất học bổng cho con, cháu nạn nhân. Mục tiêu cả năm 2025, Hội vận động 7 tỷ đồng và hỗ trợ xây mới, sửa chữa 30 nhà.

Ông Hồ Văn Bảy, Chủ tịch Hội Nạn nhân chất độc da cam/dioxin thành phố cho biết, Hội sẽ tiếp tục phối hợp với ngành y tế tổ chức khám, tư vấn sức khỏe miễn phí cho nạn nhân ở vùng cao, đồng thời kêu gọi doanh nghiệp đồng hành cùng Quỹ Bảo trợ nạn nhân.

NGỌC HÀ
"""

NOTES = [
    "Báo Huế online: 'Cập nhật lúc 09:45, Thứ bảy, 09/08/2025' gives published; the '(HUE.VN)' tag and 'thành phố Huế' give Huế.",
    "Year-less '7 tháng đầu năm' and 'quý IV' take 2025 (the dateline); 'năm nay' = 2025. 'cùng kỳ' is only a baseline.",
    "'xã A Lưới 1' … 'A Lưới 5', 'Quốc lộ 49', 'Hồ Văn Bảy' are names; the 1.180 victims in those communes stay location Huế",
    "(a commune is not a province, city or district). '5 xã' describes where they live: optional.",
    "'Số nhà được hỗ trợ năm nay gấp 1,5 lần năm 2024' stands alone: a multiple. 86 hộ carries change +31 hộ.",
    "Headline figure inherits the 7-month period. 'Dự kiến' → forecast; 'Mục tiêu' → target.",
]

M7 = P("7 tháng đầu năm", "2025-01-01", "2025-07-31")
Q4 = P("quý IV", "2025-10-01", "2025-12-31")
Y25 = P("cả năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Hơn 5,6 tỷ đồng chăm lo", "5,6", 5.6e9, "money", "đồng", "kinh phí chăm lo nạn nhân chất độc da cam", I(M7),
      approx="over"),
    F("được hơn 5,6 tỷ đồng", "5,6", 5.6e9, "money", "đồng", "kinh phí các cấp Hội vận động", M7, approx="over",
      percent=80, change=C("increase", 14, "%", "cùng kỳ")),
    F("hiện có 6.420 nạn nhân", "6.420", 6420, "count", "nạn nhân", "nạn nhân chất độc da cam"),
    F("trong đó 1.180 nạn nhân", "1.180", 1180, "count", "nạn nhân", "nạn nhân sinh sống tại các xã A Lưới",
      total=6420),
    F("tại 5 xã", "5", 5, "count", "xã", optional=True),
    F("Có 3.950 nạn nhân", "3.950", 3950, "count", "nạn nhân", "nạn nhân đang hưởng trợ cấp hằng tháng", percent=61.5),
    F("khoảng 2,6 triệu đồng", "2,6", 2.6e6, "money", "đồng/người/tháng", "mức trợ cấp bình quân", approx="about"),
    F("xây mới 12 nhà", "12", 12, "count", "nhà", "nhà xây mới", I(M7)),
    F("(70 triệu đồng/nhà)", "70", 70e6, "money", "đồng/nhà", "mức hỗ trợ xây mới nhà", I(M7)),
    F("tặng 2.300 suất quà", "2.300", 2300, "count", "suất quà", "suất quà tặng hộ nạn nhân nghèo", I(M7)),
    F("40 con bò", "40", 40, "count", "con bò", "bò sinh sản tặng hộ nạn nhân nghèo", I(M7)),
    F("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", "số nhà được hỗ trợ",
      P("năm nay", "2025-01-01", "2025-12-31")),
    F("có 86 hộ", "86", 86, "count", "hộ", "hộ nạn nhân thoát nghèo", P("Năm 2024", "2024-01-01", "2024-12-31"),
      change=C("increase", 31, "hộ", "năm 2023")),
    F("thêm 8 nhà", "8", 8, "count", "nhà", "nhà khởi công", Q4, status="forecast"),
    F("trao 120 suất học bổng", "120", 120, "count", "suất học bổng", "suất học bổng cho con, cháu nạn nhân", Q4,
      status="forecast"),
    F("vận động 7 tỷ đồng", "7", 7e9, "money", "đồng", "kinh phí vận động", Y25, status="target"),
    F("sửa chữa 30 nhà", "30", 30, "count", "nhà", "nhà xây mới, sửa chữa", Y25, status="target"),
]

if __name__ == "__main__":
    write("p999-8", TEXT, NOTES, FIGS, published="2025-08-09", location="Huế")
