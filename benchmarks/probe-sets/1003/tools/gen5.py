"""p1003-5: Báo Sóc Trăng (provincial Party paper), graduates repaying; byline and bare date at the end."""
from lib import F, P, I, C, write

TEXT = """Vốn vay ưu đãi tiếp sức sinh viên nghèo đến giảng đường

Những năm qua, chương trình tín dụng học sinh, sinh viên của Chi nhánh Ngân hàng Chính sách xã hội tỉnh Sóc Trăng đã giúp nhiều con em hộ nghèo, hộ cận nghèo, trong đó có nhiều em đồng bào Khmer, được đến trường.

Năm 2024, chi nhánh cho vay 38,6 tỷ đồng, tăng 4,8% so với năm 2023, giúp 935 học sinh, sinh viên trang trải chi phí học tập. Tính đến cuối năm 2024, dư nợ chương trình đạt 276,4 tỷ đồng với 7.412 khách hàng; dư nợ lớn nhất thuộc các huyện Trần Đề (41,3 tỷ đồng), Mỹ Xuyên (36,9 tỷ đồng) và Thạnh Trị (30,2 tỷ đồng). Dư nợ chương trình hiện gấp khoảng 3 lần so với năm 2010.

Đáng chú ý, năm 2024 có 1.126 khách hàng là học sinh, sinh viên đã ra trường, có việc làm chủ động trả nợ với số tiền 21,3 tỷ đồng, trong đó 147 người tất toán trước hạn. Tỷ lệ nợ quá hạn giảm từ 0,61% năm 2020 xuống còn 0,23% vào cuối năm 2024.

Chị Lâm Thị Năm ở xã Tài Văn là một trong số đó. Là con thứ 3 của một gia đình nghèo, từ năm 2016 đến năm 2020 chị được vay tổng cộng 52 triệu đồng để theo học ngành Điều dưỡng. Ra trường, chị làm việc tại Bệnh viện Đa khoa tỉnh với mức lương khoảng 8 triệu đồng/tháng, mỗi quý trả nợ 3 triệu đồng, đến nay đã trả được 39/52 triệu đồng.

Năm 2025, chi nhánh phấn đấu cho vay 42 tỷ đồng, tăng trưởng dư nợ trên 8%, tiếp tục thực hiện tốt Quyết định số 157/2007/QĐ-TTg.

HOÀNG LÂM
18/3/2025
"""

NOTES = [
    "Báo Sóc Trăng: student loans and graduates repaying, Sóc Trăng. Byline 'HOÀNG LÂM' and bare date '18/3/2025' at the end.",
    "Distractors: the person 'Lâm Thị Năm' (năm = five), 'con thứ 3' (birth order, an ordinal), 'Quyết định số 157/2007/QĐ-TTg', dates.",
    "'gấp khoảng 3 lần so với năm 2010' stands as its own sentence: a multiple. 'giảm từ 0,61% năm 2020 xuống còn 0,23%' gives two",
    "percent figures and no change value. 147 follows 'trong đó' after 1.126 repaying customers (same people): total.",
    "'39/52 triệu đồng' is 39 triệu with total 52 triệu; the earlier 52 triệu is a figure of its own. 'đến nay' ends at 2025-03-18.",
    "xã Tài Văn: the text names no district for it, so the person's figures keep Sóc Trăng.",
    "'tăng trưởng dư nợ trên 8%' is a growth rate as the claim (target), no change object.",
]

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
END24 = P("Tính đến cuối năm 2024", end="2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("cho vay 38,6 tỷ đồng", "38,6", 38.6e9, "money", "đồng", "doanh số cho vay", Y24,
      change=C("increase", 4.8, "%", "năm 2023")),
    F("giúp 935 học sinh", "935", 935, "count", "học sinh, sinh viên", "học sinh, sinh viên được vay", Y24),
    F("đạt 276,4 tỷ đồng", "276,4", 276.4e9, "money", "đồng", "dư nợ chương trình", END24),
    F("với 7.412 khách hàng", "7.412", 7412, "count", "khách hàng", "khách hàng có dư nợ", END24),
    F("Trần Đề (41,3 tỷ đồng)", "41,3", 41.3e9, "money", "đồng", "dư nợ", END24, location="Trần Đề"),
    F("Mỹ Xuyên (36,9 tỷ đồng)", "36,9", 36.9e9, "money", "đồng", "dư nợ", END24, location="Mỹ Xuyên"),
    F("Thạnh Trị (30,2 tỷ đồng)", "30,2", 30.2e9, "money", "đồng", "dư nợ", END24, location="Thạnh Trị"),
    F("gấp khoảng 3 lần", "3", 3, "multiple", "lần", "dư nợ chương trình so với năm 2010", approx="about"),
    F("có 1.126 khách hàng", "1.126", 1126, "count", "khách hàng",
      "khách hàng là học sinh, sinh viên đã ra trường, có việc làm chủ động trả nợ",
      P("năm 2024", "2024-01-01", "2024-12-31")),
    F("tiền 21,3 tỷ đồng", "21,3", 21.3e9, "money", "đồng", "số tiền trả nợ",
      P("năm 2024", "2024-01-01", "2024-12-31")),
    F("147 người", "147", 147, "count", "người", "người tất toán trước hạn",
      P("năm 2024", "2024-01-01", "2024-12-31"), total=1126),
    F("từ 0,61% năm 2020", "0,61", 0.61, "percent", "%", "tỷ lệ nợ quá hạn",
      P("năm 2020", "2020-01-01", "2020-12-31")),
    F("còn 0,23%", "0,23", 0.23, "percent", "%", "tỷ lệ nợ quá hạn", P("cuối năm 2024", end="2024-12-31")),
    F("tổng cộng 52 triệu đồng", "52", 52e6, "money", "đồng", "vốn được vay để theo học ngành Điều dưỡng",
      P("từ năm 2016 đến năm 2020", "2016-01-01", "2020-12-31")),
    F("khoảng 8 triệu đồng/tháng", "8", 8e6, "money", "đồng/tháng", "mức lương", approx="about"),
    F("trả nợ 3 triệu đồng", "3", 3e6, "money", "đồng/quý", "số tiền trả nợ mỗi quý"),
    F("được 39/52 triệu đồng", "39", 39e6, "money", "đồng", "số tiền nợ đã trả",
      P("đến nay", end="2025-03-18"), total=52e6),
    F("vay 42 tỷ đồng", "42", 42e9, "money", "đồng", "doanh số cho vay", Y25, status="target"),
    F("trên 8%", "8", 8, "percent", "%", "tăng trưởng dư nợ", Y25, approx="over", status="target"),
]

write("p1003-5", TEXT, NOTES, FIGS, published="2025-03-18", location="Sóc Trăng")
