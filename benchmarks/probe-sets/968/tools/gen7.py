"""p968-7: Chi cục Chăn nuôi và Thú y Quảng Nam site (no dateline), native black pigs (heo cỏ) in 6 mountain districts,
one-cell-per-line table."""
from lib import F, change, period, inherit, write

ROWS = [
    ("Tây Giang", ("8.150", "8.920", "9.500")),
    ("Nam Giang", ("7.630", "8.210", "8.800")),
    ("Đông Giang", ("6.480", "6.940", "7.400")),
    ("Nam Trà My", ("5.920", "6.350", "6.900")),
    ("Bắc Trà My", ("4.310", "4.620", "5.000")),
    ("Phước Sơn", ("3.780", "3.920", "4.400")),
    ("Tổng cộng", ("36.270", "38.960", "42.000")),
]
HEAD = ("Huyện", "Năm 2023", "Năm 2024", "Kế hoạch 2025")
TABLE = "\n".join(["Số lượng heo đen bản địa theo huyện", "Đơn vị tính: con", *HEAD]
                  + [x for label, cells in ROWS for x in (label, *cells)])

TEXT = """
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH QUẢNG NAM
CHI CỤC CHĂN NUÔI VÀ THÚ Y
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Phát triển đàn heo đen bản địa ở các huyện miền núi

Năm 2024, tổng đàn heo đen bản địa (heo cỏ) tại 6 huyện miền núi phía Tây tỉnh Quảng Nam đạt 38.960 con, tăng 7,4% so với năm 2023, chiếm 61% tổng đàn heo của các huyện này. Phần lớn đàn heo vẫn được nuôi thả rông hoặc bán thả rông; số hộ đã làm chuồng nuôi nhốt là 4.870 hộ, đạt 58,2% tổng số hộ nuôi.

@TABLE@

Giá heo đen hơi tại các huyện miền núi dao động 90.000-110.000 đồng/kg. Năm 2024, Chi cục đã cấp 12.500 liều vắc xin dịch tả heo châu Phi và tập huấn cho 640 lượt người chăn nuôi. Năm 2025, tỉnh dự kiến hỗ trợ 70% kinh phí làm chuồng, tối đa 5 triệu đồng/hộ theo Nghị quyết số 12/2024/NQ-HĐND.

CHI CỤC CHĂN NUÔI VÀ THÚ Y TỈNH QUẢNG NAM
Địa chỉ: 48 Trần Hưng Đạo, TP. Tam Kỳ, tỉnh Quảng Nam
Điện thoại: 0235.3851.467 | Fax: 0235.3851.468
Tổng lượt truy cập: 318.942
""".replace("@TABLE@", TABLE)

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
P25 = period("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")
COLS = ((Y23, "actual", "năm 2023"), (Y24, "actual", "năm 2024"), (P25, "target", "kế hoạch 2025"))


def table():
    out = []
    for label, cells in ROWS:
        prev = label
        for (per, status, col), cell in zip(COLS, cells):
            subj = f"heo đen bản địa {col}"
            loc = label
            if label == "Tổng cộng":
                subj = f"tổng cộng heo đen bản địa {col}"
                loc = "Quảng Nam"
            kw = {"status": status} if status != "actual" else {}
            out.append(F(f"{prev}\n{cell}", cell, int(cell.replace(".", "")), "count", "con", subj, per,
                         location=loc, **kw))
            prev = cell
    return out


FIGS = [
    F("tại 6 huyện", "6", 6, "count", "huyện", "huyện miền núi phía Tây nuôi heo đen bản địa", Y24),
    F("Quảng Nam đạt 38.960 con", "38.960", 38960, "count", "con", "tổng đàn heo đen bản địa (heo cỏ)", Y24,
      percent=61, change=change("increase", 7.4, baseline="năm 2023")),
    F("là 4.870 hộ", "4.870", 4870, "count", "hộ", "hộ đã làm chuồng nuôi nhốt", inherit(Y24), percent=58.2),
    *table(),
    F("dao động 90.000-110.000 đồng/kg", "90.000", 90000, "money", "đồng/kg", "giá heo đen hơi",
      value_max=110000),
    F("cấp 12.500 liều", "12.500", 12500, "count", "liều", "liều vắc xin dịch tả heo châu Phi đã cấp", Y24),
    F("cho 640 lượt người", "640", 640, "count", "lượt người", "lượt người chăn nuôi được tập huấn", Y24),
    F("hỗ trợ 70%", "70", 70, "percent", "%", "tỷ lệ hỗ trợ kinh phí làm chuồng", Y25, status="forecast"),
    F("tối đa 5 triệu đồng/hộ", "5", 5_000_000, "money", "đồng/hộ", "mức hỗ trợ làm chuồng tối đa mỗi hộ", Y25,
      approx="at_most", status="forecast"),
]

NOTES = [
    "Chi cục Chăn nuôi và Thú y Quảng Nam: heo đen bản địa (heo cỏ) ở 6 huyện miền núi; no dateline (published absent).",
    "One-cell-per-line table (Đơn vị tính: con; Năm 2023 | Năm 2024 | Kế hoạch 2025): each cell a figure, period from its column",
    "(stated in the table, so scored), 'Kế hoạch 2025' cells are targets; district rows take the district, Tổng cộng the province.",
    "Footer address '48 Trần Hưng Đạo', phone/fax, 'Tổng lượt truy cập: 318.942', 'Nghị quyết số 12/2024/NQ-HĐND' are not figures.",
]

if __name__ == "__main__":
    write(7, TEXT, NOTES, FIGS, location="Quảng Nam")
