"""p898-4: ministry site (Bộ NN&PTNT) — national wild and captive elephant numbers, World Elephant Day."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Lâm nghiệp
Ngày đăng: 12/08/2024 | Lượt xem: 1.204

Ngày Voi thế giới 12/8: Quần thể voi hoang dã có dấu hiệu ổn định

Theo Cục Lâm nghiệp, kết quả điều tra năm 2023 cho thấy cả nước hiện có khoảng 110-130 cá thể voi hoang dã, sống thành 12 đàn nhỏ, phân bố tại 9 tỉnh. Các địa phương có nhiều voi nhất lần lượt là Đắk Lắk (khoảng 50 cá thể), Đồng Nai (khoảng 25 cá thể) và Nghệ An (khoảng 16 cá thể).

Số voi nhà giảm mạnh, từ 501 con năm 1980 xuống còn 76 con vào cuối năm 2023, trong đó Đắk Lắk có 35 con, chiếm 46%. Trong giai đoạn 2019-2023, cả nước có 17 cá thể voi hoang dã bị chết, trong đó 6 cá thể chết do bẫy và săn bắt trái phép; bình quân mỗi năm mất 3,4 cá thể.

Voi châu Á thuộc Phụ lục I của Công ước CITES và nhóm IB theo Nghị định số 84/2021/NĐ-CP. Thực hiện Quyết định số 763/QĐ-TTg của Thủ tướng Chính phủ, giai đoạn 2021-2023 ngân sách trung ương đã bố trí khoảng 84 tỷ đồng cho các dự án bảo tồn voi, bằng 70% nhu cầu.

Mục tiêu đến năm 2030, quần thể voi hoang dã tăng ít nhất 10% so với năm 2023; 100% voi nhà được quản lý bằng hồ sơ điện tử và gắn chip; chấm dứt hoàn toàn hoạt động cưỡi voi phục vụ du lịch. Tổng nhu cầu vốn giai đoạn 2024-2030 dự kiến khoảng 350 tỷ đồng.

Nhân dịp này, Bộ đề nghị các địa phương có voi tăng cường tuần tra, tháo gỡ bẫy, xây dựng hành lang đa dạng sinh học kết nối sinh cảnh voi với khu vực biên giới Lào, Campuchia.

Địa chỉ: số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3846.8161
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
END23 = P("cuối năm 2023", None, "2023-12-31")
G1923 = P("giai đoạn 2019-2023", "2019-01-01", "2023-12-31")
G2123 = P("giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
G2430 = P("giai đoạn 2024-2030", "2024-01-01", "2030-12-31")
WILD = "voi hoang dã"

FIGS = [
    F("khoảng 110-130 cá thể", "110", 110, "count", "cá thể", WILD, Y23, value_max=130, approx="about"),
    F("thành 12 đàn", "12", 12, "count", "đàn", "đàn voi hoang dã", Y23),
    F("tại 9 tỉnh", "9", 9, "count", "tỉnh", "tỉnh có voi hoang dã phân bố", Y23),
    F("khoảng 50 cá thể", "50", 50, "count", "cá thể", WILD, I(Y23), approx="about", location="Đắk Lắk"),
    F("khoảng 25 cá thể", "25", 25, "count", "cá thể", WILD, I(Y23), approx="about", location="Đồng Nai"),
    F("khoảng 16 cá thể", "16", 16, "count", "cá thể", WILD, I(Y23), approx="about", location="Nghệ An"),
    F("từ 501 con", "501", 501, "count", "con", "voi nhà", P("năm 1980", "1980-01-01", "1980-12-31")),
    F("còn 76 con", "76", 76, "count", "con", "voi nhà", END23),
    F("có 35 con", "35", 35, "count", "con", "voi nhà", END23, total=76, percent=46, location="Đắk Lắk"),
    F("có 17 cá thể", "17", 17, "count", "cá thể", "voi hoang dã bị chết", G1923),
    F("6 cá thể chết", "6", 6, "count", "cá thể", "voi hoang dã chết do bẫy và săn bắt trái phép",
      G1923, total=17),
    F("mất 3,4 cá thể", "3,4", 3.4, "measure", "cá thể/năm", "voi hoang dã bị chết bình quân mỗi năm", G1923),
    F("khoảng 84 tỷ đồng", "84", 84_000_000_000, "money", "đồng",
      "ngân sách trung ương bố trí cho các dự án bảo tồn voi", G2123, approx="about", percent=70),
    F("ít nhất 10%", "10", 10, "percent", "%", "tăng quần thể voi hoang dã so với năm 2023", T30,
      approx="at_least", status="target"),
    F("; 100% voi nhà", "100", 100, "percent", "%",
      "voi nhà được quản lý bằng hồ sơ điện tử và gắn chip", T30, status="target"),
    F("khoảng 350 tỷ đồng", "350", 350_000_000_000, "money", "đồng", "tổng nhu cầu vốn", G2430,
      approx="about", status="forecast"),
]

NOTES = [
    "Bộ NN&PTNT: Ngày Voi thế giới 12/8/2024 — voi hoang dã và voi nhà cả nước, voi chết 2019-2023, vốn bảo tồn, mục tiêu 2030.",
    "Not figures: 'Ngày Voi thế giới 12/8' (a date), 'Phụ lục I', 'nhóm IB', 'Nghị định số 84/2021/NĐ-CP', 'Quyết định số 763/QĐ-TTg', years, the address and phone, 'Lượt xem: 1.204'.",
    "Location default Việt Nam (cả nước). List 'lần lượt là Đắk Lắk (khoảng 50 cá thể) …' is a ranking that does not add up: no total, each item located at its province.",
    "'trong đó Đắk Lắk có 35 con, chiếm 46%': total 76, percent 46, location Đắk Lắk. '501 con năm 1980' is a figure with its own period; 76 gets no change (no change number is stated).",
    "'bình quân mỗi năm mất 3,4 cá thể' → a rate: measure, unit 'cá thể/năm'. 'tăng ít nhất 10% so với năm 2023' has no base amount: a target percent figure.",
    "'100% voi nhà' stands after ';' in the sentence that opens with 'Mục tiêu đến năm 2030': same sentence, so its period is scored; the target cue continues into it. 'dự kiến khoảng 350 tỷ đồng' → forecast.",
]

if __name__ == "__main__":
    write(4, TEXT, NOTES, FIGS, published="2024-08-12", location="Việt Nam")
