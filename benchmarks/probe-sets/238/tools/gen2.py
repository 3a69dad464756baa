from lib import *

A = """ỦY BAN NHÂN DÂN
HUYỆN THANH CHƯƠNG
Số: 318/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Thanh Chương, ngày 05 tháng 10 năm 2024

BÁO CÁO
Kết quả quản lý biên chế và tinh giản biên chế 9 tháng năm 2024

Thực hiện Công văn số 2156/SNV-TCBC ngày 20/9/2024 của Sở Nội vụ tỉnh Nghệ An, UBND huyện Thanh Chương báo cáo như sau:

I. TÌNH HÌNH BIÊN CHẾ
Năm 2024, huyện được giao 4.126 biên chế, gồm 218 biên chế công chức và 3.908 biên chế viên chức. Tính đến 30/9/2024, tổng số có mặt là 3.871 người, bằng 93,8% số được giao; số biên chế chưa tuyển chủ yếu ở khối mầm non (163 biên chế).

II. KẾT QUẢ TINH GIẢN, NGHỈ HƯU, TUYỂN DỤNG
Bảng 1. Biến động biên chế giai đoạn 2022 - 9 tháng năm 2024
Đơn vị tính: người
Chỉ tiêu | Năm 2022 | Năm 2023 | 9 tháng năm 2024
Tinh giản theo Nghị định 29 | 21 | 17 | 12
Nghỉ hưu đúng tuổi | 64 | 71 | 48
Thôi việc theo nguyện vọng | 9 | 13 | 7
Tuyển dụng mới | 35 | 42 | 26

III. SẮP XẾP BỘ MÁY
Thực hiện Nghị quyết số 1243/NQ-UBTVQH15, sau sắp xếp huyện còn 37 xã, thị trấn, giảm 3 đơn vị so với trước. Số cán bộ, công chức cấp xã dôi dư là 41 người, đến nay đã giải quyết 29 người (chiếm 70,7%), còn 12 người sẽ giải quyết trước ngày 31/12/2025. Số trường học giảm từ 112 xuống 104 trường do sáp nhập các điểm trường lẻ.

IV. KIẾN NGHỊ
Đề nghị Sở Nội vụ bổ sung 55 biên chế giáo viên cho năm học 2024-2025.

Nơi nhận:
- Sở Nội vụ;
- TT Huyện ủy, HĐND huyện;
- Lưu: VT, NV.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Hùng
"""

y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
asof = per("Tính đến 30/9/2024", None, "2024-09-30")
c22 = per("Năm 2022", "2022-01-01", "2022-12-31")
c23 = per("Năm 2023", "2023-01-01", "2023-12-31")
c24 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
now = per("đến nay", None, "2024-10-05")

rows = [
    ("Tinh giản theo Nghị định 29", "tinh giản theo Nghị định 29", [21, 17, 12]),
    ("Nghỉ hưu đúng tuổi", "nghỉ hưu đúng tuổi", [64, 71, 48]),
    ("Thôi việc theo nguyện vọng", "thôi việc theo nguyện vọng", [9, 13, 7]),
    ("Tuyển dụng mới", "tuyển dụng mới", [35, 42, 26]),
]
cols = [(c22, "năm 2022"), (c23, "năm 2023"), (c24, "9 tháng năm 2024")]

F = [
    fig("giao 4.126 biên chế", "4.126", 4126, "count", "biên chế", "biên chế được giao", y24),
    fig("gồm 218 biên chế công chức", "218", 218, "count", "biên chế", "biên chế công chức", y24, total=4126),
    fig("và 3.908 biên chế viên chức", "3.908", 3908, "count", "biên chế", "biên chế viên chức", y24, total=4126),
    fig("là 3.871 người", "3.871", 3871, "count", "người", "tổng số có mặt", asof, percent=93.8),
    fig("mầm non (163 biên chế)", "163", 163, "count", "biên chế", "biên chế chưa tuyển khối mầm non", asof),
]
for label, subj, vals in rows:
    cells = " | ".join(str(v) for v in vals)
    for i, ((p, cname), v) in enumerate(zip(cols, vals)):
        # anchor: the row label plus the cells up to this one
        anchor = label + " | " + " | ".join(str(x) for x in vals[: i + 1])
        F.append(fig(anchor, str(v), v, "count", "người", f"{subj} {cname}", p))
F += [
    fig("còn 37 xã, thị trấn", "37", 37, "count", "xã, thị trấn", "xã, thị trấn sau sắp xếp", None,
        change=ch("decrease", 3, "đơn vị", "trước")),
    fig("dôi dư là 41 người", "41", 41, "count", "người", "cán bộ, công chức cấp xã dôi dư", None),
    fig("giải quyết 29 người", "29", 29, "count", "người", "cán bộ, công chức cấp xã dôi dư đã giải quyết", now,
        percent=70.7),
    fig("còn 12 người", "12", 12, "count", "người", "cán bộ, công chức cấp xã dôi dư còn lại", now),
    fig("từ 112 xuống", "112", 112, "count", "trường", "trường học trước sáp nhập", None, optional=True),
    fig("xuống 104 trường", "104", 104, "count", "trường", "trường học sau sáp nhập", None),
    fig("bổ sung 55 biên chế", "55", 55, "count", "biên chế", "biên chế giáo viên đề nghị bổ sung",
        per("năm học 2024-2025", "2024-09-01", "2025-05-31"), optional=True),
]

notes = [
    "Formal report of UBND huyện Thanh Chương (Nghệ An), letterhead 'Số: 318/BC-UBND', place-and-date line 'Thanh Chương, ngày 05 tháng 10 năm 2024' (published).",
    "Flattened '|' table (Đơn vị tính: người), columns Năm 2022 | Năm 2023 | 9 tháng năm 2024: every cell a figure, subject = row label + column, period from the column.",
    "'Nghị định 29' in a row label is a document number, not a figure; so are 2156/SNV-TCBC, 1243/NQ-UBTVQH15, 'ngày 20/9/2024', section numbers I.-IV., 'Bảng 1'.",
    "218 and 3.908 after 'gồm' are parts of 4.126. 'đã giải quyết 29 người (chiếm 70,7%), còn 12 người' follow the 41 surplus cadres with no part-of cue (no trong đó/gồm/colon): no total (revised after the first run); 29 carries its share.",
    "37 xã, thị trấn carries 'giảm 3 đơn vị so với trước' as its change. The school levels 'từ 112 xuống 104': 104 is the figure, 112 (old level) optional.",
    "Section III states no year for its figures ('đến nay' = the report date for the resolved cadres); the others have no period.",
    "'bổ sung 55 biên chế' is a request (kiến nghị), not a fact: optional. '31/12/2025' is a deadline date.",
]
write("p238-2", A, F, notes, published="2024-10-05", location="Thanh Chương")
