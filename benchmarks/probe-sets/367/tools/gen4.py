from lib import *

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Cục Lâm nghiệp và Kiểm lâm
Tin tức > Quản lý lâm sản
Ngày đăng: 18/07/2024 | Lượt xem: 2.415

Tăng cường quản lý cơ sở nuôi động vật hoang dã trên cả nước

Theo số liệu của Cục Lâm nghiệp và Kiểm lâm, tính đến ngày 30/6/2024, cả nước có 23.645 cơ sở nuôi động vật hoang dã được cấp mã số tại 61/63 tỉnh, thành phố, với tổng đàn khoảng 8,6 triệu cá thể. Trong đó, 22.918 cơ sở nuôi vì mục đích thương mại, chiếm 96,9%; 727 cơ sở nuôi vì mục đích bảo tồn, nghiên cứu, cứu hộ.

Các tỉnh có số cơ sở nuôi lớn nhất là Đồng Nai (2.918 cơ sở), Cà Mau (1.306 cơ sở), Nghệ An (1.148 cơ sở) và Thanh Hóa (1.026 cơ sở); riêng 4 tỉnh này chiếm 27,1% tổng số cơ sở cả nước. Về loài nuôi, nhóm bò sát (cá sấu, rắn, trăn, kỳ đà, rùa) có khoảng 5,1 triệu cá thể; nhóm thú (nhím, dúi, cầy, khỉ, hươu, nai) khoảng 2,4 triệu cá thể; nhóm chim (trĩ, công, đà điểu) hơn 1,1 triệu cá thể.

Năm 2023, lực lượng Kiểm lâm cả nước đã kiểm tra 18.420 lượt cơ sở nuôi, phát hiện và xử lý 612 vụ vi phạm, giảm 8,5% so với năm 2022; tịch thu 5.284 cá thể động vật hoang dã, thu nộp ngân sách hơn 14,7 tỷ đồng. Giá trị sản xuất của ngành nuôi động vật hoang dã năm 2023 ước đạt khoảng 1,2 nghìn tỷ đồng; kim ngạch xuất khẩu động vật hoang dã nuôi và sản phẩm của chúng đạt 214,6 triệu USD, tăng 12,4% so với năm 2022.

6 tháng đầu năm 2024, Cơ quan quản lý CITES Việt Nam đã cấp 2.836 giấy phép xuất khẩu, nhập khẩu mẫu vật loài thuộc Phụ lục II CITES, tăng 9,8% so với cùng kỳ.

Thực hiện Chỉ thị số 29/CT-TTg ngày 23/7/2020 của Thủ tướng và Thông tư số 29/2019/TT-BNNPTNT, giai đoạn 2021-2025, Bộ đặt mục tiêu 100% cơ sở nuôi được quản lý trên cơ sở dữ liệu điện tử; đến năm 2030, giảm từ 20 đến 25% số cơ sở nuôi các loài nguy cấp, quý, hiếm, chuyển sang nuôi loài thông thường.
"""

ASOF = P("tính đến ngày 30/6/2024", None, "2024-06-30")
ASOF_I = P("tính đến ngày 30/6/2024", None, "2024-06-30", inh=True)
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("cả nước có 23.645 cơ sở", "23.645", 23645, "count", "cơ sở", "cơ sở nuôi động vật hoang dã được cấp mã số", ASOF),
    F("tại 61/63 tỉnh", "61", 61, "count", "tỉnh, thành phố", "tỉnh, thành phố có cơ sở nuôi động vật hoang dã", ASOF, total=63),
    F("khoảng 8,6 triệu cá thể", "8,6", 8600000, "count", "cá thể", "tổng đàn động vật hoang dã nuôi", ASOF, approx="about"),
    F("Trong đó, 22.918 cơ sở", "22.918", 22918, "count", "cơ sở", "cơ sở nuôi vì mục đích thương mại", ASOF_I,
      total=23645, percent=96.9),
    F("727 cơ sở", "727", 727, "count", "cơ sở", "cơ sở nuôi vì mục đích bảo tồn, nghiên cứu, cứu hộ", ASOF_I, total=23645),
    F("Đồng Nai (2.918 cơ sở)", "2.918", 2918, "count", "cơ sở", "cơ sở nuôi động vật hoang dã", ASOF_I, location="Đồng Nai"),
    F("Cà Mau (1.306 cơ sở)", "1.306", 1306, "count", "cơ sở", "cơ sở nuôi động vật hoang dã", ASOF_I, location="Cà Mau"),
    F("Nghệ An (1.148 cơ sở)", "1.148", 1148, "count", "cơ sở", "cơ sở nuôi động vật hoang dã", ASOF_I, location="Nghệ An"),
    F("Thanh Hóa (1.026 cơ sở)", "1.026", 1026, "count", "cơ sở", "cơ sở nuôi động vật hoang dã", ASOF_I, location="Thanh Hóa"),
    F("riêng 4 tỉnh này", "4", 4, "count", "tỉnh", "tỉnh có số cơ sở nuôi lớn nhất", ASOF_I, optional=True),
    F("chiếm 27,1% tổng số", "27,1", 27.1, "percent", "%", "tỷ trọng cơ sở nuôi của 4 tỉnh trong tổng số cơ sở cả nước", ASOF_I),
    F("khoảng 5,1 triệu cá thể", "5,1", 5100000, "count", "cá thể", "cá thể nhóm bò sát nuôi", ASOF_I, approx="about"),
    F("khoảng 2,4 triệu cá thể", "2,4", 2400000, "count", "cá thể", "cá thể nhóm thú nuôi", ASOF_I, approx="about"),
    F("hơn 1,1 triệu cá thể", "1,1", 1100000, "count", "cá thể", "cá thể nhóm chim nuôi", ASOF_I, approx="over"),
    F("kiểm tra 18.420 lượt", "18.420", 18420, "count", "lượt cơ sở", "lượt kiểm tra cơ sở nuôi", Y23),
    F("xử lý 612 vụ", "612", 612, "count", "vụ", "vụ vi phạm", Y23, change=C("decrease", 8.5, "%", "năm 2022")),
    F("tịch thu 5.284 cá thể", "5.284", 5284, "count", "cá thể", "cá thể động vật hoang dã bị tịch thu", Y23),
    F("hơn 14,7 tỷ đồng", "14,7", 14700000000, "money", "đồng", "thu nộp ngân sách", Y23, approx="over"),
    F("khoảng 1,2 nghìn tỷ đồng", "1,2", 1200000000000, "money", "đồng", "giá trị sản xuất của ngành nuôi động vật hoang dã", Y23b,
      approx="about", status="estimate"),
    F("đạt 214,6 triệu USD", "214,6", 214600000, "money", "USD", "kim ngạch xuất khẩu động vật hoang dã nuôi và sản phẩm", Y23b,
      change=C("increase", 12.4, "%", "năm 2022")),
    F("cấp 2.836 giấy phép", "2.836", 2836, "count", "giấy phép", "giấy phép xuất khẩu, nhập khẩu mẫu vật CITES",
      P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30"), change=C("increase", 9.8, "%", "cùng kỳ")),
    F("mục tiêu 100% cơ sở", "100", 100, "percent", "%", "cơ sở nuôi được quản lý trên cơ sở dữ liệu điện tử",
      P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), status="target"),
    F("từ 20 đến 25%", "20", 20, "percent", "%", "giảm số cơ sở nuôi các loài nguy cấp, quý, hiếm",
      P("đến năm 2030", None, "2030-12-31"), value_max=25, status="target"),
]

emit("p367-4", TEXT, [
    "Bộ NN&PTNT / Cục Lâm nghiệp và Kiểm lâm site: national wildlife farms to 30/6/2024, provinces (list), species groups, 2023 enforcement,",
    "production value and exports, CITES permits H1 2024, targets 2021-2025 and to 2030. 'Ngày đăng: 18/07/2024 | Lượt xem: 2.415': published; counter is furniture.",
    "National figures: location Việt Nam; list items Đồng Nai … Thanh Hóa take their province. '61/63 tỉnh, thành phố' has total 63.",
    "'riêng 4 tỉnh này chiếm 27,1%': the share of the four together is a percent figure of its own (not the last item's percent); '4 tỉnh' optional.",
    "'ước đạt khoảng 1,2 nghìn tỷ đồng' = 1,2·10^12, estimate; the next clause (';', 'đạt 214,6 triệu USD') is actual with its own change.",
    "Species-group items have no total (no cue). Distractors: Chỉ thị số 29/CT-TTg ngày 23/7/2020, Thông tư số 29/2019/TT-BNNPTNT, 'Phụ lục II'.",
], FIGS, published="2024-07-18", location="Việt Nam")
