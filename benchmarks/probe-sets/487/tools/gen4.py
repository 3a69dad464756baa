"""p487-4: Bộ NN&PTNT site, national rubber exports 2023."""
from lib import emit, fig, per, inh, chg

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ | Tin tức | Thị trường nông sản

Xuất khẩu cao su năm 2023 đạt 2,78 tỷ USD

Ngày đăng: 12/01/2024 | Lượt xem: 2.105

Theo Cục Chế biến và Phát triển thị trường nông sản, năm 2023 xuất khẩu cao su của Việt Nam đạt 2,13 triệu tấn, trị giá 2,78 tỷ USD, tăng 0,5% về lượng nhưng giảm 15,4% về trị giá so với năm 2022. Giá xuất khẩu bình quân đạt 1.305 USD/tấn, giảm 15,8%.

Riêng tháng 12/2023, xuất khẩu cao su ước đạt 245.000 tấn, trị giá 337 triệu USD, tăng 8,6% về lượng so với tháng 11/2023.

Trung Quốc tiếp tục là thị trường tiêu thụ cao su lớn nhất của Việt Nam với 1,52 triệu tấn, chiếm 71,2% tổng lượng xuất khẩu; tiếp đến là Ấn Độ (98.400 tấn), Hàn Quốc (52.600 tấn) và Malaysia (45.100 tấn). Về chủng loại, SVR 10 và SVR 3L chiếm lần lượt 24,5% và 11,8% tổng lượng cao su tự nhiên xuất khẩu.

Đến hết năm 2023, diện tích cao su cả nước khoảng 930.500 ha, trong đó Bình Phước dẫn đầu với hơn 240.000 ha. Sản lượng mủ cả năm 2023 đạt 1,32 triệu tấn; Việt Nam là nước sản xuất cao su tự nhiên lớn thứ 3 thế giới, sau Thái Lan và Indonesia.

Năm 2024, ngành cao su phấn đấu kim ngạch xuất khẩu đạt 3 tỷ USD, tăng khoảng 8%.

Bản quyền thuộc Bộ Nông nghiệp và Phát triển nông thôn. Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3846.8161.
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
D12 = per("tháng 12/2023", "2023-12-01", "2023-12-31")
END23 = per("Đến hết năm 2023", None, "2023-12-31")

FIGS = [
    fig("năm 2023 đạt 2,78 tỷ USD", "2,78", 2.78e9, "money", "USD",
        subject="kim ngạch xuất khẩu cao su", period=Y23),
    fig("đạt 2,13 triệu tấn", "2,13", 2.13e6, "measure", "tấn",
        change=chg("increase", 0.5, baseline="năm 2022"),
        subject="lượng cao su xuất khẩu", period=Y23),
    fig("trị giá 2,78 tỷ USD", "2,78", 2.78e9, "money", "USD",
        change=chg("decrease", 15.4, baseline="năm 2022"),
        subject="trị giá xuất khẩu cao su", period=Y23),
    fig("đạt 1.305 USD/tấn", "1.305", 1305, "money", "USD/tấn",
        change=chg("decrease", 15.8),
        subject="giá xuất khẩu cao su bình quân", period=inh(Y23)),
    fig("ước đạt 245.000 tấn", "245.000", 245000, "measure", "tấn", status="estimate",
        change=chg("increase", 8.6, baseline="tháng 11/2023"),
        subject="lượng cao su xuất khẩu", period=D12),
    fig("trị giá 337 triệu USD", "337", 337e6, "money", "USD", status="estimate",
        subject="trị giá xuất khẩu cao su", period=D12),
    fig("với 1,52 triệu tấn", "1,52", 1.52e6, "measure", "tấn", percent=71.2,
        subject="lượng cao su xuất khẩu sang Trung Quốc", period=inh(Y23)),
    fig("Ấn Độ (98.400 tấn)", "98.400", 98400, "measure", "tấn",
        subject="lượng cao su xuất khẩu sang Ấn Độ", period=inh(Y23)),
    fig("Hàn Quốc (52.600 tấn)", "52.600", 52600, "measure", "tấn",
        subject="lượng cao su xuất khẩu sang Hàn Quốc", period=inh(Y23)),
    fig("Malaysia (45.100 tấn)", "45.100", 45100, "measure", "tấn",
        subject="lượng cao su xuất khẩu sang Malaysia", period=inh(Y23)),
    fig("lần lượt 24,5%", "24,5", 24.5, "percent", "%",
        subject="tỷ trọng SVR 10 trong tổng lượng cao su tự nhiên xuất khẩu", period=inh(Y23)),
    fig("và 11,8% tổng", "11,8", 11.8, "percent", "%",
        subject="tỷ trọng SVR 3L trong tổng lượng cao su tự nhiên xuất khẩu", period=inh(Y23)),
    fig("khoảng 930.500 ha", "930.500", 930500, "measure", "ha", approx="about",
        subject="diện tích cao su cả nước", period=END23),
    fig("hơn 240.000 ha", "240.000", 240000, "measure", "ha", approx="over", total=930500,
        subject="diện tích cao su", period=END23, location="Bình Phước"),
    fig("đạt 1,32 triệu tấn", "1,32", 1.32e6, "measure", "tấn",
        subject="sản lượng mủ cao su", period=per("cả năm 2023", "2023-01-01", "2023-12-31")),
    fig("lớn thứ 3", "3", 3, "rank", "hạng",
        subject="nước sản xuất cao su tự nhiên trên thế giới", period=per("cả năm 2023", "2023-01-01", "2023-12-31")),
    fig("đạt 3 tỷ USD", "3", 3e9, "money", "USD", status="target",
        change=chg("increase", 8, approx="about"),
        subject="kim ngạch xuất khẩu cao su", period=per("Năm 2024", "2024-01-01", "2024-12-31")),
]

COMMENTS = [
    "Bộ NN&PTNT site: national rubber exports 2023 (volume, value, price, markets, grades), area, rank, 2024 target. Ngày đăng 12/01/2024.",
    "'tăng 0,5% về lượng nhưng giảm 15,4% về trị giá' split: each change goes to its own figure; '8,6% về lượng' only to the tonnage.",
    "Trade partners (Trung Quốc, Ấn Độ, ...) are not places: location Việt Nam, the partner goes into the subject.",
    "Distractors: Lượt xem 2.105, grades SVR 10 / SVR 3L, 'Số 2 Ngọc Hà', phone, dates.",
    "'trong đó Bình Phước ... hơn 240.000 ha' after the national area: total 930.500, location Bình Phước.",
]

if __name__ == "__main__":
    emit("p487-4", TEXT, COMMENTS, FIGS, published="2024-01-12", location="Việt Nam")
