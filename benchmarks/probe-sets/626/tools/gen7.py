"""p626-7: Sở Tư pháp Đà Nẵng department site (no dateline), notarial work 2023 with a one-cell-per-line table."""
from lib import F, P, I, CH, T, emit

TEXT = """SỞ TƯ PHÁP THÀNH PHỐ ĐÀ NẴNG
Trang chủ / Bổ trợ tư pháp / Công chứng

Kết quả hoạt động công chứng năm 2023

Năm 2023, 24 tổ chức hành nghề công chứng trên địa bàn thành phố Đà Nẵng đã công chứng 162.540 việc, giảm 4,1% so với năm 2022 do thị trường bất động sản trầm lắng; thu phí công chứng 78,3 tỷ đồng. Trong đó, 3 Phòng công chứng đã công chứng 21.356 việc, chiếm 13,1%; 21 Văn phòng công chứng công chứng 141.184 việc.

Bảng: Số việc công chứng theo loại việc
Đơn vị tính: việc
Loại việc
Năm 2022
Năm 2023
Kế hoạch 2024
Hợp đồng chuyển nhượng, tặng cho quyền sử dụng đất
61.320
54.875
58.000
Hợp đồng thế chấp tài sản
38.416
36.902
38.500
Văn bản thừa kế
9.870
10.214
10.500
Bản dịch và việc khác
59.885
60.549
63.000
Tổng cộng
169.491
162.540
170.000

Đến cuối năm 2023, thành phố có 96 công chứng viên đang hành nghề. Trong năm 2023, Sở đã thanh tra, kiểm tra 6 tổ chức hành nghề công chứng, xử phạt vi phạm hành chính 3 công chứng viên với tổng số tiền 45 triệu đồng. Năm 2024, Sở đặt mục tiêu 100% tổ chức hành nghề công chứng kết nối cơ sở dữ liệu công chứng dùng chung và kiểm tra ít nhất 8 tổ chức.

Địa chỉ: Tầng 15, Trung tâm Hành chính thành phố, số 24 Trần Phú, quận Hải Châu, Đà Nẵng.
Điện thoại: 0236.3822.173 - Fax: 0236.3822.174
Lượt truy cập: 1.284.516
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C22 = P("Năm 2022", "2022-01-01", "2022-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")

ROWS = [
    ("Hợp đồng chuyển nhượng, tặng cho quyền sử dụng đất",
     [("đất\n61.320", "61.320"), ("61.320\n54.875", "54.875"), ("54.875\n58.000", "58.000")]),
    ("Hợp đồng thế chấp tài sản",
     [("tài sản\n38.416", "38.416"), ("38.416\n36.902", "36.902"), ("36.902\n38.500", "38.500")]),
    ("Văn bản thừa kế",
     [("kế\n9.870", "9.870"), ("9.870\n10.214", "10.214"), ("10.214\n10.500", "10.500")]),
    ("Bản dịch và việc khác",
     [("khác\n59.885", "59.885"), ("59.885\n60.549", "60.549"), ("60.549\n63.000", "63.000")]),
    ("Tổng cộng",
     [("cộng\n169.491", "169.491"), ("169.491\n162.540", "162.540"), ("162.540\n170.000", "170.000")]),
]

FIGS = [
    F("2023, 24 tổ chức", "24", 24, "count", "tổ chức hành nghề công chứng", "tổ chức hành nghề công chứng", Y23),
    F("công chứng 162.540 việc", "162.540", 162540, "count", "việc", "việc công chứng", Y23,
      change=CH("decrease", 4.1, baseline="năm 2022")),
    F("78,3 tỷ đồng", "78,3", 78.3e9, "money", "đồng", "phí công chứng thu được", Y23),
    F("đó, 3 Phòng", "3", 3, "count", "Phòng công chứng", "Phòng công chứng", I(Y23), total=24),
    F("công chứng 21.356 việc", "21.356", 21356, "count", "việc", "việc công chứng của các Phòng công chứng", I(Y23),
      total=162540, percent=13.1),
    F("13,1%; 21 Văn phòng", "21", 21, "count", "Văn phòng công chứng", "Văn phòng công chứng", I(Y23), total=24),
    F("công chứng 141.184 việc", "141.184", 141184, "count", "việc", "việc công chứng của các Văn phòng công chứng",
      I(Y23), total=162540),
]
for label, cells in ROWS:
    for (anchor, num), per, col in zip(cells, (C22, C23, C24), ("năm 2022", "năm 2023", "kế hoạch 2024")):
        kw = {"status": "target"} if col.startswith("kế") else {}
        FIGS.append(F(anchor, num, float(num.replace(".", "")), "count", "việc",
                      f"việc công chứng {label[0].lower() + label[1:]} {col}", per, **kw))
FIGS += [
    F("có 96 công chứng viên", "96", 96, "count", "công chứng viên", "công chứng viên đang hành nghề",
      P("Đến cuối năm 2023", None, "2023-12-31")),
    F("kiểm tra 6 tổ chức", "6", 6, "count", "tổ chức hành nghề công chứng",
      "tổ chức hành nghề công chứng được thanh tra, kiểm tra", P("Trong năm 2023", "2023-01-01", "2023-12-31")),
    F("chính 3 công chứng viên", "3", 3, "count", "công chứng viên", "công chứng viên bị xử phạt vi phạm hành chính",
      P("Trong năm 2023", "2023-01-01", "2023-12-31")),
    F("tiền 45 triệu đồng", "45", 45e6, "money", "đồng", "tổng số tiền xử phạt vi phạm hành chính",
      P("Trong năm 2023", "2023-01-01", "2023-12-31")),
    F("mục tiêu 100%", "100", 100, "percent", "%",
      "tổ chức hành nghề công chứng kết nối cơ sở dữ liệu công chứng dùng chung",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("ít nhất 8 tổ chức", "8", 8, "count", "tổ chức", "tổ chức hành nghề công chứng được kiểm tra",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="at_least", status="target"),
]

COMMENTS = [
    "Sở Tư pháp TP. Đà Nẵng department site (invented): hoạt động công chứng năm 2023. No dateline: published omitted.",
    "One-cell-per-line table, 'Đơn vị tính: việc', columns Năm 2022 | Năm 2023 | Kế hoạch 2024; rows = kinds of notarial work + Tổng cộng.",
    "Every numeric cell is a figure (15); period from the column header (scored, as h23); 'Kế hoạch 2024' cells are status target.",
    "Table subject = 'việc công chứng' + row label + column label. No totals inside the table (rows are not given a part-of cue).",
    "Distractors: 'Tầng 15', 'số 24 Trần Phú', phone/fax 0236.3822.173/174, 'Lượt truy cập: 1.284.516' (furniture).",
    "'Trong đó' after the lead: 3 + 21 = 24 tổ chức and 21.356 + 141.184 = 162.540 việc, each part takes the whole of its own kind.",
    "'ít nhất 8 tổ chức' and '100%' are 2024 targets ('đặt mục tiêu').",
]

if __name__ == "__main__":
    emit("p626-7", TEXT, COMMENTS, FIGS, location="Đà Nẵng")
