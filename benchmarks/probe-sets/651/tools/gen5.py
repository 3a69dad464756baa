"""p651-5: Party newspaper (Phú Thọ), TYM microfinance loans to women's groups."""
from lib import F, P, I, CH, TG, emit

TEXT = """Vốn vi mô tiếp sức phụ nữ vùng cao

Những năm qua, Tổ chức tài chính vi mô TNHH MTV Tình Thương (TYM) - đơn vị trực thuộc Hội Liên hiệp Phụ nữ Việt Nam - đã trở thành "bà đỡ" về vốn cho nhiều phụ nữ nghèo ở các huyện miền núi của tỉnh Phú Thọ.

Tính đến hết tháng 2/2024, TYM có 4 chi nhánh hoạt động tại 6 huyện trên địa bàn tỉnh với 21.340 thành viên, được tổ chức thành 3.562 nhóm và 712 cụm. Toàn bộ thành viên là phụ nữ; 8.245 thành viên thuộc hộ nghèo, cận nghèo, chiếm 38,6%. Tổng dư nợ đạt 486,5 tỷ đồng, dư nợ bình quân 22,8 triệu đồng/thành viên; tỷ lệ hoàn trả đúng hạn đạt 99,87%. Tiết kiệm của thành viên đạt hơn 132 tỷ đồng.

Năm 2023, TYM đã giải ngân 612 tỷ đồng, tăng 14% so với năm 2022, cho 18.450 lượt khách hàng. Các huyện Thanh Sơn, Tân Sơn, Yên Lập có dư nợ lớn nhất, lần lượt là 118 tỷ đồng, 96,5 tỷ đồng và 81 tỷ đồng.

Chị Hà Thị Mai ở khu 6, xã Thu Cúc (huyện Tân Sơn) tham gia nhóm từ năm 2019. Từ khoản vay đầu tiên 15 triệu đồng, chị mua 2 con bò sinh sản; đến nay đàn bò đã lên 7 con, mỗi năm gia đình thu khoảng 60 triệu đồng.

Mỗi thành viên được vay từ 5 đến 100 triệu đồng, không cần tài sản bảo đảm, trả góp theo tuần hoặc theo tháng tại cụm. Năm 2024, TYM phấn đấu phát triển thêm 2.000 thành viên mới, dư nợ tăng khoảng 12%.

Thu Hằng
14/03/2024
"""

ASOF = P("Tính đến hết tháng 2/2024", end="2024-02-29")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
NOW = P("đến nay", end="2024-03-14")

FIGS = [
    F("có 4 chi nhánh", "4", 4, "count", "chi nhánh", "chi nhánh TYM hoạt động", ASOF),
    F("tại 6 huyện", "6", 6, "count", "huyện", "huyện có chi nhánh TYM hoạt động", ASOF),
    F("21.340 thành viên", "21.340", 21340, "count", "thành viên", "thành viên TYM", ASOF),
    F("3.562 nhóm", "3.562", 3562, "count", "nhóm", "nhóm thành viên", ASOF),
    F("712 cụm", "712", 712, "count", "cụm", "cụm thành viên", ASOF),
    F("8.245 thành viên", "8.245", 8245, "count", "thành viên", "thành viên thuộc hộ nghèo, cận nghèo", I(ASOF), percent=38.6),
    F("đạt 486,5 tỷ đồng", "486,5", 486.5e9, "money", "đồng", "tổng dư nợ", I(ASOF)),
    F("22,8 triệu đồng/thành viên", "22,8", 22.8e6, "money", "đồng/thành viên", "dư nợ bình quân", I(ASOF)),
    F("đạt 99,87%", "99,87", 99.87, "percent", "%", "tỷ lệ hoàn trả đúng hạn", I(ASOF)),
    F("hơn 132 tỷ đồng", "132", 132e9, "money", "đồng", "tiết kiệm của thành viên", I(ASOF), approx="over"),
    F("giải ngân 612 tỷ đồng", "612", 612e9, "money", "đồng", "vốn TYM giải ngân", Y23,
      change=CH("increase", 14, "%", "năm 2022")),
    F("18.450 lượt", "18.450", 18450, "count", "lượt khách hàng", "lượt khách hàng được giải ngân", Y23),
    F("là 118 tỷ đồng", "118", 118e9, "money", "đồng", "dư nợ", I(Y23), location="Thanh Sơn"),
    F("96,5 tỷ đồng", "96,5", 96.5e9, "money", "đồng", "dư nợ", I(Y23), location="Tân Sơn"),
    F("81 tỷ đồng", "81", 81e9, "money", "đồng", "dư nợ", I(Y23), location="Yên Lập"),
    F("tiên 15 triệu đồng", "15", 15e6, "money", "đồng", "khoản vay đầu tiên", location="Tân Sơn"),
    F("mua 2 con bò", "2", 2, "count", "con bò", "bò sinh sản mua", location="Tân Sơn"),
    F("lên 7 con", "7", 7, "count", "con", "đàn bò", NOW, location="Tân Sơn"),
    F("khoảng 60 triệu đồng", "60", 60e6, "money", "đồng", "thu nhập mỗi năm của gia đình", NOW, approx="about", location="Tân Sơn"),
    F("từ 5 đến 100 triệu", "5", 5e6, "money", "đồng", "mức vay mỗi thành viên", value_max=100e6),
    F("thêm 2.000 thành viên", "2.000", 2000, "count", "thành viên", "thành viên mới phát triển thêm", Y24, status="target"),
    F("khoảng 12%", "12", 12, "percent", "%", "dư nợ tăng", Y24, approx="about", status="target"),
]

COMMENTS = [
    "Party newspaper (Phú Thọ): TYM microfinance for women's groups; byline and bare date '14/03/2024' at the end.",
    "'Tính đến hết tháng 2/2024' is as-of the month's end (2024 is a leap year: 29/2).",
    "'chiếm 38,6%' is the share of 8.245 thành viên (no total: the whole is not given with a cue). The change 14% is placed right after 612 tỷ.",
    "District list with 'lần lượt': location = district. The anecdote in Tân Sơn (household figures) takes location Tân Sơn; 'đến nay' = dateline.",
    "Distractors: 'khu 6', 'từ năm 2019', 'TNHH MTV'.",
]

if __name__ == "__main__":
    emit("p651-5", TEXT, COMMENTS, FIGS, published="2024-03-14", location="Phú Thọ")
