"""p1349-1: province portal (Nghệ An): fertility and population work in 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Cổng thông tin điện tử tỉnh Nghệ An
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Tổng tỷ suất sinh của Nghệ An năm 2024 ước 2,38 con/phụ nữ

Cập nhật: 26/12/2024 15:10 | Lượt xem: 1.864

Theo Chi cục Dân số tỉnh, năm 2024 dân số trung bình của tỉnh Nghệ An ước đạt 3,47 triệu người, tăng 0,9% so với năm 2023. Tổng tỷ suất sinh ước 2,38 con/phụ nữ, giảm 0,06 con so với năm trước nhưng vẫn cao hơn mức sinh thay thế.

Từ đầu năm đến nay, toàn tỉnh có 48.620 trẻ được sinh ra, trong đó 11.372 trẻ là con thứ 3 trở lên, chiếm 23,4%. Tỷ số giới tính khi sinh là 111,6 bé trai/100 bé gái. Huyện Quỳnh Lưu và thị xã Hoàng Mai có tỷ lệ sinh con thứ 3 trở lên cao nhất, lần lượt là 31,2% và 29,8%.

Tỷ lệ phụ nữ 15-49 tuổi có chồng sử dụng biện pháp tránh thai hiện đại đạt 69,5%, bằng 101,3% kế hoạch. Có khoảng 41.200 bà mẹ mang thai được tầm soát trước sinh, đạt tỷ lệ 84,6%; hơn 45.000 trẻ sơ sinh được sàng lọc, đạt 92,5%.

Toàn tỉnh hiện có 5.870 cộng tác viên dân số ở 412 xã, phường, thị trấn, mức thù lao 150.000 đồng/người/tháng.

Năm 2025, ngành dân số phấn đấu giảm tỷ lệ sinh con thứ 3 trở lên xuống dưới 22%, đưa tỷ số giới tính khi sinh về mức 110 bé trai/100 bé gái. Chỉ tiêu đến năm 2030 là duy trì vững chắc mức sinh thay thế (bình quân mỗi phụ nữ có 2,1 con) theo Quyết định số 1679/QĐ-TTg của Thủ tướng Chính phủ.

Tin liên quan:
- Nghệ An hưởng ứng Tháng hành động quốc gia về dân số năm 2024
- Triển khai Chương trình điều chỉnh mức sinh phù hợp các vùng, đối tượng đến năm 2030
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-12-26")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
SRB = "bé trai/100 bé gái"

FIGS = [
    fig("năm 2024 ước 2,38", "2,38", 2.38, "measure", "con/phụ nữ", status="estimate",
        subject="tổng tỷ suất sinh của Nghệ An", period=Y24),
    fig("ước đạt 3,47 triệu", "3,47", 3.47e6, "count", "người", status="estimate",
        change=chg("increase", 0.9, "%", "năm 2023"),
        subject="dân số trung bình của tỉnh", period=Y24),
    fig("sinh ước 2,38", "2,38", 2.38, "measure", "con/phụ nữ", status="estimate",
        change=chg("decrease", 0.06, "con", "năm trước"),
        subject="tổng tỷ suất sinh", period=inh(Y24)),
    fig("có 48.620 trẻ", "48.620", 48620, "count", "trẻ",
        subject="trẻ được sinh ra", period=YTD),
    fig("đó 11.372 trẻ", "11.372", 11372, "count", "trẻ", total=48620, percent=23.4,
        subject="trẻ là con thứ 3 trở lên", period=YTD),
    fig("là 111,6 bé trai", "111,6", 111.6, "measure", SRB,
        subject="tỷ số giới tính khi sinh", period=inh(YTD)),
    fig("lần lượt là 31,2%", "31,2", 31.2, "percent", "%",
        subject="tỷ lệ sinh con thứ 3 trở lên", period=inh(YTD), location="Quỳnh Lưu"),
    fig("và 29,8%", "29,8", 29.8, "percent", "%",
        subject="tỷ lệ sinh con thứ 3 trở lên", period=inh(YTD), location="Hoàng Mai"),
    fig("phụ nữ 15-49 tuổi", "15", 15, "measure", "tuổi", value_max=49, optional=True),
    fig("đạt 69,5%", "69,5", 69.5, "percent", "%",
        subject="tỷ lệ phụ nữ 15-49 tuổi có chồng sử dụng biện pháp tránh thai hiện đại", period=inh(YTD)),
    fig("bằng 101,3%", "101,3", 101.3, "percent", "%",
        subject="tỷ lệ sử dụng biện pháp tránh thai hiện đại so với kế hoạch", period=inh(YTD)),
    fig("khoảng 41.200 bà mẹ", "41.200", 41200, "count", "bà mẹ", approx="about", percent=84.6,
        subject="bà mẹ mang thai được tầm soát trước sinh", period=inh(YTD)),
    fig("hơn 45.000 trẻ", "45.000", 45000, "count", "trẻ sơ sinh", approx="over", percent=92.5,
        subject="trẻ sơ sinh được sàng lọc", period=inh(YTD)),
    fig("có 5.870 cộng tác viên", "5.870", 5870, "count", "cộng tác viên",
        subject="cộng tác viên dân số"),
    fig("ở 412 xã", "412", 412, "count", "xã, phường, thị trấn",
        subject="xã, phường, thị trấn có cộng tác viên dân số"),
    fig("thù lao 150.000", "150.000", 150000, "money", "đồng/người/tháng",
        subject="mức thù lao cộng tác viên dân số"),
    fig("dưới 22%", "22", 22, "percent", "%", approx="under", status="target",
        subject="tỷ lệ sinh con thứ 3 trở lên", period=Y25),
    fig("mức 110 bé trai", "110", 110, "measure", SRB, status="target",
        subject="tỷ số giới tính khi sinh", period=Y25),
    fig("có 2,1 con", "2,1", 2.1, "measure", "con/phụ nữ", status="target",
        subject="mức sinh thay thế", period=T30),
]

NOTES = [
    "Province portal (Nghệ An): TFR, births, third-child births, SRB, contraception, screening, collaborators, 2025/2030 targets.",
    "Distractors: 'Cập nhật: 26/12/2024 15:10', 'Lượt xem: 1.864', 'con thứ 3' (birth order, an ordinal, three times), rate denominator",
    "'100 bé gái', 'Quyết định số 1679/QĐ-TTg', 'năm 2024' and 'đến năm 2030' in related-link titles.",
    "TFR is a measure in 'con/phụ nữ'; SRB a measure in 'bé trai/100 bé gái'. 'giảm 0,06 con so với năm trước' is a change in 'con'.",
    "'bằng 101,3% kế hoạch' stands after a percent (69,5%), so it is a percent figure of its own. '15-49 tuổi' is a definitional age band: optional.",
    "Paragraphs 2-3 take 'Từ đầu năm đến nay' (ends at the dateline); only its own sentence scores it. 'hiện' figures have no period.",
    "'Năm 2025 ... phấn đấu' governs both clauses (target). The replacement level '2,1 con' stands inside the 2030 target: target.",
]

if __name__ == "__main__":
    write("p1349-1", TEXT, NOTES, FIGS, published="2024-12-26", location="Nghệ An")
