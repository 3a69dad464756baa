"""p919-7: department site (Sở NN&PTNT Thái Bình), no dateline, one-cell-per-line table."""
from lib import P, I, C, fig, build

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH THÁI BÌNH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Thái Bình: Hành, tỏi vụ đông cho thu nhập khá

Vụ đông năm 2023, toàn tỉnh gieo trồng 1.460 ha hành, tỏi, tăng 6,2% so với vụ đông năm 2022. Các huyện có diện tích lớn nhất lần lượt là Thái Thụy (420 ha), Quỳnh Phụ (315 ha) và Vũ Thư (260 ha). Năng suất hành đạt 175 tạ/ha, tỏi 92 tạ/ha; sản lượng đạt khoảng 21.470 tấn.

Giá hành khô bình quân 16.000 đồng/kg, tỏi 35.000-40.000 đồng/kg. Giá trị sản xuất đạt trên 430 tỷ đồng, bình quân 294 triệu đồng/ha, gấp 1,8 lần trồng ngô đông. Toàn tỉnh có 9 hợp tác xã liên kết sản xuất, tiêu thụ hành, tỏi với diện tích 210 ha, chiếm 14,4% diện tích. Các hợp tác xã đã bao tiêu khoảng 3.100 tấn, trong đó xuất khẩu 850 tấn sang Hàn Quốc, Nhật Bản.

Diện tích hành, tỏi vụ đông
Đơn vị tính: ha
Cây trồng
Vụ đông 2022
Vụ đông 2023
Kế hoạch 2024
Hành củ
905
968
1.000
Tỏi
470
492
550
Tổng số
1.375
1.460
1.550

Năm 2024, Sở đề nghị các địa phương phấn đấu mở rộng diện tích lên 1.550 ha, trong đó tỏi 550 ha. Dự kiến kinh phí hỗ trợ giống, vật tư khoảng 2,6 tỷ đồng.

Cơ quan chủ quản: Sở Nông nghiệp và PTNT tỉnh Thái Bình
Địa chỉ: Số 8 Lê Quý Đôn, TP. Thái Bình
Điện thoại: 0227.3831.446
Tổng lượt truy cập: 1.208.337
"""

W23 = P("Vụ đông năm 2023", "2023-01-01", "2023-12-31")
C22 = P("Vụ đông 2022", "2022-01-01", "2022-12-31")
C23 = P("Vụ đông 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")


def district(anchor, number, value, loc):
    return fig(anchor, number, value, "measure", "ha", "diện tích hành, tỏi", I(W23), location=loc)


def row(label, cells):
    out = []
    for (anchor, number, value), per in zip(cells, (C22, C23, K24)):
        kw = {"status": "target"} if per is K24 else {}
        out.append(fig(anchor, number, value, "measure", "ha", label, per, **kw))
    return out


FIGS = [
    fig("gieo trồng 1.460 ha", "1.460", 1460, "measure", "ha", "diện tích hành, tỏi gieo trồng", W23,
        change=C("increase", 6.2, "%", "vụ đông năm 2022")),
    district("Thái Thụy (420 ha)", "420", 420, "Thái Thụy"),
    district("Quỳnh Phụ (315 ha)", "315", 315, "Quỳnh Phụ"),
    district("Vũ Thư (260 ha)", "260", 260, "Vũ Thư"),
    fig("đạt 175 tạ/ha", "175", 175, "measure", "tạ/ha", "năng suất hành", I(W23)),
    fig("tỏi 92 tạ/ha", "92", 92, "measure", "tạ/ha", "năng suất tỏi", I(W23)),
    fig("khoảng 21.470 tấn", "21.470", 21470, "measure", "tấn", "sản lượng hành, tỏi", I(W23), approx="about"),
    fig("bình quân 16.000 đồng/kg", "16.000", 16000, "money", "đồng/kg", "giá hành khô bình quân", I(W23)),
    fig("35.000-40.000 đồng/kg", "35.000", 35000, "money", "đồng/kg", "giá tỏi", I(W23), value_max=40000),
    fig("trên 430 tỷ đồng", "430", 430e9, "money", "đồng", "giá trị sản xuất hành, tỏi", I(W23), approx="over"),
    fig("294 triệu đồng/ha", "294", 294e6, "money", "đồng/ha", "giá trị sản xuất bình quân trên ha", I(W23),
        change=C("increase", 1.8, "lần", "trồng ngô đông")),
    fig("có 9 hợp tác xã", "9", 9, "count", "hợp tác xã", "hợp tác xã liên kết sản xuất, tiêu thụ hành, tỏi"),
    fig("diện tích 210 ha", "210", 210, "measure", "ha", "diện tích hành, tỏi của hợp tác xã liên kết",
        percent=14.4),
    fig("khoảng 3.100 tấn", "3.100", 3100, "measure", "tấn", "hành, tỏi hợp tác xã bao tiêu", I(W23),
        approx="about"),
    fig("xuất khẩu 850 tấn", "850", 850, "measure", "tấn", "hành, tỏi xuất khẩu", I(W23), total=3100),
]
FIGS += row("diện tích hành củ", [("Hành củ\n905", "905", 905), ("905\n968", "968", 968), ("968\n1.000", "1.000", 1000)])
FIGS += row("diện tích tỏi", [("Tỏi\n470", "470", 470), ("470\n492", "492", 492), ("492\n550", "550", 550)])
FIGS += row("tổng số diện tích hành, tỏi", [("Tổng số\n1.375", "1.375", 1375), ("1.375\n1.460", "1.460", 1460),
                                            ("1.460\n1.550", "1.550", 1550)])
FIGS += [
    fig("lên 1.550 ha", "1.550", 1550, "measure", "ha", "diện tích hành, tỏi", Y24, status="target"),
    fig("tỏi 550 ha", "550", 550, "measure", "ha", "diện tích tỏi", Y24, status="target", total=1550),
    fig("khoảng 2,6 tỷ đồng", "2,6", 2.6e9, "money", "đồng", "kinh phí hỗ trợ giống, vật tư", I(Y24),
        approx="about", status="forecast"),
]

NOTES = [
    "Sở NN&PTNT Thái Bình site: no dateline (published absent); footer address, phone and visit counter are not figures.",
    "Table pasted one cell per line, 'Đơn vị tính: ha'; periods from the column headers (scored);",
    "'Kế hoạch 2024' column gives status target. Table cells carry no total.",
    "'gấp 1,8 lần trồng ngô đông' after the per-ha value = change of it. Ranking list: districts as location, no total.",
]

build(7, TEXT, FIGS, published=None, location="Thái Bình", notes=NOTES)
