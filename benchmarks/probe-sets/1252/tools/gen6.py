"""p1252-6: department site (Sở GD&ĐT Vĩnh Phúc), no dateline, one-cell-per-line table with a 'Trong đó' sub-row."""
from lib import fig, per, write

TEXT = """SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH VĨNH PHÚC
Giới thiệu | Tin tức | Văn bản chỉ đạo | Thủ tục hành chính | Liên hệ

Phát triển nhóm trẻ độc lập ở vùng có khu công nghiệp

Vĩnh Phúc hiện có 9 khu công nghiệp đi vào hoạt động với hơn 105.000 lao động, trong đó lao động nữ chiếm khoảng 58%. Để đáp ứng nhu cầu gửi trẻ của công nhân, ngành giáo dục đã tham mưu UBND tỉnh ban hành Kế hoạch số 96/KH-UBND về phát triển giáo dục mầm non ở địa bàn có khu công nghiệp giai đoạn 2021-2025.

Kết quả phát triển nhóm trẻ độc lập tư thục
Chỉ tiêu
Đơn vị tính
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Số nhóm trẻ
Nhóm
168
181
190
Số trẻ
Trẻ
5.920
6.450
7.000
Trong đó: con công nhân
Trẻ
4.310
4.870
5.400
Tỷ lệ nhóm trẻ được cấp phép
%
84,5
90,1
100

Năm 2024, toàn tỉnh ước hỗ trợ khoảng 7,8 tỷ đồng cho trẻ em, giáo viên tại các nhóm trẻ độc lập. Huyện Bình Xuyên dẫn đầu với 54 nhóm trẻ, tiếp theo là thành phố Phúc Yên với 37 nhóm. Sở đã tổ chức ba lớp bồi dưỡng cho 420 người chăm sóc trẻ, phối hợp kiểm tra 126 lượt nhóm trẻ, nhắc nhở 19 nhóm chưa bảo đảm an toàn.

Bản quyền thuộc Sở Giáo dục và Đào tạo tỉnh Vĩnh Phúc
Địa chỉ: Số 1 đường Nguyễn Trãi, phường Đống Đa, TP Vĩnh Yên
Điện thoại: 0211.3862.567
Lượt truy cập: 1.204.387 | Trực tuyến: 52
"""

C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

# (row label, unit line, unit, kind, cells, whole row index for 'Trong đó')
ROWS = [
    ("Số nhóm trẻ", "Nhóm", "nhóm", "count", ["168", "181", "190"], None),
    ("Số trẻ", "Trẻ", "trẻ", "count", ["5.920", "6.450", "7.000"], None),
    ("Trong đó: con công nhân", "Trẻ", "trẻ", "count", ["4.310", "4.870", "5.400"], 1),
    ("Tỷ lệ nhóm trẻ được cấp phép", "%", "%", "percent", ["84,5", "90,1", "100"], None),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


def cells():
    out = []
    for label, uline, unit, kind, nums, whole in ROWS:
        row = label.replace("Trong đó: ", "số trẻ ").lower()
        prev = uline
        for i, ((col, period, status), n) in enumerate(zip(COLS, nums)):
            kw = {}
            if status:
                kw["status"] = status
            if whole is not None:
                kw["total"] = num(ROWS[whole][4][i])
            out.append(fig(f"{prev}\n{n}", n, num(n), kind, unit, subject=f"{row} {col}", period=period, **kw))
            prev = n
    return out


FIGS = [
    fig("có 9 khu", "9", 9, "count", "khu công nghiệp", subject="khu công nghiệp đi vào hoạt động"),
    fig("hơn 105.000 lao động", "105.000", 105000, "count", "lao động", approx="over",
        subject="lao động các khu công nghiệp"),
    fig("khoảng 58%", "58", 58, "percent", "%", approx="about", subject="lao động nữ"),
] + cells() + [
    fig("khoảng 7,8 tỷ", "7,8", 7.8e9, "money", "đồng", approx="about", status="estimate",
        subject="hỗ trợ cho trẻ em, giáo viên tại các nhóm trẻ độc lập", period=Y24),
    fig("với 54 nhóm", "54", 54, "count", "nhóm trẻ", subject="nhóm trẻ", location="Bình Xuyên"),
    fig("với 37 nhóm", "37", 37, "count", "nhóm", subject="nhóm trẻ", location="Phúc Yên"),
    fig("ba lớp", "ba", 3, "count", "lớp bồi dưỡng", subject="lớp bồi dưỡng Sở đã tổ chức"),
    fig("cho 420 người", "420", 420, "count", "người chăm sóc trẻ", subject="người chăm sóc trẻ được bồi dưỡng"),
    fig("kiểm tra 126 lượt", "126", 126, "count", "lượt nhóm trẻ", subject="lượt nhóm trẻ được kiểm tra"),
    fig("nhắc nhở 19 nhóm", "19", 19, "count", "nhóm", subject="nhóm chưa bảo đảm an toàn bị nhắc nhở"),
]

NOTES = [
    "Department site (Sở GD&ĐT Vĩnh Phúc), no dateline: menu, footer with address, phone, 'Lượt truy cập', 'Trực tuyến'.",
    "Distractors: Kế hoạch số 96/KH-UBND, 'giai đoạn 2021-2025', 'Số 1 đường Nguyễn Trãi', phone 0211.3862.567, counters 1.204.387 and 52.",
    "'trong đó lao động nữ chiếm khoảng 58%' → the part has no number → a percent figure.",
    "One-cell-per-line table: columns Năm 2023 / Ước thực hiện 2024 (estimate) / Kế hoạch 2025 (target); unit from the",
    "'Đơn vị tính' column; subject = row label + column label; period from the column header (scored).",
    "'Trong đó: con công nhân' sub-row: each cell is a part of the 'Số trẻ' cell above in its column ('trong đó' after the whole) → total.",
    "'Huyện Bình Xuyên dẫn đầu với 54 nhóm trẻ, tiếp theo là thành phố Phúc Yên với 37 nhóm' → list, location per district; no period",
    "stated in the sentence. 'ba lớp' is a number word. 'ước hỗ trợ khoảng 7,8 tỷ' → estimate + about.",
    "The last sentence has no period phrase; no period annotated.",
]

if __name__ == "__main__":
    write("p1252-6", TEXT, NOTES, FIGS, location="Vĩnh Phúc")
