from lib import *

A = """CỤC THỐNG KÊ TỈNH BÌNH DƯƠNG
Chuyên mục: Phân tích - Dự báo

Hoạt động viễn thông 9 tháng năm 2024

Doanh thu hoạt động viễn thông quý III/2024 ước đạt 2.318 tỷ đồng, tăng 3,6% so với quý trước và tăng 5,9% so với cùng kỳ năm trước. Tính chung 9 tháng năm 2024, doanh thu ước đạt 6.742 tỷ đồng, tăng 5,2% so với cùng kỳ. Cơ cấu doanh thu 9 tháng: dịch vụ di động chiếm 61,4%, Internet băng rộng cố định chiếm 27,8%, các dịch vụ khác 10,8%.

Bảng: Một số chỉ tiêu viễn thông chủ yếu
Đơn vị tính: tỷ đồng
Chỉ tiêu\tThực hiện quý II/2024\tƯớc tính quý III/2024\tƯớc tính 9 tháng năm 2024\t9 tháng 2024 so với cùng kỳ (%)
Tổng doanh thu viễn thông\t2.237\t2.318\t6.742\t105,2
- Viễn thông di động\t1.371\t1.425\t4.140\t103,8
- Internet băng rộng cố định\t624\t642\t1.874\t108,9

Đến cuối tháng 9/2024, toàn tỉnh có khoảng 3,15 triệu thuê bao di động, trong đó thuê bao trả sau 296.000 thuê bao; thuê bao Internet băng rộng cố định đạt 618.400 thuê bao, tăng 11,3% so với cùng kỳ năm 2023. Chỉ số giá nhóm dịch vụ viễn thông tháng 9 giảm 0,12% so với tháng trước.

Tăng trưởng chủ yếu đến từ các khu công nghiệp, nơi có trên 1.200 doanh nghiệp sử dụng đường truyền cáp quang riêng (kênh thuê riêng), bình quân mỗi doanh nghiệp chi từ 8 đến 12 triệu đồng/tháng. Dự báo cả năm 2024, doanh thu viễn thông toàn tỉnh đạt khoảng 9.100 tỷ đồng.

Địa chỉ: Số 325 Đại lộ Bình Dương, TP. Thủ Dầu Một. Điện thoại: 0274.3822.614.
Cục Thống kê tỉnh Bình Dương - 06/10/2024
"""

N9 = lambda text="9 tháng năm 2024", inh=False: FIRST(text, 9, 2024, inh)
Q3 = lambda inh=False: Q("quý III/2024", 3, 2024, inh)
T9 = lambda inh=False: ASOF("Đến cuối tháng 9/2024", 2024, 9, None, inh)
F = [
    fig("ước đạt 2.318 tỷ", "2.318", 2318e9, "money", "đồng", "Doanh thu hoạt động viễn thông",
        status="estimate", change=chg("increase", 3.6, "%", "quý trước"), period=Q3()),
    fig("tăng 5,9%", "5,9", 5.9, "percent", "%", "Doanh thu hoạt động viễn thông so với cùng kỳ năm trước",
        status="estimate", period=Q3(), optional=True),
    fig("ước đạt 6.742 tỷ", "6.742", 6742e9, "money", "đồng", "doanh thu", status="estimate",
        change=chg("increase", 5.2, "%", "cùng kỳ"), period=N9("Tính chung 9 tháng năm 2024")),
    fig("di động chiếm 61,4%", "61,4", 61.4, "percent", "%", "Cơ cấu doanh thu dịch vụ di động",
        period=FIRST("9 tháng", 9, 2024)),
    fig("cố định chiếm 27,8%", "27,8", 27.8, "percent", "%", "Cơ cấu doanh thu Internet băng rộng cố định",
        period=FIRST("9 tháng", 9, 2024)),
    fig("khác 10,8%", "10,8", 10.8, "percent", "%", "Cơ cấu doanh thu các dịch vụ khác",
        period=FIRST("9 tháng", 9, 2024)),
]
rows = [("Tổng doanh thu viễn thông", ["2.237", "2.318", "6.742", "105,2"]),
        ("- Viễn thông di động", ["1.371", "1.425", "4.140", "103,8"]),
        ("- Internet băng rộng cố định", ["624", "642", "1.874", "108,9"])]
cols = [("Thực hiện quý II/2024", "actual", Q("quý II/2024", 2, 2024)),
        ("Ước tính quý III/2024", "estimate", Q("quý III/2024", 3, 2024)),
        ("Ước tính 9 tháng năm 2024", "estimate", FIRST("9 tháng năm 2024", 9, 2024)),
        ("9 tháng 2024 so với cùng kỳ", "actual", FIRST("9 tháng 2024", 9, 2024))]
for label, cells in rows:
    lab = label.lstrip("- ")
    for i, c in enumerate(cells):
        prev = label if i == 0 else cells[i - 1]
        anchor = f"{prev}\t{c}" + ("\n" if i == 3 else "\t")
        cl, st, pr = cols[i]
        if i == 3:
            F.append(fig(anchor, c, float(c.replace(",", ".")), "percent", "%", f"{lab} {cl}", status=st, period=pr))
        else:
            F.append(fig(anchor, c, int(c.replace(".", "")) * 1e9, "money", "đồng", f"{lab} {cl}", status=st, period=pr))
F += [
    fig("khoảng 3,15 triệu", "3,15", 3.15e6, "count", "thuê bao di động", "thuê bao di động", approx="about",
        period=T9()),
    fig("sau 296.000 thuê bao", "296.000", 296000, "count", "thuê bao", "thuê bao trả sau", total=3.15e6,
        period=T9()),
    fig("đạt 618.400 thuê bao", "618.400", 618400, "count", "thuê bao", "thuê bao Internet băng rộng cố định",
        change=chg("increase", 11.3, "%", "cùng kỳ năm 2023"), period=T9()),
    fig("giảm 0,12%", "0,12", 0.12, "percent", "%", "Chỉ số giá nhóm dịch vụ viễn thông",
        period=MON("tháng 9", 9, 2024)),
    fig("trên 1.200 doanh nghiệp", "1.200", 1200, "count", "doanh nghiệp",
        "doanh nghiệp sử dụng đường truyền cáp quang riêng (kênh thuê riêng)", approx="over", period=T9(True)),
    fig("từ 8 đến 12 triệu", "8", 8e6, "money", "đồng/tháng", "bình quân mỗi doanh nghiệp chi", value_max=12e6,
        period=T9(True)),
    fig("khoảng 9.100 tỷ", "9.100", 9100e9, "money", "đồng", "doanh thu viễn thông toàn tỉnh", approx="about",
        status="forecast", period=Y("cả năm 2024", 2024)),
]
C = [
    "Provincial statistics office (Cục Thống kê Bình Dương), no dateline on top; the bare source-and-date line at the end '… - 06/10/2024' is its date.",
    "'ước đạt 2.318 tỷ đồng, tăng 3,6% so với quý trước và tăng 5,9% so với cùng kỳ': first change is the attribute, the second a percent figure (optional).",
    "'Cơ cấu doanh thu 9 tháng: … chiếm 61,4%, …': shares without a base amount are percent figures (no cue: actual).",
    "Tab-flattened table with 'Đơn vị tính: tỷ đồng' (multiplier ×10⁹ on every money cell); '(%)' column percent. Subject = row label + column label;",
    "period from the column header ('quý II/2024', 'quý III/2024', '9 tháng năm 2024'); 'Thực hiện' actual, 'Ước tính' estimate; no totals for cells.",
    "'khoảng 3,15 triệu …, trong đó … 296.000': total. 'Chỉ số giá … tháng 9 giảm 0,12% so với tháng trước': the rate is the claim (no change object).",
    "'từ 8 đến 12 triệu đồng/tháng': money range. 'Dự báo cả năm 2024 … khoảng 9.100 tỷ': forecast. Distractors: address, phone, 'TP. Thủ Dầu Một'.",
]
write(8, A, F, C, published="2024-10-06", location="Bình Dương")
