"""p769-4: ministry site (Bộ NN&PTNT) — national crocodile farms, CITES export permits, skins, ostrich herd, 2030 targets."""
from lib import F, P, I, CH, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Chăn nuôi - Thú y

Cả nước có 1.047 cơ sở nuôi cá sấu được cấp mã số

Ngày đăng: 25/03/2024 | Lượt xem: 2.906

Theo Cơ quan quản lý CITES Việt Nam, tính đến ngày 31/12/2023, cả nước có 1.047 cơ sở nuôi cá sấu được cấp mã số, với tổng đàn khoảng 590.000 con. Các địa phương có đàn lớn nhất là Kiên Giang, TP. Hồ Chí Minh, Cà Mau và Bạc Liêu, với số lượng lần lượt là gần 210.000 con, 105.000 con, 58.000 con và 48.500 con.

Năm 2023, Cơ quan quản lý CITES Việt Nam đã cấp 412 giấy phép xuất khẩu cá sấu và sản phẩm từ cá sấu, tăng 6,2% so với năm 2022; trong đó có 296 giấy phép xuất khẩu da. Tổng lượng da cá sấu xuất khẩu đạt 28.700 tấm, kim ngạch ước đạt 9,8 triệu USD, giảm 12,5% so với năm trước. Nhật Bản, Singapore, Italia và Pháp là các thị trường chính, chiếm khoảng 78% lượng da xuất khẩu.

Giá cá sấu thương phẩm năm 2023 dao động 45.000-60.000 đồng/kg, chỉ bằng khoảng 50% mức giá năm 2017. Về đà điểu, cả nước hiện có gần 35.000 con, phân bố tại 21 tỉnh, thành phố.

Tại Hội nghị lần thứ 3 về quản lý động vật hoang dã gây nuôi, Bộ đặt mục tiêu đến năm 2030 có ít nhất 70% cơ sở nuôi cá sấu áp dụng quy trình an toàn sinh học, kim ngạch xuất khẩu da cá sấu đạt 20 triệu USD/năm. Ngày 15/3/2024, Bộ đã ban hành Công văn số 1862/BNN-CN đề nghị các địa phương rà soát đàn cá sấu, báo cáo trước ngày 30/4/2024.

Bản quyền thuộc Bộ Nông nghiệp và Phát triển nông thôn. Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3846.8161
"""

ASOF = P("tính đến ngày 31/12/2023", end="2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", end="2030-12-31")

FIGS = [
    F("Cả nước có 1.047", "1.047", 1047, "count", "cơ sở", "cơ sở nuôi cá sấu được cấp mã số", I(ASOF)),
    F("cả nước có 1.047", "1.047", 1047, "count", "cơ sở", "cơ sở nuôi cá sấu được cấp mã số", ASOF),
    F("khoảng 590.000 con", "590.000", 590000, "count", "con", "tổng đàn cá sấu", ASOF, approx="about"),
    F("gần 210.000 con", "210.000", 210000, "count", "con", "đàn cá sấu", I(ASOF), approx="nearly", location="Kiên Giang"),
    F("210.000 con, 105.000 con", "105.000", 105000, "count", "con", "đàn cá sấu", I(ASOF), location="TP. Hồ Chí Minh"),
    F("58.000 con", "58.000", 58000, "count", "con", "đàn cá sấu", I(ASOF), location="Cà Mau"),
    F("48.500 con", "48.500", 48500, "count", "con", "đàn cá sấu", I(ASOF), location="Bạc Liêu"),
    F("cấp 412 giấy phép", "412", 412, "count", "giấy phép", "giấy phép xuất khẩu cá sấu và sản phẩm từ cá sấu", Y23,
      change=CH("increase", 6.2, baseline="năm 2022")),
    F("có 296 giấy phép", "296", 296, "count", "giấy phép", "giấy phép xuất khẩu da cá sấu", Y23, total=412),
    F("đạt 28.700 tấm", "28.700", 28700, "count", "tấm", "tổng lượng da cá sấu xuất khẩu", I(Y23)),
    F("ước đạt 9,8 triệu USD", "9,8", 9800000, "money", "USD", "kim ngạch xuất khẩu da cá sấu", I(Y23), status="estimate",
      change=CH("decrease", 12.5, baseline="năm trước")),
    F("khoảng 78%", "78", 78, "percent", "%", "tỷ trọng các thị trường chính trong lượng da xuất khẩu", I(Y23), approx="about"),
    F("45.000-60.000 đồng/kg", "45.000", 45000, "money", "đồng/kg", "giá cá sấu thương phẩm",
      P("năm 2023", "2023-01-01", "2023-12-31"), value_max=60000, percent=50),
    F("gần 35.000 con", "35.000", 35000, "count", "con", "đàn đà điểu", approx="nearly"),
    F("tại 21 tỉnh", "21", 21, "count", "tỉnh, thành phố", "tỉnh, thành phố có nuôi đà điểu"),
    F("ít nhất 70%", "70", 70, "percent", "%", "tỷ lệ cơ sở nuôi cá sấu áp dụng quy trình an toàn sinh học", T30,
      approx="at_least", status="target"),
    F("20 triệu USD/năm", "20", 20000000, "money", "USD/năm", "kim ngạch xuất khẩu da cá sấu", T30, status="target"),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT), 'Ngày đăng: 25/03/2024 | Lượt xem: 2.906': national crocodile farms, CITES permits, skin exports.",
    "National figures → Việt Nam. 'lần lượt là gần 210.000 con, …' list: each item located at the province in the same order;",
    "subject = the list's indicator. Foreign markets (Nhật Bản, Singapore, Italia, Pháp) are trade partners, not places.",
    "296 (trong đó) total 412. 'giảm 12,5% so với năm trước' attaches to 9,8 triệu USD (nearest figure of its clause).",
    "'chỉ bằng khoảng 50% mức giá năm 2017' after the price range is its percent (share after 'bằng').",
    "'hiện có' → no period for the ostrich figures. 'Bộ đặt mục tiêu đến năm 2030' → target for both clauses; 'USD/năm' rate kept in unit.",
    "Distractors: Lượt xem 2.906, 'Hội nghị lần thứ 3' (ordinal), 15/3/2024, 'Công văn số 1862/BNN-CN', 30/4/2024, Số 2 Ngọc Hà, phone.",
]

if __name__ == "__main__":
    emit("p769-4", TEXT, COMMENTS, FIGS, published="2024-03-25", location="Việt Nam")
