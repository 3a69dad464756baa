"""p516-7: Ban Dân tộc tỉnh Lào Cai department site, no dateline — one-cell-per-line table by district (Đơn vị tính: hộ)."""
from lib import fig, per, inh, ch, emit

ROWS = [
    ("Bát Xát", "812", "964", "1.530"),
    ("Mường Khương", "745", "1.102", "1.688"),
    ("Si Ma Cai", "603", "587", "1.145"),
    ("Bắc Hà", "698", "873", "1.296"),
    ("Sa Pa", "557", "602", "1.073"),
    ("Tổng cộng", "3.415", "4.128", "6.732"),
]
COLS = ["Nhà ở", "Chuyển đổi nghề", "Nước phân tán"]

table = "\n".join(["Huyện, thị xã"] + COLS) + "\n" + "\n".join("\n".join(r) for r in ROWS)

TEXT = f"""BAN DÂN TỘC TỈNH LÀO CAI
Trang chủ | Giới thiệu | Tin tức | Văn bản | Hỏi đáp

Kết quả hỗ trợ đất ở, nhà ở, đất sản xuất, nước sinh hoạt giai đoạn 2022-2024

Thực hiện Dự án 1 thuộc Chương trình MTQG 1719, giai đoạn 2022-2024 tỉnh Lào Cai đã hỗ trợ nhà ở cho 3.415 hộ, hỗ trợ chuyển đổi nghề cho 4.128 hộ và nước sinh hoạt phân tán cho 6.732 hộ đồng bào dân tộc thiểu số, với tổng kinh phí 318,6 tỷ đồng. Kết quả tại các huyện, thị xã như sau:

Bảng 2. Kết quả hỗ trợ theo huyện, thị xã
Đơn vị tính: hộ
{table}

Ngoài ra, toàn tỉnh đã đầu tư 46 công trình nước sinh hoạt tập trung; định mức hỗ trợ nước phân tán là 3 triệu đồng/hộ, hỗ trợ chuyển đổi nghề tối đa 10 triệu đồng/hộ. Riêng huyện Si Ma Cai, tỷ lệ hộ dân tộc thiểu số thiếu đất sản xuất đã giảm từ 12,4% xuống 5,1%.

Năm 2025, tỉnh dự kiến hỗ trợ nhà ở cho khoảng 1.200 hộ, chuyển đổi nghề cho 1.500 hộ. Hiện toàn tỉnh còn 19 xã khu vực III và 176 thôn đặc biệt khó khăn.

Ban Dân tộc tỉnh Lào Cai - Tầng 5, Khối 5, Trung tâm hành chính tỉnh, Đại lộ Trần Hưng Đạo, TP Lào Cai. ĐT: 0214.3840.126
Tổng số lượt truy cập: 1.204.577
"""

GD = per("giai đoạn 2022-2024", "2022-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

F = [
    fig("nhà ở cho 3.415 hộ", "3.415", 3415, "count", "hộ", "hộ được hỗ trợ nhà ở", GD),
    fig("nghề cho 4.128 hộ", "4.128", 4128, "count", "hộ", "hộ được hỗ trợ chuyển đổi nghề", GD),
    fig("phân tán cho 6.732 hộ", "6.732", 6732, "count", "hộ", "hộ được hỗ trợ nước sinh hoạt phân tán", GD),
    fig("kinh phí 318,6 tỷ", "318,6", 318.6e9, "money", "đồng", "tổng kinh phí thực hiện Dự án 1", GD),
]
# table cells: anchor = previous line + cell (+ next line where needed for uniqueness)
lines = table.split("\n")
for r, row in enumerate(ROWS):
    label = row[0]
    for c, cell in enumerate(row[1:]):
        i = lines.index(label) + 1 + c
        anchor = lines[i - 1] + "\n" + cell + "\n" + lines[i + 1] if i + 1 < len(lines) else lines[i - 1] + "\n" + cell + "\n\n"
        subj = COLS[c] if label != "Tổng cộng" else f"Tổng cộng {COLS[c]}"
        F.append(fig(anchor, cell, float(cell.replace(".", "")), "count", "hộ", subj, inh(GD),
                     location=None if label == "Tổng cộng" else label))
for f in F:
    if f.get("location") is None:
        f.pop("location", None)

F += [
    fig("đầu tư 46 công trình", "46", 46, "count", "công trình", "công trình nước sinh hoạt tập trung được đầu tư", inh(GD)),
    fig("là 3 triệu đồng/hộ", "3", 3e6, "money", "đồng/hộ", "định mức hỗ trợ nước phân tán"),
    fig("tối đa 10 triệu", "10", 10e6, "money", "đồng/hộ", "định mức hỗ trợ chuyển đổi nghề", approx="at_most"),
    fig("từ 12,4%", "12,4", 12.4, "percent", "%", "tỷ lệ hộ dân tộc thiểu số thiếu đất sản xuất trước đây",
        location="Si Ma Cai", optional=True,
        note="the starting level of 'giảm từ A xuống B': the earlier value, not scored as a claim (optional)"),
    fig("xuống 5,1%", "5,1", 5.1, "percent", "%", "tỷ lệ hộ dân tộc thiểu số thiếu đất sản xuất", location="Si Ma Cai"),
    fig("khoảng 1.200 hộ", "1.200", 1200, "count", "hộ", "hộ được hỗ trợ nhà ở", Y25, approx="about", status="forecast"),
    fig("cho 1.500 hộ", "1.500", 1500, "count", "hộ", "hộ được hỗ trợ chuyển đổi nghề", Y25, status="forecast"),
    fig("còn 19 xã", "19", 19, "count", "xã", "xã khu vực III"),
    fig("176 thôn", "176", 176, "count", "thôn", "thôn đặc biệt khó khăn"),
]

COMMENTS = [
    "Ban Dân tộc tỉnh Lào Cai department site (invented), no dateline (no published). Dự án 1 results 2022-2024 with a one-cell-per-line table.",
    "Table 'Bảng 2' (Đơn vị tính: hộ): columns Nhà ở | Chuyển đổi nghề | Nước phân tán; rows are districts (location) and Tổng cộng (Lào Cai).",
    "Subject = column label (row label where it is not a place). Columns add up to the Tổng cộng row, which repeats the lead's figures.",
    "Table cells take 'giai đoạn 2022-2024' from the headline/lead (inherited, unscored).",
    "Not figures: 'Dự án 1', 'Bảng 2', 'MTQG 1719', 'khu vực III', 'Tầng 5, Khối 5', phone, 'Tổng số lượt truy cập: 1.204.577'.",
    "'giảm từ 12,4% xuống 5,1%': 5,1% is the level reached (a figure, no period stated); 12,4% the earlier level (optional).",
    "'tối đa 10 triệu đồng/hộ' at_most. 'Năm 2025 ... dự kiến': forecasts. 'Hiện ... còn 19 xã, 176 thôn': current counts, no period.",
]

emit("p516-7", TEXT, COMMENTS, F, location="Lào Cai")
