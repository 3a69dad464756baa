"""p665-1: Bắc Giang province portal — tobacco prevalence 2023, smoke-free workplaces, fines, Fund support, 2025 targets."""
from lib import per, inh, chg, tgt, fig, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Y tế - Xã hội
Cập nhật: 28/05/2024 10:25 | Lượt xem: 3.148

Bắc Giang: Tỷ lệ nam giới trưởng thành hút thuốc lá giảm còn 41,2%

Sáng 27/5, tại Hội trường tầng 3, số 82 đường Hùng Vương, TP Bắc Giang, Sở Y tế tổ chức mít tinh hưởng ứng Ngày Thế giới không thuốc lá 31/5 và Tuần lễ Quốc gia không thuốc lá 25-31/5/2024.

Theo kết quả điều tra năm 2023 của Sở Y tế, tỷ lệ hút thuốc lá ở nam giới từ 15 tuổi trở lên trên địa bàn tỉnh là 41,2%, giảm 3,5 điểm phần trăm so với năm 2019; tỷ lệ này ở nữ giới là 1,1%. Tỷ lệ học sinh từ 13 đến 15 tuổi hút thuốc lá điếu là 2,4%, trong khi tỷ lệ sử dụng thuốc lá điện tử ở nhóm này đã lên tới 4,6%, gấp gần 2 lần so với năm 2019.

Năm 2023, toàn tỉnh có 1.126/1.248 cơ quan, đơn vị xây dựng môi trường làm việc không khói thuốc, đạt 90,2% (chỉ tiêu năm 2023 là 90%); 100% trường học treo biển cấm hút thuốc. Các đoàn liên ngành đã kiểm tra 2.315 lượt cơ sở, phát hiện 187 trường hợp hút thuốc tại địa điểm cấm, xử phạt hành chính hơn 96 triệu đồng. Trong đó, TP Bắc Giang (42 trường hợp), huyện Lạng Giang (31 trường hợp), huyện Hiệp Hòa (27 trường hợp) là những địa phương có nhiều vi phạm nhất.

Kinh phí từ Quỹ Phòng, chống tác hại của thuốc lá hỗ trợ tỉnh năm 2024 là 850 triệu đồng, tăng 13,3% so với năm 2023. Phấn đấu đến năm 2025, tỷ lệ hút thuốc ở nam giới trưởng thành giảm xuống dưới 39%, 100% cơ sở y tế, trường học đạt tiêu chí không khói thuốc.

Người dân cần tư vấn cai nghiện thuốc lá xin gọi tổng đài miễn phí 1800 6606."""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
N23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("giảm còn 41,2%", "41,2", 41.2, "percent", "%", "Tỷ lệ nam giới trưởng thành hút thuốc lá", inh(Y23)),
    fig("từ 15 tuổi trở lên", "15", 15, "measure", "tuổi", approx="at_least", optional=True),
    fig("trên địa bàn tỉnh là 41,2%", "41,2", 41.2, "percent", "%", "tỷ lệ hút thuốc lá ở nam giới từ 15 tuổi trở lên", Y23,
        change=chg("decrease", 3.5, "điểm phần trăm", "năm 2019")),
    fig("nữ giới là 1,1%", "1,1", 1.1, "percent", "%", "tỷ lệ hút thuốc lá ở nữ giới", Y23),
    fig("từ 13 đến 15 tuổi", "13", 13, "measure", "tuổi", value_max=15, optional=True),
    fig("thuốc lá điếu là 2,4%", "2,4", 2.4, "percent", "%", "Tỷ lệ học sinh từ 13 đến 15 tuổi hút thuốc lá điếu", inh(Y23)),
    fig("lên tới 4,6%", "4,6", 4.6, "percent", "%", "tỷ lệ sử dụng thuốc lá điện tử ở học sinh từ 13 đến 15 tuổi", inh(Y23),
        change=chg("increase", 2, "lần", "năm 2019", approx="nearly")),
    fig("1.126/1.248 cơ quan", "1.126", 1126, "count", "cơ quan, đơn vị",
        "cơ quan, đơn vị xây dựng môi trường làm việc không khói thuốc", N23,
        total=1248, percent=90.2, target=tgt(90, "%", True)),
    fig("100% trường học treo", "100", 100, "percent", "%", "trường học treo biển cấm hút thuốc", N23),
    fig("kiểm tra 2.315 lượt", "2.315", 2315, "count", "lượt cơ sở", "lượt cơ sở được các đoàn liên ngành kiểm tra", inh(N23)),
    fig("phát hiện 187 trường hợp", "187", 187, "count", "trường hợp", "trường hợp hút thuốc tại địa điểm cấm", inh(N23)),
    fig("hơn 96 triệu đồng", "96", 96e6, "money", "đồng", "tiền xử phạt hành chính", inh(N23), approx="over"),
    fig("(42 trường hợp)", "42", 42, "count", "trường hợp", "trường hợp hút thuốc tại địa điểm cấm", inh(N23),
        total=187, location="Bắc Giang"),
    fig("(31 trường hợp)", "31", 31, "count", "trường hợp", "trường hợp hút thuốc tại địa điểm cấm", inh(N23),
        total=187, location="Lạng Giang"),
    fig("(27 trường hợp)", "27", 27, "count", "trường hợp", "trường hợp hút thuốc tại địa điểm cấm", inh(N23),
        total=187, location="Hiệp Hòa"),
    fig("là 850 triệu đồng", "850", 850e6, "money", "đồng", "Kinh phí từ Quỹ Phòng, chống tác hại của thuốc lá hỗ trợ tỉnh",
        per("năm 2024", "2024-01-01", "2024-12-31"), change=chg("increase", 13.3, "%", "năm 2023")),
    fig("dưới 39%", "39", 39, "percent", "%", "tỷ lệ hút thuốc ở nam giới trưởng thành", T25, approx="under", status="target"),
    fig("100% cơ sở y tế", "100", 100, "percent", "%", "cơ sở y tế, trường học đạt tiêu chí không khói thuốc", T25, status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Bắc Giang (invented): mít tinh Ngày Thế giới không thuốc lá 2024 — tỷ lệ hút thuốc 2023, môi trường làm việc không khói thuốc, xử phạt, Quỹ PCTHTL.",
    "Distractors: 'Cập nhật: 28/05/2024 10:25', 'Lượt xem: 3.148', 'tầng 3', 'số 82 đường Hùng Vương', '31/5', '25-31/5/2024', hotline '1800 6606'.",
    "Ages ('từ 15 tuổi trở lên', 'từ 13 đến 15 tuổi') are optional thresholds (as shared 000/h24). 'gấp gần 2 lần so với năm 2019' after 4,6% is its change.",
    "The bracketed districts after 'Trong đó' are parts of the 187 cases (same unit, same period); TP Bắc Giang is the city -> location 'Bắc Giang'.",
    "1.126/1.248 carries total, percent 90,2 and the bracketed 'chỉ tiêu ... là 90%' as target (met).",
]

if __name__ == "__main__":
    emit("p665-1", TEXT, COMMENTS, FIGS, published="2024-05-28", location="Bắc Giang")
