"""p1421-5: national newspaper (Sức khỏe section): national newborn screening 2024, provinces list, rates, targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Sức khỏe > Tin tức

Thứ sáu, 27/12/2024, 10:20 (GMT+7)

Gần 1,5 triệu trẻ sơ sinh được sàng lọc trong năm 2024

Tỷ lệ trẻ sơ sinh được lấy máu gót chân năm nay ước đạt 48,5%, song chênh lệch giữa các vùng còn lớn; 14 tỉnh chưa đạt 20%.

Tại hội nghị tổng kết ngày 26/12, Cục Dân số (Bộ Y tế) cho biết năm 2024 cả nước ước có khoảng 1,47 triệu trẻ sơ sinh được sàng lọc, tăng 6,2% so với năm 2023. Tỷ lệ trẻ sơ sinh được sàng lọc ước đạt 48,5% (mục tiêu đề ra cho năm 2025 là 70%). Số trẻ được sàng lọc thính lực tăng gấp 2,5 lần so với năm 2020.

Một số địa phương có tỷ lệ sàng lọc cao gồm Hà Nội (93,2%), Bắc Ninh (90,6%) và Đà Nẵng (88,1%). Ngược lại, nhiều tỉnh miền núi phía Bắc và Tây Nguyên chỉ đạt từ 10 đến 20%, do thiếu cơ sở xét nghiệm và người dân phải tự chi trả.

Theo PGS.TS Đỗ Quang Vinh, chuyên gia di truyền y học, cứ 4.000 trẻ sinh ra có khoảng một trẻ suy giáp bẩm sinh; tỷ lệ thiếu men G6PD ở một số dân tộc thiểu số lên tới 10-15%. "Nếu được điều trị trong tháng đầu sau sinh, trẻ suy giáp phát triển gần như bình thường", ông nói.

Hiện cả nước có 5 trung tâm sàng lọc vùng và 8 phòng xét nghiệm vệ tinh. Chi phí gói sàng lọc 5 bệnh dao động 500.000-700.000 đồng, trong khi mới có 21 địa phương dùng ngân sách để hỗ trợ người dân.

Cục Dân số cho biết, năm 2025 dự kiến mở rộng danh mục sàng lọc sơ sinh lên 9 bệnh, đồng thời đề xuất đưa sàng lọc thính lực vào danh mục được bảo hiểm y tế chi trả. Mục tiêu đến năm 2030, 90% trẻ sơ sinh được sàng lọc ít nhất 5 bệnh phổ biến nhất.

Lê Nga
"""

Y24h = per("năm 2024", "2024-01-01", "2024-12-31")
NN = per("năm nay", "2024-01-01", "2024-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
LIST = "tỷ lệ sàng lọc"

FIGS = [
    fig("Gần 1,5 triệu", "1,5", 1.5e6, "count", "trẻ", approx="nearly",
        subject="trẻ sơ sinh được sàng lọc", period=Y24h),
    fig("nay ước đạt 48,5%", "48,5", 48.5, "percent", "%", status="estimate",
        subject="tỷ lệ trẻ sơ sinh được lấy máu gót chân", period=NN),
    fig("; 14 tỉnh", "14", 14, "count", "tỉnh", subject="tỉnh chưa đạt 20%", period=NN),
    fig("chưa đạt 20%", "20", 20, "percent", "%", approx="under",
        subject="tỷ lệ trẻ sơ sinh được lấy máu gót chân của 14 tỉnh", period=NN, optional=True),
    fig("khoảng 1,47 triệu", "1,47", 1.47e6, "count", "trẻ", approx="about", status="estimate",
        change=chg("increase", 6.2, "%", "năm 2023"),
        subject="trẻ sơ sinh được sàng lọc", period=Y24),
    fig("sàng lọc ước đạt 48,5%", "48,5", 48.5, "percent", "%", status="estimate", target=tgt(70),
        subject="tỷ lệ trẻ sơ sinh được sàng lọc", period=inh(Y24)),
    fig("gấp 2,5 lần", "2,5", 2.5, "multiple", "lần",
        subject="số trẻ được sàng lọc thính lực", period=inh(Y24)),
    fig("Hà Nội (93,2%)", "93,2", 93.2, "percent", "%", subject=LIST, location="Hà Nội",
        period=inh(Y24)),
    fig("Bắc Ninh (90,6%)", "90,6", 90.6, "percent", "%", subject=LIST, location="Bắc Ninh",
        period=inh(Y24)),
    fig("Đà Nẵng (88,1%)", "88,1", 88.1, "percent", "%", subject=LIST, location="Đà Nẵng",
        period=inh(Y24)),
    fig("từ 10 đến 20%", "10", 10, "percent", "%", value_max=20,
        subject="tỷ lệ sàng lọc của nhiều tỉnh miền núi phía Bắc và Tây Nguyên", period=inh(Y24)),
    fig("khoảng một trẻ", "một", 1, "measure", "trẻ/4.000 trẻ sinh ra", approx="about",
        subject="trẻ suy giáp bẩm sinh"),
    fig("lên tới 10-15%", "10", 10, "percent", "%", value_max=15,
        subject="tỷ lệ thiếu men G6PD ở một số dân tộc thiểu số"),
    fig("có 5 trung tâm", "5", 5, "count", "trung tâm", subject="trung tâm sàng lọc vùng"),
    fig("và 8 phòng", "8", 8, "count", "phòng xét nghiệm", subject="phòng xét nghiệm vệ tinh"),
    fig("gói sàng lọc 5 bệnh", "5", 5, "count", "bệnh", subject="bệnh được sàng lọc", optional=True),
    fig("dao động 500.000-700.000", "500.000", 500000, "money", "đồng", value_max=700000,
        subject="chi phí gói sàng lọc 5 bệnh"),
    fig("có 21 địa phương", "21", 21, "count", "địa phương",
        subject="địa phương dùng ngân sách để hỗ trợ người dân"),
    fig("lên 9 bệnh", "9", 9, "count", "bệnh", status="forecast",
        subject="danh mục sàng lọc sơ sinh", period=Y25),
    fig("2030, 90%", "90", 90, "percent", "%", status="target",
        subject="trẻ sơ sinh được sàng lọc ít nhất 5 bệnh phổ biến nhất", period=T30),
    fig("ít nhất 5 bệnh", "5", 5, "count", "bệnh", approx="at_least", status="target",
        subject="bệnh phổ biến nhất được sàng lọc", period=T30, optional=True),
]

NOTES = [
    "National newspaper: section path, 'Thứ sáu, 27/12/2024, 10:20 (GMT+7)', headline, sapo, quote, byline 'Lê Nga'. Location Việt Nam.",
    "Distractors: 10:20, (GMT+7), 'ngày 26/12', 'năm 2020'/'năm 2023' baselines, 'tháng đầu sau sinh', 'PGS.TS', 'G6PD'.",
    "Sapo '14 tỉnh chưa đạt 20%': 14 is a count; the 20% is the bound that names the group: optional (approx under).",
    "'ước có khoảng 1,47 triệu' → estimate + about; '48,5% (mục tiêu đề ra cho năm 2025 là 70%)' → target 70 (bracketed target).",
    "'tăng gấp 2,5 lần so với năm 2020' stands alone as the claim: multiple, no change (spec: growth as the claim).",
    "List 'Hà Nội (93,2%), Bắc Ninh (90,6%) và Đà Nẵng (88,1%)': subject = list indicator 'tỷ lệ sàng lọc', item = location;",
    "'gồm' follows no whole figure, so no total. Regions 'miền núi phía Bắc và Tây Nguyên' are not one province: location stays Việt Nam.",
    "'cứ 4.000 trẻ sinh ra có khoảng một trẻ suy giáp' is a rate: value 1 (number word), about, unit 'trẻ/4.000 trẻ sinh ra';",
    "4.000 is the denominator, not a figure. 'lên tới 10-15%' → range, exact ('lên tới' is not an approx cue of the spec).",
    "'5 trung tâm ... và 8 phòng xét nghiệm' are two counts. '21 địa phương' is a count of provinces → Việt Nam.",
    "'năm 2025 dự kiến ... lên 9 bệnh' → forecast count; 'Mục tiêu đến năm 2030, 90%' → target; 'ít nhất 5 bệnh' and '5 bệnh' optional.",
]

if __name__ == "__main__":
    write("p1421-5", TEXT, NOTES, FIGS, published="2024-12-27", location="Việt Nam")
