from lib import F, P, I, CH, TG, emit

ROWS = [
    ("Từ 80 tuổi trở lên không có lương hưu", "33.904", "360.000", "134.260"),
    ("Từ 60 đến 79 tuổi thuộc hộ nghèo", "5.127", "360.000", "20.303"),
    ("Từ 80 tuổi trở lên thuộc hộ nghèo", "1.893", "540.000", "11.244"),
    ("Được chăm sóc tại cộng đồng", "362", "1.080.000", "4.301"),
]
HEAD = "Nhóm đối tượng | Số người | Mức trợ cấp (đồng/tháng) | Kinh phí 11 tháng (triệu đồng)"
table = "\n".join([HEAD] + [" | ".join(r) for r in ROWS])

TEXT = """UBND TỈNH QUẢNG BÌNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 215/BC-UBND
Quảng Bình, ngày 20 tháng 12 năm 2023

BÁO CÁO
Kết quả thực hiện chính sách trợ cấp xã hội đối với người cao tuổi năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Đối tượng và kinh phí
Tính đến ngày 30/11/2023, toàn tỉnh có 41.286 người cao tuổi đang hưởng trợ cấp xã hội hằng tháng, chiếm 28,4% tổng số người cao tuổi; kinh phí thực hiện 11 tháng ước đạt 172,5 tỷ đồng, bằng 91,7% dự toán năm.

Bảng 1. Người cao tuổi hưởng trợ cấp xã hội theo nhóm (đơn vị tính số người: người)
""" + table + """

2. Phương thức chi trả
Trợ cấp được chi trả qua hệ thống Bưu điện tại 151 xã, phường, thị trấn; có 2.146 người nhận qua tài khoản, đạt 5,2% tổng số đối tượng. Tỷ lệ chi trả đúng hạn đạt 99,6%.

3. Hỗ trợ chi phí mai táng
Năm 2023, đã hỗ trợ chi phí mai táng cho 1.125 người cao tuổi qua đời, mức 7,2 triệu đồng/người, tổng kinh phí 8,1 tỷ đồng.

II. PHƯƠNG HƯỚNG NĂM 2024
Năm 2024, dự kiến mức chuẩn trợ giúp xã hội tăng lên 500.000 đồng/tháng; tổng kinh phí dự kiến khoảng 215 tỷ đồng. Phấn đấu tỷ lệ đối tượng nhận trợ cấp qua tài khoản đạt 15%./.

Nơi nhận:
- Bộ LĐ-TB&XH;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, VX.
"""

ASOF = P("Tính đến ngày 30/11/2023", None, "2023-11-30")
M11 = P("11 tháng", "2023-01-01", "2023-11-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
COL11 = P("Kinh phí 11 tháng", "2023-01-01", "2023-11-30")

FIGS = [
    F("có 41.286 người", "41.286", 41286, "count", "người",
      "người cao tuổi đang hưởng trợ cấp xã hội hằng tháng", ASOF, percent=28.4),
    F("ước đạt 172,5 tỷ", "172,5", 172.5e9, "money", "đồng",
      "kinh phí thực hiện trợ cấp xã hội đối với người cao tuổi", M11, percent=91.7, status="estimate"),
]
labels = ["người từ 80 tuổi trở lên không có lương hưu", "người từ 60 đến 79 tuổi thuộc hộ nghèo",
          "người từ 80 tuổi trở lên thuộc hộ nghèo", "người cao tuổi được chăm sóc tại cộng đồng"]
for (lab, n, rate, cost), name in zip(ROWS, labels):
    FIGS.append(F(f"{lab} | {n}", n, int(n.replace(".", "")), "count", "người",
                  f"số người hưởng trợ cấp xã hội: {name}", I(ASOF)))
    FIGS.append(F(f"{n} | {rate}", rate, int(rate.replace(".", "")), "money", "đồng/tháng",
                  f"mức trợ cấp xã hội: {name}"))
    FIGS.append(F(f"{rate} | {cost}", cost, int(cost.replace(".", "")) * 1e6, "money", "đồng",
                  f"kinh phí 11 tháng trợ cấp xã hội: {name}", COL11))
FIGS += [
    F("Từ 80 tuổi trở lên không", "80", 80, "measure", "tuổi", optional=True),
    F("Từ 60 đến 79", "60", 60, "measure", "tuổi", value_max=79, optional=True),
    F("Từ 80 tuổi trở lên thuộc", "80", 80, "measure", "tuổi", optional=True),
    F("tại 151 xã", "151", 151, "count", "xã, phường, thị trấn",
      "xã, phường, thị trấn chi trả trợ cấp qua hệ thống Bưu điện"),
    F("có 2.146 người", "2.146", 2146, "count", "người",
      "người nhận trợ cấp xã hội qua tài khoản", percent=5.2),
    F("đạt 99,6%", "99,6", 99.6, "percent", "%", "tỷ lệ chi trả đúng hạn"),
    F("cho 1.125 người", "1.125", 1125, "count", "người",
      "người cao tuổi qua đời được hỗ trợ chi phí mai táng", Y23),
    F("mức 7,2 triệu", "7,2", 7.2e6, "money", "đồng/người", "mức hỗ trợ chi phí mai táng", Y23),
    F("kinh phí 8,1 tỷ", "8,1", 8.1e9, "money", "đồng", "tổng kinh phí hỗ trợ chi phí mai táng", Y23),
    F("tăng lên 500.000", "500.000", 500000, "money", "đồng/tháng", "mức chuẩn trợ giúp xã hội",
      Y24, status="forecast"),
    F("khoảng 215 tỷ", "215", 215e9, "money", "đồng", "tổng kinh phí trợ cấp xã hội đối với người cao tuổi",
      Y24, approx="about", status="forecast"),
    F("đạt 15%", "15", 15, "percent", "%", "tỷ lệ đối tượng nhận trợ cấp qua tài khoản",
      I(Y24), status="target"),
]

COMMENTS = [
    "Formal report under a letterhead (UBND TỈNH QUẢNG BÌNH, 'Số: 215/BC-UBND', 'Quảng Bình, ngày 20 tháng 12 năm 2023'): social allowances for the elderly 2023.",
    "Flattened '|' table: each numeric cell is a figure; subject = indicator (column) + group (row); units from the headers ('(đồng/tháng)', '(triệu đồng)' ×10^6).",
    "The four groups add up to 41.286 (as-of 30/11/2023, stated in the lead), but no cue (trong đó/gồm/bracket) ties them to it: no total; count cells take the lead's as-of period, inherited;",
    "'Kinh phí 11 tháng' column gives the period 1/1-30/11/2023 (scored, as h23/h24 column headers); rate cells have no period. Ages in row labels optional.",
    "'ước đạt 172,5 tỷ đồng, bằng 91,7% dự toán năm': estimate, percent 91.7. 'tăng lên 500.000 đồng/tháng' is the new level (no change), dự kiến → forecast;",
    "revised after the first scoring: total 41286 removed from the four count cells (a table after the lead is none of the spec's part-of-whole cues).",
    "'Phấn đấu … đạt 15%' target (Năm 2024 from the previous sentence, inherited). Distractors: 'Số: 215/BC-UBND', section numbers I./1./2./3./II., 'Bảng 1', date line.",
]

emit("p660-3", TEXT, COMMENTS, FIGS, published="2023-12-20", location="Quảng Bình")
