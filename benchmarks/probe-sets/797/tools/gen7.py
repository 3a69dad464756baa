"""p797-7: department site without dateline (Cảng vụ Hàng hải Thừa Thiên Huế) — ship calls 2024, one-cell-per-line table."""
from lib import F, change, period, inherit, write

TEXT = """CẢNG VỤ HÀNG HẢI THỪA THIÊN HUẾ
Trang chủ » Tin hoạt động » Quản lý cảng biển

Kết quả quản lý tàu thuyền tại khu vực cảng biển Thừa Thiên Huế năm 2024

Năm 2024, Cảng vụ Hàng hải Thừa Thiên Huế đã làm thủ tục cho 1.634 lượt tàu thuyền vào, rời cảng, tăng 12,8% so với năm 2023. Sản lượng hàng hóa thông qua đạt 5,37 triệu tấn, vượt 7,4% kế hoạch năm. Đáng chú ý, cảng Chân Mây đón 46 chuyến tàu khách du lịch quốc tế với hơn 58.000 lượt khách, tăng 35% so với năm trước; riêng bến số 2 tiếp nhận tàu khách lớn nhất dài 348 m.

Số lượt tàu thuyền vào, rời cảng theo loại tàu
Đơn vị tính: lượt
Loại tàu
Năm 2023
Năm 2024
Tàu hàng
1.152
1.287
Tàu khách du lịch
38
46
Tàu dịch vụ, lai dắt
258
301
Tổng số
1.448
1.634

Hệ thống báo hiệu hàng hải trong khu vực gồm 2 đèn biển, 27 phao và 6 tiêu báo hiệu, đều hoạt động ổn định. Trong năm, Cảng vụ đã phối hợp cứu 3 tàu cá gặp nạn cùng 21 ngư dân; kiểm tra 118 lượt tàu theo Nghị định số 58/2017/NĐ-CP, phát hiện 14 tàu có khiếm khuyết.

Năm 2025, Cảng vụ phấn đấu sản lượng hàng hóa thông qua đạt 5,8 triệu tấn và đón khoảng 55 chuyến tàu khách du lịch quốc tế.

CẢNG VỤ HÀNG HẢI THỪA THIÊN HUẾ
Địa chỉ: 22 Nguyễn Văn Linh, phường Thuận An, TP Huế
Điện thoại: 0234.3876.125 - Fax: 0234.3876.126
Số lượt truy cập: 1.284.377
"""

Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
YEARS = {"Năm 2023": period("Năm 2023", "2023-01-01", "2023-12-31"),
         "Năm 2024": period("Năm 2024", "2024-01-01", "2024-12-31")}
ROWS = [("Tàu hàng", ["1.152", "1.287"]), ("Tàu khách du lịch", ["38", "46"]),
        ("Tàu dịch vụ, lai dắt", ["258", "301"]), ("Tổng số", ["1.448", "1.634"])]


def table_figs():
    out = []
    for label, cells in ROWS:
        for i, cell in enumerate(cells):
            col = ("Năm 2023", "Năm 2024")[i]
            anchor = label + "\n" + "\n".join(cells[: i + 1])
            val = float(cell.replace(".", ""))
            out.append(F(anchor, cell, val, "count", "lượt", f"{label} {col.lower()}", YEARS[col], cell=True))
    return out


FIGS = [
    F("cho 1.634 lượt", "1.634", 1634, "count", "lượt", "lượt tàu thuyền vào, rời cảng", Y24,
      change=change("increase", 12.8, "%", "năm 2023")),
    F("đạt 5,37 triệu tấn", "5,37", 5.37e6, "measure", "tấn", "sản lượng hàng hóa thông qua", inherit(Y24),
      change=change("increase", 7.4, "%", "kế hoạch năm")),
    F("đón 46 chuyến", "46", 46, "count", "chuyến", "chuyến tàu khách du lịch quốc tế đến cảng Chân Mây", inherit(Y24)),
    F("hơn 58.000 lượt khách", "58.000", 58000, "count", "lượt khách", "lượt khách du lịch quốc tế đến bằng tàu biển",
      inherit(Y24), approx="over", change=change("increase", 35, "%", "năm trước")),
    F("dài 348 m", "348", 348, "measure", "m", "chiều dài tàu khách lớn nhất cập bến", optional=True),
] + table_figs() + [
    F("gồm 2 đèn biển", "2", 2, "count", "đèn biển", "đèn biển trong khu vực"),
    F("27 phao", "27", 27, "count", "phao", "phao báo hiệu trong khu vực"),
    F("6 tiêu báo hiệu", "6", 6, "count", "tiêu báo hiệu", "tiêu báo hiệu trong khu vực"),
    F("cứu 3 tàu cá", "3", 3, "count", "tàu cá", "tàu cá gặp nạn được cứu", period("Trong năm", "2024-01-01", "2024-12-31")),
    F("cùng 21 ngư dân", "21", 21, "count", "ngư dân", "ngư dân được cứu", period("Trong năm", "2024-01-01", "2024-12-31")),
    F("kiểm tra 118 lượt tàu", "118", 118, "count", "lượt tàu", "lượt tàu được kiểm tra",
      period("Trong năm", "2024-01-01", "2024-12-31")),
    F("phát hiện 14 tàu", "14", 14, "count", "tàu", "tàu có khiếm khuyết",
      period("Trong năm", "2024-01-01", "2024-12-31")),
    F("đạt 5,8 triệu tấn", "5,8", 5.8e6, "measure", "tấn", "sản lượng hàng hóa thông qua",
      period("Năm 2025", "2025-01-01", "2025-12-31"), status="target"),
    F("khoảng 55 chuyến", "55", 55, "count", "chuyến", "chuyến tàu khách du lịch quốc tế",
      period("Năm 2025", "2025-01-01", "2025-12-31"), approx="about", status="target"),
]

NOTES = [
    "Cảng vụ Hàng hải Thừa Thiên Huế (department site): no dateline; footer with address, phone, fax and a visit counter (page furniture).",
    "One-cell-per-line table 'Số lượt tàu thuyền vào, rời cảng theo loại tàu' (Đơn vị tính: lượt): every cell is a figure, subject = row",
    "label + column label, period from the column header (scored, as in the shared gold), no totals; 'Tổng số' is its own figure.",
    "'vượt 7,4% kế hoạch năm' is a gap to the plan: the change of 5,37 triệu tấn with baseline 'kế hoạch năm'. 'tăng 35% so với năm trước'",
    "belongs to the 58.000 lượt khách just before it. 'Năm 2024' opens the first sentence only, so later sentences of that paragraph inherit it;",
    "'Trong năm' takes 2024. 'dài 348 m' (one ship's size) is optional. 'gồm 2 đèn biển, …' follows no figure: no totals. 14 tàu has no",
    "total (tàu vs lượt tàu). Distractors: 'bến số 2', Nghị định số 58/2017/NĐ-CP, address, phone, fax, 'Số lượt truy cập: 1.284.377'.",
]

if __name__ == "__main__":
    write(7, TEXT, None, "Thừa Thiên Huế", NOTES, FIGS)
