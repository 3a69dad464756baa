from lib import *

A = """SỞ NÔNG NGHIỆP VÀ PTNT
TỈNH SÓC TRĂNG
Số: 215/BC-SNN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Sóc Trăng, ngày 05 tháng 01 năm 2024

BÁO CÁO
Kết quả thực hiện Dự án bảo vệ và phát triển rừng phòng hộ ven biển năm 2023

Thực hiện Kế hoạch số 86/KH-UBND ngày 20/3/2023 của UBND tỉnh, Sở Nông nghiệp và PTNT báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN
1. Trồng rừng phòng hộ ven biển
Năm 2023, toàn tỉnh trồng mới 186,4 ha rừng phòng hộ ven biển, đạt 103,6% kế hoạch (kế hoạch 180 ha). Kết quả theo địa bàn:

Bảng 1. Diện tích trồng rừng phòng hộ ven biển
Đơn vị tính: ha
Địa bàn | Kế hoạch | Thực hiện | Tỷ lệ (%)
Thị xã Vĩnh Châu | 95 | 101,2 | 106,5
Huyện Trần Đề | 60 | 58,7 | 97,8
Huyện Cù Lao Dung | 25 | 26,5 | 106
Tổng cộng | 180 | 186,4 | 103,6

2. Bảo vệ rừng và chi trả dịch vụ môi trường rừng
Tính đến ngày 31/12/2023, diện tích rừng và đất lâm nghiệp ven biển của tỉnh là 11.356 ha, trong đó rừng ngập mặn 9.820 ha (chiếm 86,5%). Năm 2023, tiền dịch vụ môi trường rừng chi trả 1,87 tỷ đồng cho 26 cộng đồng và 412 hộ gia đình, tăng 9,4% so với năm 2022. Lực lượng kiểm lâm phát hiện, xử lý 7 vụ vi phạm, giảm 5 vụ so với năm trước.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu trồng mới 200 ha rừng phòng hộ ven biển, trồng bổ sung 120 ha rừng ngập mặn bị suy thoái; nâng tỷ lệ che phủ rừng ven biển đạt trên 35%. Tổng kinh phí dự kiến 14,6 tỷ đồng, trong đó ngân sách trung ương 9,8 tỷ đồng.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT, LN.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Trần Văn Lâm
"""

Y = P("Năm 2023", "2023-01-01", "2023-12-31")
Yi = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
N24 = P("NĂM 2024", "2024-01-01", "2024-12-31", inh=True)
AS = P("Tính đến ngày 31/12/2023", None, "2023-12-31")
cols = [("Kế hoạch", "target"), ("Thực hiện", None), ("Tỷ lệ (%)", None)]
rows = [
    ("Thị xã Vĩnh Châu | 95 | 101,2 | 106,5", ["95", "101,2", "106,5"], "Vĩnh Châu"),
    ("Huyện Trần Đề | 60 | 58,7 | 97,8", ["60", "58,7", "97,8"], "Trần Đề"),
    ("Huyện Cù Lao Dung | 25 | 26,5 | 106", ["25", "26,5", "106"], "Cù Lao Dung"),
    ("Tổng cộng | 180 | 186,4 | 103,6", ["180", "186,4", "103,6"], "Sóc Trăng"),
]
figs = [
    F("trồng mới 186,4 ha", "186,4", 186.4, "measure", "ha", "rừng phòng hộ ven biển trồng mới", percent=103.6,
      target=T(180, "ha", True), period=Y),
]
for line, cells, loc in rows:
    label = line.split(" | ")[0]
    for i, (num, (col, st)) in enumerate(zip(cells, cols)):
        if i == 0:
            anchor = f"{label} | {num} |"
        elif i == 1:
            anchor = f"| {cells[0]} | {num} |"
        else:
            anchor = f"| {cells[1]} | {num}\n"
        v = float(num.replace(",", ".")) if "," in num else int(num)
        tot = " tổng cộng" if label == "Tổng cộng" else ""
        if i == 2:
            figs.append(F(anchor, num, v, "percent", "%", f"Tỷ lệ trồng rừng phòng hộ ven biển{tot}",
                          period=Yi, location=loc))
        else:
            figs.append(F(anchor, num, v, "measure", "ha", f"{col} trồng rừng phòng hộ ven biển{tot}",
                          status=st, period=Yi, location=loc))
figs += [
    F("tỉnh là 11.356 ha", "11.356", 11356, "measure", "ha", "diện tích rừng và đất lâm nghiệp ven biển", period=AS),
    F("rừng ngập mặn 9.820 ha", "9.820", 9820, "measure", "ha", "rừng ngập mặn", total=11356, percent=86.5, period=AS),
    F("chi trả 1,87 tỷ đồng", "1,87", 1870000000, "money", "đồng", "tiền dịch vụ môi trường rừng chi trả",
      change=C("increase", 9.4, "%", "năm 2022"), period=Y),
    F("cho 26 cộng đồng", "26", 26, "count", "cộng đồng", "cộng đồng được chi trả tiền dịch vụ môi trường rừng", period=Y),
    F("và 412 hộ gia đình", "412", 412, "count", "hộ gia đình", "hộ gia đình được chi trả tiền dịch vụ môi trường rừng", period=Y),
    F("xử lý 7 vụ vi phạm", "7", 7, "count", "vụ vi phạm", "vụ vi phạm lực lượng kiểm lâm phát hiện, xử lý",
      change=C("decrease", 5, "vụ", "năm trước"), period=Yi),
    F("trồng mới 200 ha", "200", 200, "measure", "ha", "rừng phòng hộ ven biển trồng mới", status="target", period=N24),
    F("bổ sung 120 ha", "120", 120, "measure", "ha", "rừng ngập mặn bị suy thoái trồng bổ sung", status="target", period=N24),
    F("đạt trên 35%", "35", 35, "percent", "%", "tỷ lệ che phủ rừng ven biển", approx="over", status="target", period=N24),
    F("dự kiến 14,6 tỷ đồng", "14,6", 14600000000, "money", "đồng", "tổng kinh phí", status="forecast", period=N24),
    F("trung ương 9,8 tỷ đồng", "9,8", 9800000000, "money", "đồng", "ngân sách trung ương", total=14600000000,
      status="forecast", period=N24),
]
comments = [
    "Formal report with letterhead (Sở NN&PTNT Sóc Trăng, 'Số: 215/BC-SNN'); the place-and-date line 'Sóc Trăng, ngày 05 tháng 01 năm 2024' is its date.",
    "Flattened '|' table with 'Đơn vị tính: ha'; the last column '(%)' overrides the unit. Every numeric cell is a figure; a place row label goes to",
    "location ('Tổng cộng' = the province), subject = column label + the indicator; 'Kế hoạch' cells are status target; period 'Năm 2023' from the text above (inherited).",
    "revised: the (%) column's subject lost the words 'thực hiện so với kế hoạch', which the table does not say (column label + table topic only).",
    "No attributes for table cells (FIGURES.md gives tables no part-of rule; the plan cells are figures of their own, as in shared h23).",
    "'đạt 103,6% kế hoạch (kế hoạch 180 ha)': percent 103,6 and target 180 on 186,4 ha. 'giảm 5 vụ so với năm trước' is the change of 7 vụ.",
    "Section II heading 'PHƯƠNG HƯỚNG NĂM 2024' gives the targets their period (inherited); 'Phấn đấu' = target, 'dự kiến' = forecast (carried to the 'trong đó' part).",
    "Distractors: Số: 215/BC-SNN, Kế hoạch số 86/KH-UBND ngày 20/3/2023, section numbers I./II./1./2., 'Bảng 1', 'Lưu: VT, LN', signer.",
]
write("p396-2", A, figs, comments, published="2024-01-05", location="Sóc Trăng")
