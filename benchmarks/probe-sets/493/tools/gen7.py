"""p493-7: Sở Xây dựng Bình Dương (department site, no dateline) — social housing, one-cell-per-line table."""
from lib import F, P, INH, CH, TG, emit

TEXT = """SỞ XÂY DỰNG TỈNH BÌNH DƯƠNG
Thông tin chuyên ngành / Nhà ở - Bất động sản

Tình hình phát triển nhà ở xã hội trên địa bàn tỉnh

Năm 2023, trên địa bàn tỉnh Bình Dương có 11 dự án nhà ở xã hội, nhà ở cho công nhân hoàn thành với 9.326 căn, tổng diện tích sàn 512.436,8 m². Lũy kế giai đoạn 2021-2023, tỉnh đã hoàn thành 23.870 căn, đáp ứng chỗ ở cho khoảng 95.000 người lao động.

Bảng: Số căn nhà ở xã hội hoàn thành theo địa bàn
Đơn vị tính: căn
Địa bàn
Năm 2022
Năm 2023
Kế hoạch 2024
Thuận An
2.150
2.864
3.200
Dĩ An
1.736
2.418
2.900
Bến Cát
1.205
1.977
2.500
Tân Uyên
892
1.340
1.800
Bàu Bàng
0
727
1.000

Giá bán căn hộ nhà ở xã hội trên địa bàn dao động từ 12,5 đến 16 triệu đồng/m², giá thuê từ 1,8 đến 2,5 triệu đồng/tháng. Tỷ lệ công nhân có nhu cầu nhà ở được đáp ứng đạt 41,3%, tăng 6,8 điểm phần trăm so với năm 2022.

Mục tiêu đến năm 2030, tỉnh phát triển thêm 86.000 căn nhà ở xã hội; trong đó giai đoạn 2024-2025 là 15.200 căn. Các dự án tập trung gần Khu công nghiệp VSIP II, Mỹ Phước 3 và dọc đường ĐT 741. Người có nhu cầu tìm hiểu hồ sơ mua, thuê mua nhà ở xã hội liên hệ Phòng Quản lý nhà và Thị trường bất động sản của Sở.

Sở Xây dựng tỉnh Bình Dương - Tầng 5, Tháp A, Trung tâm Hành chính tỉnh, phường Hòa Phú, TP. Thủ Dầu Một. Điện thoại: 0274.3822.596
Lượt truy cập: 1.284.563
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("có 11 dự án", "11", 11, "count", "dự án", subject="dự án nhà ở xã hội, nhà ở cho công nhân hoàn thành",
      period=Y23),
    F("với 9.326 căn", "9.326", 9326, "count", "căn", subject="căn nhà ở xã hội, nhà ở cho công nhân hoàn thành",
      period=Y23),
    F("sàn 512.436,8 m²", "512.436,8", 512436.8, "measure", "m²", subject="tổng diện tích sàn",
      period=Y23),
    F("hoàn thành 23.870 căn", "23.870", 23870, "count", "căn", subject="căn nhà ở xã hội hoàn thành lũy kế",
      period=P("giai đoạn 2021-2023", "2021-01-01", "2023-12-31")),
    F("khoảng 95.000 người", "95.000", 95000, "count", "người lao động", approx="about",
      subject="người lao động được đáp ứng chỗ ở", period=P("giai đoạn 2021-2023", "2021-01-01", "2023-12-31")),
]

COLS = [("Năm 2022", "2022", None), ("Năm 2023", "2023", None), ("Kế hoạch 2024", "2024", "target")]
ROWS = [("Thuận An", ["2.150", "2.864", "3.200"]), ("Dĩ An", ["1.736", "2.418", "2.900"]),
        ("Bến Cát", ["1.205", "1.977", "2.500"]), ("Tân Uyên", ["892", "1.340", "1.800"]),
        ("Bàu Bàng", ["0", "727", "1.000"])]
lines = TEXT.split("\n")
for place, cells in ROWS:
    for i, (cell, (hdr, yr, st)) in enumerate(zip(cells, COLS)):
        # anchor: the cell with its neighbouring line(s) so that it is unique
        prev = place if i == 0 else cells[i - 1]
        anchor = f"{prev}\n{cell}\n"
        kw = {"status": st} if st else {}
        subj = "số căn nhà ở xã hội hoàn thành " + ("kế hoạch 2024" if st else f"năm {yr}")
        FIGS.append(F(anchor, cell, float(cell.replace(".", "")), "count", "căn", subject=subj,
                      period=P(hdr, f"{yr}-01-01", f"{yr}-12-31"), location=place, **kw))

FIGS += [
    F("từ 12,5 đến 16 triệu đồng/m²", "12,5", 12.5e6, "money", "đồng/m²", value_max=16e6,
      subject="giá bán căn hộ nhà ở xã hội"),
    F("từ 1,8 đến 2,5 triệu đồng/tháng", "1,8", 1.8e6, "money", "đồng/tháng", value_max=2.5e6,
      subject="giá thuê căn hộ nhà ở xã hội"),
    F("đạt 41,3%", "41,3", 41.3, "percent", "%",
      change=CH("increase", 6.8, unit="điểm phần trăm", baseline="năm 2022"),
      subject="tỷ lệ công nhân có nhu cầu nhà ở được đáp ứng"),
    F("thêm 86.000 căn", "86.000", 86000, "count", "căn", status="target",
      subject="căn nhà ở xã hội phát triển thêm", period=P("đến năm 2030", end="2030-12-31")),
    F("là 15.200 căn", "15.200", 15200, "count", "căn", status="target",
      subject="căn nhà ở xã hội phát triển thêm giai đoạn 2024-2025",
      period=P("giai đoạn 2024-2025", "2024-01-01", "2025-12-31")),
]

COMMENTS = [
    "Sở Xây dựng Bình Dương site (invented), no dateline: nhà ở xã hội 2022-2024 by town, one-cell-per-line table with 'Đơn vị tính: căn'.",
    "Distractors: 'Tầng 5, Tháp A', phone, 'Lượt truy cập: 1.284.563', 'Khu công nghiệp VSIP II', 'Mỹ Phước 3', 'ĐT 741'.",
    "Table: every cell a figure, the 0 included; towns go to location; period from the column header (scored, as in shared h23);",
    "'Kế hoạch 2024' column -> target. The 2023 column adds up to 9.326 (lead); no total is given to cells.",
    "'tăng 6,8 điểm phần trăm so với năm 2022' is the change of the 41,3% level (not a growth rate as the claim).",
    "'86.000 căn đến năm 2030; trong đó giai đoạn 2024-2025 là 15.200 căn': the part covers another period, so no total (spec: same period).",
]

if __name__ == "__main__":
    emit("p493-7", TEXT, COMMENTS, FIGS, published=None, location="Bình Dương")
