from lib import F, P, I, C, T, write

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH AN GIANG
Trang chủ / Thể dục thể thao / Thể thao thành tích cao

Võ cổ truyền An Giang giữ vững vị trí trong nhóm dẫn đầu khu vực

Võ cổ truyền là môn thể thao thế mạnh của An Giang, gắn với vùng Bảy Núi. Toàn tỉnh hiện có 74 câu lạc bộ võ cổ truyền với khoảng 3.800 võ sinh, trong đó huyện Tri Tôn có 12 câu lạc bộ. Đội tuyển võ cổ truyền của tỉnh hiện có 26 vận động viên, gồm 18 vận động viên tuyển và 8 vận động viên trẻ.

Kết quả thi đấu của đội tuyển tại các giải vô địch, giải trẻ quốc gia như sau:

Đơn vị tính: huy chương
Loại huy chương
Năm 2022
Năm 2023
Kế hoạch 2024
Ước thực hiện 2024
Vàng
5
7
8
9
Bạc
6
9
10
8
Đồng
11
12
14
15
Tổng cộng
22
28
32
32

Năm 2024, kinh phí đào tạo đội tuyển khoảng 1,9 tỷ đồng, tăng 0,3 tỷ đồng so với năm 2023. Mức tiền ăn tập luyện của vận động viên là 240.000 đồng/người/ngày. Cũng trong năm 2024, Sở phối hợp tổ chức Hội thi võ thuật Bảy Núi lần thứ 12 với 180 võ sinh của 15 câu lạc bộ tham gia.

SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH AN GIANG
Địa chỉ: số 7 Lê Triệu Kiết, phường Mỹ Bình, TP Long Xuyên, An Giang
Điện thoại: 0296.3852.146 - Email: svhttdl@angiang.gov.vn
Tổng lượt truy cập: 1.204.377 | Đang trực tuyến: 35
"""

cols = [("Năm 2022", P("Năm 2022", "2022-01-01", "2022-12-31"), "actual", "năm 2022"),
        ("Năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), "actual", "năm 2023"),
        ("Kế hoạch 2024", P("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target", "kế hoạch 2024"),
        ("Ước thực hiện 2024", P("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate", "ước thực hiện 2024")]
rows = [("Vàng", "huy chương vàng", [5, 7, 8, 9], "Ước thực hiện 2024\nVàng"),
        ("Bạc", "huy chương bạc", [6, 9, 10, 8], "Vàng\n5\n7\n8\n9\nBạc"),
        ("Đồng", "huy chương đồng", [11, 12, 14, 15], "8\nĐồng"),
        ("Tổng cộng", "tổng cộng huy chương", [22, 28, 32, 32], "15\nTổng cộng")]

FIGS = [
    F("có 74 câu lạc bộ", "74", 74, "count", "câu lạc bộ", "câu lạc bộ võ cổ truyền"),
    F("khoảng 3.800 võ sinh", "3.800", 3800, "count", "võ sinh", "võ sinh võ cổ truyền", approx="about"),
    F("Tri Tôn có 12 câu lạc bộ", "12", 12, "count", "câu lạc bộ", "câu lạc bộ võ cổ truyền", total=74,
      location="Tri Tôn"),
    F("có 26 vận động viên", "26", 26, "count", "vận động viên", "vận động viên đội tuyển võ cổ truyền của tỉnh"),
    F("gồm 18 vận động viên", "18", 18, "count", "vận động viên", "vận động viên tuyển", total=26),
    F("và 8 vận động viên trẻ", "8", 8, "count", "vận động viên", "vận động viên trẻ", total=26),
]
# table cells: anchors built from the exact line sequence
lines = TEXT.split("\n")
start = lines.index("Vàng")
for r, (label, subj, vals, _) in enumerate(rows):
    i0 = start + r * 5
    assert lines[i0] == label, (lines[i0], label)
    for c, v in enumerate(vals):
        assert lines[i0 + 1 + c] == str(v)
        # anchor: from the row label down to this cell, one cell per line
        anchor = "\n".join(lines[i0:i0 + 2 + c])
        if label == "Vàng":
            anchor = "Ước thực hiện 2024\n" + anchor
        if label == "Tổng cộng" and c == 3:
            anchor = "32\n\nNăm 2024"  # the row repeats 32: anchor on the last cell and the text after it
        head, per, status, ptxt = cols[c]
        kw = {} if status == "actual" else {"status": status}
        FIGS.append(F(anchor, str(v), v, "count", "huy chương", f"{subj} {ptxt}", per, **kw))
# 'Vàng ... 9' anchors must not run into the next row; check the number is the last line
for f in FIGS[6:-1]:
    assert f["anchor"].split("\n")[-1] == f["number"]

y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
y24b = P("năm 2024", "2024-01-01", "2024-12-31")
FIGS += [
    F("khoảng 1,9 tỷ đồng", "1,9", 1900000000, "money", "đồng", "kinh phí đào tạo đội tuyển", y24, approx="about",
      change=C("increase", 300000000, "đồng", "năm 2023")),
    F("là 240.000 đồng", "240.000", 240000, "money", "đồng/người/ngày", "mức tiền ăn tập luyện của vận động viên",
      I(y24)),
    F("với 180 võ sinh", "180", 180, "count", "võ sinh", "võ sinh tham gia Hội thi võ thuật Bảy Núi", y24b),
    F("của 15 câu lạc bộ", "15", 15, "count", "câu lạc bộ", "câu lạc bộ tham gia Hội thi võ thuật Bảy Núi", y24b),
]

NOTES = [
    "Department site (Sở VHTTDL An Giang) with no dateline; footer with address, phone, e-mail and 'Tổng lượt truy cập: 1.204.377': published null.",
    "One-cell-per-line table (Đơn vị tính: huy chương): header cells Loại huy chương / Năm 2022 / Năm 2023 / Kế hoạch 2024 / Ước thực hiện 2024,",
    "then rows Vàng, Bạc, Đồng, Tổng cộng. Period from the column header (scored); 'Kế hoạch' → target, 'Ước thực hiện' → estimate.",
    "Anchors of table cells run from the row label down to the cell (one cell per line). Table cells get no totals.",
    "'trong đó huyện Tri Tôn có 12 câu lạc bộ' → total 74, location Tri Tôn; '26 vận động viên, gồm 18 ... và 8 ...' → total 26.",
    "'tăng 0,3 tỷ đồng so với năm 2023' is the change of 1,9 tỷ (value 300000000 đồng). 'hiện' → no period.",
    "Distractors: 'lần thứ 12', 'số 7 Lê Triệu Kiết', phone 0296.3852.146, visit counter, 'Đang trực tuyến: 35', 'Bảy Núi' (a name).",
]

write(7, TEXT, NOTES, FIGS, published=None, location="An Giang")
