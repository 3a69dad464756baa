"""p515-4: ministry site (Bộ Thông tin và Truyền thông) — national telecom revenue, subscribers, 5G, speeds,
Mobile Money, 9 months 2024."""
from lib import F, P, inh, CH, TG, emit

TEXT = """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Trang chủ / Tin tức / Viễn thông - Internet
15/10/2024 16:30

Cả nước có 23,5 triệu thuê bao băng rộng cố định

(MIC) - Theo Cục Viễn thông, 9 tháng năm 2024, tổng doanh thu dịch vụ viễn thông ước đạt 260.150 tỷ đồng, tăng 2,9% so với cùng kỳ năm 2023, đạt 74,3% kế hoạch năm. Riêng quý III/2024, doanh thu dịch vụ viễn thông đạt 88.420,5 tỷ đồng.

Tính đến hết tháng 9/2024, cả nước có 130,2 triệu thuê bao di động, trong đó thuê bao băng rộng di động đạt 89,4 triệu, chiếm 68,7%; số thuê bao băng rộng cố định đạt 23,5 triệu, tăng 8,1% so với cùng kỳ. Tỷ lệ hộ gia đình sử dụng Internet cáp quang đạt 82,6%.

Sau hơn 6 tháng thương mại hóa, các doanh nghiệp đã lắp đặt hơn 5.500 trạm phát sóng 5G, phủ sóng 63/63 tỉnh, thành phố; số thuê bao 5G đạt khoảng 3,2 triệu.

Theo Ookla, tháng 9/2024, tốc độ tải xuống trung bình của mạng di động Việt Nam đạt 58,3 Mbps, xếp thứ 46/111 quốc gia; băng rộng cố định đạt 148,5 Mbps, xếp thứ 37 thế giới.

Về dịch vụ Mobile Money, đến hết tháng 8/2024 có gần 8,9 triệu khách hàng đăng ký, trong đó khoảng 6,4 triệu khách hàng ở khu vực nông thôn, miền núi, chiếm 72%; giá trị giao dịch lũy kế đạt 4.850 tỷ đồng.

Bộ đặt mục tiêu đến năm 2025, tỷ lệ người dân sử dụng điện thoại thông minh đạt 85%, mạng 5G phủ sóng 99% dân số.

Địa chỉ: 18 Nguyễn Du, Hà Nội. Đường dây nóng: 18001567.
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
ASOF = P("Tính đến hết tháng 9/2024", end="2024-09-30")
SEP = P("tháng 9/2024", "2024-09-01", "2024-09-30")
AUG = P("đến hết tháng 8/2024", end="2024-08-31")
T25 = P("đến năm 2025", end="2025-12-31")

FIGS = [
    F("có 23,5 triệu thuê bao", "23,5", 23500000, "count", "thuê bao", "thuê bao băng rộng cố định", inh(ASOF)),
    F("ước đạt 260.150 tỷ đồng", "260.150", 260150e9, "money", "đồng", "tổng doanh thu dịch vụ viễn thông", M9,
      status="estimate", percent=74.3, change=CH("increase", 2.9, "%", "cùng kỳ năm 2023")),
    F("đạt 88.420,5 tỷ đồng", "88.420,5", 88420.5e9, "money", "đồng", "doanh thu dịch vụ viễn thông quý III/2024", Q3),
    F("có 130,2 triệu thuê bao", "130,2", 130200000, "count", "thuê bao", "thuê bao di động", ASOF),
    F("đạt 89,4 triệu", "89,4", 89400000, "count", "thuê bao", "thuê bao băng rộng di động", ASOF,
      total=130200000, percent=68.7),
    F("đạt 23,5 triệu, tăng", "23,5", 23500000, "count", "thuê bao", "thuê bao băng rộng cố định", ASOF,
      change=CH("increase", 8.1, "%", "cùng kỳ")),
    F("đạt 82,6%", "82,6", 82.6, "percent", "%", "tỷ lệ hộ gia đình sử dụng Internet cáp quang", inh(ASOF)),
    F("hơn 5.500 trạm", "5.500", 5500, "count", "trạm", "trạm phát sóng 5G", approx="over"),
    F("phủ sóng 63/63", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố được phủ sóng 5G", total=63),
    F("khoảng 3,2 triệu", "3,2", 3200000, "count", "thuê bao", "thuê bao 5G", approx="about"),
    F("đạt 58,3 Mbps", "58,3", 58.3, "measure", "Mbps", "tốc độ tải xuống trung bình của mạng di động", SEP),
    F("thứ 46/111", "46", 46, "rank", "hạng", "tốc độ tải xuống trung bình của mạng di động", SEP, total=111),
    F("đạt 148,5 Mbps", "148,5", 148.5, "measure", "Mbps", "tốc độ tải xuống trung bình băng rộng cố định", SEP),
    F("thứ 37 thế giới", "37", 37, "rank", "hạng", "tốc độ tải xuống trung bình băng rộng cố định", SEP),
    F("gần 8,9 triệu", "8,9", 8900000, "count", "khách hàng", "khách hàng đăng ký Mobile Money", AUG,
      approx="nearly"),
    F("khoảng 6,4 triệu", "6,4", 6400000, "count", "khách hàng", "khách hàng Mobile Money ở khu vực nông thôn, miền núi",
      AUG, approx="about", total=8900000, percent=72),
    F("đạt 4.850 tỷ đồng", "4.850", 4850e9, "money", "đồng", "giá trị giao dịch Mobile Money lũy kế", AUG),
    F("đạt 85%", "85", 85, "percent", "%", "tỷ lệ người dân sử dụng điện thoại thông minh", T25, status="target"),
    F("phủ sóng 99% dân số", "99", 99, "percent", "%", "mạng 5G phủ sóng dân số", T25, status="target"),
]

COMMENTS = [
    "Bộ TT&TT site (invented): doanh thu viễn thông 9 tháng 2024, thuê bao, 5G, tốc độ Internet (Ookla), Mobile Money, mục tiêu 2025.",
    "Distractors: dateline '15/10/2024 16:30', '(MIC)', 'hơn 6 tháng thương mại hóa' (a duration), '5G' (name),",
    "'18 Nguyễn Du', hotline 18001567.",
    "Fixed broadband 23,5 triệu after ';' is not part of the mobile subscribers (cf. shared h28): no total; 89,4 triệu after",
    "'trong đó' takes 130,2 triệu and 'chiếm 68,7%' as percent. 6,4 triệu after 'trong đó' takes 8,9 triệu (gần) as total.",
    "'đạt 74,3% kế hoạch năm' is the percent of 260.150 tỷ. Ookla ranks: 46/111 total 111. No period for the 5G sentence.",
    "The headline repeats the body's fixed-broadband count (period inherited from 'Tính đến hết tháng 9/2024').",
]

if __name__ == "__main__":
    emit("p515-4", TEXT, COMMENTS, FIGS, published="2024-10-15", location="Việt Nam")
