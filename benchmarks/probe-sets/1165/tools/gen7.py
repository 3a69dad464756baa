"""p1165-7: department site (Sở Tư pháp Khánh Hòa), no dateline, authentication 2024, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ TƯ PHÁP TỈNH KHÁNH HÒA
Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính | Liên hệ

Kết quả công tác chứng thực năm 2024

Năm 2024, Phòng Tư pháp 9 huyện, thị xã, thành phố và UBND 139 xã, phường, thị trấn trên địa bàn tỉnh Khánh Hòa đã chứng thực 1.248.600 bản sao từ bản chính, 36.410 việc chứng thực chữ ký và 7.925 hợp đồng, giao dịch; tổng lệ phí thu được gần 3,2 tỷ đồng, tăng 5,4% so với năm 2023.

Kết quả chứng thực năm 2024 tại một số địa phương
Đơn vị tính: việc
Địa phương
Bản sao từ bản chính
Chữ ký
Hợp đồng, giao dịch
TP Nha Trang
486.215
14.308
2.614
TP Cam Ranh
142.730
4.125
1.037
Thị xã Ninh Hòa
175.402
5.216
1.488
Tổng cộng
804.347
23.649
5.139

Riêng TP Nha Trang chiếm khoảng 39% số bản sao được chứng thực của toàn tỉnh, chủ yếu phục vụ hồ sơ của lao động, sinh viên.

Toàn tỉnh đã có 124/139 UBND cấp xã thực hiện chứng thực bản sao điện tử, đạt 89,2%. Năm 2025, Sở phấn đấu 100% UBND cấp xã thực hiện chứng thực điện tử và rút ngắn ít nhất 20% thời gian giải quyết yêu cầu chứng thực.

Bài viết liên quan:
- Tập huấn nghiệp vụ chứng thực lần thứ 2 năm 2024
- Hướng dẫn chứng thực bản sao điện tử trên Cổng Dịch vụ công

SỞ TƯ PHÁP TỈNH KHÁNH HÒA
Địa chỉ: Số 01 Trần Phú, phường Lộc Thọ, TP Nha Trang
Điện thoại: 0258.3822.574
Lượt truy cập: 3.874.215 | Đang online: 41
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
TAB = per("năm 2024", "2024-01-01", "2024-12-31", inherited=True)
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = {"sao": "chứng thực bản sao từ bản chính", "ky": "chứng thực chữ ký", "hd": "chứng thực hợp đồng, giao dịch"}


def cell(anchor, number, value, col, place):
    if place is None:
        return fig(anchor, number, value, "count", "việc", subject=f"tổng cộng {COLS[col]}", period=TAB)
    return fig(anchor, number, value, "count", "việc", subject=COLS[col], period=TAB, location=place)


FIGS = [
    fig("Phòng Tư pháp 9 huyện", "9", 9, "count", "huyện, thị xã, thành phố",
        subject="huyện, thị xã, thành phố có Phòng Tư pháp chứng thực"),
    fig("UBND 139 xã", "139", 139, "count", "xã, phường, thị trấn",
        subject="xã, phường, thị trấn trên địa bàn tỉnh Khánh Hòa"),
    fig("chứng thực 1.248.600 bản sao", "1.248.600", 1248600, "count", "bản sao",
        subject="bản sao từ bản chính được chứng thực", period=Y24),
    fig("36.410 việc", "36.410", 36410, "count", "việc chứng thực chữ ký", subject="việc chứng thực chữ ký",
        period=Y24),
    fig("7.925 hợp đồng", "7.925", 7925, "count", "hợp đồng, giao dịch",
        subject="hợp đồng, giao dịch được chứng thực", period=Y24),
    fig("gần 3,2 tỷ", "3,2", 3.2e9, "money", "đồng", approx="nearly",
        change=chg("increase", 5.4, "%", "năm 2023"), subject="tổng lệ phí chứng thực thu được", period=Y24),
    cell("Nha Trang\n486.215", "486.215", 486215, "sao", "Nha Trang"),
    cell("486.215\n14.308", "14.308", 14308, "ky", "Nha Trang"),
    cell("14.308\n2.614", "2.614", 2614, "hd", "Nha Trang"),
    cell("Cam Ranh\n142.730", "142.730", 142730, "sao", "Cam Ranh"),
    cell("142.730\n4.125", "4.125", 4125, "ky", "Cam Ranh"),
    cell("4.125\n1.037", "1.037", 1037, "hd", "Cam Ranh"),
    cell("Ninh Hòa\n175.402", "175.402", 175402, "sao", "Ninh Hòa"),
    cell("175.402\n5.216", "5.216", 5216, "ky", "Ninh Hòa"),
    cell("5.216\n1.488", "1.488", 1488, "hd", "Ninh Hòa"),
    cell("Tổng cộng\n804.347", "804.347", 804347, "sao", None),
    cell("804.347\n23.649", "23.649", 23649, "ky", None),
    cell("23.649\n5.139", "5.139", 5139, "hd", None),
    fig("chiếm khoảng 39%", "39", 39, "percent", "%", approx="about",
        subject="tỷ lệ bản sao được chứng thực của TP Nha Trang trong toàn tỉnh", period=inh(Y24), location="Nha Trang"),
    fig("có 124/139 UBND", "124", 124, "count", "UBND cấp xã", total=139, percent=89.2,
        subject="UBND cấp xã thực hiện chứng thực bản sao điện tử"),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="UBND cấp xã thực hiện chứng thực điện tử", period=Y25),
    fig("ít nhất 20%", "20", 20, "percent", "%", approx="at_least", status="target",
        subject="rút ngắn thời gian giải quyết yêu cầu chứng thực", period=Y25),
]

NOTES = [
    "Department site (Sở Tư pháp Khánh Hòa), no dateline: no published. Footer address, phone, 'Lượt truy cập: 3.874.215 | Đang online: 41'.",
    "One-cell-per-line table ('Đơn vị tính: việc'), rows are places (location), columns are the kinds of authentication (subject).",
    "Tổng cộng row = sum of the three places: location stays Khánh Hòa, subject 'tổng cộng' + column. Table period from its caption: inherited.",
    "Distractors: 'Số 01 Trần Phú', 'lần thứ 2', 'năm 2024' in a link title, 'một số địa phương' (not a figure), phone, counters.",
    "'rút ngắn ít nhất 20% thời gian' is a target reduction stated as the claim: percent figure, target, at_least.",
]

if __name__ == "__main__":
    write("p1165-7", TEXT, NOTES, FIGS, published=None, location="Khánh Hòa")
