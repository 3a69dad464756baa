"""p523-7: Chi cục Thủy sản Khánh Hòa (department site, no dateline), lobster cage farming 2023, one-cell-per-line table."""
from lib import F, P, INH, CH, emit

ROWS = [
    ("Thị xã Ninh Hòa", "Ninh Hòa", ["21.300", "23.850", "24.000"]),
    ("Huyện Vạn Ninh", "Vạn Ninh", ["18.460", "20.110", "21.000"]),
    ("Thành phố Cam Ranh", "Cam Ranh", ["24.200", "27.680", "28.500"]),
    ("Thành phố Nha Trang", "Nha Trang", ["6.000", "7.000", "6.500"]),
    ("Tổng cộng", None, ["69.960", "78.640", "80.000"]),
]
COLS = [("Năm 2022", P("Năm 2022", "2022-01-01", "2022-12-31"), "actual", "năm 2022"),
        ("Năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), "actual", "năm 2023"),
        ("Kế hoạch 2024", P("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target", "kế hoạch 2024")]

table = "Số lồng nuôi tôm hùm phân theo địa phương\nĐơn vị tính: lồng\nĐịa phương\n" + "\n".join(c[0] for c in COLS) + "\n"
for label, _, cells in ROWS:
    table += label + "\n" + "\n".join(cells) + "\n"

TEXT = """CHI CỤC THỦY SẢN TỈNH KHÁNH HÒA
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả nuôi tôm hùm lồng năm 2023

Năm 2023, toàn tỉnh có 78.640 lồng nuôi tôm hùm, tăng 12,4% so với năm 2022; sản lượng tôm hùm thu hoạch đạt 1.950 tấn, giá trị ước đạt 2.346,8 tỷ đồng. Giá tôm hùm bông loại từ 1 kg/con trở lên dao động 1,3-1,5 triệu đồng/kg. Toàn tỉnh hiện có khoảng 3.200 hộ nuôi tôm hùm, tạo việc làm cho hơn 9.000 lao động.

""" + table + """
Tuy nhiên, từ đầu năm 2023 đến nay, khoảng 1.560 lồng tôm hùm bị chết rải rác, chủ yếu tại vịnh Cam Ranh và đầm Nha Phu, thiệt hại ước tính hơn 25 tỷ đồng. Chi cục đã lấy 120 mẫu nước để quan trắc, trong đó 18 mẫu có chỉ tiêu vượt ngưỡng cho phép.

Để phát triển bền vững, tỉnh hỗ trợ 50% chi phí chuyển đổi sang lồng HDPE, tối đa 30 triệu đồng/hộ; đến năm 2025 có ít nhất 40% số lồng nuôi sử dụng vật liệu HDPE.

Địa chỉ: 04 Phan Chu Trinh, TP. Nha Trang. Điện thoại: 0258.3822.613
Tổng số lượt truy cập: 1.204.377
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("có 78.640 lồng", "78.640", 78640, "count", "lồng", "lồng nuôi tôm hùm", Y23,
      change=CH("increase", 12.4, baseline="năm 2022")),
    F("đạt 1.950 tấn", "1.950", 1950, "measure", "tấn", "sản lượng tôm hùm thu hoạch", Y23),
    F("ước đạt 2.346,8 tỷ đồng", "2.346,8", 2346800000000, "money", "đồng", "giá trị tôm hùm thu hoạch", Y23,
      status="estimate"),
    F("từ 1 kg/con", "1", 1, "measure", "kg/con", approx="at_least", optional=True),
    F("1,3-1,5 triệu đồng/kg", "1,3", 1300000, "money", "đồng/kg", "giá tôm hùm bông loại từ 1 kg/con trở lên",
      value_max=1500000),
    F("khoảng 3.200 hộ", "3.200", 3200, "count", "hộ", "hộ nuôi tôm hùm", approx="about"),
    F("hơn 9.000 lao động", "9.000", 9000, "count", "lao động", "lao động có việc làm từ nuôi tôm hùm", approx="over"),
]
for label, place, cells in ROWS:
    prev = label
    for (col, per, status, colname), cell in zip(COLS, cells):
        v = float(cell.replace(".", ""))
        subj = ("Tổng số lồng nuôi tôm hùm " if place is None else "Số lồng nuôi tôm hùm ") + colname
        kw = {"status": status} if status != "actual" else {}
        if place:
            kw["location"] = place
        FIGS.append(F(f"{prev}\n{cell}", cell, v, "count", "lồng", subj, per, **kw))
        prev = cell
YTD = P("từ đầu năm 2023 đến nay", "2023-01-01", None)
FIGS += [
    F("khoảng 1.560 lồng", "1.560", 1560, "count", "lồng", "lồng tôm hùm bị chết rải rác", YTD, approx="about"),
    F("hơn 25 tỷ đồng", "25", 25000000000, "money", "đồng", "thiệt hại do tôm hùm chết", YTD,
      approx="over", status="estimate"),
    F("lấy 120 mẫu", "120", 120, "count", "mẫu nước", "mẫu nước lấy để quan trắc"),
    F("18 mẫu", "18", 18, "count", "mẫu", "mẫu có chỉ tiêu vượt ngưỡng cho phép", total=120),
    F("hỗ trợ 50%", "50", 50, "percent", "%", "mức hỗ trợ chi phí chuyển đổi sang lồng HDPE"),
    F("tối đa 30 triệu đồng/hộ", "30", 30000000, "money", "đồng/hộ", "mức hỗ trợ chuyển đổi sang lồng HDPE",
      approx="at_most"),
    F("ít nhất 40%", "40", 40, "percent", "%", "tỷ lệ lồng nuôi sử dụng vật liệu HDPE",
      P("đến năm 2025", None, "2025-12-31"), approx="at_least", status="target"),
]

COMMENTS = [
    "Chi cục Thủy sản Khánh Hòa (department site): no dateline, footer with address, phone and visit counter `Tổng số lượt truy cập: 1.204.377`.",
    "One-cell-per-line table with `Đơn vị tính: lồng`, columns `Năm 2022`, `Năm 2023`, `Kế hoạch 2024` (→ target); periods from the headers (scored).",
    "Row labels are districts/towns/cities → location (`Thị xã Ninh Hòa` → Ninh Hòa); the `Tổng cộng` row keeps the province. No totals inside the table.",
    "`2.346,8 tỷ đồng` is written the Vietnamese way (2.346,8·10⁹). `tối đa 30 triệu đồng/hộ` at_most; `ít nhất 40%` at_least target to 2025.",
    "`từ đầu năm 2023 đến nay` with no dateline: start 2023-01-01, end null (FIGURES.md: `đến nay` ends at `published`, else null). Bays are not places of the figure.",
    "revised after the first run: the lobster price subject now keeps its grade (`loại từ 1 kg/con trở lên`), as the other price subjects of the set do.",
    "Distractors: `04 Phan Chu Trinh`, `0258.3822.613`, the visit counter. `từ 1 kg/con trở lên` is a size grade: optional.",
]

if __name__ == "__main__":
    emit("p523-7", TEXT, COMMENTS, FIGS, location="Khánh Hòa")
