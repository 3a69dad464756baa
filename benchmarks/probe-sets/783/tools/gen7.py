"""p783-7: department site (Sở Công Thương Bến Tre), no dateline, one-cell-per-line table with 'Đơn vị tính: tấn'."""
from lib import F, P, CH, emit

ROWS = [("Cơm dừa nạo sấy", "38.090", "41.250", "44.000"),
        ("Thạch dừa", "16.720", "18.430", "20.000"),
        ("Kẹo dừa", "7.150", "7.900", "8.500"),
        ("Chỉ xơ dừa", "182.600", "176.300", "185.000"),
        ("Than thiêu kết gáo dừa", "9.840", "12.260", "14.000"),
        ("Nước dừa đóng hộp (nghìn lít)", "25.300", "31.700", "36.000")]

table = "\n\n".join(["Sản phẩm", "Năm 2022", "Năm 2023", "Kế hoạch 2024"]
                    + [c for r in ROWS for c in r])

TEXT = """SỞ CÔNG THƯƠNG TỈNH BẾN TRE
Thống kê chuyên ngành > Công nghiệp chế biến

Sản lượng một số sản phẩm chế biến từ dừa chủ yếu

Năm 2023, sản lượng phần lớn sản phẩm chế biến từ dừa trên địa bàn tỉnh tiếp tục tăng; riêng cơm dừa nạo sấy đạt 41.250 tấn, tăng 8,3% so với năm 2022. Sản lượng chỉ xơ dừa giảm do giá xuất khẩu sang thị trường Trung Quốc giảm mạnh.

Đơn vị tính: tấn

""" + table + """

Ghi chú: Kế hoạch 2024 theo Quyết định số 2871/QĐ-UBND ngày 18/12/2023 của UBND tỉnh.

Giá trị sản xuất ngành chế biến dừa năm 2023 ước đạt 7.452,6 tỷ đồng, chiếm 21,6% giá trị sản xuất công nghiệp toàn tỉnh; trong đó khu vực có vốn đầu tư nước ngoài đóng góp 2.180 tỷ đồng.

Toàn tỉnh hiện có 5 nhà máy sản xuất than thiêu kết gáo dừa với tổng công suất khoảng 15.000 tấn/năm, 3 dây chuyền nước dừa đóng hộp công suất 12.000 lít/giờ.

Tổng số lượt truy cập: 2.184.503
Địa chỉ: 126A Nguyễn Thị Định, phường Phú Tân, TP. Bến Tre | ĐT: 0275.3822.571
"""

COLS = [P("Năm 2022", "2022-01-01", "2022-12-31"),
        P("Năm 2023", "2023-01-01", "2023-12-31"),
        P("Kế hoạch 2024", "2024-01-01", "2024-12-31")]
COLNAME = ["năm 2022", "năm 2023", "kế hoạch 2024"]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("đạt 41.250 tấn", "41.250", 41250, "measure", "tấn", "sản lượng cơm dừa nạo sấy",
      P("Năm 2023", "2023-01-01", "2023-12-31"), change=CH("increase", 8.3, baseline="năm 2022")),
]
for label, *cells in ROWS:
    water = label.startswith("Nước dừa")
    name = "Nước dừa đóng hộp" if water else label
    prev = label
    for i, c in enumerate(cells):
        anchor = f"{prev}\n\n{c}"
        kw = {"status": "target"} if i == 2 else {}
        FIGS.append(F(anchor, c, num(c) * (1000 if water else 1), "measure", "lít" if water else "tấn",
                      f"sản lượng {name} {COLNAME[i]}", COLS[i], **kw))
        prev = c
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
FIGS += [
    F("ước đạt 7.452,6 tỷ đồng", "7.452,6", 7452.6e9, "money", "đồng", "giá trị sản xuất ngành chế biến dừa", Y23,
      percent=21.6, status="estimate"),
    F("góp 2.180 tỷ đồng", "2.180", 2.18e12, "money", "đồng",
      "giá trị sản xuất ngành chế biến dừa của khu vực có vốn đầu tư nước ngoài", Y23, total=7452.6e9,
      status="estimate"),
    F("có 5 nhà máy", "5", 5, "count", "nhà máy", "nhà máy sản xuất than thiêu kết gáo dừa"),
    F("khoảng 15.000 tấn/năm", "15.000", 15000, "measure", "tấn/năm", "tổng công suất nhà máy than thiêu kết gáo dừa",
      approx="about"),
    F("3 dây chuyền", "3", 3, "count", "dây chuyền", "dây chuyền nước dừa đóng hộp"),
    F("công suất 12.000 lít/giờ", "12.000", 12000, "measure", "lít/giờ", "công suất dây chuyền nước dừa đóng hộp"),
]

COMMENTS = [
    "Sở Công Thương Bến Tre department page, no dateline (published null), visit counter and address in the footer.",
    "One-cell-per-line table, 'Đơn vị tính: tấn'; the row 'Nước dừa đóng hộp (nghìn lít)' overrides it: ×1000, unit lít.",
    "Every cell is a figure: subject = product + column, period from the column header (scored, as in h23);",
    "'Kế hoạch 2024' column -> status target. The lead's 41.250 tấn is its own figure as well as the table cell.",
    "Distractors: QĐ 2871/QĐ-UBND ngày 18/12/2023, 'Tổng số lượt truy cập: 2.184.503', 126A Nguyễn Thị Định, phone.",
]

if __name__ == "__main__":
    emit("p783-7", TEXT, COMMENTS, FIGS, published=None, location="Bến Tre")
