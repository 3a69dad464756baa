"""p993-7: department site (Chi cục Chăn nuôi và Thú y TP Cần Thơ), no dateline, one-cell-per-line table."""
from lib import fig, period, change, target, write_set

ROWS = [("Ninh Kiều", "587", "126", "115,2"),
        ("Bình Thủy", "312", "61", "54,9"),
        ("Cái Răng", "276", "52", "46,8"),
        ("Ô Môn", "183", "35", "31,5"),
        ("Tổng", "1.358", "274", "248,4")]

TABLE = "\n".join(["Quận", "Chó bắt giữ (con)", "Trường hợp xử phạt", "Tiền phạt (triệu đồng)"]
                  + [cell for row in ROWS for cell in row])

TEXT = """
CHI CỤC CHĂN NUÔI VÀ THÚ Y THÀNH PHỐ CẦN THƠ
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả kiểm soát chó thả rông tại các quận năm 2023

Năm 2023, các quận Ninh Kiều, Bình Thủy, Cái Răng và Ô Môn đã tổ chức 96 đợt ra quân, bắt giữ tổng cộng 1.358 con chó thả rông, tăng 27,3% so với năm 2022. Số trường hợp bị xử phạt là 274, tổng tiền phạt gần 249 triệu đồng. Kết quả cụ thể như sau:

""" + TABLE + """

Bên cạnh đó, Chi cục đã phối hợp tiêm phòng dại cho 68.540 con chó, mèo, đạt 82,6% kế hoạch; cấp 12.300/15.000 thẻ đăng ký chó nuôi có mã QR theo kế hoạch năm. Năm 2024, Chi cục phấn đấu 100% chó nuôi ở 5 quận được đăng ký, cấp thẻ; tỷ lệ tiêm phòng đạt từ 80% trở lên. Người dân phát hiện chó thả rông có thể báo cho UBND phường hoặc Trạm Chăn nuôi và Thú y quận.

Tin liên quan:
- Ninh Kiều ra quân bắt chó thả rông đợt 3
- Hướng dẫn đăng ký nuôi chó, mèo trực tuyến

CHI CỤC CHĂN NUÔI VÀ THÚ Y THÀNH PHỐ CẦN THƠ
Địa chỉ: Số 23 Trần Quang Diệu, phường An Thới, quận Bình Thủy, TP Cần Thơ
Điện thoại: 0292.3841.637 - Fax: 0292.3841.638
Lượt truy cập: 1.284.905 | Đang trực tuyến: 37
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Y23_INH = period("Năm 2023", "2023-01-01", "2023-12-31", inherited=True)
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")


def table_figs():
    out = []
    prev = "Tiền phạt (triệu đồng)"
    for place, dogs, cases, money in ROWS:
        loc = "Cần Thơ" if place == "Tổng" else place
        pre = "tổng " if place == "Tổng" else ""
        out.append(fig(f"{prev}\n{place}\n{dogs}", dogs, float(dogs.replace(".", "")), "count", "con",
                       pre + "chó bắt giữ", period=Y23_INH, location=loc))
        out.append(fig(f"{place}\n{dogs}\n{cases}", cases, float(cases), "count", "trường hợp",
                       pre + "trường hợp xử phạt", period=Y23_INH, location=loc))
        out.append(fig(f"{dogs}\n{cases}\n{money}", money, float(money.replace(",", ".")) * 1e6,
                       "money", "đồng", pre + "tiền phạt", period=Y23_INH, location=loc))
        prev = money
    return out


FIGS = [
    fig("tổ chức 96 đợt", "96", 96, "count", "đợt", "đợt ra quân", period=Y23),
    fig("tổng cộng 1.358 con", "1.358", 1358, "count", "con", "chó thả rông bị bắt giữ",
        change=change("increase", 27.3, "%", "năm 2022"), period=Y23),
    fig("xử phạt là 274", "274", 274, "count", "trường hợp", "trường hợp bị xử phạt", period=Y23_INH),
    fig("gần 249 triệu đồng", "249", 249e6, "money", "đồng", "tổng tiền phạt", approx="nearly",
        period=Y23_INH),
] + table_figs() + [
    fig("cho 68.540 con", "68.540", 68540, "count", "con", "chó, mèo được tiêm phòng dại", percent=82.6,
        period=Y23_INH),
    fig("cấp 12.300/15.000 thẻ", "12.300", 12300, "count", "thẻ", "thẻ đăng ký chó nuôi có mã QR",
        target=target(15000, "thẻ"), period=Y23_INH),
    fig("phấn đấu 100%", "100", 100, "percent", "%", "chó nuôi được đăng ký, cấp thẻ", status="target",
        period=Y24),
    fig("ở 5 quận", "5", 5, "count", "quận", "quận", status="target", period=Y24, optional=True),
    fig("từ 80% trở lên", "80", 80, "percent", "%", "tỷ lệ tiêm phòng", approx="at_least",
        status="target", period=Y24),
]

NOTES = [
    "Chi cục Chăn nuôi và Thú y TP Cần Thơ (department site), no dateline: chó thả rông bắt giữ, xử phạt theo quận năm 2023; tiêm phòng, thẻ QR; mục tiêu 2024.",
    "Not figures: the menu, 'đợt 3' in a related-news title, the address 'Số 23 Trần Quang Diệu', phone and fax, 'Lượt truy cập: 1.284.905', 'Đang trực tuyến: 37'.",
    "Table pasted one cell per line (header cells, then each row's cells). Header '(triệu đồng)' gives money ×10^6; row places are locations; 'Tổng' row = Cần Thơ.",
    "Table and later paragraphs take 'Năm 2023' from the first paragraph (inherited). '12.300/15.000 thẻ … theo kế hoạch năm' = result against plan: target 15.000.",
    "'ở 5 quận' only scopes the 2024 target: optional.",
]

if __name__ == "__main__":
    write_set("p993-7", TEXT, FIGS, NOTES, location="Cần Thơ")
