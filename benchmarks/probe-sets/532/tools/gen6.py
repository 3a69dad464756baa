"""p532-6: National press (weekday, date, time, GMT+7) — rural vs urban income 2023 (GSO survey), provinces, NTM communes."""
from lib import emit, fig, per, inh, chg

TEXT = """Kinh doanh › Vĩ mô
Thứ tư, 21/2/2024, 14:05 (GMT+7)

Thu nhập người dân nông thôn bằng 64% thành thị

Thu nhập bình quân của người dân nông thôn năm 2023 đạt 4,09 triệu đồng một tháng, chỉ bằng 64,3% khu vực thành thị, theo Tổng cục Thống kê.

Kết quả Khảo sát mức sống dân cư cho thấy thu nhập bình quân một người một tháng cả nước năm ngoái đạt 4,96 triệu đồng, tăng 6,9% so với năm 2022. Trong đó, khu vực thành thị đạt 6,36 triệu đồng, khu vực nông thôn đạt 4,09 triệu đồng; chênh lệch giữa hai khu vực là 1,55 lần.

Ở nông thôn, thu nhập từ tiền lương, tiền công chiếm 52,4%, từ hoạt động nông, lâm nghiệp và thủy sản chiếm 16,3% tổng thu nhập. Tỷ lệ lao động nông thôn có bằng cấp, chứng chỉ mới đạt 18,6%, thấp hơn nhiều so với 41,2% ở thành thị.

Bình Dương là địa phương có thu nhập khu vực nông thôn cao nhất với 7,85 triệu đồng một tháng, tiếp theo là TP HCM 7,12 triệu đồng và Đồng Nai 6,58 triệu đồng. Ở chiều ngược lại, Điện Biên chỉ đạt 2,14 triệu đồng.

Theo Văn phòng Điều phối nông thôn mới Trung ương, đến cuối tháng 1/2024 cả nước có 6.084 xã đạt chuẩn nông thôn mới, chiếm 78,1% tổng số xã. Mục tiêu đến năm 2025 là 80% số xã đạt chuẩn và thu nhập của cư dân nông thôn tăng ít nhất 1,5 lần so với năm 2020.

Khảo sát cũng cho thấy nhóm hộ giàu nhất có thu nhập gấp 7,6 lần nhóm hộ nghèo nhất.

Anh Minh
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
LY = per("năm ngoái", "2023-01-01", "2023-12-31")
JAN = per("đến cuối tháng 1/2024", None, "2024-01-31")
T25 = per("đến năm 2025", None, "2025-12-31")
S = "thu nhập bình quân một người một tháng khu vực nông thôn"

FIGS = [
    fig("bằng 64% thành thị", "64", 64, "percent", "%", "thu nhập người dân nông thôn so với thành thị", inh(Y23)),
    fig("đạt 4,09 triệu đồng một tháng", "4,09", 4090000, "money", "đồng",
        "thu nhập bình quân của người dân nông thôn", Y23, percent=64.3),
    fig("đạt 4,96 triệu đồng", "4,96", 4960000, "money", "đồng", "thu nhập bình quân một người một tháng cả nước", LY,
        change=chg("increase", 6.9, "%", "năm 2022")),
    fig("thành thị đạt 6,36 triệu đồng", "6,36", 6360000, "money", "đồng",
        "thu nhập bình quân một người một tháng khu vực thành thị", inh(LY)),
    fig("nông thôn đạt 4,09 triệu đồng;", "4,09", 4090000, "money", "đồng", S, inh(LY)),
    fig("hai khu vực", "hai", 2, "count", "khu vực", "khu vực", optional=True),
    fig("là 1,55 lần", "1,55", 1.55, "multiple", "lần", "chênh lệch thu nhập giữa hai khu vực", inh(LY)),
    fig("tiền công chiếm 52,4%", "52,4", 52.4, "percent", "%",
        "tỷ trọng thu nhập từ tiền lương, tiền công trong tổng thu nhập ở nông thôn", inh(LY)),
    fig("thủy sản chiếm 16,3%", "16,3", 16.3, "percent", "%",
        "tỷ trọng thu nhập từ hoạt động nông, lâm nghiệp và thủy sản trong tổng thu nhập ở nông thôn", inh(LY)),
    fig("mới đạt 18,6%", "18,6", 18.6, "percent", "%", "tỷ lệ lao động nông thôn có bằng cấp, chứng chỉ", inh(LY)),
    fig("so với 41,2%", "41,2", 41.2, "percent", "%", "tỷ lệ lao động có bằng cấp, chứng chỉ ở thành thị", inh(LY)),
    fig("với 7,85 triệu đồng", "7,85", 7850000, "money", "đồng", S, inh(LY), location="Bình Dương"),
    fig("TP HCM 7,12 triệu đồng", "7,12", 7120000, "money", "đồng", S, inh(LY), location="TP Hồ Chí Minh"),
    fig("Đồng Nai 6,58 triệu đồng", "6,58", 6580000, "money", "đồng", S, inh(LY), location="Đồng Nai"),
    fig("chỉ đạt 2,14 triệu đồng", "2,14", 2140000, "money", "đồng", S, inh(LY), location="Điện Biên"),
    fig("có 6.084 xã", "6.084", 6084, "count", "xã", "xã đạt chuẩn nông thôn mới", JAN, percent=78.1),
    fig("là 80% số xã", "80", 80, "percent", "%", "tỷ lệ xã đạt chuẩn nông thôn mới", T25, status="target"),
    fig("ít nhất 1,5 lần", "1,5", 1.5, "multiple", "lần", "thu nhập của cư dân nông thôn tăng so với năm 2020", T25,
        approx="at_least", status="target"),
    fig("gấp 7,6 lần", "7,6", 7.6, "multiple", "lần", "thu nhập của nhóm hộ giàu nhất so với nhóm hộ nghèo nhất",
        inh(LY)),
]

COMMENTS = [
    "National press (invented, VnExpress style): GSO living-standards survey 2023 — rural vs urban income, income structure, provinces,",
    "new-rural communes at end of 1/2024, 2025 targets. Dateline 'Thứ tư, 21/2/2024, 14:05 (GMT+7)'; byline 'Anh Minh'.",
    "'năm ngoái' (last year, from a 2024 dateline) = 2023. The urban 6,36 and rural 4,09 averages after 'Trong đó' are not parts of the national",
    "average (averages do not add up, as h14's sector growth rates): no total. '41,2% ở thành thị' after 'thấp hơn nhiều so với' is the compared",
    "level, a percent figure of its own, not a change of 18,6%. 'hai khu vực' optional. Provinces in the list: location; national: Việt Nam.",
    "revised after the first run: the 1,55 lần subject now keeps the sentence's own words ('giữa hai khu vực', FIGURES.md: 'as the sentence",
    "names it') instead of the paraphrase 'giữa thành thị và nông thôn'.",
]

if __name__ == "__main__":
    emit("p532-6", TEXT, COMMENTS, FIGS, published="2024-02-21", location="Việt Nam")
