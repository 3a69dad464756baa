from lib import *

ROWS = [
    ("Ba Bể", "162,4", "170,8", "178,0"),
    ("Pác Nặm", "138,9", "147,2", "152,5"),
    ("Chợ Đồn", "151,6", "156,3", "160,0"),
    ("Ngân Sơn", "120,7", "128,4", "133,0"),
    ("Na Rì", "143,5", "149,1", "155,0"),
]
TABLE = "\n".join("\n".join(r) for r in ROWS)

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH BẮC KẠN
Trang chủ / Giảm nghèo / Tín dụng chính sách

Dư nợ cho vay hộ nghèo, hộ cận nghèo tiếp tục tăng

Tính đến 30/6/2024, dư nợ cho vay hộ nghèo và hộ cận nghèo trên địa bàn tỉnh Bắc Kạn đạt 1.186,4 tỷ đồng, chiếm 41,2% tổng dư nợ tín dụng chính sách, tăng 52,8 tỷ đồng so với 31/12/2023. Kết quả tại một số huyện như sau:

Bảng: Dư nợ cho vay hộ nghèo, hộ cận nghèo theo huyện
Đơn vị tính: tỷ đồng
Huyện
31/12/2023
30/6/2024
Kế hoạch 2024
""" + TABLE + """

Vốn vay được giải ngân trực tiếp đến hộ vay tại 108 xã, phường, thị trấn thông qua các Điểm giao dịch xã. Dư nợ bình quân đạt 68,5 triệu đồng/hộ, tăng 4,3 triệu đồng/hộ so với cuối năm 2023. Nợ quá hạn của hai chương trình là 2,37 tỷ đồng, chiếm 0,2% dư nợ. Hiện nay, mức cho vay tối đa đối với hộ nghèo, hộ cận nghèo là 100 triệu đồng/hộ, thời hạn tối đa 10 năm.

Năm 2024, tỉnh phấn đấu giảm tỷ lệ hộ nghèo từ 2,5 đến 3%; các Tổ tiết kiệm và vay vốn phải bình xét công khai, cho vay đúng đối tượng.

Cơ quan chủ quản: Sở Lao động - Thương binh và Xã hội tỉnh Bắc Kạn
Địa chỉ: Tổ 10, phường Đức Xuân, thành phố Bắc Kạn
Điện thoại: 0209.3870.256
Tổng lượt truy cập: 1.204.377
"""

A30 = P("Tính đến 30/6/2024", None, "2024-06-30")
COLS = [
    ("31/12/2023", P("31/12/2023", None, "2023-12-31"), None),
    ("30/6/2024", P("30/6/2024", None, "2024-06-30"), None),
    ("kế hoạch 2024", P("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target"),
]
B = 1e9
M = 1e6

FIGS = [
    F("đạt 1.186,4 tỷ đồng", "1.186,4", 1186.4 * B, "money", "đồng", "dư nợ cho vay hộ nghèo và hộ cận nghèo", A30,
      percent=41.2, change=CH("increase", 52.8 * B, "đồng", "31/12/2023")),
]
for district, *cells in ROWS:
    for i, (cell, (col, per, st)) in enumerate(zip(cells, COLS)):
        nxt = cells[i + 1] if i + 1 < len(cells) else None
        anchor = "\n" + cell + "\n"
        kw = {"location": district}
        if st:
            kw["status"] = st
        FIGS.append(F(anchor, cell, parse_num(cell) * B, "money", "đồng",
                      f"Dư nợ cho vay hộ nghèo, hộ cận nghèo {col}", per, **kw))
FIGS += [
    F("tại 108 xã", "108", 108, "count", "xã, phường, thị trấn", "xã, phường, thị trấn có hộ vay được giải ngân qua Điểm giao dịch xã"),
    F("đạt 68,5 triệu đồng/hộ", "68,5", 68.5 * M, "money", "đồng/hộ", "dư nợ bình quân", I(A30),
      change=CH("increase", 4.3 * M, "đồng/hộ", "cuối năm 2023")),
    F("của hai chương trình", "hai", 2, "count", "chương trình", "chương trình", optional=True),
    F("là 2,37 tỷ đồng", "2,37", 2.37 * B, "money", "đồng", "nợ quá hạn của hai chương trình", I(A30), percent=0.2),
    F("là 100 triệu đồng/hộ", "100", 100 * M, "money", "đồng/hộ", "mức cho vay tối đa đối với hộ nghèo, hộ cận nghèo",
      approx="at_most"),
    F("tối đa 10 năm", "10", 10, "measure", "năm", "thời hạn cho vay tối đa", approx="at_most", optional=True),
    F("từ 2,5 đến 3%", "2,5", 2.5, "percent", "%", "giảm tỷ lệ hộ nghèo", P("Năm 2024", "2024-01-01", "2024-12-31"),
      value_max=3, status="target"),
]

COMMENTS = [
    "Department site (Sở LĐ-TB&XH tỉnh Bắc Kạn), no dateline: dư nợ cho vay hộ nghèo, hộ cận nghèo đến 30/6/2024, with a table one cell per line",
    "  ('Đơn vị tính: tỷ đồng'; columns Huyện | 31/12/2023 | 30/6/2024 | Kế hoạch 2024). Footer: address 'Tổ 10', phone, visit counter (not figures).",
    "Table cells: district rows go to location; subject = table title + column; dated columns give as-of periods (start null),",
    "  'Kế hoạch 2024' gives the year 2024 and status target. Cells like '178,0' are read as 178 tỷ.",
    "'tối đa 100 triệu đồng/hộ' is a policy ceiling (money, at_most, rate unit); 'thời hạn tối đa 10 năm' is optional.",
    "'phấn đấu giảm tỷ lệ hộ nghèo từ 2,5 đến 3%' is a target range (percent, value_max 3); the reduction is the claim, so no change object.",
    "No date in the text: published is left out (null).",
    "revised: 'hai chương trình' (a back-reference to the two programmes, like 'cả 03 khối' in shared h05) added as optional.",
]

if __name__ == "__main__":
    emit("p567-7", TEXT, COMMENTS, FIGS, published=None, location="Bắc Kạn")
