"""p1554-4: ministry site (Bộ Xây dựng): national tile capacity, output, stock, exports, fuel, 2030 strategy."""
from lib import fig, per, inh, chg, write

TEXT = """BỘ XÂY DỰNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Vật liệu xây dựng

Ngành gạch ốp lát: sản lượng mới đạt khoảng 58% công suất

22/08/2024 | 14:10 | Vụ Vật liệu xây dựng

Theo Vụ Vật liệu xây dựng, cả nước hiện có 86 nhà máy sản xuất gạch ốp lát với tổng công suất thiết kế khoảng 830 triệu m²/năm, đứng thứ 3 thế giới sau Trung Quốc và Ấn Độ. Năm 2023, sản lượng gạch ốp lát chỉ đạt khoảng 480 triệu m², giảm 23% so với năm 2022; tiêu thụ nội địa khoảng 410 triệu m².

6 tháng đầu năm 2024, sản lượng ước đạt 236 triệu m², tăng 2,6% so với cùng kỳ; tồn kho toàn ngành đến ngày 30/6/2024 khoảng 95 triệu m², tương đương gần 2,5 tháng sản xuất.

Xuất khẩu gạch ốp lát 7 tháng năm 2024 đạt 198 triệu USD, tăng 4,8%; các thị trường chính gồm Philippines (46,2 triệu USD), Hàn Quốc (31,5 triệu USD), Đài Loan (27,9 triệu USD) và Mỹ (19,3 triệu USD). Ngược lại, gạch nhập khẩu từ Trung Quốc, Ấn Độ vẫn ở mức khoảng 9 triệu m².

Các nhà máy gạch ốp lát hiện tiêu thụ khoảng 1,4 triệu tấn than và gần 420 triệu m³ khí mỗi năm; chi phí nhiên liệu chiếm 30-35% giá thành sản phẩm.

Theo Chiến lược phát triển vật liệu xây dựng Việt Nam thời kỳ 2021-2030, định hướng đến năm 2050 (Quyết định số 1266/QĐ-TTg), đến năm 2030 tổng công suất gạch ốp lát không vượt quá 900 triệu m²/năm; tỷ lệ sử dụng nhiên liệu sạch đạt ít nhất 50%.

Tin khác:
- Hội thảo giải pháp tiết kiệm năng lượng trong sản xuất gạch ceramic lần thứ 2
- Hướng dẫn áp dụng QCVN 16:2023/BXD

Bộ Xây dựng - 37 Lê Đại Hành, Hai Bà Trưng, Hà Nội
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
AS = per("đến ngày 30/6/2024", None, "2024-06-30")
M7 = per("7 tháng năm 2024", "2024-01-01", "2024-07-31")
T30 = per("đến năm 2030", None, "2030-12-31")
MK = "xuất khẩu gạch ốp lát sang"

FIGS = [
    fig("khoảng 58%", "58", 58, "percent", "%", approx="about",
        subject="sản lượng ngành gạch ốp lát so với công suất"),
    fig("có 86 nhà máy", "86", 86, "count", "nhà máy", subject="nhà máy sản xuất gạch ốp lát"),
    fig("khoảng 830 triệu", "830", 830e6, "measure", "m²/năm", approx="about",
        subject="tổng công suất thiết kế"),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", subject="tổng công suất thiết kế gạch ốp lát so với thế giới"),
    fig("khoảng 480 triệu", "480", 480e6, "measure", "m²", approx="about",
        change=chg("decrease", 23, "%", "năm 2022"), subject="sản lượng gạch ốp lát", period=Y23),
    fig("khoảng 410 triệu", "410", 410e6, "measure", "m²", approx="about", subject="tiêu thụ nội địa",
        period=Y23),
    fig("ước đạt 236 triệu", "236", 236e6, "measure", "m²", status="estimate",
        change=chg("increase", 2.6, "%", "cùng kỳ"), subject="sản lượng", period=H1),
    fig("khoảng 95 triệu", "95", 95e6, "measure", "m²", approx="about", subject="tồn kho toàn ngành",
        period=AS),
    fig("gần 2,5 tháng", "2,5", 2.5, "measure", "tháng", approx="nearly",
        subject="tồn kho tương đương thời gian sản xuất", period=AS, optional=True),
    fig("đạt 198 triệu", "198", 198e6, "money", "USD", change=chg("increase", 4.8, "%"),
        subject="xuất khẩu gạch ốp lát", period=M7),
    fig("(46,2 triệu", "46,2", 46.2e6, "money", "USD", total=198e6, subject=MK + " Philippines", period=M7),
    fig("(31,5 triệu", "31,5", 31.5e6, "money", "USD", total=198e6, subject=MK + " Hàn Quốc", period=M7),
    fig("(27,9 triệu", "27,9", 27.9e6, "money", "USD", total=198e6, subject=MK + " Đài Loan", period=M7),
    fig("(19,3 triệu", "19,3", 19.3e6, "money", "USD", total=198e6, subject=MK + " Mỹ", period=M7),
    fig("khoảng 9 triệu", "9", 9e6, "measure", "m²", approx="about",
        subject="gạch nhập khẩu từ Trung Quốc, Ấn Độ", period=inh(M7)),
    fig("khoảng 1,4 triệu", "1,4", 1.4e6, "measure", "tấn/năm", approx="about",
        subject="than các nhà máy gạch ốp lát tiêu thụ"),
    fig("gần 420 triệu", "420", 420e6, "measure", "m³/năm", approx="nearly",
        subject="khí các nhà máy gạch ốp lát tiêu thụ"),
    fig("chiếm 30-35%", "30", 30, "percent", "%", value_max=35, subject="chi phí nhiên liệu trong giá thành sản phẩm"),
    fig("quá 900 triệu", "900", 900e6, "measure", "m²/năm", approx="at_most", status="target",
        subject="tổng công suất gạch ốp lát", period=T30),
    fig("ít nhất 50%", "50", 50, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ sử dụng nhiên liệu sạch", period=T30),
]

NOTES = [
    "Ministry site (Bộ Xây dựng): breadcrumb, '22/08/2024 | 14:10 | Vụ Vật liệu xây dựng', 'Tin khác', address footer. Units written 'm²', 'm³'.",
    "Distractors: 14:10, 'thời kỳ 2021-2030', 'năm 2050', Quyết định số 1266/QĐ-TTg, 'lần thứ 2', QCVN 16:2023/BXD, '37 Lê Đại Hành'.",
    "All figures national: location Việt Nam; the markets of the list are trade partners, not places; their subject is the list's indicator + market.",
    "Headline '58% công suất' is a percent figure without period. 'đứng thứ 3 thế giới' ranks the capacity.",
    "'tồn kho ... tương đương gần 2,5 tháng sản xuất': a conversion of the stock, not a share; optional (a duration that a careful annotator may or may not count).",
    "'ước đạt' governs its clause only; the stock clause after ';' has its own subject (actual). 'đến ngày 30/6/2024' is an as-of date.",
    "'các thị trường chính gồm X (…)' follows the 198 triệu USD whole: total 198 triệu (parts do not add up; 'gồm' after the whole is the spec's cue).",
    "'tăng 4,8%' has no baseline in the text. 'khoảng 1,4 triệu tấn than và gần 420 triệu m³ khí mỗi năm': rates per year.",
    "'không vượt quá 900' = at_most; 'đến năm 2030' governs both clauses after it (target, end 2030-12-31).",
]

if __name__ == "__main__":
    write("p1554-4", TEXT, NOTES, FIGS, published="2024-08-22", location="Việt Nam")
