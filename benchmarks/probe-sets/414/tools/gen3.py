from lib import F, P, C, T, emit

text = """Hơn 91% học sinh, sinh viên học nghề có việc làm sau tốt nghiệp
Minh Hà 12/03/2024 07:45

BGĐT - Năm 2023, các cơ sở giáo dục nghề nghiệp trên địa bàn tỉnh có 14.260 học sinh, sinh viên tốt nghiệp, trong đó 12.985 em có việc làm ngay sau khi ra trường, chiếm 91,06%, cao hơn 2,3% so với năm 2022.

Khối cao đẳng có 4.120 sinh viên tốt nghiệp, tỷ lệ có việc làm 93,4%; khối trung cấp có 10.140 học sinh tốt nghiệp, tỷ lệ có việc làm 90,1%. Một số trường có tỷ lệ cao như Trường Cao đẳng Kỹ thuật Công nghiệp (98,2%), Trường Cao đẳng Nông Lâm Đông Bắc (95,6%), Trường Trung cấp Kinh tế - Kỹ thuật số 2 (92,7%).

Mức thu nhập bình quân của người học sau tốt nghiệp từ 7 đến 12 triệu đồng/tháng; riêng các ngành điện tử, cơ khí, hàn làm việc tại doanh nghiệp FDI có thu nhập trên 15 triệu đồng/tháng.

Để tăng tỷ lệ việc làm, các trường đã ký kết hợp tác với 326 doanh nghiệp, trong đó có 118 doanh nghiệp FDI tại các khu công nghiệp Quang Châu, Vân Trung, Đình Trám, Song Khê - Nội Hoàng. Nhiều doanh nghiệp đặt hàng đào tạo, nhận học sinh thực tập có trả lương từ năm thứ hai.

Theo Sở Lao động - Thương binh và Xã hội, đến hết tháng 2/2024, toàn tỉnh đã tuyển sinh được 5.870 người, bằng 13,8% kế hoạch. Năm 2024, ngành phấn đấu tuyển sinh 42.500 người, tỷ lệ học sinh, sinh viên có việc làm sau tốt nghiệp đạt trên 92%.

Ông Nguyễn Văn Thắng, Trưởng phòng Giáo dục nghề nghiệp cho biết, thực hiện Quyết định số 2239/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển giáo dục nghề nghiệp giai đoạn 2021-2030, tỉnh tập trung đầu tư 5 nghề trọng điểm cấp quốc gia, hướng tới đào tạo theo chuẩn quốc tế.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
RATE = "tỷ lệ học sinh, sinh viên có việc làm sau tốt nghiệp"
figs = [
    F("Hơn 91% học sinh", "91", 91, "percent", "%", "học sinh, sinh viên học nghề có việc làm sau tốt nghiệp", approx="over"),
    F("có 14.260 học sinh", "14.260", 14260, "count", "học sinh, sinh viên", "học sinh, sinh viên tốt nghiệp", Y23),
    F("12.985 em", "12.985", 12985, "count", "em", "học sinh, sinh viên có việc làm ngay sau khi ra trường", Y23,
      total=14260, percent=91.06, change=C("increase", 2.3, "%", "năm 2022")),
    F("có 4.120 sinh viên", "4.120", 4120, "count", "sinh viên", "sinh viên khối cao đẳng tốt nghiệp", Y23i),
    F("việc làm 93,4%", "93,4", 93.4, "percent", "%", "tỷ lệ có việc làm khối cao đẳng", Y23i),
    F("có 10.140 học sinh", "10.140", 10140, "count", "học sinh", "học sinh khối trung cấp tốt nghiệp", Y23i),
    F("việc làm 90,1%", "90,1", 90.1, "percent", "%", "tỷ lệ có việc làm khối trung cấp", Y23i),
    F("(98,2%)", "98,2", 98.2, "percent", "%", RATE, Y23i),
    F("(95,6%)", "95,6", 95.6, "percent", "%", RATE, Y23i),
    F("(92,7%)", "92,7", 92.7, "percent", "%", RATE, Y23i),
    F("từ 7 đến 12 triệu", "7", 7e6, "money", "đồng/tháng", "mức thu nhập bình quân của người học sau tốt nghiệp",
      value_max=12e6),
    F("trên 15 triệu đồng", "15", 15e6, "money", "đồng/tháng", "thu nhập ngành điện tử, cơ khí, hàn tại doanh nghiệp FDI",
      approx="over"),
    F("với 326 doanh nghiệp", "326", 326, "count", "doanh nghiệp", "doanh nghiệp ký kết hợp tác"),
    F("có 118 doanh nghiệp", "118", 118, "count", "doanh nghiệp FDI", "doanh nghiệp FDI ký kết hợp tác", total=326),
    F("từ năm thứ hai", "hai", 2, "count", "năm", optional=True),
    F("được 5.870 người", "5.870", 5870, "count", "người", "tuyển sinh", P("đến hết tháng 2/2024", None, "2024-02-29"),
      percent=13.8),
    F("sinh 42.500 người", "42.500", 42500, "count", "người", "tuyển sinh", P("Năm 2024", "2024-01-01", "2024-12-31"),
      status="target"),
    F("đạt trên 92%", "92", 92, "percent", "%", RATE, P("Năm 2024", "2024-01-01", "2024-12-31"), approx="over", status="target"),
    F("đầu tư 5 nghề", "5", 5, "count", "nghề", "nghề trọng điểm cấp quốc gia được đầu tư"),
]

emit("p414-3", text, [
    "Báo Bắc Giang (Party newspaper, BGĐT tag): học sinh, sinh viên học nghề có việc làm sau tốt nghiệp năm 2023. Byline + bare 'dd/mm/yyyy hh:mm' dateline.",
    "The province is only 'tỉnh' in the text; the BGĐT tag and the industrial parks imply Bắc Giang (as BDO/QNO in the shared gold).",
    "Distractors: 'Trường Trung cấp Kinh tế - Kỹ thuật số 2' (a name with a number just before a bracketed rate), 'Quyết định số 2239/QĐ-TTg',",
    "'giai đoạn 2021-2030' (strategy name), dateline. 'từ năm thứ hai' (year of study) optional.",
    "'trong đó 12.985 em …, chiếm 91,06%, cao hơn 2,3% so với năm 2022': total 14.260, percent 91,06, change +2,3 (attached to the count by FIGURES.md).",
    "Khối cao đẳng / trung cấp counts add up to 14.260 but no part-of cue: no total. 'tỷ lệ có việc làm 93,4%' is a rate of its own, not 'chiếm'.",
    "School list: schools are not places; subject is the list's indicator. Income ranges are money in đồng/tháng. 'bằng 13,8% kế hoạch' is the percent of 5.870.",
    "'đến hết tháng 2/2024' ends 2024-02-29 (as-of).",
], figs, published="2024-03-12", location="Bắc Giang")
