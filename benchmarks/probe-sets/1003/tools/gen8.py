"""p1003-8: Báo Bắc Giang online, headline figure, '(BGĐT) -' tag, 9 months of 2023."""
from lib import F, P, I, C, write

TEXT = """Báo Bắc Giang điện tử
Xã hội | 12/10/2023 11:20

Gần 1.900 học sinh, sinh viên được vay vốn ưu đãi trong 9 tháng

(BGĐT) - 9 tháng đầu năm 2023, Chi nhánh Ngân hàng Chính sách xã hội tỉnh Bắc Giang giải ngân 68,4 tỷ đồng cho vay học sinh, sinh viên, đạt 81,4% kế hoạch năm, tăng 11,2% so với cùng kỳ năm 2022, giúp 1.874 học sinh, sinh viên có điều kiện theo học. Trong đó, sinh viên đại học, cao đẳng chiếm 86,3%, học sinh trung cấp, học nghề chiếm 13,7%.

Các huyện Lục Ngạn, Lục Nam và Yên Thế có số học sinh, sinh viên được vay lớn nhất, lần lượt là 286, 241 và 198 em.

Từ đầu năm đến nay, 1.245 khách hàng là học sinh, sinh viên đã ra trường có việc làm trả nợ với số tiền 19,7 tỷ đồng. Tính đến ngày 30/9/2023, dư nợ chương trình đạt 452,6 tỷ đồng; nợ quá hạn 0,87 tỷ đồng, chiếm 0,19%, giảm 0,05 điểm phần trăm so với đầu năm.

Anh Giáp Văn Tám ở thôn Đồng Tâm, xã Tân Sơn (Lục Ngạn) có con gái học năm thứ 2 Trường Đại học Nông Lâm Bắc Giang cho biết, mỗi năm gia đình được vay 40 triệu đồng, đủ đóng học phí và chi phí sinh hoạt.

Dự kiến trong quý IV/2023, chi nhánh tiếp tục giải ngân khoảng 15,5 tỷ đồng; phấn đấu cả năm 2023 đạt 84 tỷ đồng. Dịp này, chi nhánh được UBND tỉnh tặng Bằng khen tại Đại hội thi đua yêu nước lần thứ V.

Hoàng Minh
"""

NOTES = [
    "Báo Bắc Giang online, headline with a figure, 'Xã hội | 12/10/2023 11:20', '(BGĐT) -' tag, byline at the end.",
    "Distractors: time 11:20, 'năm thứ 2' (ordinal), 'lần thứ V', the person 'Giáp Văn Tám' (tám = eight), 'thôn Đồng Tâm'.",
    "Year-less headline '9 tháng' takes 2023 from the dateline before it. '81,4% kế hoạch năm' and 'tăng 11,2%' belong to 68,4 tỷ.",
    "'Trong đó, ... chiếm 86,3%, ... chiếm 13,7%' are shares without a count: percent figures of their own.",
    "'lần lượt là 286, 241 và 198 em' shares the indicator named before it; the districts are locations (period inherited).",
    "'giảm 0,05 điểm phần trăm so với đầu năm' is the change of 0,87 tỷ overdue debt (its share moved, stated after 'chiếm 0,19%').",
    "The household example: 'xã Tân Sơn (Lục Ngạn)' gives the district Lục Ngạn; 'mỗi năm ... 40 triệu đồng' is đồng/năm.",
]

M9 = P("9 tháng đầu năm 2023", "2023-01-01", "2023-09-30")
SINCE = P("Từ đầu năm đến nay", "2023-01-01", "2023-10-12")
ASOF = P("Tính đến ngày 30/9/2023", end="2023-09-30")

FIGS = [
    F("Gần 1.900 học sinh", "1.900", 1900, "count", "học sinh, sinh viên", "học sinh, sinh viên được vay vốn ưu đãi",
      P("trong 9 tháng", "2023-01-01", "2023-09-30"), approx="nearly"),
    F("giải ngân 68,4 tỷ đồng", "68,4", 68.4e9, "money", "đồng", "vốn giải ngân cho vay học sinh, sinh viên", M9,
      percent=81.4, change=C("increase", 11.2, "%", "cùng kỳ năm 2022")),
    F("giúp 1.874 học sinh", "1.874", 1874, "count", "học sinh, sinh viên", "học sinh, sinh viên được vay vốn", M9),
    F("chiếm 86,3%", "86,3", 86.3, "percent", "%", "tỷ trọng sinh viên đại học, cao đẳng", I(M9)),
    F("chiếm 13,7%", "13,7", 13.7, "percent", "%", "tỷ trọng học sinh trung cấp, học nghề", I(M9)),
    F("lần lượt là 286", "286", 286, "count", "em", "học sinh, sinh viên được vay", I(M9), location="Lục Ngạn"),
    F("286, 241", "241", 241, "count", "em", "học sinh, sinh viên được vay", I(M9), location="Lục Nam"),
    F("và 198 em", "198", 198, "count", "em", "học sinh, sinh viên được vay", I(M9), location="Yên Thế"),
    F("1.245 khách hàng", "1.245", 1245, "count", "khách hàng",
      "khách hàng là học sinh, sinh viên đã ra trường có việc làm trả nợ", SINCE),
    F("tiền 19,7 tỷ đồng", "19,7", 19.7e9, "money", "đồng", "số tiền trả nợ", SINCE),
    F("đạt 452,6 tỷ đồng", "452,6", 452.6e9, "money", "đồng", "dư nợ chương trình", ASOF),
    F("nợ quá hạn 0,87 tỷ đồng", "0,87", 0.87e9, "money", "đồng", "nợ quá hạn", ASOF, percent=0.19,
      change=C("decrease", 0.05, "điểm phần trăm", "đầu năm")),
    F("vay 40 triệu đồng", "40", 40e6, "money", "đồng/năm", "tiền vay mỗi năm của gia đình", location="Lục Ngạn"),
    F("khoảng 15,5 tỷ đồng", "15,5", 15.5e9, "money", "đồng", "vốn giải ngân", P("quý IV/2023", "2023-10-01", "2023-12-31"),
      approx="about", status="forecast"),
    F("đạt 84 tỷ đồng", "84", 84e9, "money", "đồng", "doanh số giải ngân cả năm",
      P("cả năm 2023", "2023-01-01", "2023-12-31"), status="target"),
]

write("p1003-8", TEXT, NOTES, FIGS, published="2023-10-12", location="Bắc Giang")
