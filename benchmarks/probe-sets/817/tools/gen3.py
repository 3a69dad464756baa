"""p817-3: formal report of UBND tỉnh Tây Ninh on closing manual charcoal kilns, flattened | table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH TÂY NINH
Số: 356/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tây Ninh, ngày 18 tháng 11 năm 2024

BÁO CÁO
Kết quả xử lý các lò than thủ công gây ô nhiễm môi trường trên địa bàn tỉnh năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Công tác tháo dỡ lò than
Thực hiện Kế hoạch số 1520/KH-UBND ngày 25/5/2022 của UBND tỉnh, tính đến ngày 31/10/2024 toàn tỉnh đã tháo dỡ 472/526 lò than thủ công, đạt 89,7%; riêng 10 tháng năm 2024 tháo dỡ 143 lò, vượt 10% kế hoạch năm (130 lò). Kết quả cụ thể như sau:

Bảng 1. Kết quả tháo dỡ lò than thủ công (tính đến 31/10/2024)
Đơn vị tính: lò
Huyện | Kiểm kê năm 2022 | Đã tháo dỡ | Còn hoạt động
Tân Châu | 214 | 186 | 28
Tân Biên | 97 | 97 | 0
Dương Minh Châu | 152 | 131 | 21
Châu Thành | 63 | 58 | 5
Tổng cộng | 526 | 472 | 54

2. Xử lý vi phạm và hỗ trợ chuyển đổi nghề
Trong 10 tháng năm 2024, lực lượng chức năng đã kiểm tra 61 cơ sở, xử phạt vi phạm hành chính 17 trường hợp theo Nghị định số 45/2022/NĐ-CP với tổng số tiền 684 triệu đồng. Tỉnh đã chi hỗ trợ 3,92 tỷ đồng cho 98 hộ chuyển đổi nghề, mức hỗ trợ bình quân 40 triệu đồng/hộ; trong đó 35 hộ chuyển sang sản xuất than sinh học bằng lò công nghệ kín.

II. NHIỆM VỤ THỜI GIAN TỚI
1. Phấn đấu đến ngày 30/6/2025 tháo dỡ toàn bộ 54 lò còn lại; dự kiến kinh phí hỗ trợ chuyển đổi khoảng 2,2 tỷ đồng.
2. Giao Sở Tài nguyên và Môi trường chủ trì, phối hợp UBND các huyện kiểm tra, giám sát, không để phát sinh lò mới.

Nơi nhận:
- Bộ Tài nguyên và Môi trường;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT.
"""

ASOF = P("tính đến ngày 31/10/2024", None, "2024-10-31")
TBL = P("tính đến 31/10/2024", None, "2024-10-31", inherited=True)
K22 = P("Kiểm kê năm 2022", "2022-01-01", "2022-12-31")
M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")

FIGS = [
    F("tháo dỡ 472/526 lò", "472", 472, "count", "lò", "lò than thủ công đã tháo dỡ", ASOF, total=526, percent=89.7),
    F("tháo dỡ 143 lò", "143", 143, "count", "lò", "lò than thủ công tháo dỡ", M10,
      change=C("increase", 10, baseline="kế hoạch năm"), target=T(130, "lò", True)),
]
rows = [("Tân Châu", 214, 186, 28), ("Tân Biên", 97, 97, 0), ("Dương Minh Châu", 152, 131, 21),
        ("Châu Thành", 63, 58, 5), ("Tổng cộng", 526, 472, 54)]
anchors = {
    "Tân Châu": ("Tân Châu | 214", "214 | 186", "186 | 28"),
    "Tân Biên": ("Tân Biên | 97", "| 97 | 0", "97 | 0\n"),
    "Dương Minh Châu": ("Dương Minh Châu | 152", "152 | 131", "131 | 21"),
    "Châu Thành": ("Châu Thành | 63", "63 | 58", "58 | 5"),
    "Tổng cộng": ("Tổng cộng | 526", "526 | 472", "472 | 54"),
}
for name, a, b, c in rows:
    an = anchors[name]
    loc = {} if name == "Tổng cộng" else {"location": name}
    pre = "tổng cộng " if name == "Tổng cộng" else ""
    FIGS.append(F(an[0], str(a), a, "count", "lò", pre + "lò than thủ công kiểm kê năm 2022", K22, **loc))
    FIGS.append(F(an[1], str(b), b, "count", "lò", pre + "lò than thủ công đã tháo dỡ", TBL, **loc))
    FIGS.append(F(an[2], str(c), c, "count", "lò", pre + "lò than thủ công còn hoạt động", TBL, **loc))

FIGS += [
    F("kiểm tra 61 cơ sở", "61", 61, "count", "cơ sở", "cơ sở được kiểm tra", M10),
    F("hành chính 17 trường hợp", "17", 17, "count", "trường hợp", "trường hợp bị xử phạt vi phạm hành chính", M10),
    F("tiền 684 triệu đồng", "684", 684000000, "money", "đồng", "tổng số tiền xử phạt vi phạm hành chính", M10),
    F("hỗ trợ 3,92 tỷ đồng", "3,92", 3920000000, "money", "đồng", "kinh phí hỗ trợ hộ chuyển đổi nghề", I(M10)),
    F("cho 98 hộ", "98", 98, "count", "hộ", "hộ chuyển đổi nghề được hỗ trợ", I(M10)),
    F("bình quân 40 triệu đồng/hộ", "40", 40000000, "money", "đồng/hộ", "mức hỗ trợ bình quân", I(M10)),
    F("trong đó 35 hộ", "35", 35, "count", "hộ", "hộ chuyển sang sản xuất than sinh học bằng lò công nghệ kín", I(M10),
      total=98),
    F("toàn bộ 54 lò", "54", 54, "count", "lò", "lò than thủ công còn lại tháo dỡ",
      P("đến ngày 30/6/2025", None, "2025-06-30"), status="target"),
    F("khoảng 2,2 tỷ đồng", "2,2", 2200000000, "money", "đồng", "kinh phí hỗ trợ chuyển đổi", approx="about",
      status="forecast"),
]

NOTES = [
    "Báo cáo của UBND tỉnh Tây Ninh (Số: 356/BC-UBND, 18/11/2024): tháo dỡ lò than thủ công, bảng theo huyện (flattened '|' table), xử phạt, hỗ trợ chuyển đổi nghề.",
    "472/526 lò: total 526 and 'đạt 89,7%' its percent. 'vượt 10% kế hoạch năm (130 lò)': change +10% against the plan, target 130 (met).",
    "Table: every numeric cell is a figure (also the '0' cell); subject = column label, location = district row label; 'Tổng cộng' row = province.",
    "  Column 'Kiểm kê năm 2022' gives the period 2022 (scored); the other columns take the as-of date of the table title (inherited). No totals for cells.",
    "Section 2: '10 tháng năm 2024' stands in the first sentence; the support figures of the next sentence inherit it. '35 hộ' after 'trong đó' → total 98.",
    "Status: 'Phấn đấu đến ngày 30/6/2025' → target; 'dự kiến kinh phí' → forecast.",
    "Distractors: Số: 356/BC-UBND, Kế hoạch số 1520/KH-UBND ngày 25/5/2022, Nghị định số 45/2022/NĐ-CP, 'Bảng 1', section numbers I./II./1./2.",
]

write("p817-3", TEXT, NOTES, FIGS, published="2024-11-18", location="Tây Ninh")
