from lib import F, P, I, CH, TG, emit

ROWS = [("Bệnh viện Đà Nẵng", "95,8", "92,6", "86,4"),
        ("Bệnh viện Phụ sản - Nhi", "97,1", "94,3", "88,2"),
        ("Bệnh viện Ung bướu", "96,5", "93,7", "84,9"),
        ("Bệnh viện Mắt", "94,2", "95,1", "90,3"),
        ("Bệnh viện Y học cổ truyền", "93,6", "91,8", "87,5")]
COLS = ["Nội trú", "Ngoại trú", "Nhân viên y tế"]
table = "\n".join(["Đơn vị"] + COLS + [c for r in ROWS for c in r])

TEXT = """SỞ Y TẾ THÀNH PHỐ ĐÀ NẴNG
Trang chủ / Tin tức / Quản lý chất lượng

Kết quả khảo sát hài lòng người bệnh 6 tháng đầu năm 2024

Thực hiện Kế hoạch số 142/KH-SYT, Sở Y tế đã khảo sát 9.860 phiếu tại 16 bệnh viện công lập và 6 trung tâm y tế quận, huyện trên địa bàn thành phố Đà Nẵng. Tỷ lệ hài lòng bình quân của người bệnh nội trú đạt 95,3%, ngoại trú đạt 92,1%, tăng lần lượt 0,8% và 1,1% so với cùng kỳ năm 2023.

Tỷ lệ hài lòng tại một số bệnh viện tuyến thành phố
Đơn vị tính: %
""" + table + """

Trong số 22 đơn vị được khảo sát, có 19 đơn vị đạt tỷ lệ hài lòng chung trên 90%; riêng Trung tâm Y tế huyện Hòa Vang đạt 88,7%, thấp nhất thành phố. Nội dung người bệnh ít hài lòng nhất là thời gian chờ làm xét nghiệm, chẩn đoán hình ảnh, với điểm trung bình 3,9 điểm.

Sở Y tế yêu cầu các đơn vị có tỷ lệ hài lòng dưới 90% xây dựng kế hoạch cải tiến chất lượng trong quý III/2024, đồng thời duy trì khảo sát hằng tháng trên phần mềm của Bộ Y tế.

Phòng Nghiệp vụ Y - Sở Y tế
Địa chỉ: Tầng 9, Trung tâm Hành chính, 24 Trần Phú, quận Hải Châu
Số lượt truy cập: 2.045.317
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")

FIGS = [
    F("khảo sát 9.860 phiếu", "9.860", 9860, "count", "phiếu", "phiếu khảo sát", I(H1)),
    F("tại 16 bệnh viện", "16", 16, "count", "bệnh viện", "bệnh viện công lập được khảo sát", I(H1)),
    F("và 6 trung tâm", "6", 6, "count", "trung tâm y tế", "trung tâm y tế quận, huyện được khảo sát", I(H1)),
    F("đạt 95,3%", "95,3", 95.3, "percent", "%", "tỷ lệ hài lòng bình quân của người bệnh nội trú", I(H1),
      change=CH("increase", 0.8, "%", "cùng kỳ năm 2023")),
    F("đạt 92,1%", "92,1", 92.1, "percent", "%", "tỷ lệ hài lòng bình quân của người bệnh ngoại trú", I(H1),
      change=CH("increase", 1.1, "%", "cùng kỳ năm 2023")),
]
for r, (name, *cells) in enumerate(ROWS):
    for i, cell in enumerate(cells):
        if i == 0:
            anchor = f"{name}\n{cell}\n"
        elif i == 1:
            anchor = f"{cells[0]}\n{cell}\n{cells[2]}"
        else:
            anchor = f"{cells[1]}\n{cell}"
        FIGS.append(F(anchor, cell, float(cell.replace(",", ".")), "percent", "%",
                      f"tỷ lệ hài lòng {COLS[i].lower()} {name}", I(H1)))
FIGS += [
    F("22 đơn vị", "22", 22, "count", "đơn vị", "đơn vị được khảo sát", I(H1)),
    F("có 19 đơn vị", "19", 19, "count", "đơn vị", "đơn vị đạt tỷ lệ hài lòng chung trên 90%", I(H1), total=22),
    F("chung trên 90%", "90", 90, "percent", "%", "ngưỡng tỷ lệ hài lòng chung", approx="over", optional=True),
    F("đạt 88,7%", "88,7", 88.7, "percent", "%", "tỷ lệ hài lòng chung Trung tâm Y tế huyện Hòa Vang", I(H1),
      location="Hòa Vang"),
    F("trung bình 3,9 điểm", "3,9", 3.9, "measure", "điểm",
      "điểm hài lòng trung bình về thời gian chờ làm xét nghiệm, chẩn đoán hình ảnh", I(H1)),
    F("dưới 90%", "90", 90, "percent", "%", "ngưỡng tỷ lệ hài lòng", approx="under", optional=True),
]

COMMENTS = [
    "Sở Y tế Đà Nẵng (department site), no dateline (published null): patient satisfaction H1/2024, one-cell-per-line table with",
    "'Đơn vị tính: %' (rows: hospitals, columns: Nội trú / Ngoại trú / Nhân viên y tế). Table cells: subject = indicator + column + hospital",
    "(hospitals are not places; location Đà Nẵng); periods inherited from the headline '6 tháng đầu năm 2024' (not scored).",
    "'tăng lần lượt 0,8% và 1,1%' distributes one change to each of 95,3% and 92,1%. 'Trong số 22 đơn vị, có 19 đơn vị' total 22.",
    "Thresholds 'trên 90%', 'dưới 90%' are criteria, not facts: optional. 'Trung tâm Y tế huyện Hòa Vang đạt 88,7%' names a district: location",
    "Hòa Vang. '3,9 điểm' a mean score (measure). Distractors: 'Kế hoạch số 142/KH-SYT', 'quý III/2024', 'Tầng 9', '24 Trần Phú',",
    "'Số lượt truy cập: 2.045.317'.",
]

emit("p488-7", TEXT, COMMENTS, FIGS, published=None, location="Đà Nẵng")
