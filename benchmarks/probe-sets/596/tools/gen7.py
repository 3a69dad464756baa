"""p596-7: Sở Công Thương An Giang (department site, no dateline) — frozen pangasius fillet output, one-cell-per-line table."""
from lib import F, P, inh, CH, emit

ROWS = [
    ("TP. Long Xuyên", "Long Xuyên", ["61.250", "55.480", "58.000"]),
    ("Thị xã Tân Châu", "Tân Châu", ["38.900", "36.120", "38.500"]),
    ("Huyện Châu Phú", "Châu Phú", ["47.300", "44.760", "46.000"]),
    ("Huyện Chợ Mới", "Chợ Mới", ["35.420", "31.940", "33.500"]),
    ("Các địa phương khác", None, ["33.940", "30.300", "32.000"]),
    ("Tổng cộng", None, ["216.810", "198.600", "208.000"]),
]
# sanity: columns add up
for c in range(3):
    s = sum(int(r[2][c].replace(".", "")) for r in ROWS[:-1])
    assert s == int(ROWS[-1][2][c].replace(".", "")), (c, s)

TABLE = "\n".join(["Địa phương", "Năm 2022", "Năm 2023", "Kế hoạch 2024"]
                  + [x for label, _, cells in ROWS for x in [label] + cells])

TEXT = """SỞ CÔNG THƯƠNG AN GIANG
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Sản xuất cá tra phi lê đông lạnh năm 2023 và kế hoạch năm 2024

Năm 2023, các doanh nghiệp chế biến trên địa bàn tỉnh An Giang sản xuất được 198.600 tấn cá tra phi lê đông lạnh, giảm 8,4% so với năm 2022; kim ngạch xuất khẩu cá tra đạt 476,3 triệu USD. Toàn tỉnh có 21 nhà máy chế biến cá tra với tổng công suất thiết kế khoảng 2.100 tấn nguyên liệu/ngày, trong đó 6 nhà máy có công suất từ 200 tấn nguyên liệu/ngày trở lên.

Sản lượng cá tra phi lê đông lạnh phân theo địa phương
Đơn vị tính: tấn
""" + TABLE + """

Năm 2024, tỉnh đặt kế hoạch sản xuất 208.000 tấn cá tra phi lê đông lạnh, tăng 4,7% so với năm 2023. Giá cá tra nguyên liệu bình quân năm 2023 đạt 27.600 đồng/kg, giảm 2.400 đồng/kg so với năm 2022. Các nhà máy đang sử dụng khoảng 28.000 lao động, trong đó 85% là lao động địa phương.

Địa chỉ: Số 6 Lê Triệu Kiết, phường Mỹ Bình, TP. Long Xuyên. ĐT: 0296.3852.478
Tổng số lượt truy cập: 2.481.906
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
COLS = [(P("Năm 2022", "2022-01-01", "2022-12-31"), "năm 2022", None),
        (P("Năm 2023", "2023-01-01", "2023-12-31"), "năm 2023", None),
        (P("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "kế hoạch 2024", "target")]

FIGS = [
    F("được 198.600 tấn", "198.600", 198600, "measure", "tấn", change=CH("decrease", 8.4, baseline="năm 2022"),
      subject="cá tra phi lê đông lạnh sản xuất", period=Y23),
    F("đạt 476,3 triệu USD", "476,3", 476.3e6, "money", "USD", subject="kim ngạch xuất khẩu cá tra", period=Y23),
    F("có 21 nhà máy", "21", 21, "count", "nhà máy", subject="nhà máy chế biến cá tra"),
    F("khoảng 2.100 tấn", "2.100", 2100, "measure", "tấn nguyên liệu/ngày", approx="about",
      subject="tổng công suất thiết kế"),
    F("trong đó 6 nhà máy", "6", 6, "count", "nhà máy", total=21,
      subject="nhà máy có công suất từ 200 tấn nguyên liệu/ngày trở lên"),
    F("từ 200 tấn", "200", 200, "measure", "tấn nguyên liệu/ngày", approx="at_least",
      subject="công suất nhà máy", optional=True),
]
prev = "Kế hoạch 2024"
for label, loc, cells in ROWS:
    for j, (num, (per, ptxt, status)) in enumerate(zip(cells, COLS)):
        anchor = f"{prev}\n{label}\n{num}" if j == 0 else f"{cells[j - 1]}\n{num}"
        if label in ("Các địa phương khác", "Tổng cộng"):
            subj = f"{'Tổng cộng sản lượng' if label == 'Tổng cộng' else 'Sản lượng'} cá tra phi lê đông lạnh"
            subj += " các địa phương khác" if label != "Tổng cộng" else ""
        else:
            subj = "Sản lượng cá tra phi lê đông lạnh"
        kw = {"status": status} if status else {}
        if loc:
            kw["location"] = loc
        FIGS.append(F(anchor, num, float(num.replace(".", "")), "measure", "tấn",
                      subject=f"{subj} {ptxt}", period=per, **kw))
    prev = cells[-1]
FIGS += [
    F("xuất 208.000 tấn", "208.000", 208000, "measure", "tấn", status="target",
      change=CH("increase", 4.7, baseline="năm 2023"),
      subject="sản xuất cá tra phi lê đông lạnh", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("đạt 27.600 đồng/kg", "27.600", 27600, "money", "đồng/kg",
      change=CH("decrease", 2400, unit="đồng/kg", baseline="năm 2022"),
      subject="giá cá tra nguyên liệu bình quân", period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("khoảng 28.000 lao động", "28.000", 28000, "count", "lao động", approx="about",
      subject="lao động các nhà máy đang sử dụng"),
    F("85% là lao động", "85", 85, "percent", "%", subject="lao động địa phương"),
]

COMMENTS = [
    "Sở Công Thương An Giang department site (menu line, no dateline, visit counter in the footer): frozen pangasius fillet output 2023,",
    "plants and capacity, a one-cell-per-line table by locality (Năm 2022 | Năm 2023 | Kế hoạch 2024, 'Đơn vị tính: tấn'), raw fish price.",
    "Table cells: measure/tấn; subject = indicator + column; the row place goes to location (TP./Thị xã/Huyện stripped); 'Các địa phương",
    "khác' and 'Tổng cộng' rows keep the province; 'Kế hoạch 2024' -> target; periods from the column headers (scored, as in h23).",
    "A table's total row is no part-of cue: district cells carry no total. '6 nhà máy' after 'trong đó' -> total 21.",
    "'từ 200 tấn ... trở lên' is a threshold (optional). '85% là lao động địa phương' is a percent figure of its own.",
    "Not figures: address 'Số 6 Lê Triệu Kiết', phone, 'Tổng số lượt truy cập: 2.481.906'. No date: no published.",
]

if __name__ == "__main__":
    emit("p596-7", TEXT, COMMENTS, FIGS, location="An Giang")
