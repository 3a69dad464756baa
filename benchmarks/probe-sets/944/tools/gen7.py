"""p944-7: department site (Sở Xây dựng Bình Dương), no dateline, one-cell-per-line table, footer with counter."""
from lib import F, P, I, chg, tgt, article

TEXT = """
SỞ XÂY DỰNG TỈNH BÌNH DƯƠNG
Trang chủ » Tin chuyên ngành » Hạ tầng kỹ thuật

Hoạt động hỏa táng trên địa bàn tỉnh giai đoạn 2022-2024

Trên địa bàn tỉnh hiện có 2 cơ sở hỏa táng đang hoạt động với tổng số 16 lò, công suất thiết kế khoảng 130 ca/ngày. Số ca hỏa táng tại các cơ sở qua các năm như sau:

Đơn vị tính: ca
Chỉ tiêu
Năm 2022
Năm 2023
Năm 2024
Hỏa táng thi hài
14.206
15.338
16.912
Hỏa táng hài cốt
2.875
3.104
3.391
Tổng cộng
17.081
18.442
20.303

Năm 2024, tổng số ca hỏa táng tăng 10,1% so với năm 2023; trong đó số ca của người có hộ khẩu ngoài tỉnh chiếm 38,6%. Tỷ lệ hỏa táng của người dân trong tỉnh năm 2024 đạt 64,2%, tăng 5,1 điểm phần trăm so với năm 2022.

Giá dịch vụ hỏa táng thi hài theo Quyết định số 35/2023/QĐ-UBND là 5,5 triệu đồng/ca; đối tượng bảo trợ xã hội, hộ nghèo được miễn giá dịch vụ. Năm 2024 có 412 trường hợp được miễn với tổng số tiền hơn 2,2 tỷ đồng.

Mục tiêu đến năm 2030, tỷ lệ hỏa táng toàn tỉnh đạt 80%; theo quy hoạch, tỉnh sẽ xây dựng thêm 1 cơ sở hỏa táng tại huyện Bàu Bàng, công suất 40 ca/ngày.

SỞ XÂY DỰNG TỈNH BÌNH DƯƠNG
Địa chỉ: Tầng 6, Tháp A, Trung tâm Hành chính tập trung tỉnh, phường Hòa Phú, TP. Thủ Dầu Một, tỉnh Bình Dương
Điện thoại: 0274.3822.394 - Email: sxd@binhduong.gov.vn
Lượt truy cập: 1.284.517 | Đang trực tuyến: 37
"""

Y = {y: P(f"Năm {y}", f"{y}-01-01", f"{y}-12-31") for y in (2022, 2023, 2024)}
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")


def row(label, numbers):
    # subject = row label + column label (FIGURES.md, Tables); the column label is also the period
    return [F(n, n, float(n.replace(".", "")), "count", "ca", f"{label} năm {y}", Y[y])
            for n, y in zip(numbers, (2022, 2023, 2024))]


FIGS = [
    F("có 2 cơ sở", "2", 2, "count", "cơ sở hỏa táng", "cơ sở hỏa táng đang hoạt động"),
    F("tổng số 16 lò", "16", 16, "count", "lò", "lò hỏa táng"),
    F("khoảng 130 ca/ngày", "130", 130, "measure", "ca/ngày", "công suất thiết kế", approx="about"),
    *row("hỏa táng thi hài", ["14.206", "15.338", "16.912"]),
    *row("hỏa táng hài cốt", ["2.875", "3.104", "3.391"]),
    *row("tổng cộng số ca hỏa táng", ["17.081", "18.442", "20.303"]),
    F("tăng 10,1%", "10,1", 10.1, "percent", "%", "tăng trưởng tổng số ca hỏa táng", Y24),
    F("chiếm 38,6%", "38,6", 38.6, "percent", "%", "số ca của người có hộ khẩu ngoài tỉnh", Y24),
    F("đạt 64,2%", "64,2", 64.2, "percent", "%", "tỷ lệ hỏa táng của người dân trong tỉnh",
      P("năm 2024", "2024-01-01", "2024-12-31"), change=chg("increase", 5.1, "điểm phần trăm", "năm 2022")),
    F("là 5,5 triệu đồng/ca", "5,5", 5.5e6, "money", "đồng/ca", "giá dịch vụ hỏa táng thi hài"),
    F("có 412 trường hợp", "412", 412, "count", "trường hợp", "trường hợp được miễn giá dịch vụ",
      P("Năm 2024 có", "2024-01-01", "2024-12-31")),
    F("hơn 2,2 tỷ đồng", "2,2", 2.2e9, "money", "đồng", "tổng số tiền miễn giá dịch vụ",
      P("Năm 2024 có", "2024-01-01", "2024-12-31"), approx="over"),
    F("toàn tỉnh đạt 80%", "80", 80, "percent", "%", "tỷ lệ hỏa táng toàn tỉnh", T30, status="target"),
    F("thêm 1 cơ sở", "1", 1, "count", "cơ sở hỏa táng", "cơ sở hỏa táng xây dựng thêm", T30,
      status="target", location="Bàu Bàng"),
    F("công suất 40 ca/ngày", "40", 40, "measure", "ca/ngày", "công suất cơ sở hỏa táng xây dựng thêm", T30,
      status="target", location="Bàu Bàng"),
]

NOTES = [
    "Department site (Sở Xây dựng Bình Dương), no dateline: crematoria, cremations 2022-2024 (table one cell per line).",
    "Table cells: unit 'ca' from 'Đơn vị tính', period from the column headers (scored, as in the shared table gold),",
    "subject from the row label and the column label; the 'Tổng cộng' row is its own figure; cells carry no totals.",
    "revised after the first run: cell subjects now include the column label (FIGURES.md: row label and column label).",
    "'tổng số ca hỏa táng tăng 10,1%' has no base amount in its sentence: a percent figure without change.",
    "'38,6%' after 'trong đó' is a share (percent figure). The new facility at Bàu Bàng (quy hoạch, đến năm 2030) is a target.",
    "'giai đoạn 2022-2024', 'Quyết định số 35/2023/QĐ-UBND', 'Tầng 6, Tháp A', phone, 'Lượt truy cập: 1.284.517',",
    "'Đang trực tuyến: 37' are not figures.",
]

if __name__ == "__main__":
    article("p944-7", TEXT, FIGS, published=None, location="Bình Dương", notes=NOTES)
