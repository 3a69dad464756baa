from lib import *

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Cục Trồng trọt - Tin hoạt động
Ngày đăng: 18/03/2024 10:25

Phát triển bền vững cây na, mãng cầu gắn với mã số vùng trồng

Theo Cục Trồng trọt, năm 2023 diện tích na, mãng cầu các loại của cả nước đạt khoảng 48.700 ha, trong đó diện tích cho thu hoạch 41.250 ha; sản lượng đạt 512,6 nghìn tấn, tăng 4,2% so với năm 2022. Giai đoạn 2019-2023, diện tích tăng bình quân 3,1%/năm.

Các địa phương có diện tích lớn gồm Tây Ninh (6.200 ha), Lạng Sơn (4.300 ha), Sơn La (3.850 ha), Tiền Giang (3.600 ha) và Thái Nguyên (2.100 ha). Về quy mô mãng cầu ta, Tây Ninh đứng đầu cả nước; về na, Lạng Sơn xếp thứ 2 sau Sơn La về năng suất bình quân.

Đến hết năm 2023, cả nước đã cấp 318 mã số vùng trồng na, mãng cầu phục vụ xuất khẩu với tổng diện tích 9.420 ha, tăng 64 mã số so với năm 2022. Hiện có 5 sản phẩm na, mãng cầu được bảo hộ chỉ dẫn địa lý, trong đó có mãng cầu Bà Đen (Tây Ninh) và na Chi Lăng (Lạng Sơn).

Năm 2023, kim ngạch xuất khẩu na, mãng cầu ước đạt 62 triệu USD, tăng 18% so với năm 2022; Trung Quốc là thị trường lớn nhất, chiếm khoảng 70% kim ngạch. Mỗi ha na trồng theo quy trình VietGAP cho lợi nhuận từ 250 đến 300 triệu đồng, cao hơn khoảng 20% so với canh tác truyền thống.

Theo Đề án phát triển cây ăn quả chủ lực đến năm 2030 (Quyết định số 3330/QĐ-BNN-TT), diện tích na, mãng cầu ổn định từ 50.000 đến 55.000 ha, sản lượng khoảng 650.000 tấn; tỷ lệ diện tích áp dụng VietGAP và tương đương trên 30%.

Cục Trồng trọt - Nhà B9, số 2 Ngọc Hà, quận Ba Đình, Hà Nội. Điện thoại: 024.3845.9356
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
GD = per("Giai đoạn 2019-2023", "2019-01-01", "2023-12-31")
END23 = per("Đến hết năm 2023", None, "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
VN = "Việt Nam"

FIGS = [
    fig("khoảng 48.700 ha", "48.700", 48700, "measure", "ha", "diện tích na, mãng cầu các loại", Y23, approx="about"),
    fig("thu hoạch 41.250 ha", "41.250", 41250, "measure", "ha", "diện tích na, mãng cầu cho thu hoạch", Y23, total=48700),
    fig("đạt 512,6 nghìn tấn", "512,6", 512600, "measure", "tấn", "sản lượng na, mãng cầu", Y23,
        change=chg("increase", 4.2, "%", "năm 2022")),
    fig("bình quân 3,1%/năm", "3,1", 3.1, "percent", "%", "tốc độ tăng diện tích na, mãng cầu bình quân", GD),
    fig("Tây Ninh (6.200 ha)", "6.200", 6200, "measure", "ha", "diện tích na, mãng cầu", location="Tây Ninh"),
    fig("Lạng Sơn (4.300 ha)", "4.300", 4300, "measure", "ha", "diện tích na, mãng cầu", location="Lạng Sơn"),
    fig("Sơn La (3.850 ha)", "3.850", 3850, "measure", "ha", "diện tích na, mãng cầu", location="Sơn La"),
    fig("Tiền Giang (3.600 ha)", "3.600", 3600, "measure", "ha", "diện tích na, mãng cầu", location="Tiền Giang"),
    fig("Thái Nguyên (2.100 ha)", "2.100", 2100, "measure", "ha", "diện tích na, mãng cầu", location="Thái Nguyên"),
    fig("xếp thứ 2", "2", 2, "rank", "hạng", "năng suất na bình quân", location="Lạng Sơn"),
    fig("cấp 318 mã số", "318", 318, "count", "mã số vùng trồng", "mã số vùng trồng na, mãng cầu phục vụ xuất khẩu", END23,
        change=chg("increase", 64, "mã số", "năm 2022")),
    fig("diện tích 9.420 ha", "9.420", 9420, "measure", "ha", "diện tích mã số vùng trồng na, mãng cầu", END23),
    fig("có 5 sản phẩm", "5", 5, "count", "sản phẩm", "sản phẩm na, mãng cầu được bảo hộ chỉ dẫn địa lý"),
    fig("ước đạt 62 triệu USD", "62", 62e6, "money", "USD", "kim ngạch xuất khẩu na, mãng cầu", Y23, status="estimate",
        change=chg("increase", 18, "%", "năm 2022")),
    fig("chiếm khoảng 70%", "70", 70, "percent", "%", "tỷ trọng thị trường Trung Quốc trong kim ngạch xuất khẩu na, mãng cầu",
        Y23, approx="about"),
    fig("từ 250 đến 300 triệu đồng", "250", 250e6, "money", "đồng/ha", "lợi nhuận mỗi ha na trồng theo quy trình VietGAP",
        value_max=300e6, change=chg("increase", 20, "%", "canh tác truyền thống", approx="about")),
    fig("từ 50.000 đến 55.000 ha", "50.000", 50000, "measure", "ha", "diện tích na, mãng cầu", T30,
        value_max=55000, status="target"),
    fig("khoảng 650.000 tấn", "650.000", 650000, "measure", "tấn", "sản lượng na, mãng cầu", T30, approx="about",
        status="target"),
    fig("trên 30%", "30", 30, "percent", "%", "tỷ lệ diện tích na, mãng cầu áp dụng VietGAP và tương đương", T30,
        approx="over", status="target"),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT, Cục Trồng trọt), 'Ngày đăng' line: national na / mãng cầu area, output, provinces, growing-area",
    "codes, GI, exports, 2030 targets. National figures -> Việt Nam; provinces in the bracketed list -> their location.",
    "'3,1%/năm' average growth rate is a percent figure (unit %). 'xếp thứ 2' rank -> Lạng Sơn. 'Trung Quốc ... chiếm khoảng 70%'",
    "is its own percent (China's share, not a share of the 62 triệu USD; a foreign partner is not a place); its clause after ';'",
    "has its own subject and verb, so the 'ước' of the export clause does not carry: status actual.",
    "'cao hơn khoảng 20% so với canh tác truyền thống' is the change of the 250-300 triệu đồng/ha range.",
    "Distractors: Quyết định số 3330/QĐ-BNN-TT; Nhà B9, số 2 Ngọc Hà; phone 024.3845.9356; giai đoạn 2019-2023; đứng đầu (no number).",
]

if __name__ == "__main__":
    emit("p743-4", TEXT, COMMENTS, FIGS, published="2024-03-18", location="Việt Nam")
