"""p1410-7: news agency (TTXVN/Vietnam+): a BSF waste plant in huyện Đức Hòa (Long An); province waste figures."""
from lib import F, P, I, C, T, write

TEXT = """VietnamPlus > Kinh tế > Nông nghiệp

Long An: Nhà máy dùng ruồi lính đen xử lý 100 tấn rác chợ mỗi ngày

22/05/2025 10:42 GMT+7

Nhà máy xử lý rác hữu cơ bằng ruồi lính đen của Công ty TNHH Công nghệ Môi trường Sao Mai tại huyện Đức Hòa, tỉnh Long An vừa hoàn thành giai đoạn 2, nâng công suất lên 100 tấn/ngày.

Theo phóng viên TTXVN tại Long An, dự án có tổng vốn đầu tư 165 tỷ đồng trên diện tích 3,2 ha; giai đoạn 1 với công suất 40 tấn/ngày đi vào vận hành từ tháng 6/2023. Rác hữu cơ từ 23 chợ và 2 khu công nghiệp được phân loại tại nguồn, nghiền nhỏ rồi đưa vào khay nuôi ấu trùng. Mỗi tấn rác cho 150 kg ấu trùng tươi và khoảng 250 kg phân hữu cơ; khối lượng rác giảm tới 75%.

Từ đầu năm đến nay, nhà máy đã tiếp nhận 8.650 tấn rác, tăng 2,3 lần so với cùng kỳ năm 2024; bán ra 1.140 tấn ấu trùng tươi và sấy khô cho các trại nuôi gà, vịt, cá tra ở Long An, Tiền Giang, Đồng Tháp. Quý I/2025, doanh thu của nhà máy đạt 9,6 tỷ đồng. Nhà máy sử dụng 62 lao động, trong đó 41 lao động nữ, thu nhập từ 7,5 triệu đồng/người/tháng trở lên. Dự kiến trong năm nay, công ty nâng công suất lên 150 tấn/ngày.

Theo Sở Tài nguyên và Môi trường, Long An phát sinh khoảng 1.300 tấn rác sinh hoạt mỗi ngày, trong đó rác hữu cơ chiếm 55-60%. Mục tiêu đến năm 2030, tỉnh xử lý 100% rác hữu cơ khu vực đô thị bằng công nghệ sinh học, trong đó công nghệ ruồi lính đen đảm nhận khoảng 30%.

(TTXVN/Vietnam+)
"""

YTD = P("Từ đầu năm đến nay", "2025-01-01", "2025-05-22")
Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
NOW = P("trong năm nay", "2025-01-01", "2025-12-31")
BY30 = P("đến năm 2030", None, "2030-12-31")
LA = "Long An"

FIGS = [
    F("xử lý 100 tấn", "100", 100, "measure", "tấn/ngày", subject="rác chợ nhà máy xử lý mỗi ngày", location=LA),
    F("lên 100 tấn/ngày", "100", 100, "measure", "tấn/ngày", subject="công suất nhà máy xử lý rác hữu cơ"),
    F("165 tỷ", "165", 165e9, "money", "đồng", subject="tổng vốn đầu tư dự án"),
    F("3,2 ha", "3,2", 3.2, "measure", "ha", subject="diện tích dự án"),
    F("40 tấn/ngày", "40", 40, "measure", "tấn/ngày", subject="công suất giai đoạn 1"),
    F("23 chợ", "23", 23, "count", "chợ", subject="chợ có rác hữu cơ đưa về nhà máy"),
    F("2 khu công nghiệp", "2", 2, "count", "khu công nghiệp", subject="khu công nghiệp có rác hữu cơ đưa về nhà máy"),
    F("cho 150 kg", "150", 150, "measure", "kg/tấn", subject="ấu trùng tươi mỗi tấn rác cho"),
    F("khoảng 250 kg", "250", 250, "measure", "kg/tấn", approx="about", subject="phân hữu cơ mỗi tấn rác cho"),
    F("giảm tới 75%", "75", 75, "percent", "%", subject="khối lượng rác giảm"),
    F("tiếp nhận 8.650 tấn", "8.650", 8650, "measure", "tấn",
      change=C("increase", 2.3, "lần", "cùng kỳ năm 2024"), subject="rác nhà máy đã tiếp nhận", period=YTD),
    F("bán ra 1.140 tấn", "1.140", 1140, "measure", "tấn", subject="ấu trùng tươi và sấy khô bán ra",
      period=YTD),
    F("đạt 9,6 tỷ", "9,6", 9.6e9, "money", "đồng", subject="doanh thu của nhà máy", period=Q1),
    F("62 lao động", "62", 62, "count", "lao động", subject="lao động nhà máy sử dụng"),
    F("41 lao động", "41", 41, "count", "lao động", total=62, subject="lao động nữ"),
    F("từ 7,5 triệu", "7,5", 7.5e6, "money", "đồng/người/tháng", approx="at_least", subject="thu nhập của lao động"),
    F("lên 150 tấn/ngày", "150", 150, "measure", "tấn/ngày", status="forecast", subject="công suất nhà máy",
      period=NOW),
    F("khoảng 1.300 tấn", "1.300", 1300, "measure", "tấn/ngày", approx="about",
      subject="rác sinh hoạt phát sinh mỗi ngày", location=LA),
    F("55-60%", "55", 55, "percent", "%", value_max=60, subject="rác hữu cơ chiếm trong rác sinh hoạt", location=LA),
    F("xử lý 100% rác", "100", 100, "percent", "%", status="target",
      subject="rác hữu cơ khu vực đô thị xử lý bằng công nghệ sinh học", period=BY30, location=LA),
    F("khoảng 30%", "30", 30, "percent", "%", approx="about", status="target",
      subject="công nghệ ruồi lính đen đảm nhận", period=BY30, location=LA),
]

NOTES = [
    "News agency (TTXVN/Vietnam+): breadcrumb, '22/05/2025 10:42 GMT+7', '(TTXVN/Vietnam+)' at the end.",
    "Distractors: 10:42, 'GMT+7', 'giai đoạn 2', 'giai đoạn 1' (phase names), 'tháng 6/2023', 'Quý I/2025', 'Mỗi tấn rác' (denominator).",
    "Location: the plant in huyện Đức Hòa is the default; the headline names only 'Long An' (so Long An); the province's waste figures and the",
    "2030 target are Long An. Buyers' provinces (Long An, Tiền Giang, Đồng Tháp) are not places of 1.140 tấn.",
    "Headline '100 tấn rác chợ mỗi ngày' and body 'nâng công suất lên 100 tấn/ngày' are two figures. 40 tấn/ngày has no period ('từ tháng 6/2023'",
    "dates the start of operation, not the capacity).",
    "'khối lượng rác giảm tới 75%': 'tới' (as much as) is not an approx cue in FIGURES.md: exact. 'tăng 2,3 lần so với cùng kỳ năm 2024' → change in lần.",
    "'Từ đầu năm đến nay' ends at the dateline 2025-05-22. '62 lao động, trong đó 41 lao động nữ' → total 62.",
    "'thu nhập từ 7,5 triệu đồng/người/tháng trở lên' → at_least (borderline: 'từ … trở lên' is not in the spec's list, but means 'at least').",
    "'Dự kiến trong năm nay' → forecast, 2025. 'rác hữu cơ chiếm 55-60%' (trong đó) and 'khoảng 30%' are percent figures of their own (no base amount).",
    "'Mục tiêu đến năm 2030' governs both percent figures of the sentence (target, end 2030-12-31).",
]

if __name__ == "__main__":
    write("p1410-7", TEXT, NOTES, FIGS, published="2025-05-22", location="Đức Hòa")
