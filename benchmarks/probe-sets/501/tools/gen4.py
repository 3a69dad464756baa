"""p501-4: ministry site (Bộ LĐ-TB&XH), national poverty rate 2023, regions, provinces, funds, allowances."""
from lib import emit, fig, per, inh

TEXT = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Trang chủ / Tin tức / Giảm nghèo

Tỷ lệ hộ nghèo cả nước năm 2023 giảm còn 2,93%

05/02/2024 15:30

(Molisa) - Theo kết quả rà soát được Bộ Lao động - Thương binh và Xã hội công bố tại Quyết định số 71/QĐ-LĐTBXH, tính đến cuối năm 2023 cả nước còn 789.478 hộ nghèo và 867.025 hộ cận nghèo. Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm 1,1% so với năm 2022, đạt mục tiêu Quốc hội giao.

Tỷ lệ hộ nghèo cao nhất thuộc vùng trung du và miền núi phía Bắc và vùng Tây Nguyên, lần lượt là 10,08% và 6,97%; thấp nhất là vùng Đông Nam Bộ với 0,23%. Một số tỉnh có tỷ lệ hộ nghèo trên 20% là Điện Biên (26,4%), Hà Giang (24,8%) và Lai Châu (22,1%).

Cả nước hiện có 74 huyện nghèo; trong đó, 12 huyện đã thoát khỏi tình trạng nghèo sau hơn hai năm thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững.

Năm 2023, tổng vốn ngân sách trung ương giao cho Chương trình là 20.538 tỷ đồng; tính đến ngày 31/01/2024, các địa phương đã giải ngân 15.760 tỷ đồng, bằng 76,7% kế hoạch. Cũng trong năm 2023, các địa phương đã chi trả trợ cấp hằng tháng cho hơn 3,3 triệu đối tượng bảo trợ xã hội, trong đó gần 1,9 triệu người cao tuổi; hỗ trợ 15.926 tấn gạo cho hơn 1,06 triệu nhân khẩu dịp Tết và giáp hạt.

Năm 2024, Bộ đặt mục tiêu giảm tỷ lệ hộ nghèo khoảng 1%, tỷ lệ hộ nghèo ở các huyện nghèo giảm trên 4%; phấn đấu đến năm 2025 có 30% số huyện nghèo thoát khỏi tình trạng nghèo.

Cổng Thông tin điện tử Bộ Lao động - Thương binh và Xã hội
Địa chỉ: số 12 Ngô Quyền, quận Hoàn Kiếm, Hà Nội. Điện thoại: 024.3826.9556
"""

Y23H = per("năm 2023", "2023-01-01", "2023-12-31")
END23 = per("tính đến cuối năm 2023", None, "2023-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
INYEAR = per("trong năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("giảm còn 2,93%", "2,93", 2.93, "percent", "%", subject="tỷ lệ hộ nghèo", period=Y23H),
    fig("còn 789.478 hộ nghèo", "789.478", 789478, "count", "hộ", subject="hộ nghèo", period=END23),
    fig("và 867.025 hộ cận nghèo", "867.025", 867025, "count", "hộ", subject="hộ cận nghèo", period=END23),
    fig("đa chiều giảm 1,1%", "1,1", 1.1, "percent", "%",
        subject="tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm", period=inh(Y23H)),
    fig("lần lượt là 10,08%", "10,08", 10.08, "percent", "%",
        subject="tỷ lệ hộ nghèo vùng trung du và miền núi phía Bắc", period=inh(END23)),
    fig("và 6,97%", "6,97", 6.97, "percent", "%", subject="tỷ lệ hộ nghèo vùng Tây Nguyên",
        period=inh(END23)),
    fig("với 0,23%", "0,23", 0.23, "percent", "%", subject="tỷ lệ hộ nghèo vùng Đông Nam Bộ",
        period=inh(END23)),
    fig("trên 20%", "20", 20, "percent", "%", approx="over", subject="tỷ lệ hộ nghèo", optional=True),
    fig("Điện Biên (26,4%)", "26,4", 26.4, "percent", "%", subject="tỷ lệ hộ nghèo",
        period=inh(END23), location="Điện Biên"),
    fig("Hà Giang (24,8%)", "24,8", 24.8, "percent", "%", subject="tỷ lệ hộ nghèo",
        period=inh(END23), location="Hà Giang"),
    fig("Lai Châu (22,1%)", "22,1", 22.1, "percent", "%", subject="tỷ lệ hộ nghèo",
        period=inh(END23), location="Lai Châu"),
    fig("có 74 huyện nghèo", "74", 74, "count", "huyện", subject="huyện nghèo"),
    fig("12 huyện đã thoát", "12", 12, "count", "huyện", total=74,
        subject="huyện đã thoát khỏi tình trạng nghèo"),
    fig("là 20.538 tỷ đồng", "20.538", 20538000000000, "money", "đồng",
        subject="tổng vốn ngân sách trung ương giao cho Chương trình", period=Y23),
    fig("giải ngân 15.760 tỷ đồng", "15.760", 15760000000000, "money", "đồng", percent=76.7,
        subject="vốn giải ngân", period=per("tính đến ngày 31/01/2024", None, "2024-01-31")),
    fig("hơn 3,3 triệu đối tượng", "3,3", 3300000, "count", "đối tượng", approx="over",
        subject="đối tượng bảo trợ xã hội được chi trả trợ cấp hằng tháng", period=INYEAR),
    fig("gần 1,9 triệu người", "1,9", 1900000, "count", "người", approx="nearly", total=3300000,
        subject="người cao tuổi được chi trả trợ cấp hằng tháng", period=INYEAR),
    fig("15.926 tấn gạo", "15.926", 15926, "measure", "tấn", subject="gạo hỗ trợ dịp Tết và giáp hạt",
        period=INYEAR),
    fig("hơn 1,06 triệu nhân khẩu", "1,06", 1060000, "count", "nhân khẩu", approx="over",
        subject="nhân khẩu được hỗ trợ gạo dịp Tết và giáp hạt", period=INYEAR),
    fig("khoảng 1%", "1", 1, "percent", "%", approx="about", status="target",
        subject="tỷ lệ hộ nghèo giảm", period=Y24),
    fig("giảm trên 4%", "4", 4, "percent", "%", approx="over", status="target",
        subject="tỷ lệ hộ nghèo ở các huyện nghèo giảm", period=Y24),
    fig("có 30% số huyện", "30", 30, "percent", "%", status="target",
        subject="huyện nghèo thoát khỏi tình trạng nghèo", period=per("đến năm 2025", None, "2025-12-31")),
]

NOTES = [
    "Bộ LĐ-TB&XH (ministry site): national poverty review end of 2023, regions, provinces, poor districts, Chương trình MTQG funds, allowances.",
    "National figures: location Việt Nam. Regions (vùng …) are not provinces/cities/districts: they go into the subject, location stays Việt Nam.",
    "'Một số tỉnh có tỷ lệ hộ nghèo trên 20%' is a threshold (optional); the bracketed provinces are figures with their own location.",
    "'Tỷ lệ hộ nghèo … giảm 1,1% so với năm 2022' is a rate as the claim (percent, no change). ",
    "'Quyết định số 71/QĐ-LĐTBXH', 'hơn hai năm' (a duration), 'số 12 Ngô Quyền', the phone number and the dateline are not figures.",
]

if __name__ == "__main__":
    emit("p501-4", TEXT, NOTES, FIGS, published="2024-02-05", location="Việt Nam")
