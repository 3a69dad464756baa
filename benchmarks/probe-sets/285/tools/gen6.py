from lib import F, per, chg, tgt, write

rows = [
    ("Thành phố Thái Bình", "Thái Bình", ["58", "35", "99,21"]),
    ("Huyện Đông Hưng", "Đông Hưng", ["63", "38", "99,87"]),
    ("Huyện Hưng Hà", "Hưng Hà", ["61", "37", "99,90"]),
    ("Huyện Kiến Xương", "Kiến Xương", ["57", "35", "99,78"]),
    ("Huyện Tiền Hải", "Tiền Hải", ["60", "36", "99,83"]),
]
table = "\n".join(["Địa phương", "Người ứng cử", "Đại biểu trúng cử", "Tỷ lệ cử tri đi bầu (%)"] +
                  [x for r in rows for x in [r[0]] + r[2]])

text = """Kết quả bầu cử đại biểu HĐND cấp huyện, cấp xã nhiệm kỳ 2021-2026
Ngày đăng: 08/06/2021 | Lượt xem: 2.315

Theo báo cáo của Ủy ban bầu cử các huyện, thành phố, cuộc bầu cử ngày 23/5/2021 tại tỉnh Thái Bình có 1.482.365 cử tri tham gia bỏ phiếu, đạt 99,74%. Toàn tỉnh bầu đủ 294 đại biểu HĐND cấp huyện trong tổng số 486 người ứng cử; ở cấp xã, có 6.412 người trúng cử trên tổng số 10.507 người ứng cử, đạt 99,6% số đại biểu được ấn định. Có 7 xã phải tổ chức bầu thêm do chưa bầu đủ số lượng đại biểu. Toàn tỉnh có 2.137 khu vực bỏ phiếu, trong đó huyện Quỳnh Phụ nhiều nhất với 312 khu vực.

Kết quả tại một số địa phương (Đơn vị tính: người):
""" + table + """

Đáng chú ý, tỷ lệ đại biểu nữ trúng cử HĐND cấp huyện đạt 31,6%, cao hơn 3,2% so với nhiệm kỳ 2016-2021; đại biểu trẻ tuổi chiếm 14,3%.

Sở Nội vụ đề nghị Ủy ban bầu cử các huyện, thành phố hoàn thành hồ sơ tổng kết công tác bầu cử, gửi về Sở trước ngày 20/6/2021 (tầng 4, Khu liên cơ quan số 2, đường Lê Quý Đôn). Thông tin liên hệ: Phòng Xây dựng chính quyền, ĐT: 0227.3831.549.

Sở Nội vụ tỉnh Thái Bình
"""

E = per("ngày 23/5/2021", "2021-05-23", "2021-05-23")
Ei = dict(E, inherited=True)
figs = [
    F("1.482.365 cử tri", "1.482.365", 1482365, "count", "cử tri", "cử tri tham gia bỏ phiếu", percent=99.74, period=E),
    F("bầu đủ 294 đại biểu", "294", 294, "count", "đại biểu", "đại biểu HĐND cấp huyện", total=486, period=Ei),
    F("có 6.412 người", "6.412", 6412, "count", "người", "người trúng cử", total=10507, percent=99.6, period=Ei),
    F("có 2.137 khu vực", "2.137", 2137, "count", "khu vực bỏ phiếu", "khu vực bỏ phiếu", period=Ei),
    F("với 312 khu vực", "312", 312, "count", "khu vực", "khu vực bỏ phiếu", total=2137, location="Quỳnh Phụ", period=Ei),
    F("Có 7 xã", "7", 7, "count", "xã", "xã phải tổ chức bầu thêm", period=Ei),
]
cols = ["Người ứng cử", "Đại biểu trúng cử", "Tỷ lệ cử tri đi bầu"]
for label, place, cells in rows:
    prev = label
    for j, c in enumerate(cells):
        anchor = f"{prev}\n{c}"
        if j == 1:
            anchor = f"{prev}\n{c}\n{cells[2]}"
        prev = c
        pct = j == 2
        figs.append(F(anchor, c, float(c.replace(",", ".")) if pct else int(c), "percent" if pct else "count",
                      "%" if pct else "người", cols[j], location=place, period=Ei))
figs += [
    F("đạt 31,6%", "31,6", 31.6, "percent", "%", "tỷ lệ đại biểu nữ trúng cử HĐND cấp huyện",
      change=chg("increase", 3.2, "%", "nhiệm kỳ 2016-2021"), period=Ei),
    F("chiếm 14,3%", "14,3", 14.3, "percent", "%", "đại biểu trẻ tuổi", period=Ei),
]

write(6, [
    "Sở Nội vụ tỉnh Thái Bình (department site): results of the 23/5/2021 district- and commune-level council elections.",
    "Dateline 'Ngày đăng: 08/06/2021 | Lượt xem: 2.315'. Distractors: view counter, nhiệm kỳ 2021-2026 (title), 'trước ngày 20/6/2021',",
    "'tầng 4, Khu liên cơ quan số 2' (address), phone 0227.3831.549.",
    "The first sentence states the election day; the 1.482.365 voters take it (start = end = 2021-05-23); later figures inherit it.",
    "'294 đại biểu ... trong tổng số 486 người ứng cử' total 486; '6.412 người ... trên tổng số 10.507' total 10507 and",
    "'đạt 99,6% số đại biểu được ấn định' its percent (a share of the quota, as '87,66% chỉ tiêu được giao' in the spec).",
    "One-cell-per-line table, 'Đơn vị tính: người' with a '(%)' column: every cell a figure, the district row label is the location,",
    "the column label the subject. 31,6% 'cao hơn 3,2% so với nhiệm kỳ 2016-2021' carries that change.",
    "2.137 khu vực bỏ phiếu 'trong đó' Quỳnh Phụ 312: total 2137, location the district.",
    "revised: 486 and 10.507 are no figures of their own (totals after 'trong tổng số' / 'trên tổng số' are attributes, as shared h02).",
], text, figs, published="2021-06-08", location="Thái Bình")
