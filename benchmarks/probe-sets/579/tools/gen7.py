from lib import F, P, I, CH, TG, emit

HEAD = """SỞ VĂN HÓA VÀ THỂ THAO TỈNH BÌNH ĐỊNH
Trang chủ | Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính

Một số chỉ tiêu phát triển thể dục thể thao tỉnh Bình Định

Thực hiện Nghị quyết số 15/2021/NQ-HĐND của HĐND tỉnh, phong trào thể dục thể thao quần chúng và thể thao thành tích cao của tỉnh tiếp tục có bước phát triển. Đến nay, 155/155 xã, phường, thị trấn đã có Trung tâm Văn hóa - Thể thao; tuy nhiên 3 huyện miền núi An Lão, Vĩnh Thạnh, Vân Canh vẫn có tỷ lệ người tập luyện thường xuyên dưới 25%.

Bảng: Một số chỉ tiêu thể dục thể thao giai đoạn 2022-2024

Chỉ tiêu
Đơn vị tính
Năm 2022
Năm 2023
Kế hoạch 2024
"""
ROWS = [
    ("Tỷ lệ người tập luyện TDTT thường xuyên", "%", ["34,6", "36,1", "37,5"]),
    ("Tỷ lệ gia đình thể thao", "%", ["22,4", "23,8", "25"]),
    ("Câu lạc bộ TDTT cơ sở", "câu lạc bộ", ["1.482", "1.569", "1.650"]),
    ("Công trình thể thao công cộng", "công trình", ["2.310", "2.437", "2.500"]),
    ("Huy chương thể thao thành tích cao", "huy chương", ["167", "203", "180"]),
]
TAIL = """
Năm 2023, tỉnh đăng cai 12 giải thể thao toàn quốc, trong đó có Giải Vô địch Võ cổ truyền toàn quốc với hơn 800 vận động viên tham dự. Đội bóng đá Bình Định thi đấu 26 trận tại V.League mùa giải 2023-2024 và xếp thứ 6 chung cuộc.

Địa chỉ: 149 Lê Hồng Phong, TP. Quy Nhơn - Điện thoại: 0256.3822.345
Tổng số lượt truy cập: 2.415.863
"""
TEXT = HEAD + "".join(f"{label}\n{unit}\n" + "\n".join(cells) + "\n" for label, unit, cells in ROWS) + TAIL

FIGS = [
    F("155/155", "155", 155, "count", "xã, phường, thị trấn", "xã, phường, thị trấn đã có Trung tâm Văn hóa - Thể thao", total=155),
    F("tuy nhiên 3 huyện", "3", 3, "count", "huyện", "huyện miền núi có tỷ lệ người tập luyện thường xuyên dưới 25%"),
    F("dưới 25%", "25", 25, "percent", "%", "tỷ lệ người tập luyện thường xuyên của 3 huyện miền núi", approx="under"),
]
COLS = [("năm 2022", P("Năm 2022", "2022-01-01", "2022-12-31"), "actual"),
        ("năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), "actual"),
        ("kế hoạch 2024", P("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target")]
for label, unit, cells in ROWS:
    kind = "percent" if unit == "%" else "count"
    for i, c in enumerate(cells):
        if i == 0:
            anchor = f"{unit}\n{c}\n"
        else:
            anchor = f"{cells[i - 1]}\n{c}\n"
        name, per, st = COLS[i]
        value = float(c.replace(".", "").replace(",", "."))
        if value.is_integer():
            value = int(value)
        kw = {"status": st} if st != "actual" else {}
        FIGS.append(F(anchor, c, value, kind, unit, f"{label} {name}", per, **kw))

FIGS += [
    F("đăng cai 12 giải", "12", 12, "count", "giải", "giải thể thao toàn quốc tỉnh đăng cai", P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("hơn 800 vận động viên", "800", 800, "count", "vận động viên", "vận động viên tham dự Giải Vô địch Võ cổ truyền toàn quốc",
      P("Năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("thi đấu 26 trận", "26", 26, "count", "trận", "trận Đội bóng đá Bình Định thi đấu tại V.League"),
    F("xếp thứ 6", "6", 6, "rank", "hạng", "Đội bóng đá Bình Định xếp hạng chung cuộc tại V.League"),
]

COMMENTS = [
    "Sở Văn hóa và Thể thao tỉnh Bình Định (department site), no dateline: published null. Table with one cell per line, unit in its",
    "own 'Đơn vị tính' column; periods from the column headers (Năm 2022, Năm 2023, Kế hoạch 2024 -> status target), scored as in h23.",
    "'155/155' count with total; '3 huyện ... dưới 25%': a count and a percent (under). 'Đến nay' with no dateline gives no period.",
    "Not figures: Nghị quyết số 15/2021/NQ-HĐND, 'giai đoạn 2022-2024', 'mùa giải 2023-2024', 149 Lê Hồng Phong, phone, visit counter.",
    "'trong đó có Giải Vô địch ...' names one of the 12 tournaments, so the 800 athletes get no total. 'Năm 2023' heads the sentence with",
    "the 12 tournaments and the 800 athletes; the V.League sentence has a season, no period.",
]

emit("p579-7", TEXT, COMMENTS, FIGS, published=None, location="Bình Định")
