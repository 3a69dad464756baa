"""p648-7: department site (Sở VHTTDL Quảng Nam), no dateline — craft-village tourism, one-cell-per-line table."""
from lib import fig, per, inh, chg, write

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH QUẢNG NAM
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản

Du lịch làng nghề Quảng Nam tăng trưởng gần 41% trong năm 2023

Toàn tỉnh hiện có 39 làng nghề và làng nghề truyền thống được công nhận, trong đó 9 làng nghề đã đưa vào khai thác du lịch. Năm 2023, các làng nghề đón 665.770 lượt khách, tăng 40,9% so với năm 2022. Số liệu tại các địa phương như sau:

Lượt khách tham quan làng nghề
Đơn vị tính: lượt khách
Địa phương
Năm 2022
Năm 2023
Kế hoạch 2024
TP. Hội An
412.600
586.300
650.000
Thị xã Điện Bàn
18.450
27.900
32.000
Huyện Duy Xuyên
35.200
41.750
45.000
Huyện Đông Giang
6.300
9.820
12.000
Tổng cộng
472.550
665.770
739.000

Tại Hội An, làng gốm Thanh Hà năm 2023 đạt doanh thu 28,4 tỷ đồng từ bán sản phẩm và dịch vụ trải nghiệm; giá vé tham quan 35.000 đồng/lượt. Năm 2023, mỗi khách chi tiêu bình quân khoảng 420.000 đồng tại các làng nghề, cao hơn 15% so với năm 2022. Toàn tỉnh có 57 nghệ nhân được phong tặng danh hiệu, trong đó 4 Nghệ nhân Nhân dân. Năm 2024, Sở phối hợp tổ chức Lễ hội làng nghề lần thứ 5 tại Quảng trường 24/3, TP Tam Kỳ.

Địa chỉ: 02 Trần Hưng Đạo, TP Tam Kỳ, Quảng Nam | Điện thoại: 0235.3810.294
Tổng số lượt truy cập: 2.746.103
"""

COLS = [("Năm 2022", per("Năm 2022", "2022-01-01", "2022-12-31"), None),
        ("Năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("Kế hoạch 2024", per("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target")]
ROWS = [("TP. Hội An", "Hội An", ("412.600", "586.300", "650.000")),
        ("Thị xã Điện Bàn", "Điện Bàn", ("18.450", "27.900", "32.000")),
        ("Huyện Duy Xuyên", "Duy Xuyên", ("35.200", "41.750", "45.000")),
        ("Huyện Đông Giang", "Đông Giang", ("6.300", "9.820", "12.000")),
        ("Tổng cộng", None, ("472.550", "665.770", "739.000"))]

FIGS = [
    fig("gần 41%", "41", 41, "percent", "%", approx="nearly", subject="tăng trưởng du lịch làng nghề",
        period=per("trong năm 2023", "2023-01-01", "2023-12-31")),
    fig("39 làng", "39", 39, "count", "làng nghề", subject="làng nghề và làng nghề truyền thống được công nhận"),
    fig("đó 9 làng", "9", 9, "count", "làng nghề", total=39, subject="làng nghề đã đưa vào khai thác du lịch"),
    fig("đón 665.770", "665.770", 665770, "count", "lượt khách", change=chg("increase", 40.9, baseline="năm 2022"),
        subject="lượt khách đến các làng nghề", period=per("Năm 2023", "2023-01-01", "2023-12-31")),
]
for label, place, cells in ROWS:
    for i, ((col, p, status), cell) in enumerate(zip(COLS, cells)):
        anchor = f"{label}\n{cell}" if i == 0 else f"{cells[i - 1]}\n{cell}"
        kw = {"location": place} if place else {}
        if status:
            kw["status"] = status
        subj = "lượt khách tham quan làng nghề " + ("tổng cộng " if not place else "") + col.lower()
        FIGS.append(fig(anchor, cell, float(cell.replace(".", "")), "count", "lượt khách",
                        subject=subj, period=p, **kw))

FIGS += [
    fig("28,4 tỷ", "28,4", 28.4e9, "money", "đồng", subject="doanh thu làng gốm Thanh Hà",
        period=per("năm 2023", "2023-01-01", "2023-12-31"), location="Hội An"),
    fig("35.000 đồng", "35.000", 35000, "money", "đồng/lượt", subject="giá vé tham quan làng gốm Thanh Hà",
        location="Hội An"),
    fig("khoảng 420.000", "420.000", 420000, "money", "đồng", approx="about",
        change=chg("increase", 15, baseline="năm 2022"), subject="chi tiêu bình quân mỗi khách tại các làng nghề",
        period=per("Năm 2023", "2023-01-01", "2023-12-31")),
    fig("57 nghệ", "57", 57, "count", "nghệ nhân", subject="nghệ nhân được phong tặng danh hiệu"),
    fig("4 Nghệ", "4", 4, "count", "Nghệ nhân Nhân dân", total=57, subject="Nghệ nhân Nhân dân"),
]

if __name__ == "__main__":
    write("p648-7", TEXT, FIGS, location="Quảng Nam", comments=[
        "Sở VHTTDL Quảng Nam site, no dateline (footer visit counter only): craft-village tourism 2022-2024.",
        "One-cell-per-line table with 'Đơn vị tính: lượt khách': every cell a figure, subject = table title + column,",
        "row places to location (TP. Hội An, Thị xã Điện Bàn, huyện Duy Xuyên, huyện Đông Giang), 'Tổng cộng' stays Quảng Nam;",
        "periods from the column headers (scored); 'Kế hoạch 2024' cells are targets.",
        "Headline 'tăng trưởng gần 41%' is a growth rate standing as the claim: percent, no change.",
        "Distractors: 'lần thứ 5', 'Quảng trường 24/3', '02 Trần Hưng Đạo', phone, 'Tổng số lượt truy cập: 2.746.103'.",
    ])
