from lib import F, P, I, CH, emit

ROWS = [("Thương nhân phân phối LPG", "thương nhân", ["14", "15", "16"]),
        ("Cửa hàng bán lẻ LPG", "cửa hàng", ["612", "648", "670"]),
        ("Trạm nạp LPG vào chai", "trạm", ["5", "6", "6"]),
        ("Sản lượng LPG tiêu thụ", "tấn", ["20.668", "21.640", "22.500"]),
        ("Chai LPG được kiểm định", "nghìn chai", ["38,2", "41,5", "45"])]

table = "Chỉ tiêu | Đơn vị | Năm 2022 | Ước năm 2023 | Kế hoạch 2024\n" + "\n".join(
    f"{lab} | {u} | " + " | ".join(cells) for lab, u, cells in ROWS)

TEXT = """UBND TỈNH HÀ TĨNH                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                      Độc lập - Tự do - Hạnh phúc
Số: 318/BC-UBND                      Hà Tĩnh, ngày 22 tháng 12 năm 2023

BÁO CÁO
Kết quả quản lý nhà nước về kinh doanh khí năm 2023, nhiệm vụ năm 2024

Thực hiện Công văn số 7526/BCT-ATMT của Bộ Công Thương, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN NĂM 2023
1. Tình hình kinh doanh khí
Năm 2023, sản lượng LPG tiêu thụ trên địa bàn tỉnh ước đạt 21.640 tấn, tăng 4,7% so với năm 2022, đạt 101,2% kế hoạch. Một số chỉ tiêu chủ yếu như sau:

""" + table + """

2. Công tác kiểm tra, xử lý vi phạm
Năm 2023, các sở, ngành và UBND cấp huyện tổ chức 9 đoàn kiểm tra tại 214 cơ sở, phát hiện 26 cơ sở vi phạm, xử phạt 412 triệu đồng. Trên địa bàn xảy ra 01 vụ cháy liên quan đến LPG tại huyện Cẩm Xuyên, không có thiệt hại về người.

II. NHIỆM VỤ NĂM 2024
Phấn đấu 100% cửa hàng bán lẻ LPG được cấp Giấy chứng nhận đủ điều kiện; kiểm tra ít nhất 250 cơ sở kinh doanh khí, trong đó tối thiểu 30% là cơ sở tại các huyện miền núi Hương Khê, Hương Sơn, Vũ Quang.

Nơi nhận:
- Bộ Công Thương;
- Lưu: VT, KT1.
                                      TM. ỦY BAN NHÂN DÂN
                                      KT. CHỦ TỊCH
                                      PHÓ CHỦ TỊCH
                                      Trần Văn Hùng
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("NĂM 2024", "2024-01-01", "2024-12-31")
COLS = [(P("Năm 2022", "2022-01-01", "2022-12-31"), "actual", "năm 2022"),
        (P("Ước năm 2023", "2023-01-01", "2023-12-31"), "estimate", "ước năm 2023"),
        (P("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target", "kế hoạch 2024")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("ước đạt 21.640 tấn", "21.640", 21640, "measure", "tấn", "sản lượng LPG tiêu thụ trên địa bàn tỉnh", Y23,
      status="estimate", percent=101.2, change=CH("increase", 4.7, "%", "năm 2022")),
]
lines = table.split("\n")
for r, (lab, u, cells) in enumerate(ROWS):
    nxt = lines[r + 2][:12] if r + 2 < len(lines) else "\n\n2. Công"
    for i, cell in enumerate(cells):
        anchor = " | ".join(cells[i:]) + ("\n" + nxt if r + 2 < len(lines) else nxt)
        if i == 0:
            anchor = f"{u} | " + anchor
        per, status, lab2 = COLS[i]
        if u == "nghìn chai":
            unit, kind, mult = "chai", "count", 1000
        elif u == "tấn":
            unit, kind, mult = "tấn", "measure", 1
        else:
            unit, kind, mult = u, "count", 1
        FIGS.append(F(anchor, cell, num(cell) * mult, kind, unit, f"{lab} {lab2}", per, status=status))

FIGS += [
    F("tổ chức 9 đoàn", "9", 9, "count", "đoàn kiểm tra", "đoàn kiểm tra", Y23),
    F("tại 214 cơ sở", "214", 214, "count", "cơ sở", "cơ sở được kiểm tra", Y23),
    F("phát hiện 26 cơ sở", "26", 26, "count", "cơ sở", "cơ sở vi phạm", Y23),
    F("xử phạt 412 triệu", "412", 412e6, "money", "đồng", "tiền xử phạt", Y23),
    F("ra 01 vụ cháy", "01", 1, "count", "vụ cháy", "vụ cháy liên quan đến LPG", I(Y23), location="Cẩm Xuyên"),
    F("Phấn đấu 100%", "100", 100, "percent", "%",
      "cửa hàng bán lẻ LPG được cấp Giấy chứng nhận đủ điều kiện", I(Y24), status="target"),
    F("ít nhất 250 cơ sở", "250", 250, "count", "cơ sở", "cơ sở kinh doanh khí được kiểm tra", I(Y24),
      approx="at_least", status="target"),
    F("tối thiểu 30%", "30", 30, "percent", "%", "cơ sở được kiểm tra tại các huyện miền núi", I(Y24),
      approx="at_least", status="target"),
]

COMMENTS = [
    "Formal report under a letterhead: UBND tỉnh Hà Tĩnh, 'Số: 318/BC-UBND', 'Hà Tĩnh, ngày 22 tháng 12 năm 2023' (published).",
    "Flattened '|' table: Chỉ tiêu | Đơn vị | Năm 2022 | Ước năm 2023 | Kế hoạch 2024. Every numeric cell is a figure; the unit comes",
    "from the Đơn vị column ('nghìn chai' makes 38,2 = 38 200 chai); 'Ước năm 2023' → estimate, 'Kế hoạch 2024' → target; period from the column.",
    "The lead's 21.640 tấn: estimate, change 4,7% vs năm 2022, 'đạt 101,2% kế hoạch' is its percent. The table cell 21.640 is a figure of its own.",
    "Section II figures: targets, period from the heading 'NHIỆM VỤ NĂM 2024' (inherited). 'tối thiểu 30%' is a percent of its own (no count given).",
    "'01 vụ cháy … tại huyện Cẩm Xuyên': location Cẩm Xuyên. The three mountain districts named after 30% do not make it a district figure.",
    "Distractors: Số: 318/BC-UBND, Công văn số 7526/BCT-ATMT, place-and-date line, section numbers I., II., 1., 2., 'KT1'.",
]

emit("p644-3", TEXT, COMMENTS, FIGS, published="2023-12-22", location="Hà Tĩnh")
