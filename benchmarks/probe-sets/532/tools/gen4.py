"""p532-4: Ministry site (Bộ NN&PTNT) — national OCOP products, subjects, leading provinces, 2025 targets."""
from lib import emit, fig, per, inh, chg

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ | Tin tức | Nông thôn mới

Cả nước có hơn 11.000 sản phẩm OCOP đạt từ 3 sao trở lên

Ngày đăng: 15/03/2024 | Lượt xem: 2.048

Sau hơn 5 năm triển khai Chương trình Mỗi xã một sản phẩm (OCOP) theo Quyết định số 490/QĐ-TTg, tính đến ngày 29/02/2024 cả nước có 11.056 sản phẩm OCOP của 5.843 chủ thể, tăng 1.350 sản phẩm so với cuối năm 2022. Trong đó có 76 sản phẩm 5 sao (và tiềm năng 5 sao), 2.157 sản phẩm 4 sao và 8.823 sản phẩm 3 sao.

Về loại hình chủ thể, hợp tác xã chiếm 40,1%, doanh nghiệp chiếm 29,7%, hộ sản xuất có đăng ký kinh doanh chiếm 28,2%, tổ hợp tác chiếm 2%. Nhóm thực phẩm có 6.891 sản phẩm, chiếm 62,3% tổng số sản phẩm.

Các địa phương có nhiều sản phẩm OCOP nhất gồm Hà Nội (2.584 sản phẩm), Quảng Ninh (453), Thanh Hóa (418) và Nghệ An (396). Đến nay, 63/63 tỉnh, thành phố đã ban hành đề án hoặc kế hoạch thực hiện Chương trình.

Theo kết quả khảo sát, giá bán sản phẩm sau khi được chứng nhận tăng bình quân 10-30%; trên 52% chủ thể có doanh thu tăng và khoảng 25% chủ thể mở rộng quy mô lao động.

Mục tiêu đến năm 2025, cả nước có ít nhất 12.000 sản phẩm OCOP, trong đó khoảng 100 sản phẩm 5 sao; ít nhất 40% chủ thể OCOP là hợp tác xã.

Văn phòng Điều phối nông thôn mới Trung ương, số 10 Nguyễn Công Hoan, Ba Đình, Hà Nội. Đường dây nóng: 1900 9008.
"""

ASOF = per("tính đến ngày 29/02/2024", None, "2024-02-29")
NOW = per("Đến nay", None, "2024-03-15")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("hơn 11.000 sản phẩm", "11.000", 11000, "count", "sản phẩm", "sản phẩm OCOP đạt từ 3 sao trở lên", inh(ASOF),
        approx="over"),
    fig("có 11.056 sản phẩm", "11.056", 11056, "count", "sản phẩm", "sản phẩm OCOP", ASOF,
        change=chg("increase", 1350, "sản phẩm", "cuối năm 2022")),
    fig("của 5.843 chủ thể", "5.843", 5843, "count", "chủ thể", "chủ thể OCOP", ASOF),
    fig("có 76 sản phẩm", "76", 76, "count", "sản phẩm", "sản phẩm OCOP 5 sao (và tiềm năng 5 sao)", inh(ASOF),
        total=11056),
    fig("2.157 sản phẩm", "2.157", 2157, "count", "sản phẩm", "sản phẩm OCOP 4 sao", inh(ASOF), total=11056),
    fig("8.823 sản phẩm", "8.823", 8823, "count", "sản phẩm", "sản phẩm OCOP 3 sao", inh(ASOF), total=11056),
    fig("hợp tác xã chiếm 40,1%", "40,1", 40.1, "percent", "%", "tỷ trọng hợp tác xã trong chủ thể OCOP"),
    fig("doanh nghiệp chiếm 29,7%", "29,7", 29.7, "percent", "%", "tỷ trọng doanh nghiệp trong chủ thể OCOP"),
    fig("kinh doanh chiếm 28,2%", "28,2", 28.2, "percent", "%",
        "tỷ trọng hộ sản xuất có đăng ký kinh doanh trong chủ thể OCOP"),
    fig("tổ hợp tác chiếm 2%", "2", 2, "percent", "%", "tỷ trọng tổ hợp tác trong chủ thể OCOP"),
    fig("có 6.891 sản phẩm", "6.891", 6891, "count", "sản phẩm", "sản phẩm OCOP nhóm thực phẩm", percent=62.3),
    fig("Hà Nội (2.584 sản phẩm)", "2.584", 2584, "count", "sản phẩm", "sản phẩm OCOP", location="Hà Nội"),
    fig("Quảng Ninh (453)", "453", 453, "count", "sản phẩm", "sản phẩm OCOP", location="Quảng Ninh"),
    fig("Thanh Hóa (418)", "418", 418, "count", "sản phẩm", "sản phẩm OCOP", location="Thanh Hóa"),
    fig("Nghệ An (396)", "396", 396, "count", "sản phẩm", "sản phẩm OCOP", location="Nghệ An"),
    fig("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố",
        "tỉnh, thành phố đã ban hành đề án hoặc kế hoạch thực hiện Chương trình", NOW, total=63),
    fig("tăng bình quân 10-30%", "10", 10, "percent", "%", "giá bán sản phẩm sau khi được chứng nhận tăng bình quân",
        value_max=30),
    fig("trên 52% chủ thể", "52", 52, "percent", "%", "chủ thể có doanh thu tăng", approx="over"),
    fig("khoảng 25% chủ thể", "25", 25, "percent", "%", "chủ thể mở rộng quy mô lao động", approx="about"),
    fig("ít nhất 12.000 sản phẩm", "12.000", 12000, "count", "sản phẩm", "sản phẩm OCOP", T25,
        approx="at_least", status="target"),
    fig("khoảng 100 sản phẩm", "100", 100, "count", "sản phẩm", "sản phẩm OCOP 5 sao", T25,
        approx="about", total=12000, status="target"),
    fig("ít nhất 40% chủ thể", "40", 40, "percent", "%", "tỷ lệ chủ thể OCOP là hợp tác xã", T25,
        approx="at_least", status="target"),
]

COMMENTS = [
    "Bộ NN&PTNT site (invented): national OCOP results to 29/02/2024 — star classes, subject types, food group, leading provinces, 2025 targets.",
    "'Ngày đăng: 15/03/2024' is the dateline; 'Lượt xem: 2.048', 'Quyết định số 490/QĐ-TTg', 'số 10 Nguyễn Công Hoan', hotline '1900 9008',",
    "'Sau hơn 5 năm' (a duration locating the figures in time), the name 'Mỗi xã một sản phẩm' and the star classes are not figures.",
    "76 + 2.157 + 8.823 = 11.056 after 'Trong đó' (sentence break): total 11056. The province list after 'gồm' follows no figure: no total.",
    "'Đến nay' is an as-of period ending at the dateline. National figures: location Việt Nam; listed provinces: their own location.",
]

if __name__ == "__main__":
    emit("p532-4", TEXT, COMMENTS, FIGS, published="2024-03-15", location="Việt Nam")
