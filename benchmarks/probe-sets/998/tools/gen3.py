"""p998-3: UBND tỉnh Quảng Trị formal report, công tác người cao tuổi 6 tháng đầu năm 2024, flattened | table."""
from lib import F, OPT_AGE, Y, P, CH, TG, inh, write

TEXT = """UBND TỈNH QUẢNG TRỊ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 186/BC-UBND
Quảng Trị, ngày 15 tháng 7 năm 2024

BÁO CÁO
Kết quả công tác chăm sóc và phát huy vai trò người cao tuổi 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Công tác chúc thọ, mừng thọ
Thực hiện Luật Người cao tuổi năm 2009 và Thông tư số 96/2018/TT-BTC, 6 tháng đầu năm 2024 toàn tỉnh tổ chức chúc thọ, mừng thọ cho 9.874 người cao tuổi, đạt 97,6% kế hoạch năm, với tổng kinh phí 3.862 triệu đồng. Kết quả theo địa phương như sau:

Đơn vị tính: người; kinh phí: triệu đồng
Địa phương | Tuổi 70-85 | Tuổi 90-95 | Từ 100 tuổi | Kinh phí
Thành phố Đông Hà | 1.126 | 214 | 9 | 472
Huyện Hải Lăng | 1.538 | 301 | 14 | 618
Huyện Vĩnh Linh | 1.402 | 276 | 11 | 571
Các địa phương còn lại | 4.178 | 789 | 16 | 2.201
Tổng cộng | 8.244 | 1.580 | 50 | 3.862

2. Chế độ trợ cấp xã hội
Tính đến ngày 30/6/2024, toàn tỉnh có 41.325 người từ 80 tuổi trở lên hưởng trợ cấp xã hội hằng tháng, tăng 3,1% so với cùng kỳ năm 2023. Mức trợ cấp 360.000 đồng/người/tháng được nâng lên 500.000 đồng/người/tháng kể từ ngày 01/7/2024 theo Nghị định số 76/2024/NĐ-CP.

3. Công tác chăm sóc sức khỏe
Có 118.640 người cao tuổi được cấp thẻ bảo hiểm y tế, chiếm 96,8% tổng số người cao tuổi; 52.417 lượt người cao tuổi được khám sức khỏe định kỳ.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
1. Phấn đấu 100% người cao tuổi đến tuổi mừng thọ được chúc thọ, mừng thọ.
2. Dự kiến kinh phí chúc thọ, mừng thọ 6 tháng cuối năm khoảng 420 triệu đồng.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")
ROWS = [("Thành phố Đông Hà", "Đông Hà", ["1.126", "214", "9", "472"]),
        ("Huyện Hải Lăng", "Hải Lăng", ["1.538", "301", "14", "618"]),
        ("Huyện Vĩnh Linh", "Vĩnh Linh", ["1.402", "276", "11", "571"]),
        ("Các địa phương còn lại", None, ["4.178", "789", "16", "2.201"]),
        ("Tổng cộng", None, ["8.244", "1.580", "50", "3.862"])]
COLS = ["tuổi 70-85", "tuổi 90-95", "từ 100 tuổi", None]
HEAD = ["Tuổi 70-85", "Tuổi 90-95", "Từ 100 tuổi", "Kinh phí"]


def table_figs():
    out = []
    for label, place, cells in ROWS:
        line = f"{label} | " + " | ".join(cells)
        for i, cell in enumerate(cells):
            anchor = line if i == 0 else None
            # a short anchor unique in the article: the cell with its neighbours
            left = f"{label}" if i == 0 else cells[i - 1]
            anchor = f"{left} | {cell}"
            if i == 3 and label == "Tổng cộng":
                anchor = f"50 | 3.862"
            # subject = row label + column label (FIGURES.md, Tables); a district label goes to location (revised after the first run)
            subj = (f"{label} " if not place else "") + HEAD[i]
            if COLS[i]:
                f = F(anchor, cell, float(cell.replace(".", "")), "count", "người", subj, inh(H1))
            else:
                f = F(anchor, cell, float(cell.replace(".", "")) * 1e6, "money", "đồng", subj, inh(H1))
            if place:
                f["location"] = place
            out.append(f)
    return out


FIGS = [
    F("cho 9.874 người cao tuổi", "9.874", 9874, "count", "người cao tuổi", "người cao tuổi được chúc thọ, mừng thọ",
      H1, percent=97.6),
    F("kinh phí 3.862 triệu đồng", "3.862", 3862e6, "money", "đồng", "tổng kinh phí chúc thọ, mừng thọ", H1),
    OPT_AGE("Tuổi 70-85", "70", value_max=85),
    OPT_AGE("Tuổi 90-95", "90", value_max=95),
    OPT_AGE("Từ 100 tuổi", "100", approx="at_least"),
] + table_figs() + [
    F("có 41.325 người", "41.325", 41325, "count", "người",
      "người từ 80 tuổi trở lên hưởng trợ cấp xã hội hằng tháng", P("Tính đến ngày 30/6/2024", None, "2024-06-30"),
      change=CH("increase", 3.1, "%", "cùng kỳ năm 2023")),
    OPT_AGE("từ 80 tuổi trở lên hưởng", "80", approx="at_least"),
    F("Mức trợ cấp 360.000 đồng/người/tháng", "360.000", 360000, "money", "đồng/người/tháng",
      "mức trợ cấp xã hội hằng tháng"),
    F("lên 500.000 đồng/người/tháng", "500.000", 500000, "money", "đồng/người/tháng",
      "mức trợ cấp xã hội hằng tháng", P("kể từ ngày 01/7/2024", "2024-07-01", None)),
    F("Có 118.640 người cao tuổi", "118.640", 118640, "count", "người cao tuổi",
      "người cao tuổi được cấp thẻ bảo hiểm y tế", percent=96.8),
    F("52.417 lượt người cao tuổi", "52.417", 52417, "count", "lượt người cao tuổi",
      "lượt người cao tuổi được khám sức khỏe định kỳ"),
    F("Phấn đấu 100%", "100", 100, "percent", "%",
      "người cao tuổi đến tuổi mừng thọ được chúc thọ, mừng thọ", inh(H2), status="target"),
    F("khoảng 420 triệu đồng", "420", 420e6, "money", "đồng", "kinh phí chúc thọ, mừng thọ 6 tháng cuối năm",
      H2, approx="about", status="forecast"),
]

NOTES = [
    "UBND tỉnh Quảng Trị, 'Số: 186/BC-UBND', 'Quảng Trị, ngày 15 tháng 7 năm 2024': báo cáo công tác người cao tuổi 6 tháng đầu năm 2024.",
    "Flattened '|' table: 'Đơn vị tính: người; kinh phí: triệu đồng' (Kinh phí cells ×10^6 đồng); district rows give location;",
    "'Các địa phương còn lại' and 'Tổng cộng' rows are the province (label kept in the subject). Subject = row label + column label",
    "(revised after the first run: the text's indicator had been prefixed to the column label). Cell periods come from the lead",
    "sentence (inherited). Table cells get no totals. Header ages optional.",
    "'Mức trợ cấp 360.000 … được nâng lên 500.000 …': two levels, no change (the step 140.000 is not stated); the new level has",
    "period 'kể từ ngày 01/7/2024' (start only). Section II heading gives the period of its items (inherited for 'Phấn đấu 100%').",
    "Distractors: Số: 186/BC-UBND, Thông tư số 96/2018/TT-BTC, Nghị định số 76/2024/NĐ-CP, 'Luật Người cao tuổi năm 2009',",
    "'ngày 01/7/2024', section numbers I., II., 1.-3.",
]

write("p998-3", TEXT, NOTES, FIGS, published="2024-07-15", location="Quảng Trị")
