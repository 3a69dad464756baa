"""p1033-2: district portal, huyện Krông Pắc (Đắk Lắk), community bookcases, April 2024."""
from lib import F, P, I, C, T, write

TEXT = """UBND HUYỆN KRÔNG PẮC - TRANG THÔNG TIN ĐIỆN TỬ
Tin tức > Văn hóa - Thể thao

Krông Pắc: Lan tỏa phong trào tủ sách cộng đồng

Thứ Hai, 22/04/2024 - 16:40

Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam lần thứ 3 (21/4), chiều 20/4, Phòng Văn hóa và Thông tin huyện phối hợp với Huyện đoàn tổ chức Ngày hội đọc sách tại Nhà Văn hóa huyện (Quốc lộ 26, thị trấn Phước An), thu hút khoảng 1.500 lượt người tham gia.

Theo Phòng Văn hóa và Thông tin, đến nay 16/16 xã, thị trấn có thư viện hoặc phòng đọc; toàn huyện có 148 tủ sách cộng đồng đặt tại thôn, buôn, tổ dân phố, tăng 35 tủ so với cuối năm 2022. Tổng số sách tại các tủ sách khoảng 41.000 bản, trong đó sách do người dân, doanh nghiệp quyên góp chiếm hơn 70%.

Một số xã có nhiều tủ sách là Ea Phê (18 tủ), Ea Kly (15 tủ), Ea Yông (12 tủ) và Hòa An (11 tủ). Tủ sách buôn Ea Kung, xã Ea Phê hiện có gần 900 cuốn, mỗi tháng có từ 250 đến 300 lượt mượn.

Năm 2023, các thư viện, tủ sách trên địa bàn huyện phục vụ 62.400 lượt bạn đọc, tăng 18,5% so với năm 2022; số lượt mượn sách về nhà đạt 27.300 lượt. Từ đầu năm đến nay, các tủ sách cộng đồng ghi nhận 9.860 lượt mượn.

Tại ngày hội, Ban tổ chức trao tặng 2.000 cuốn sách cho 8 trường tiểu học, THCS vùng khó khăn, tổng trị giá khoảng 90 triệu đồng; trao thưởng cho 25 học sinh đoạt giải cuộc thi Đại sứ văn hóa đọc cấp huyện (3 giải Nhất, 7 giải Nhì, 15 giải Ba).

Năm 2024, huyện phấn đấu xây dựng thêm 20 tủ sách cộng đồng, nâng tỷ lệ thôn, buôn, tổ dân phố có tủ sách lên 85%.

Văn Thành (Phòng VH&TT huyện)
"""

NOW = P("đến nay", None, "2024-04-22")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-04-22")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
SUBJ_LIST = "tủ sách cộng đồng"

FIGS = [
    F("khoảng 1.500 lượt người", "1.500", 1500, "count", "lượt người", "lượt người tham gia Ngày hội đọc sách", approx="about"),
    F("16/16 xã, thị trấn", "16", 16, "count", "xã, thị trấn", "xã, thị trấn có thư viện hoặc phòng đọc", NOW, total=16),
    F("có 148 tủ sách", "148", 148, "count", "tủ sách cộng đồng", "tủ sách cộng đồng đặt tại thôn, buôn, tổ dân phố", NOW,
      change=C("increase", 35, "tủ", baseline="cuối năm 2022")),
    F("khoảng 41.000 bản", "41.000", 41000, "count", "bản", "sách tại các tủ sách cộng đồng", I(NOW), approx="about"),
    F("chiếm hơn 70%", "70", 70, "percent", "%", "sách do người dân, doanh nghiệp quyên góp", I(NOW), approx="over"),
    F("Ea Phê (18 tủ)", "18", 18, "count", "tủ", SUBJ_LIST, location="Ea Phê"),
    F("Ea Kly (15 tủ)", "15", 15, "count", "tủ", SUBJ_LIST, location="Ea Kly"),
    F("Ea Yông (12 tủ)", "12", 12, "count", "tủ", SUBJ_LIST, location="Ea Yông"),
    F("Hòa An (11 tủ)", "11", 11, "count", "tủ", SUBJ_LIST, location="Hòa An"),
    F("có gần 900 cuốn", "900", 900, "count", "cuốn", "sách tại tủ sách buôn Ea Kung", approx="nearly", location="Ea Phê"),
    F("từ 250 đến 300 lượt mượn", "250", 250, "count", "lượt mượn", "lượt mượn mỗi tháng tại tủ sách buôn Ea Kung",
      value_max=300, location="Ea Phê"),
    F("phục vụ 62.400 lượt", "62.400", 62400, "count", "lượt bạn đọc", "lượt bạn đọc các thư viện, tủ sách phục vụ", Y23,
      change=C("increase", 18.5, baseline="năm 2022")),
    F("đạt 27.300 lượt", "27.300", 27300, "count", "lượt", "lượt mượn sách về nhà", Y23),
    F("ghi nhận 9.860 lượt mượn", "9.860", 9860, "count", "lượt mượn", "lượt mượn tại các tủ sách cộng đồng", YTD),
    F("trao tặng 2.000 cuốn", "2.000", 2000, "count", "cuốn sách", "sách trao tặng cho trường vùng khó khăn"),
    F("cho 8 trường", "8", 8, "count", "trường", "trường tiểu học, THCS vùng khó khăn được tặng sách"),
    F("khoảng 90 triệu đồng", "90", 90e6, "money", "đồng", "tổng trị giá sách trao tặng", approx="about"),
    F("cho 25 học sinh", "25", 25, "count", "học sinh", "học sinh đoạt giải cuộc thi Đại sứ văn hóa đọc cấp huyện"),
    F("(3 giải Nhất", "3", 3, "count", "giải Nhất", "học sinh đoạt giải Nhất", total=25),
    F("7 giải Nhì", "7", 7, "count", "giải Nhì", "học sinh đoạt giải Nhì", total=25),
    F("15 giải Ba", "15", 15, "count", "giải Ba", "học sinh đoạt giải Ba", total=25),
    F("thêm 20 tủ sách", "20", 20, "count", "tủ sách cộng đồng", "tủ sách cộng đồng xây dựng thêm", Y24, status="target"),
    F("lên 85%", "85", 85, "percent", "%", "tỷ lệ thôn, buôn, tổ dân phố có tủ sách", Y24, status="target"),
]

NOTES = [
    "District portal (huyện Krông Pắc, Đắk Lắk): community bookcases. Dateline 'Thứ Hai, 22/04/2024 - 16:40'.",
    "Location: the district Krông Pắc; items of the commune list (and the buôn Ea Kung bookcase in xã Ea Phê) take the commune",
    "as location, as a place item of a list does (spec silent on communes; see REPORT).",
    "Distractors: 'lần thứ 3 (21/4)', 'chiều 20/4', 'Quốc lộ 26', 'cuối năm 2022' (a change baseline).",
    "'đến nay' and 'Từ đầu năm đến nay' end at the dateline. 3+7+15 = 25: the prize breakdown takes total 25.",
    "'mỗi tháng có từ 250 đến 300 lượt mượn': a count within each month, unit lượt mượn (a per-month count, not a rate per population).",
]

write("p1033-2", TEXT, NOTES, FIGS, published="2024-04-22", location="Krông Pắc")
