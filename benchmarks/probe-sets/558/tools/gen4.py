"""p558-4: ministry site (Bộ NN&PTNT), national livestock results 2023."""
from lib import F, P, INH, CH, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin hoạt động > Chăn nuôi - Thú y
Ngày đăng: 16/01/2024

Ngành chăn nuôi năm 2023 tăng trưởng 4,8%, đàn lợn cả nước gần 30 triệu con

Theo Cục Chăn nuôi, năm 2023 giá trị sản xuất chăn nuôi cả nước tăng khoảng 4,8% so với năm 2022. Đến cuối năm, tổng đàn lợn đạt khoảng 29,6 triệu con, tăng 3,5%; đàn gia cầm 557,4 triệu con, tăng 2,8%; đàn bò 6,2 triệu con và đàn trâu 2,2 triệu con, cùng giảm nhẹ.

Tổng sản lượng thịt hơi các loại đạt 7,52 triệu tấn, tăng 4,6%; trong đó thịt lợn 5,08 triệu tấn, chiếm 67,6%; thịt gia cầm 2,03 triệu tấn, chiếm 27%. Sản lượng trứng đạt 19,6 tỷ quả, sữa tươi đạt 1,2 triệu tấn. Mức tiêu thụ thịt bình quân khoảng 39,5 kg/người/năm.

Có 12 địa phương có tổng đàn lợn trên 1 triệu con. Dẫn đầu là Đồng Nai với 2,35 triệu con; tiếp đến là Bình Phước 1,92 triệu con và Hà Nội 1,38 triệu con. Về đàn gia cầm, Hà Nội, Đồng Nai và Bắc Giang lần lượt xếp thứ 1, 2 và 3 cả nước.

Kim ngạch xuất khẩu sản phẩm chăn nuôi năm 2023 ước đạt 485 triệu USD, giảm 7,2% so với năm trước; nhập khẩu khoảng 4,1 tỷ USD. Hiện cả nước có khoảng 24.000 trang trại chăn nuôi, trong đó hơn 2.200 trang trại quy mô lớn.

Theo Chiến lược phát triển chăn nuôi giai đoạn 2021-2030, tầm nhìn 2045, giá trị sản xuất chăn nuôi phấn đấu tăng bình quân từ 4 đến 5%/năm; đến năm 2030, sản lượng thịt đạt từ 7,5 đến 8 triệu tấn.

Cục Chăn nuôi - số 16 Thụy Khuê, Tây Hồ, Hà Nội. ĐT: 024.3734.5443
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
EOY = P("Đến cuối năm", None, "2023-12-31")
STRAT = P("giai đoạn 2021-2030", "2021-01-01", "2030-12-31")
Y30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("tăng trưởng 4,8%", "4,8", 4.8, "percent", "%", "tăng trưởng ngành chăn nuôi", Y23),
    F("gần 30 triệu con", "30", 30000000, "count", "con", "đàn lợn cả nước", Y23, approx="nearly"),
    F("tăng khoảng 4,8%", "4,8", 4.8, "percent", "%", "giá trị sản xuất chăn nuôi cả nước", Y23, approx="about"),
    F("khoảng 29,6 triệu con", "29,6", 29600000, "count", "con", "tổng đàn lợn", EOY, approx="about",
      change=CH("increase", 3.5)),
    F("557,4 triệu con", "557,4", 557400000, "count", "con", "đàn gia cầm", EOY, change=CH("increase", 2.8)),
    F("6,2 triệu con", "6,2", 6200000, "count", "con", "đàn bò", EOY),
    F("2,2 triệu con", "2,2", 2200000, "count", "con", "đàn trâu", EOY),
    F("đạt 7,52 triệu tấn", "7,52", 7520000, "measure", "tấn", "tổng sản lượng thịt hơi các loại", INH(Y23),
      change=CH("increase", 4.6)),
    F("lợn 5,08 triệu tấn", "5,08", 5080000, "measure", "tấn", "sản lượng thịt lợn hơi", INH(Y23), total=7520000,
      percent=67.6),
    F("gia cầm 2,03 triệu tấn", "2,03", 2030000, "measure", "tấn", "sản lượng thịt gia cầm hơi", INH(Y23),
      total=7520000, percent=27),
    F("19,6 tỷ quả", "19,6", 19600000000, "count", "quả", "sản lượng trứng", INH(Y23)),
    F("sữa tươi đạt 1,2 triệu tấn", "1,2", 1200000, "measure", "tấn", "sản lượng sữa tươi", INH(Y23)),
    F("khoảng 39,5 kg/người/năm", "39,5", 39.5, "measure", "kg/người/năm", "mức tiêu thụ thịt bình quân",
      approx="about"),
    F("Có 12 địa phương", "12", 12, "count", "địa phương", "địa phương có tổng đàn lợn trên 1 triệu con"),
    F("trên 1 triệu con", "1", 1000000, "count", "con", approx="over", optional=True),
    F("với 2,35 triệu con", "2,35", 2350000, "count", "con", "tổng đàn lợn", location="Đồng Nai"),
    F("Bình Phước 1,92 triệu con", "1,92", 1920000, "count", "con", "tổng đàn lợn", location="Bình Phước"),
    F("Hà Nội 1,38 triệu con", "1,38", 1380000, "count", "con", "tổng đàn lợn", location="Hà Nội"),
    F("xếp thứ 1,", "1", 1, "rank", "hạng", "đàn gia cầm", location="Hà Nội"),
    F("1, 2 và", "2", 2, "rank", "hạng", "đàn gia cầm", location="Đồng Nai"),
    F("và 3 cả nước", "3", 3, "rank", "hạng", "đàn gia cầm", location="Bắc Giang"),
    F("ước đạt 485 triệu USD", "485", 485000000, "money", "USD", "kim ngạch xuất khẩu sản phẩm chăn nuôi", Y23,
      change=CH("decrease", 7.2, baseline="năm trước"), status="estimate"),
    F("khoảng 4,1 tỷ USD", "4,1", 4100000000, "money", "USD", "kim ngạch nhập khẩu sản phẩm chăn nuôi", Y23,
      approx="about", status="estimate"),
    F("khoảng 24.000 trang trại", "24.000", 24000, "count", "trang trại", "trang trại chăn nuôi", approx="about"),
    F("hơn 2.200 trang trại", "2.200", 2200, "count", "trang trại", "trang trại chăn nuôi quy mô lớn",
      approx="over", total=24000),
    F("từ 4 đến 5%/năm", "4", 4, "percent", "%", "tăng trưởng bình quân giá trị sản xuất chăn nuôi", STRAT,
      value_max=5, status="target"),
    F("từ 7,5 đến 8 triệu tấn", "7,5", 7500000, "measure", "tấn", "sản lượng thịt", Y30, value_max=8000000,
      status="target"),
]

COMMENTS = [
    "Bộ NN&PTNT site: ngành chăn nuôi năm 2023 (national herd, meat, eggs, milk, top provinces, trade, farms, 2030 strategy).",
    "'Đến cuối năm' takes 2023 from the lead (as-of 2023-12-31). Growth rates stated as the claim (4,8%) are percent figures without",
    "change. 'chiếm 67,6%' after 5,08 triệu tấn is its percent; the parts after 'trong đó' get the 7,52 triệu tấn total.",
    "'trên 1 triệu con' is a threshold (optional). 'lần lượt xếp thứ 1, 2 và 3' gives three ranks, provinces to location.",
    "'tầm nhìn 2045', 'giai đoạn 2021-2030', the address and phone number are not figures. Targets: phấn đấu / đến năm 2030.",
]

if __name__ == "__main__":
    emit("p558-4", TEXT, COMMENTS, FIGS, published="2024-01-16", location="Việt Nam")
