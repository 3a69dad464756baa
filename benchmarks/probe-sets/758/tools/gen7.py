"""p758-7: Sở NN&PTNT Hà Giang department site, no dateline — herd by district, one cell per line."""
from lib import emit, fig, per, inh, year, chg, tgt

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH HÀ GIANG
Trang chủ > Tin hoạt động > Chăn nuôi - Thú y

Đàn ngựa 4 huyện vùng cao núi đá phía Bắc tiếp tục tăng

Năm 2023, tổng đàn ngựa của 4 huyện vùng cao núi đá phía Bắc đạt 8.370 con, chiếm 85% tổng đàn ngựa toàn tỉnh, tăng 4,1% so với năm 2022. Số liệu cụ thể như sau:

Tổng đàn ngựa các huyện vùng cao núi đá phía Bắc
Đơn vị tính: con
Huyện
Năm 2022
Năm 2023
Kế hoạch 2025
Đồng Văn
3.612
3.790
4.200
Mèo Vạc
2.405
2.486
2.800
Yên Minh
1.370
1.426
1.600
Quản Bạ
654
668
750
Tổng cộng
8.041
8.370
9.350

Ngựa là vật nuôi gắn bó với đồng bào Mông, vừa là phương tiện thồ hàng trên các cung đường đá, vừa là sản phẩm phục vụ du lịch. Năm 2023, toàn tỉnh có 1.265 hộ nuôi ngựa quy mô từ 3 con trở lên, tăng 112 hộ so với năm 2022. Theo chính sách hiện hành, mỗi con ngựa cái sinh sản được hỗ trợ 1,5 triệu đồng, mỗi con ngựa đực giống qua bình tuyển được hỗ trợ 3 triệu đồng. Năm 2023, tỷ lệ ngựa được tiêm phòng tụ huyết trùng đạt 78,5%, thấp hơn 6,5% so với chỉ tiêu (85%). Dự kiến tổng kinh phí hỗ trợ phát triển đàn ngựa giai đoạn 2024-2025 khoảng 6,8 tỷ đồng.

Địa chỉ: Số 196 đường Nguyễn Trãi, TP. Hà Giang. Điện thoại: 0219.3867.116
Tổng lượt truy cập: 1.204.377
"""

Y22, Y23, K25 = year("Năm 2022", 2022), year("Năm 2023", 2023), year("Kế hoạch 2025", 2025)


def row(place, cells):
    out = []
    for (anchor, number, value), p in zip(cells, (Y22, Y23, K25)):
        col = p["text"].lower()
        if place:
            subj, loc = f"tổng đàn ngựa {col}", {"location": place}
        else:
            subj, loc = f"tổng đàn ngựa 4 huyện vùng cao núi đá phía Bắc {col}", {}
        kw = {"status": "target"} if p is K25 else {}
        out.append(fig(anchor, number, value, "count", "con", subj, p, **kw, **loc))
    return out


FIGS = [
    fig("Đàn ngựa 4 huyện", "4", 4, "count", "huyện", "huyện vùng cao núi đá phía Bắc", optional=True),
    fig("của 4 huyện", "4", 4, "count", "huyện", "huyện vùng cao núi đá phía Bắc", optional=True),
    fig("đạt 8.370 con", "8.370", 8370, "count", "con", "tổng đàn ngựa của 4 huyện vùng cao núi đá phía Bắc", Y23,
        percent=85, change=chg("increase", 4.1, "%", "năm 2022")),
    *row("Đồng Văn", [("Đồng Văn\n3.612", "3.612", 3612), ("3.612\n3.790", "3.790", 3790), ("3.790\n4.200", "4.200", 4200)]),
    *row("Mèo Vạc", [("Mèo Vạc\n2.405", "2.405", 2405), ("2.405\n2.486", "2.486", 2486), ("2.486\n2.800", "2.800", 2800)]),
    *row("Yên Minh", [("Yên Minh\n1.370", "1.370", 1370), ("1.370\n1.426", "1.426", 1426), ("1.426\n1.600", "1.600", 1600)]),
    *row("Quản Bạ", [("Quản Bạ\n654", "654", 654), ("654\n668", "668", 668), ("668\n750", "750", 750)]),
    *row(None, [("Tổng cộng\n8.041", "8.041", 8041), ("8.041\n8.370", "8.370", 8370), ("8.370\n9.350", "9.350", 9350)]),
    fig("có 1.265 hộ", "1.265", 1265, "count", "hộ", "hộ nuôi ngựa quy mô từ 3 con trở lên", Y23,
        change=chg("increase", 112, "hộ", "năm 2022")),
    fig("từ 3 con trở lên", "3", 3, "count", "con", "quy mô hộ nuôi ngựa", approx="at_least", optional=True),
    fig("hỗ trợ 1,5 triệu đồng", "1,5", 1.5e6, "money", "đồng", "mức hỗ trợ mỗi con ngựa cái sinh sản"),
    fig("hỗ trợ 3 triệu đồng", "3", 3e6, "money", "đồng", "mức hỗ trợ mỗi con ngựa đực giống qua bình tuyển"),
    fig("đạt 78,5%", "78,5", 78.5, "percent", "%", "tỷ lệ ngựa được tiêm phòng tụ huyết trùng", Y23,
        change=chg("decrease", 6.5, "%", "chỉ tiêu"), target=tgt(85, "%", met=False)),
    fig("khoảng 6,8 tỷ đồng", "6,8", 6.8e9, "money", "đồng", "tổng kinh phí hỗ trợ phát triển đàn ngựa",
        per("giai đoạn 2024-2025", "2024-01-01", "2025-12-31"), approx="about", status="forecast"),
]

COMMENTS = [
    "Sở NN&PTNT Hà Giang department site, no dateline (published null): horse herd of the four northern karst districts.",
    "One cell per line table, 'Đơn vị tính: con', columns Năm 2022 | Năm 2023 | Kế hoạch 2025; district rows take the district as location",
    "and 'tổng đàn ngựa <column>' as subject; the 'Tổng cộng' row is the four-district total (location Hà Giang). Plan column: target.",
    "'4 huyện vùng cao núi đá phía Bắc' names a group: optional. 8.370 con carries percent 85 (chiếm) and change 4,1% (so với năm 2022).",
    "78,5% is a coverage rate with a gap to plan ('thấp hơn 6,5% so với chỉ tiêu (85%)'): change decrease 6,5 and target 85 (met false).",
    "'Dự kiến' → forecast. Distractors: 'Số 196 đường Nguyễn Trãi', phone 0219.3867.116, 'Tổng lượt truy cập: 1.204.377'.",
]

if __name__ == "__main__":
    emit("p758-7", TEXT, COMMENTS, FIGS, location="Hà Giang")
