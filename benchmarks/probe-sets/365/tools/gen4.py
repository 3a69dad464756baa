from lib import F, P, I, C, T, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Tin hoạt động

Đề án 1 triệu ha lúa chất lượng cao: hơn 180.000 ha đã vào sản xuất
Thứ Sáu, 22/11/2024 - 10:15

Chiều 21/11, tại Cần Thơ, Bộ Nông nghiệp và Phát triển nông thôn tổ chức hội nghị sơ kết thực hiện Đề án "Phát triển bền vững một triệu héc-ta chuyên canh lúa chất lượng cao và phát thải thấp gắn với tăng trưởng xanh vùng đồng bằng sông Cửu Long đến năm 2030" (gọi tắt là Đề án), ban hành kèm theo Quyết định số 1490/QĐ-TTg ngày 27/11/2023.

Theo báo cáo, 12 tỉnh, thành phố trong vùng đã đăng ký tham gia với tổng diện tích 1.011.000 ha. Đến hết tháng 10/2024, các địa phương đã đưa vào thực hiện 181.000 ha, đạt 100,6% kế hoạch giai đoạn 1, gồm Kiên Giang 58.400 ha, An Giang 38.200 ha, Đồng Tháp 33.600 ha, Sóc Trăng 29.800 ha và Cần Thơ 21.000 ha.

Kết quả 7 mô hình thí điểm với tổng diện tích 357 ha cho thấy lượng giống gieo sạ giảm từ 30-50%, lượng phân đạm giảm 20-30%; lợi nhuận của nông dân tăng từ 4 đến 6,5 triệu đồng/ha; phát thải khí nhà kính giảm 2,5-3 tấn CO2/ha. Tỷ lệ diện tích mô hình có liên kết tiêu thụ đạt 100%.

Tuy nhiên, theo Bộ, hiện mới khoảng 15% diện tích lúa vùng Đề án có hệ thống thủy lợi đáp ứng yêu cầu, trong khi cả nước mới có gần 200 hợp tác xã đủ năng lực làm dịch vụ cơ giới hóa đồng bộ.

Mục tiêu đến năm 2025, các tỉnh thực hiện 200.000 ha lúa chất lượng cao, phát thải thấp; đến năm 2030 đạt 1 triệu ha, trong đó 100% diện tích được liên kết sản xuất, tiêu thụ và lợi nhuận của nông dân trồng lúa đạt trên 40%. Tổng nhu cầu vốn thực hiện Đề án ước tính khoảng 58,4 nghìn tỷ đồng.

Thứ trưởng Trần Thanh Nam đề nghị các địa phương hoàn thiện cơ sở dữ liệu vùng trồng, đo đếm phát thải theo hướng dẫn tại Quyết định số 145/QĐ-TT-CLT.
"""

OCT = P("Đến hết tháng 10/2024", None, "2024-10-31")
E25 = P("đến năm 2025", None, "2025-12-31")
E30 = P("đến năm 2030", None, "2030-12-31")
AREA = "diện tích lúa chất lượng cao, phát thải thấp đã đưa vào thực hiện"

FIGS = [
    F("hơn 180.000 ha", "180.000", 180000, "measure", "ha", "diện tích Đề án đã vào sản xuất", I(OCT), approx="over"),
    F("một triệu héc-ta", "một", 1e6, "measure", "héc-ta", "Đề án một triệu héc-ta chuyên canh lúa", optional=True),
    F("Đề án 1 triệu ha", "1", 1e6, "measure", "ha", "Đề án 1 triệu ha lúa chất lượng cao", optional=True),
    F("12 tỉnh, thành phố", "12", 12, "count", "tỉnh, thành phố", "tỉnh, thành phố trong vùng đăng ký tham gia Đề án"),
    F("diện tích 1.011.000 ha", "1.011.000", 1011000, "measure", "ha", "tổng diện tích đăng ký tham gia Đề án"),
    F("thực hiện 181.000 ha", "181.000", 181000, "measure", "ha", AREA, OCT, percent=100.6),
    F("Kiên Giang 58.400 ha", "58.400", 58400, "measure", "ha", AREA, OCT, total=181000, location="Kiên Giang"),
    F("An Giang 38.200 ha", "38.200", 38200, "measure", "ha", AREA, OCT, total=181000, location="An Giang"),
    F("Đồng Tháp 33.600 ha", "33.600", 33600, "measure", "ha", AREA, OCT, total=181000, location="Đồng Tháp"),
    F("Sóc Trăng 29.800 ha", "29.800", 29800, "measure", "ha", AREA, OCT, total=181000, location="Sóc Trăng"),
    F("Cần Thơ 21.000 ha", "21.000", 21000, "measure", "ha", AREA, OCT, total=181000, location="Cần Thơ"),
    F("Kết quả 7 mô hình", "7", 7, "count", "mô hình", "mô hình thí điểm"),
    F("diện tích 357 ha", "357", 357, "measure", "ha", "tổng diện tích mô hình thí điểm"),
    F("giảm từ 30-50%", "30", 30, "percent", "%", "lượng giống gieo sạ giảm", value_max=50),
    F("giảm 20-30%", "20", 20, "percent", "%", "lượng phân đạm giảm", value_max=30),
    F("từ 4 đến 6,5 triệu", "4", 4e6, "money", "đồng/ha", "lợi nhuận của nông dân tăng", value_max=6.5e6),
    F("giảm 2,5-3 tấn", "2,5", 2.5, "measure", "tấn CO2/ha", "phát thải khí nhà kính giảm", value_max=3),
    F("đạt 100%.", "100", 100, "percent", "%", "tỷ lệ diện tích mô hình có liên kết tiêu thụ"),
    F("khoảng 15% diện tích", "15", 15, "percent", "%", "diện tích lúa vùng Đề án có hệ thống thủy lợi đáp ứng yêu cầu", approx="about"),
    F("gần 200 hợp tác xã", "200", 200, "count", "hợp tác xã", "hợp tác xã đủ năng lực làm dịch vụ cơ giới hóa đồng bộ", approx="nearly"),
    F("thực hiện 200.000 ha", "200.000", 200000, "measure", "ha", "lúa chất lượng cao, phát thải thấp", E25, status="target"),
    F("đạt 1 triệu ha", "1", 1e6, "measure", "ha", "lúa chất lượng cao, phát thải thấp", E30, status="target"),
    F("trong đó 100% diện tích", "100", 100, "percent", "%", "diện tích được liên kết sản xuất, tiêu thụ", E30, status="target"),
    F("đạt trên 40%", "40", 40, "percent", "%", "lợi nhuận của nông dân trồng lúa", E30, approx="over", status="target"),
    F("khoảng 58,4 nghìn tỷ", "58,4", 58.4e12, "money", "đồng", "tổng nhu cầu vốn thực hiện Đề án", approx="about", status="estimate"),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT): sơ kết of the scheme for one million ha of high-quality low-emission rice; dateline 'Thứ Sáu, 22/11/2024 - 10:15'.",
    "Location Việt Nam (a ministry's regional/national totals; the Mekong delta is no province); provinces in the 'gồm' list are their items' location.",
    "Distractors: 'Chiều 21/11, tại Cần Thơ' (venue), 'Quyết định số 1490/QĐ-TTg ngày 27/11/2023', 'Quyết định số 145/QĐ-TT-CLT', 'CO2',",
    "person 'Trần Thanh Nam', 'giai đoạn 1' (a phase label). The scheme's name ('một triệu héc-ta' in the title, 'Đề án 1 triệu ha' in the",
    "headline) is a name: optional. 'đến năm 2030' inside the title locates nothing.",
    "181.000 ha 'đạt 100,6% kế hoạch giai đoạn 1' → share; the provinces after 'gồm' take total 181.000 and the as-of period of the sentence.",
    "Pilot results 'giảm từ 30-50%', 'giảm 20-30%' are rates as the claim (percent ranges, no change object); 'lợi nhuận … tăng từ 4 đến 6,5",
    "triệu đồng/ha' and 'giảm 2,5-3 tấn CO2/ha' are amounts of change stated as the claim (figures of their own, no change object).",
    "Targets: 'Mục tiêu đến năm 2025 … 200.000 ha; đến năm 2030 đạt 1 triệu ha, trong đó 100% …, … trên 40%' (status target, end-only periods).",
    "'ước tính khoảng 58,4 nghìn tỷ đồng' → 58,4·10^12 đồng, estimate, approx about.",
    "Headline 'hơn 180.000 ha' restates the body's figure rounded (own figure, period inherited from 'Đến hết tháng 10/2024').",
]

emit("p365-4", TEXT, COMMENTS, FIGS, published="2024-11-22", location="Việt Nam")
