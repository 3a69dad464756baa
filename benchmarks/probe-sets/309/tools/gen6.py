from lib import *

rows = [
    ("Trung Quốc", "2.845", "3.917", "5.264"),
    ("Hàn Quốc", "1.502", "1.988", "2.431"),
    ("Nhật Bản", "736", "812", "947"),
    ("Đài Loan (Trung Quốc)", "418", "506", "689"),
    ("Quốc tịch khác", "1.127", "1.394", "1.705"),
    ("Tổng cộng", "6.628", "8.617", "11.036"),
]
cols = ["Đến 31/12/2021", "Đến 31/12/2022", "Đến 31/12/2023"]
table = "Quốc tịch\n\n" + "\n\n".join(cols) + "\n\n" + "\n\n".join(
    "\n\n".join(r) for r in rows) + "\n"

text = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI THÀNH PHỐ HẢI PHÒNG
Trang chủ / Việc làm - An toàn lao động

Hải Phòng: Số lao động nước ngoài tăng mạnh theo dòng vốn FDI

Ngày đăng: 05/03/2024 | Lượt xem: 1.268

Năm 2023, Sở Lao động - Thương binh và Xã hội thành phố đã giải quyết 6.947 hồ sơ liên quan đến người lao động nước ngoài, tăng 23,5% so với năm 2022, trong đó cấp mới 4.052 giấy phép lao động, gia hạn 1.873 giấy phép, cấp lại 611 giấy phép và xác nhận 411 trường hợp không thuộc diện cấp giấy phép lao động.

Số lao động nước ngoài làm việc trên địa bàn thành phố qua các năm như sau:

Bảng: Lao động nước ngoài theo quốc tịch
Đơn vị tính: người

""" + table + """
Như vậy, chỉ sau hai năm, số lao động nước ngoài tại Hải Phòng đã tăng gấp 1,67 lần. Lao động nước ngoài chủ yếu làm việc tại các khu công nghiệp DEEP C, VSIP Hải Phòng, Tràng Duệ; riêng Công ty TNHH LG Display Việt Nam Hải Phòng sử dụng hơn 1.100 người.

Trong năm 2023, Thanh tra Sở đã tiến hành 38 cuộc thanh tra, kiểm tra, phát hiện 57 lao động nước ngoài làm việc không có giấy phép, ban hành 21 quyết định xử phạt với số tiền 1,35 tỷ đồng.

Năm 2024, Sở đặt mục tiêu rút ngắn thời gian cấp giấy phép lao động xuống còn 3 ngày làm việc, phấn đấu tỷ lệ hồ sơ trực tuyến đạt trên 95%.

Địa chỉ: Số 1 Cù Chính Lan, quận Hồng Bàng, TP Hải Phòng. Điện thoại: 0225.3842.590
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
per = {c: P(c, None, f"{c[-4:]}-12-31") for c in cols}

figs = [
    F("giải quyết 6.947 hồ sơ", "6.947", 6947, "count", "hồ sơ",
      "hồ sơ liên quan đến người lao động nước ngoài được giải quyết", Y23,
      change=CH("increase", 23.5, baseline="năm 2022")),
    F("cấp mới 4.052 giấy phép", "4.052", 4052, "count", "giấy phép lao động",
      "giấy phép lao động cấp mới", Y23, total=6947),
    F("gia hạn 1.873 giấy phép", "1.873", 1873, "count", "giấy phép",
      "giấy phép lao động gia hạn", Y23, total=6947),
    F("cấp lại 611 giấy phép", "611", 611, "count", "giấy phép",
      "giấy phép lao động cấp lại", Y23, total=6947),
    F("xác nhận 411 trường hợp", "411", 411, "count", "trường hợp",
      "trường hợp xác nhận không thuộc diện cấp giấy phép lao động", Y23, total=6947),
]
for label, *vals in rows:
    subj = "tổng số lao động nước ngoài" if label == "Tổng cộng" else (
        "lao động nước ngoài quốc tịch khác" if label == "Quốc tịch khác" else f"lao động nước ngoài quốc tịch {label}")
    for c, v in zip(cols, vals):
        figs.append(F(f"\n{v}\n", v, parse_num(v), "count", "người", f"{subj} {c.lower()}", per[c]))

figs += [
    F("sau hai năm", "hai", 2, "measure", "năm", optional=True),
    F("gấp 1,67 lần", "1,67", 1.67, "multiple", "lần",
      "số lao động nước ngoài tại Hải Phòng tăng sau hai năm"),
    F("hơn 1.100 người", "1.100", 1100, "count", "người",
      "lao động nước ngoài làm việc tại Công ty TNHH LG Display Việt Nam Hải Phòng",
      P("Đến 31/12/2023", None, "2023-12-31", inh=True), approx="over"),
    F("tiến hành 38 cuộc", "38", 38, "count", "cuộc thanh tra, kiểm tra",
      "cuộc thanh tra, kiểm tra", P("Trong năm 2023", "2023-01-01", "2023-12-31")),
    F("phát hiện 57 lao động", "57", 57, "count", "lao động nước ngoài",
      "lao động nước ngoài làm việc không có giấy phép", P("Trong năm 2023", "2023-01-01", "2023-12-31")),
    F("ban hành 21 quyết định", "21", 21, "count", "quyết định xử phạt",
      "quyết định xử phạt", P("Trong năm 2023", "2023-01-01", "2023-12-31")),
    F("tiền 1,35 tỷ", "1,35", 1.35e9, "money", "đồng",
      "số tiền xử phạt", P("Trong năm 2023", "2023-01-01", "2023-12-31")),
    F("còn 3 ngày làm việc", "3", 3, "measure", "ngày làm việc",
      "thời gian cấp giấy phép lao động", P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("trên 95%", "95", 95, "percent", "%",
      "tỷ lệ hồ sơ trực tuyến", P("Năm 2024", "2024-01-01", "2024-12-31"),
      approx="over", status="target"),
]

comments = [
    "Department site (Sở LĐ-TB&XH Hải Phòng), breadcrumb, 'Ngày đăng: dd/mm/yyyy | Lượt xem: …'. Location Hải Phòng.",
    "6.947 hồ sơ with change vs năm 2022 and a 'trong đó' breakdown in the same sentence (parts sum to the whole: total 6947).",
    "Table written one cell per line (as h23), 'Đơn vị tính: người', columns 'Đến 31/12/2021/2022/2023' = as-of periods (start null);",
    "subject = the indicator + row label (nationality) + column label (as h24: '… năm 2017'); 'Tổng cộng' row is a figure of its own; no totals for cells.",
    "'gấp 1,67 lần' stands alone as the claim: multiple. 'sau hai năm' (duration) optional. 'hơn 1.100 người' inherits the latest as-of date.",
    "Targets for năm 2024: '3 ngày làm việc' (measure, target) and 'trên 95%'.",
    "revised after first run: table-cell subjects now carry the column label (FIGURES.md: row label and column label), as in shared h24.",
    "Distractors: 'Lượt xem: 1.268', date 05/03/2024, address 'Số 1 Cù Chính Lan', phone 0225.3842.590, 'Bảng:' caption.",
]
emit("p309-6", text, comments, figs, published="2024-03-05", location="Hải Phòng")
