"""p926-5: Party/provincial newspaper (Báo Bình Định) — aloe in Phù Cát, HTX bao tiêu; byline and bare date at the end."""
from lib import emit, fig, period, change, year

TEXT = """
Nha đam "bén rễ" trên đất cát Phù Cát

Nếu năm 2021 toàn huyện Phù Cát chỉ có 12 ha nha đam thì đến nay diện tích đã lên 58 ha, tập trung ở các xã Cát Thành, Cát Hải và Cát Khánh. Năm 2023, nông dân trong huyện thu hoạch hơn 4.900 tấn lá, doanh thu đạt trên 14 tỷ đồng.

Ông Trần Văn Sáu, Giám đốc HTX Nông nghiệp Cát Hải 1, cho biết HTX hiện có 46 thành viên trồng 21,5 ha nha đam. Năm 2023, HTX ký hợp đồng bao tiêu với Công ty CP Nông sản Tây Sơn với giá sàn 2.500 đồng/kg, cả năm cung ứng 1.780 tấn lá, tăng 35% so với năm 2022. Thu nhập bình quân của thành viên đạt 6,5 triệu đồng/người/tháng.

"Trồng nha đam tốn ít nước, ít sâu bệnh, mỗi ha chỉ cần khoảng 3 lao động chăm sóc. Cái khó là giá ngoài hợp đồng bấp bênh, có lúc chỉ 1.200-1.500 đồng/kg, thấp hơn 40% so với giá bao tiêu", ông Sáu nói.

Theo Phòng NN&PTNT huyện, năm 2023 huyện đã hỗ trợ 320 triệu đồng để nông dân lắp đặt hệ thống tưới tiết kiệm cho 16 ha nha đam.

Huyện Phù Cát đặt mục tiêu đến năm 2025 phát triển 100 ha nha đam, liên kết tiêu thụ 100% sản lượng. Hiện Công ty CP Nông sản Tây Sơn đang xây dựng nhà máy sơ chế công suất 30 tấn lá/ngày tại Cụm công nghiệp Cát Nhơn, tổng vốn khoảng 25 tỷ đồng, dự kiến đi vào hoạt động từ quý III/2024.

NGỌC NHUẬN

18/03/2024
"""

NOTES = [
    "Báo Bình Định (invented): nha đam ở huyện Phù Cát, HTX Nông nghiệp Cát Hải 1, bao tiêu; byline 'NGỌC NHUẬN' and bare date 18/03/2024 at the end.",
    "'HTX Nông nghiệp Cát Hải 1', 'Công ty CP Nông sản Tây Sơn' (a district's name in a company name), 'quý III/2024' (start-up date) are not figures.",
    "'Nếu năm 2021 ... 12 ha thì đến nay ... 58 ha': two figures; 58 ha has no change (the text states no change value), period 'đến nay' ends",
    "at the published date. Quoted speech is annotated like text. 'mỗi ha chỉ cần khoảng 3 lao động' is a rate (lao động/ha).",
    "Target 'đến năm 2025' covers 100 ha and 100%; the plant's capacity and capital are actual ('dự kiến' governs only 'đi vào hoạt động').",
    "revised after the first score: 30 unit 'tấn lá/ngày' -> 'tấn/ngày' (consistency with the other 'tấn lá' figures).",
]

Y23 = year(2023, "Năm 2023")

FIGS = [
    fig("chỉ có 12 ha", "12", 12, "measure", "ha", "diện tích nha đam", year(2021)),
    fig("lên 58 ha", "58", 58, "measure", "ha", "diện tích nha đam", period("đến nay", end="2024-03-18")),
    fig("hơn 4.900 tấn", "4.900", 4900, "measure", "tấn", "lá nha đam thu hoạch", Y23, approx="over"),
    fig("trên 14 tỷ đồng", "14", 14e9, "money", "đồng", "doanh thu từ nha đam", Y23, approx="over"),
    fig("có 46 thành viên", "46", 46, "count", "thành viên", "thành viên HTX trồng nha đam"),
    fig("trồng 21,5 ha", "21,5", 21.5, "measure", "ha", "diện tích nha đam của HTX"),
    fig("giá sàn 2.500 đồng/kg", "2.500", 2500, "money", "đồng/kg", "giá sàn bao tiêu lá nha đam", Y23),
    fig("cung ứng 1.780 tấn", "1.780", 1780, "measure", "tấn", "lá nha đam HTX cung ứng", Y23,
        change=change("increase", 35, "%", "năm 2022")),
    fig("đạt 6,5 triệu đồng/người/tháng", "6,5", 6.5e6, "money", "đồng/người/tháng", "thu nhập bình quân của thành viên HTX",
        year(2023, "Năm 2023", inherited=True)),
    fig("khoảng 3 lao động", "3", 3, "measure", "lao động/ha", "lao động chăm sóc mỗi ha nha đam", approx="about"),
    fig("chỉ 1.200-1.500 đồng/kg", "1.200", 1200, "money", "đồng/kg", "giá lá nha đam ngoài hợp đồng", value_max=1500,
        change=change("decrease", 40, "%", "giá bao tiêu")),
    fig("hỗ trợ 320 triệu đồng", "320", 320e6, "money", "đồng", "kinh phí hỗ trợ lắp đặt hệ thống tưới tiết kiệm", year(2023)),
    fig("cho 16 ha", "16", 16, "measure", "ha", "diện tích nha đam lắp đặt hệ thống tưới tiết kiệm", year(2023)),
    fig("phát triển 100 ha", "100", 100, "measure", "ha", "diện tích nha đam", period("đến năm 2025", end="2025-12-31"), status="target"),
    fig("tiêu thụ 100% sản lượng", "100", 100, "percent", "%", "sản lượng nha đam liên kết tiêu thụ",
        period("đến năm 2025", end="2025-12-31"), status="target"),
    fig("công suất 30 tấn lá/ngày", "30", 30, "measure", "tấn/ngày", "công suất nhà máy sơ chế nha đam"),
    fig("khoảng 25 tỷ đồng", "25", 25e9, "money", "đồng", "tổng vốn nhà máy sơ chế nha đam", approx="about"),
]

if __name__ == "__main__":
    emit("p926-5", TEXT, NOTES, FIGS, published="2024-03-18", location="Phù Cát")
