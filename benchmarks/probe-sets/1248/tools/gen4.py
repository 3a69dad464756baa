"""p1248-4: ministry site (Bộ NN&PTNT, Cục Chăn nuôi): national roughage area, herd, imports, 2030 targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Chăn nuôi - Thú y

Phát triển nguồn thức ăn thô xanh cho gia súc ăn cỏ

22/03/2024 | 14:10 | Cục Chăn nuôi

Theo Cục Chăn nuôi, năm 2023 cả nước có khoảng 330.000 ha cây thức ăn thô xanh, trong đó cỏ trồng các loại khoảng 210.000 ha, ngô sinh khối khoảng 120.000 ha. Sản lượng thức ăn thô xanh ước đạt 42 triệu tấn, mới đáp ứng khoảng 65-70% nhu cầu của đàn gia súc ăn cỏ.

Năm 2023, tổng đàn bò cả nước đạt 6,34 triệu con, giảm 1,2% so với năm 2022; đàn bò sữa khoảng 320.000 con, cho sản lượng sữa tươi 1,2 triệu tấn, tăng 5,7%. Các vùng trồng cỏ tập trung chủ yếu ở Bắc Trung Bộ, Tây Nguyên và Tây Bắc; trong đó Nghệ An, Sơn La và Lâm Đồng lần lượt có 9.800 ha, 9.100 ha và 7.600 ha.

Cũng trong năm 2023, nước ta vẫn phải nhập khẩu hơn 1 triệu tấn cỏ khô và phụ phẩm làm thức ăn thô, chủ yếu là cỏ alfalfa từ Mỹ và Australia, với kim ngạch trên 300 triệu USD.

Theo Chiến lược phát triển chăn nuôi giai đoạn 2021-2030 (Quyết định số 1520/QĐ-TTg), đến năm 2030 diện tích trồng cỏ và cây thức ăn thô xanh đạt 500.000 ha; tỷ trọng chăn nuôi trong giá trị sản xuất nông nghiệp đạt 40-42%. Cục Chăn nuôi dự báo năm 2024 nhu cầu thức ăn thô xanh tăng thêm 5-6%.

Tin khác:
- Hội nghị triển khai Luật Chăn nuôi năm 2018
- Cập nhật tình hình dịch bệnh lở mồm long móng tuần 11

BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội | Điện thoại: 024.3846.8161
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("Năm 2023", "2023-01-01", "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("khoảng 330.000 ha", "330.000", 330000, "measure", "ha", approx="about",
        subject="diện tích cây thức ăn thô xanh", period=Y23),
    fig("khoảng 210.000 ha", "210.000", 210000, "measure", "ha", approx="about", total=330000,
        subject="diện tích cỏ trồng các loại", period=Y23),
    fig("khoảng 120.000 ha", "120.000", 120000, "measure", "ha", approx="about", total=330000,
        subject="diện tích ngô sinh khối", period=Y23),
    fig("ước đạt 42 triệu", "42", 42e6, "measure", "tấn", status="estimate",
        subject="sản lượng thức ăn thô xanh", period=inh(Y23)),
    fig("khoảng 65-70%", "65", 65, "percent", "%", value_max=70, approx="about", status="estimate",
        subject="tỷ lệ đáp ứng nhu cầu thức ăn thô xanh của đàn gia súc ăn cỏ", period=inh(Y23)),
    fig("đạt 6,34 triệu", "6,34", 6.34e6, "count", "con",
        change=chg("decrease", 1.2, "%", "năm 2022"), subject="tổng đàn bò cả nước", period=Y23b),
    fig("khoảng 320.000 con", "320.000", 320000, "count", "con", approx="about",
        subject="đàn bò sữa", period=Y23b),
    fig("tươi 1,2 triệu", "1,2", 1.2e6, "measure", "tấn",
        change=chg("increase", 5.7, "%"), subject="sản lượng sữa tươi", period=Y23b),
    fig("có 9.800 ha", "9.800", 9800, "measure", "ha", subject="diện tích trồng cỏ",
        location="Nghệ An", period=inh(Y23b)),
    fig("9.100 ha", "9.100", 9100, "measure", "ha", subject="diện tích trồng cỏ",
        location="Sơn La", period=inh(Y23b)),
    fig("và 7.600 ha", "7.600", 7600, "measure", "ha", subject="diện tích trồng cỏ",
        location="Lâm Đồng", period=inh(Y23b)),
    fig("hơn 1 triệu tấn", "1", 1e6, "measure", "tấn", approx="over",
        subject="cỏ khô và phụ phẩm làm thức ăn thô nhập khẩu", period=Y23),
    fig("trên 300 triệu", "300", 300e6, "money", "USD", approx="over",
        subject="kim ngạch nhập khẩu cỏ khô và phụ phẩm", period=Y23),
    fig("đạt 500.000 ha", "500.000", 500000, "measure", "ha", status="target",
        subject="diện tích trồng cỏ và cây thức ăn thô xanh", period=T30),
    fig("đạt 40-42%", "40", 40, "percent", "%", value_max=42, status="target",
        subject="tỷ trọng chăn nuôi trong giá trị sản xuất nông nghiệp", period=T30),
    fig("thêm 5-6%", "5", 5, "percent", "%", value_max=6, status="forecast",
        subject="mức tăng nhu cầu thức ăn thô xanh", period=Y24),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): breadcrumb, '22/03/2024 | 14:10 | Cục Chăn nuôi', 'Tin khác', address footer. National figures → Việt Nam.",
    "Distractors: 'giai đoạn 2021-2030', 'Quyết định số 1520/QĐ-TTg', 'Luật Chăn nuôi năm 2018', 'tuần 11', 'Số 2 Ngọc Hà', phone, time 14:10.",
    "'trong đó cỏ trồng ... khoảng 210.000 ha, ngô sinh khối khoảng 120.000 ha' add up to 330.000 → total.",
    "'mới đáp ứng khoảng 65-70% nhu cầu' is a percent figure of its own ('đáp ứng' is no share cue of the spec), in the 'ước đạt' clause → estimate.",
    "'tăng 5,7%' after the milk output is its change (no baseline stated). 'trong đó Nghệ An, Sơn La và Lâm Đồng lần lượt có ...':",
    "a list sharing one indicator; each province is the item's location; no whole of the same thing precedes → no total. Period inherited.",
    "'hơn 1 triệu tấn' (number 1 with multiplier triệu). 'đến năm 2030 ... đạt' → target, start null. 'dự báo năm 2024 ... tăng thêm 5-6%' →",
    "a growth rate as the claim (percent, no change), forecast.",
]

if __name__ == "__main__":
    write("p1248-4", TEXT, NOTES, FIGS, published="2024-03-22", location="Việt Nam")
