"""p506-8: Thái Nguyên radio-TV site — industrial production 2023 by sector, products, KCN projects and workers, 2024 plan."""
from lib import F, P, INH, CH, TG, emit

TEXT = """THAINGUYENTV - Đài Phát thanh - Truyền hình Thái Nguyên
Kinh tế | Cập nhật lúc 16:45, Thứ Sáu, 12/01/2024

Năm 2023: Giá trị sản xuất công nghiệp đạt trên 850 nghìn tỷ đồng

Năm 2023, giá trị sản xuất công nghiệp (theo giá so sánh 2010) trên địa bàn tỉnh Thái Nguyên đạt 853.612,4 tỷ đồng, bằng 101,6% kế hoạch, giảm 2,3% so với năm 2022. Trong đó, khu vực có vốn đầu tư nước ngoài đạt 796.210 tỷ đồng, chiếm 93,3%; khu vực kinh tế nhà nước đạt 22.845 tỷ đồng; khu vực ngoài nhà nước đạt 34.557,4 tỷ đồng. Riêng quý IV/2023, giá trị sản xuất công nghiệp tăng 6,7% so với quý III.

Sản lượng điện thoại di động và máy tính bảng lần lượt đạt 92,6 triệu chiếc và 14,3 triệu chiếc, giảm 4,1% và 8,7% so với năm 2022. Ngành luyện kim phục hồi: thép cán đạt 1,25 triệu tấn, tăng 5,2%; xi măng đạt 3,8 triệu tấn. Kim ngạch xuất khẩu năm 2023 đạt 27,8 tỷ USD, xếp thứ 3 toàn quốc.

Đến cuối năm 2023, 6 KCN của tỉnh thu hút 218 dự án (gồm 160 dự án FDI và 58 dự án trong nước), tạo việc làm cho hơn 118.000 lao động; riêng Samsung Electronics Việt Nam Thái Nguyên sử dụng khoảng 55.000 lao động. Mật độ lao động bình quân đạt 85 lao động/ha đất công nghiệp đã cho thuê. KCN Sông Công II và KCN Yên Bình dọc Quốc lộ 3 tiếp tục là điểm đến của các nhà đầu tư Hàn Quốc.

Năm 2024, tỉnh đặt mục tiêu giá trị sản xuất công nghiệp tăng từ 3 đến 4%, phấn đấu lấp đầy 100% diện tích KCN Yên Bình giai đoạn 1 theo Nghị quyết số 12-NQ/TU của Tỉnh ủy.

Hương Giang - Trọng Nghĩa
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
Q4 = P("quý IV/2023", "2023-10-01", "2023-12-31")
ASOF = P("Đến cuối năm 2023", None, "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("trên 850 nghìn tỷ đồng", "850", 850e12, "money", "đồng", "giá trị sản xuất công nghiệp", Y23, approx="over"),
    F("đạt 853.612,4 tỷ đồng", "853.612,4", 853612.4e9, "money", "đồng", "giá trị sản xuất công nghiệp (theo giá so sánh 2010)",
      Y23, percent=101.6, change=CH("decrease", 2.3, baseline="năm 2022")),
    F("đạt 796.210 tỷ đồng", "796.210", 796210e9, "money", "đồng", "giá trị sản xuất công nghiệp khu vực có vốn đầu tư nước ngoài",
      INH(Y23), total=853612.4e9, percent=93.3),
    F("đạt 22.845 tỷ đồng", "22.845", 22845e9, "money", "đồng", "giá trị sản xuất công nghiệp khu vực kinh tế nhà nước",
      INH(Y23), total=853612.4e9),
    F("đạt 34.557,4 tỷ đồng", "34.557,4", 34557.4e9, "money", "đồng", "giá trị sản xuất công nghiệp khu vực ngoài nhà nước",
      INH(Y23), total=853612.4e9),
    F("tăng 6,7%", "6,7", 6.7, "percent", "%", "giá trị sản xuất công nghiệp quý IV/2023 so với quý III", Q4),
    F("đạt 92,6 triệu chiếc", "92,6", 92.6e6, "count", "chiếc", "sản lượng điện thoại di động", INH(Y23),
      change=CH("decrease", 4.1, baseline="năm 2022")),
    F("và 14,3 triệu chiếc", "14,3", 14.3e6, "count", "chiếc", "sản lượng máy tính bảng", INH(Y23),
      change=CH("decrease", 8.7, baseline="năm 2022")),
    F("đạt 1,25 triệu tấn", "1,25", 1.25e6, "measure", "tấn", "thép cán", INH(Y23), change=CH("increase", 5.2)),
    F("đạt 3,8 triệu tấn", "3,8", 3.8e6, "measure", "tấn", "xi măng", INH(Y23)),
    F("đạt 27,8 tỷ USD", "27,8", 27.8e9, "money", "USD", "kim ngạch xuất khẩu", Y23b),
    F("xếp thứ 3 toàn quốc", "3", 3, "rank", "hạng", "kim ngạch xuất khẩu", Y23b),
    F("2023, 6 KCN", "6", 6, "count", "KCN", "KCN của tỉnh", ASOF),
    F("thu hút 218 dự án", "218", 218, "count", "dự án", "dự án các KCN thu hút", ASOF),
    F("gồm 160 dự án", "160", 160, "count", "dự án", "dự án FDI", ASOF, total=218),
    F("và 58 dự án", "58", 58, "count", "dự án", "dự án trong nước", ASOF, total=218),
    F("hơn 118.000 lao động", "118.000", 118000, "count", "lao động", "lao động các KCN tạo việc làm", ASOF, approx="over"),
    F("khoảng 55.000 lao động", "55.000", 55000, "count", "lao động", "lao động Samsung Electronics Việt Nam Thái Nguyên sử dụng",
      ASOF, approx="about"),
    F("đạt 85 lao động/ha", "85", 85, "measure", "lao động/ha", "mật độ lao động bình quân"),
    F("từ 3 đến 4%", "3", 3, "percent", "%", "giá trị sản xuất công nghiệp", Y24, value_max=4, status="target"),
    F("lấp đầy 100%", "100", 100, "percent", "%", "lấp đầy diện tích KCN Yên Bình giai đoạn 1", Y24, status="target"),
]

COMMENTS = [
    "Thái Nguyên radio-TV portal: 'Cập nhật lúc 16:45, Thứ Sáu, 12/01/2024' → published. Industry 2023, sectors, products, KCN, 2024 targets.",
    "Ownership sectors after 'Trong đó' take the whole 853.612,4 tỷ (they add up); 'chiếm 93,3%' is the FDI sector's percent.",
    "'lần lượt … giảm 4,1% và 8,7%' pairs each change with its figure. Bracketed breakdown (gồm 160 … và 58) takes total 218.",
    "'riêng Samsung … 55.000 lao động' has no part-of cue (riêng is not trong đó/gồm) → no total. Quý IV growth is a percent figure (claim).",
    "Distractors: giá so sánh 2010, quý III, KCN Sông Công II, Quốc lộ 3, giai đoạn 1, Nghị quyết số 12-NQ/TU.",
]

if __name__ == "__main__":
    emit("p506-8", TEXT, COMMENTS, FIGS, published="2024-01-12", location="Thái Nguyên")
