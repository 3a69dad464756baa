"""p1261-8: news agency (TTXVN, dateline 'Kon Tum (TTXVN) -'): tissue-culture propagation of sâm Ngọc Linh."""
from lib import fig, per, chg, write

TEXT = """Thứ Năm, 14/11/2024 16:05

Kon Tum làm chủ công nghệ nhân giống sâm Ngọc Linh bằng nuôi cấy mô

Kon Tum (TTXVN) - Trung tâm Nghiên cứu và Sản xuất giống sâm Ngọc Linh tỉnh Kon Tum cho biết, từ năm 2021 đến nay, đơn vị đã nhân giống thành công hơn 350.000 cây sâm Ngọc Linh bằng công nghệ nuôi cấy mô, cung ứng cho 12 doanh nghiệp và hợp tác xã trồng sâm tại các huyện Tu Mơ Rông và Đăk Glei.

Theo ông Võ Thanh Tùng, Giám đốc Trung tâm, tỷ lệ cây sống sau khi đưa ra vườn ươm đạt khoảng 85%. Thời gian từ nuôi cấy đến khi xuất vườn rút ngắn còn 18 tháng, thay vì 3-4 năm như phương pháp gieo hạt.

Mỗi năm, Trung tâm sản xuất khoảng 120.000 cây giống, giá bán từ 150.000 đến 200.000 đồng/cây, thấp hơn khoảng 30% so với cây giống gieo từ hạt cùng tuổi. Trung tâm đang đề nghị công nhận dòng sâm NL-02 là giống cây trồng mới.

Năm 2024, tỉnh bố trí 18,6 tỷ đồng từ Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi để hỗ trợ người dân mua giống sâm, trong đó ngân sách trung ương 15 tỷ đồng.

Toàn tỉnh hiện có hơn 2.300 ha sâm Ngọc Linh; riêng huyện Tu Mơ Rông có 1.250 ha, chiếm hơn 54%. Sâm củ tươi hiện có giá 60-100 triệu đồng/kg tùy loại. Theo Kế hoạch số 2874/KH-UBND, mục tiêu đến năm 2030 diện tích sâm đạt 5.000 ha, sản lượng sâm củ tươi 250 tấn/năm.

Dịp này, Hội chợ sâm Ngọc Linh lần thứ 3 sẽ được tổ chức tại huyện Tu Mơ Rông từ ngày 6 đến 8/12/2024.
"""

SINCE = per("từ năm 2021 đến nay", "2021-01-01", "2024-11-14")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("hơn 350.000", "350.000", 350000, "count", "cây", approx="over",
        subject="cây sâm Ngọc Linh nhân giống thành công bằng công nghệ nuôi cấy mô", period=SINCE),
    fig("cho 12 doanh nghiệp", "12", 12, "count", "doanh nghiệp",
        subject="doanh nghiệp và hợp tác xã trồng sâm được cung ứng", period=SINCE),
    fig("khoảng 85%", "85", 85, "percent", "%", approx="about",
        subject="tỷ lệ cây sống sau khi đưa ra vườn ươm"),
    fig("còn 18 tháng", "18", 18, "measure", "tháng", subject="thời gian từ nuôi cấy đến khi xuất vườn"),
    fig("thay vì 3-4 năm", "3", 3, "measure", "năm", value_max=4,
        subject="thời gian từ gieo hạt đến khi xuất vườn", optional=True),
    fig("khoảng 120.000", "120.000", 120000, "measure", "cây giống/năm", approx="about",
        subject="cây giống Trung tâm sản xuất"),
    fig("từ 150.000 đến 200.000", "150.000", 150000, "money", "đồng/cây", value_max=200000,
        change=chg("decrease", 30, "%", "cây giống gieo từ hạt cùng tuổi", approx="about"),
        subject="giá bán cây giống"),
    fig("bố trí 18,6 tỷ", "18,6", 18.6e9, "money", "đồng",
        subject="kinh phí hỗ trợ người dân mua giống sâm", period=Y24),
    fig("ương 15 tỷ", "15", 15e9, "money", "đồng", total=18.6e9, subject="ngân sách trung ương", period=Y24),
    fig("hơn 2.300 ha", "2.300", 2300, "measure", "ha", approx="over", subject="diện tích sâm Ngọc Linh"),
    fig("có 1.250 ha", "1.250", 1250, "measure", "ha", percent=54,
        subject="diện tích sâm Ngọc Linh", location="Tu Mơ Rông"),
    fig("giá 60-100 triệu", "60", 60e6, "money", "đồng/kg", value_max=100e6, subject="giá sâm củ tươi"),
    fig("đạt 5.000 ha", "5.000", 5000, "measure", "ha", status="target", subject="diện tích sâm", period=T30),
    fig("250 tấn/năm", "250", 250, "measure", "tấn/năm", status="target", subject="sản lượng sâm củ tươi",
        period=T30),
]

NOTES = [
    "News agency (TTXVN): 'Thứ Năm, 14/11/2024 16:05', dateline 'Kon Tum (TTXVN) -'.",
    "Distractors: 16:05, the variety code 'NL-02', Kế hoạch số 2874/KH-UBND, 'lần thứ 3', 'từ ngày 6 đến 8/12/2024'.",
    "'từ năm 2021 đến nay' → 2021-01-01 to published (2024-11-14); the two districts named make the figure the province's (Kon Tum).",
    "'rút ngắn còn 18 tháng' is a measured duration (the claim). 'thay vì 3-4 năm như phương pháp gieo hạt' states the old",
    "duration only as a comparison: optional.",
    "'Mỗi năm ... khoảng 120.000 cây giống' → rate 'cây giống/năm'; 'thấp hơn khoảng 30% so với ...' → change of the price range.",
    "'trong đó ngân sách trung ương 15 tỷ đồng' → total 18,6 tỷ. 'riêng huyện Tu Mơ Rông có 1.250 ha, chiếm hơn 54%' → location",
    "Tu Mơ Rông, percent 54 (the 'hơn' of the share has no field); 'riêng' is not a part-of cue in the spec: no total.",
    "'mục tiêu đến năm 2030' governs both the area and the output (target, start null).",
]

if __name__ == "__main__":
    write(8, TEXT, NOTES, FIGS, published="2024-11-14", location="Kon Tum")
