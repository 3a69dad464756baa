"""p1170-7: department site (Sở TN&MT Thái Bình), no dateline, land-procedure files in quý I/2024, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH THÁI BÌNH
Trang chủ | Giới thiệu | Tin tức | Thủ tục hành chính | Liên hệ

Kết quả giải quyết thủ tục hành chính về đất đai quý I

Trong quý I/2024, Văn phòng Đăng ký đất đai tỉnh và 8 chi nhánh đã tiếp nhận 15.862 hồ sơ đất đai, tăng 6,4% so với quý I/2023; đã giải quyết 15.104 hồ sơ, đạt 95,2%. Số hồ sơ nộp trực tuyến là 9.316 hồ sơ, chiếm 58,7%.

Kết quả tiếp nhận, giải quyết hồ sơ đất đai quý I/2024
Đơn vị tính: hồ sơ
Loại thủ tục
Tiếp nhận
Đã giải quyết
Quá hạn
Đăng ký biến động
10.420
9.985
96
Cấp đổi, cấp lại giấy chứng nhận
3.756
3.602
41
Cấp giấy chứng nhận lần đầu
1.686
1.517
28
Tổng số
15.862
15.104
165

Đến hết quý I, 260/260 xã, phường, thị trấn trong tỉnh đã hoàn thành cơ sở dữ liệu địa chính. Giá dịch vụ đo đạc, chỉnh lý bản đồ địa chính từ 1,2 triệu đến 2,8 triệu đồng/thửa, tùy diện tích.

Sở yêu cầu các chi nhánh phấn đấu trong quý II giảm số hồ sơ quá hạn xuống dưới 100 hồ sơ.

Bài viết liên quan:
- Hội nghị tập huấn Luật Đất đai năm 2024 lần thứ 2
- Thông báo lịch tiếp công dân tháng 4

SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH THÁI BÌNH
Địa chỉ: Số 8 Lê Quý Đôn, TP Thái Bình
Điện thoại: 0227.3831.245 | Email: stnmt@thaibinh.gov.vn
Tổng lượt truy cập: 845.210 | Hôm nay: 312
"""

Q1 = per("Trong quý I/2024", "2024-01-01", "2024-03-31")
CAP = per("quý I/2024", "2024-01-01", "2024-03-31", inherited=True)
ASOF = per("Đến hết quý I", None, "2024-03-31")
Q2 = per("trong quý II", "2024-04-01", "2024-06-30")
def cell(anchor, number, value, row, col):
    # FIGURES.md, Tables: subject = row label + column label (first run had "hồ sơ " prefixed; removed, see REPORT.md)
    return fig(anchor, number, value, "count", "hồ sơ", subject=f"{row} {col.lower()}", period=CAP)


FIGS = [
    fig("và 8 chi nhánh", "8", 8, "count", "chi nhánh", subject="chi nhánh Văn phòng Đăng ký đất đai"),
    fig("tiếp nhận 15.862 hồ sơ", "15.862", 15862, "count", "hồ sơ",
        change=chg("increase", 6.4, "%", "quý I/2023"), subject="hồ sơ đất đai tiếp nhận", period=Q1),
    fig("giải quyết 15.104 hồ sơ", "15.104", 15104, "count", "hồ sơ", percent=95.2,
        subject="hồ sơ đất đai đã giải quyết", period=Q1),
    fig("là 9.316 hồ sơ", "9.316", 9316, "count", "hồ sơ", percent=58.7,
        subject="hồ sơ nộp trực tuyến", period=inh(Q1)),
    cell("biến động\n10.420", "10.420", 10420, "Đăng ký biến động", "Tiếp nhận"),
    cell("10.420\n9.985", "9.985", 9985, "Đăng ký biến động", "Đã giải quyết"),
    cell("9.985\n96", "96", 96, "Đăng ký biến động", "Quá hạn"),
    cell("giấy chứng nhận\n3.756", "3.756", 3756, "Cấp đổi, cấp lại giấy chứng nhận", "Tiếp nhận"),
    cell("3.756\n3.602", "3.602", 3602, "Cấp đổi, cấp lại giấy chứng nhận", "Đã giải quyết"),
    cell("3.602\n41", "41", 41, "Cấp đổi, cấp lại giấy chứng nhận", "Quá hạn"),
    cell("lần đầu\n1.686", "1.686", 1686, "Cấp giấy chứng nhận lần đầu", "Tiếp nhận"),
    cell("1.686\n1.517", "1.517", 1517, "Cấp giấy chứng nhận lần đầu", "Đã giải quyết"),
    cell("1.517\n28", "28", 28, "Cấp giấy chứng nhận lần đầu", "Quá hạn"),
    cell("Tổng số\n15.862", "15.862", 15862, "Tổng số", "Tiếp nhận"),
    cell("15.862\n15.104", "15.104", 15104, "Tổng số", "Đã giải quyết"),
    cell("15.104\n165", "165", 165, "Tổng số", "Quá hạn"),
    fig("260/260", "260", 260, "count", "xã, phường, thị trấn", total=260,
        subject="xã, phường, thị trấn đã hoàn thành cơ sở dữ liệu địa chính", period=ASOF),
    fig("từ 1,2 triệu", "1,2", 1.2e6, "money", "đồng/thửa", value_max=2.8e6,
        subject="giá dịch vụ đo đạc, chỉnh lý bản đồ địa chính"),
    fig("dưới 100 hồ sơ", "100", 100, "count", "hồ sơ", approx="under", status="target",
        subject="hồ sơ quá hạn", period=Q2),
]

NOTES = [
    "Department site (Sở TN&MT Thái Bình), no dateline: menu, related links, footer address, phone, 'Tổng lượt truy cập: 845.210 | Hôm nay: 312'.",
    "One-cell-per-line table, 'Đơn vị tính: hồ sơ', header Loại thủ tục / Tiếp nhận / Đã giải quyết / Quá hạn, 'Tổng số' row.",
    "Cell subject = row label + column label; period from the caption line 'quý I/2024' (inherited: not the cell's sentence). No totals in cells.",
    "Distractors: 'Số 8 Lê Quý Đôn', phone 0227.3831.245, counters, 'lần thứ 2', 'tháng 4', 'Luật Đất đai năm 2024'.",
    "'tăng 6,4% so với quý I/2023' is the change of 15.862; 'đạt 95,2%' the share of 15.104; 'chiếm 58,7%' the share of 9.316 (no number for the whole: no total).",
    "'từ 1,2 triệu đến 2,8 triệu đồng/thửa': one range figure. 'quý II' takes 2024 from the nearest earlier period (caption quý I/2024).",
    "revised after the first run: table subjects had 'hồ sơ' prefixed to the column label; now row label + column label (no score effect).",
]

if __name__ == "__main__":
    write("p1170-7", TEXT, NOTES, FIGS, location="Thái Bình")
