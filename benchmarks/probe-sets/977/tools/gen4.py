"""p977-4: ministry site (Cục Chăn nuôi, Bộ NN&PTNT), national quail and pigeon figures 2024, 2030 targets."""
from lib import F, P, I, C, build

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN - CỤC CHĂN NUÔI
Trang chủ » Tin tức » Chăn nuôi gia cầm

Chăn nuôi chim cút, bồ câu: hướng đi hiệu quả cho nông hộ

Ngày đăng: 05/03/2025 | Lượt xem: 1.107

Theo số liệu của Cục Chăn nuôi, tính đến cuối năm 2024, tổng đàn chim cút cả nước đạt khoảng 98,4 triệu con, tăng 7,3% so với năm 2023; đàn bồ câu đạt 16,2 triệu con. Sản lượng trứng cút năm 2024 ước đạt 5,6 tỷ quả, chiếm khoảng 28% tổng sản lượng trứng gia cầm cả nước.

Các địa phương có đàn chim cút lớn nhất lần lượt là Long An (9,9 triệu con), Tiền Giang (7,6 triệu con), Đồng Nai (6,8 triệu con) và Hà Nội (5,1 triệu con). Riêng 4 địa phương này chiếm 29,9% tổng đàn cả nước. So với năm 2014, đàn chim cút cả nước đã tăng gấp 2,3 lần.

Cả nước hiện có khoảng 1.850 trang trại nuôi chim cút, trong đó 212 trang trại đã được cấp chứng nhận VietGAHP; số trang trại nuôi bồ câu là 640.

Hiệu quả kinh tế của hai đối tượng nuôi này khá cao. Năm 2024, giá trứng cút bình quân cả nước khoảng 470 đồng/quả; giá bồ câu thịt từ 80.000 đến 95.000 đồng/cặp. Một hộ nuôi 5.000 con cút đẻ có thể lãi 5-7 triệu đồng/tháng, thời gian thu hồi vốn chỉ khoảng 8-10 tháng.

Thực hiện Chiến lược phát triển chăn nuôi giai đoạn 2021-2030, tầm nhìn 2045 (Quyết định số 1520/QĐ-TTg), Cục Chăn nuôi định hướng đến năm 2030 đàn chim cút cả nước đạt 130 triệu con, đàn bồ câu đạt 25 triệu con. Trong năm 2025, Cục đề nghị các địa phương hỗ trợ xây dựng ít nhất 50 mô hình liên kết chuỗi chăn nuôi chim cút, bồ câu.

Cục Chăn nuôi - Số 2 Ngọc Hà, Ba Đình, Hà Nội. ĐT: 024.3845.8471
"""

END24 = P("tính đến cuối năm 2024", None, "2024-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
Y25 = P("Trong năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("khoảng 98,4 triệu con", "98,4", 98_400_000, "count", "con", "tổng đàn chim cút cả nước", approx="about",
      change=C("increase", 7.3, baseline="năm 2023"), period=END24),
    F("đạt 16,2 triệu con", "16,2", 16_200_000, "count", "con", "đàn bồ câu", period=END24),
    F("ước đạt 5,6 tỷ quả", "5,6", 5_600_000_000, "count", "quả", "sản lượng trứng cút", percent=28,
      status="estimate", period=Y24),
    F("Long An (9,9 triệu con)", "9,9", 9_900_000, "count", "con", "đàn chim cút", location="Long An",
      period=I(END24)),
    F("Tiền Giang (7,6 triệu con)", "7,6", 7_600_000, "count", "con", "đàn chim cút", location="Tiền Giang",
      period=I(END24)),
    F("Đồng Nai (6,8 triệu con)", "6,8", 6_800_000, "count", "con", "đàn chim cút", location="Đồng Nai",
      period=I(END24)),
    F("Hà Nội (5,1 triệu con)", "5,1", 5_100_000, "count", "con", "đàn chim cút", location="Hà Nội",
      period=I(END24)),
    F("Riêng 4 địa phương", "4", 4, "count", "địa phương", "địa phương có đàn chim cút lớn nhất",
      optional=True),
    F("chiếm 29,9%", "29,9", 29.9, "percent", "%", "tỷ trọng đàn chim cút của 4 địa phương trong tổng đàn cả nước",
      period=I(END24)),
    F("gấp 2,3 lần", "2,3", 2.3, "multiple", "lần", "đàn chim cút cả nước so với năm 2014"),
    F("khoảng 1.850 trang trại", "1.850", 1850, "count", "trang trại", "trang trại nuôi chim cút",
      approx="about"),
    F("212 trang trại", "212", 212, "count", "trang trại", "trang trại được cấp chứng nhận VietGAHP",
      total=1850),
    F("là 640", "640", 640, "count", "trang trại", "trang trại nuôi bồ câu"),
    F("hai đối tượng nuôi này", "hai", 2, "count", "đối tượng", "đối tượng nuôi (chim cút, bồ câu)",
      optional=True),
    F("khoảng 470 đồng/quả", "470", 470, "money", "đồng/quả", "giá trứng cút bình quân cả nước",
      approx="about", period=Y24),
    F("từ 80.000 đến 95.000 đồng/cặp", "80.000", 80_000, "money", "đồng/cặp", "giá bồ câu thịt",
      value_max=95_000, period=Y24),
    F("nuôi 5.000 con", "5.000", 5000, "count", "con", "cút đẻ của một hộ nuôi", optional=True),
    F("lãi 5-7 triệu đồng/tháng", "5", 5_000_000, "money", "đồng/tháng", "lãi của hộ nuôi 5.000 con cút đẻ",
      value_max=7_000_000),
    F("khoảng 8-10 tháng", "8", 8, "measure", "tháng", "thời gian thu hồi vốn", approx="about", value_max=10),
    F("đạt 130 triệu con", "130", 130_000_000, "count", "con", "đàn chim cút cả nước", status="target",
      period=T30),
    F("đạt 25 triệu con", "25", 25_000_000, "count", "con", "đàn bồ câu", status="target", period=T30),
    F("ít nhất 50 mô hình", "50", 50, "count", "mô hình", "mô hình liên kết chuỗi chăn nuôi chim cút, bồ câu",
      approx="at_least", status="target", period=Y25),
]

COMMENTS = [
    "Cục Chăn nuôi (Bộ NN&PTNT) news page, 05/03/2025: national quail and pigeon flocks end-2024, prices, 2030 targets (invented).",
    "Location Việt Nam; provinces in the 'lần lượt' list are the items' locations (subject = the list's indicator).",
    "Not figures: Lượt xem 1.107, 'giai đoạn 2021-2030, tầm nhìn 2045', Quyết định số 1520/QĐ-TTg, 'So với năm 2014' (baseline),",
    "address 'Số 2 Ngọc Hà', phone. '4 địa phương này' refers back to the list (optional); 29,9% is a share of the flock,",
    "not of the provinces, so a percent figure of its own. 'tăng gấp 2,3 lần' with no base amount = multiple figure.",
    "revised after the first run: added 'hai đối tượng nuôi này' as optional (an anaphoric count like '4 địa phương này'; missed in annotation).",
    "'Một hộ nuôi 5.000 con' is the example's specification (optional). 640 farms stands after ';' as its own sibling (no total).",
]

build(4, TEXT, FIGS, COMMENTS, published="2025-03-05", location="Việt Nam")
