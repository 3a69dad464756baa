from lib import F, P, C, T, emit

TEXT = """Kinh tế

Kiều hối về TPHCM năm 2023 đạt gần 9,46 tỷ USD

MINH ANH 14:35, 08/01/2024

(SGGP) - Theo Ngân hàng Nhà nước chi nhánh TPHCM, lượng kiều hối chuyển về thành phố năm 2023 ước đạt gần 9,46 tỷ USD (tương đương khoảng 230 nghìn tỷ đồng), tăng 28,9% so với năm 2022 và chiếm khoảng 59% tổng lượng kiều hối của cả nước.

Theo ước tính của Ngân hàng Nhà nước, tổng lượng kiều hối về Việt Nam năm 2023 khoảng 16 tỷ USD, đưa Việt Nam tiếp tục nằm trong nhóm 10 quốc gia nhận kiều hối lớn nhất thế giới.

Xét theo khu vực, kiều hối từ châu Á chiếm 51,2%, châu Mỹ chiếm 37,6%, châu Âu chiếm 6,4%, phần còn lại đến từ châu Đại Dương và các khu vực khác. Kiều hối qua các tổ chức tín dụng đạt 8,52 tỷ USD, trong đó qua các công ty kiều hối là 3,1 tỷ USD; phần còn lại qua các tổ chức kinh tế được phép nhận và chi trả ngoại tệ theo Nghị định 88/2019/NĐ-CP.

Đáng chú ý, khoảng 70% lượng kiều hối được đưa vào sản xuất, kinh doanh, bất động sản và gửi tiết kiệm; tỷ lệ dùng cho tiêu dùng chỉ chiếm 8-10%. Riêng tháng 12/2023, kiều hối về thành phố đạt 1,02 tỷ USD, tăng 15% so với tháng trước.

Ông Nguyễn Đức Lệnh, Phó Giám đốc Ngân hàng Nhà nước chi nhánh TPHCM (trụ sở số 8 Võ Văn Kiệt, quận 1), nhận định: dòng kiều hối năm nay tiếp tục tích cực nhờ kinh tế Mỹ phục hồi và chênh lệch lãi suất giữa đồng Việt Nam và USD. Dự báo năm 2024, lượng kiều hối về TPHCM có thể đạt từ 9,5 đến 10 tỷ USD.

Để thu hút thêm nguồn lực, thành phố đề nghị các ngân hàng mở rộng mạng lưới chi trả, giảm phí chuyển tiền và phối hợp với các hội doanh nhân kiều bào tại 50 nước có đông người Việt để giới thiệu dự án.

0 bình luận
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
HCM = "TP Hồ Chí Minh"

FIGS = [
    F("đạt gần 9,46 tỷ USD\n", "9,46", 9.46e9, "money", "USD", "Kiều hối về TPHCM", Y23, approx="nearly"),
    F("ước đạt gần 9,46 tỷ USD", "9,46", 9.46e9, "money", "USD", "lượng kiều hối chuyển về thành phố", Y23,
      approx="nearly", status="estimate", change=C("increase", 28.9, "%", "năm 2022"), percent=59),
    F("khoảng 230 nghìn tỷ đồng", "230", 230e12, "money", "đồng", "lượng kiều hối chuyển về thành phố", Y23,
      approx="about", status="estimate"),
    F("khoảng 16 tỷ USD", "16", 16e9, "money", "USD", "tổng lượng kiều hối về Việt Nam", Y23,
      approx="about", status="estimate", location="Việt Nam"),
    F("nhóm 10 quốc gia", "10", 10, "count", "quốc gia", "quốc gia nhận kiều hối lớn nhất thế giới", Y23,
      location="Việt Nam", optional=True),
    F("châu Á chiếm 51,2%", "51,2", 51.2, "percent", "%", "tỷ trọng kiều hối từ châu Á", Y23i),
    F("châu Mỹ chiếm 37,6%", "37,6", 37.6, "percent", "%", "tỷ trọng kiều hối từ châu Mỹ", Y23i),
    F("châu Âu chiếm 6,4%", "6,4", 6.4, "percent", "%", "tỷ trọng kiều hối từ châu Âu", Y23i),
    F("đạt 8,52 tỷ USD", "8,52", 8.52e9, "money", "USD", "kiều hối qua các tổ chức tín dụng", Y23i),
    F("là 3,1 tỷ USD", "3,1", 3.1e9, "money", "USD", "kiều hối qua các công ty kiều hối", Y23i, total=8.52e9),
    F("khoảng 70% lượng", "70", 70, "percent", "%", "lượng kiều hối được đưa vào sản xuất, kinh doanh, bất động sản và gửi tiết kiệm",
      Y23i, approx="about"),
    F("chiếm 8-10%", "8", 8, "percent", "%", "tỷ lệ kiều hối dùng cho tiêu dùng", Y23i, value_max=10),
    F("đạt 1,02 tỷ USD", "1,02", 1.02e9, "money", "USD", "kiều hối về thành phố",
      P("tháng 12/2023", "2023-12-01", "2023-12-31"), change=C("increase", 15, "%", "tháng trước")),
    F("từ 9,5 đến 10 tỷ USD", "9,5", 9.5e9, "money", "USD", "lượng kiều hối về TPHCM",
      P("năm 2024", "2024-01-01", "2024-12-31"), value_max=10e9, status="forecast"),
    F("tại 50 nước", "50", 50, "count", "nước", "nước có đông người Việt", optional=True),
]

COMMENTS = [
    "Party newspaper (SGGP style), byline + 'HH:MM, dd/mm/yyyy' dateline; remittances to TP Hồ Chí Minh in 2023.",
    "The headline figure is annotated too (status actual: the headline has no estimate cue).",
    "Distractors: Nghị định 88/2019/NĐ-CP, 'số 8 Võ Văn Kiệt, quận 1' (a district name with a number), '0 bình luận', dateline.",
    "9,46 tỷ USD carries the change after the bracket (FIGURES.md) and the share 'chiếm khoảng 59%' as percent. The bracketed",
    "'tương đương khoảng 230 nghìn tỷ đồng' is a money figure of its own (cf. h01 'tương đương 1,488 triệu hồ sơ'), estimate under 'ước đạt'.",
    "'nhóm 10 quốc gia' is a label (optional, cf. h05 'top 10'); '50 nước' in a plan sentence without a cue: optional.",
    "Shares by region are a list sharing one indicator; regions are not provinces so location stays TP Hồ Chí Minh; period inherited (năm 2023).",
]

if __name__ == "__main__":
    emit("p271-2", TEXT, COMMENTS, FIGS, published="2024-01-08", location="TP Hồ Chí Minh")
