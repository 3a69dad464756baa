from lib import write, P

ROWS = [("Thành phố Quy Nhơn", "Quy Nhơn", "2", "4", "9", "100"),
        ("Thị xã An Nhơn", "An Nhơn", "1", "2", "3", "93,3"),
        ("Thị xã Hoài Nhơn", "Hoài Nhơn", "1", "2", "4", "94,1"),
        ("Huyện Tuy Phước", "Tuy Phước", "1", "1", "2", "84,6"),
        ("Huyện Phù Cát", "Phù Cát", "1", "1", "1", "77,8"),
        ("Huyện Tây Sơn", "Tây Sơn", "1", "2", "2", "86,7")]
COLS = ["Sân vận động", "Nhà thi đấu, nhà tập luyện đa năng", "Bể bơi", "Xã, phường có điểm tập luyện (%)"]

table = "\n\n".join(["Địa phương"] + COLS) + "\n\n" + "\n\n".join("\n\n".join([r[0]] + list(r[2:])) for r in ROWS)

TEXT = """SỞ VĂN HÓA VÀ THỂ THAO TỈNH BÌNH ĐỊNH
Tin hoạt động

Thiết chế thể thao cấp huyện: còn thiếu, chưa đồng bộ
Ngày đăng: 17/09/2024 | Lượt xem: 1.027

Theo số liệu của Phòng Quản lý Thể dục thể thao, tính đến ngày 31/8/2024, toàn tỉnh Bình Định có 11 sân vận động, 14 nhà thi đấu, nhà tập luyện đa năng và 23 bể bơi; có 139/155 xã, phường, thị trấn có điểm tập luyện thể dục thể thao công cộng, đạt 89,7%.

Tuy nhiên, trong số 11 sân vận động, chỉ 4 sân đạt tiêu chuẩn tổ chức giải cấp quốc gia; nhiều công trình đã sử dụng trên 20 năm, xuống cấp.

Hiện trạng thiết chế thể thao một số địa phương (tính đến 31/8/2024)
Đơn vị tính: công trình

""" + table + """

Giai đoạn 2021-2025, tỉnh bố trí khoảng 356 tỷ đồng đầu tư, nâng cấp thiết chế thể thao, trong đó dự án Khu liên hợp thể thao tỉnh tại phường Nhơn Bình có tổng mức đầu tư 218 tỷ đồng. Đến năm 2030, tỉnh phấn đấu 100% xã, phường, thị trấn có điểm tập luyện và mỗi huyện có ít nhất 1 nhà thi đấu đa năng.

Địa chỉ: 08 Nguyễn Huệ, TP Quy Nhơn. ĐT: 0256.3822.540
"""

T31 = P("tính đến ngày 31/8/2024", None, "2024-08-31")
T31i = P("tính đến 31/8/2024", None, "2024-08-31", inherited=True)

F = [
    dict(anchor="có 11 sân vận động", number="11", value=11, kind="count", unit="sân vận động",
         subject="sân vận động", period=T31),
    dict(anchor="14 nhà thi đấu", number="14", value=14, kind="count", unit="nhà thi đấu",
         subject="nhà thi đấu, nhà tập luyện đa năng", period=T31),
    dict(anchor="23 bể bơi", number="23", value=23, kind="count", unit="bể bơi", subject="bể bơi", period=T31),
    dict(anchor="139/155", number="139", value=139, kind="count", unit="xã, phường, thị trấn", total=155, percent=89.7,
         subject="xã, phường, thị trấn có điểm tập luyện thể dục thể thao công cộng", period=T31),
    dict(anchor="trong số 11 sân", number="11", value=11, kind="count", unit="sân vận động",
         subject="sân vận động", period=T31i),
    dict(anchor="chỉ 4 sân", number="4", value=4, kind="count", unit="sân", total=11,
         subject="sân vận động đạt tiêu chuẩn tổ chức giải cấp quốc gia", period=T31i),
    dict(anchor="trên 20 năm", number="20", value=20, kind="measure", unit="năm", approx="over",
         subject="thời gian sử dụng công trình", optional=True),
]

units = ["công trình", "công trình", "công trình", "%"]
kinds = ["count", "count", "count", "percent"]
subj = ["Sân vận động", "Nhà thi đấu, nhà tập luyện đa năng", "Bể bơi", "Xã, phường có điểm tập luyện"]
for i, r in enumerate(ROWS):
    cells = [r[0]] + list(r[2:])
    nxt = ROWS[i + 1][0] if i + 1 < len(ROWS) else "Giai đoạn"
    seq = cells + [nxt]
    for j in range(4):
        # anchor: from this cell to the next label, unique, number = first whole occurrence
        anchor = "\n\n".join(seq[j + 1:])
        if j == 0:
            anchor = "\n\n".join(seq[0:])
            anchor = anchor[len(r[0]) - 4:]  # tail of the label keeps it unique
        F.append(dict(anchor=anchor, number=r[2 + j], value=float(r[2 + j].replace(",", ".")), kind=kinds[j],
                      unit=units[j], subject=subj[j], period=T31i, location=r[1]))

F += [
    dict(anchor="khoảng 356 tỷ", number="356", value=356e9, kind="money", unit="đồng", approx="about",
         subject="vốn đầu tư, nâng cấp thiết chế thể thao",
         period=P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
    dict(anchor="218 tỷ", number="218", value=218e9, kind="money", unit="đồng", total=356e9,
         subject="tổng mức đầu tư dự án Khu liên hợp thể thao tỉnh",
         period=P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
    dict(anchor="phấn đấu 100%", number="100", value=100, kind="percent", unit="%", status="target",
         subject="xã, phường, thị trấn có điểm tập luyện", period=P("Đến năm 2030", None, "2030-12-31")),
    dict(anchor="ít nhất 1 nhà", number="1", value=1, kind="count", unit="nhà thi đấu đa năng", approx="at_least",
         status="target", subject="nhà thi đấu đa năng mỗi huyện", period=P("Đến năm 2030", None, "2030-12-31")),
]

write(6, TEXT, F, [
    "Department site (Sở VH&TT Bình Định): sports facilities by district, table written one cell per line (as h23),",
    "'Đơn vị tính: công trình' plus a '(%)' column. Dateline 'Ngày đăng: 17/09/2024 | Lượt xem: 1.027' (counter is furniture).",
    "Distractors: 'phường Nhơn Bình' (a ward), address '08 Nguyễn Huệ, TP Quy Nhơn', phone; dates '31/8/2024'.",
    "Table cells: the row label is a district -> location; subject = column label; period = the as-of date in the table title (inherited).",
    "'trong số 11 sân vận động, chỉ 4 sân' -> total 11; the restated 11 is a count of its own (as 'Trong 25 chỉ tiêu' in h13,",
    "'Trong số 28 quốc gia' in h26; added after the first run). 'trên 20 năm' (age of buildings) optional.",
    "'khoảng 356 tỷ ..., trong đó dự án ... 218 tỷ' -> total 356 tỷ. Targets 'Đến năm 2030' -> end 2030-12-31.",
], published="2024-09-17", location="Bình Định")
