from lib import F, P, INH, CH, TG, emit

TEXT = """Thời sự › Giao thông
Thứ năm, 13/6/2024, 06:30 (GMT+7)
Giải ngân vốn đầu tư công 5 tháng mới đạt 22,3%
Cả nước giải ngân hơn 147.000 tỷ đồng vốn đầu tư công trong 5 tháng, trong đó 29 bộ, ngành và 27 địa phương có tỷ lệ dưới mức bình quân.

Theo Bộ Tài chính, ước giải ngân từ đầu năm đến ngày 31/5 đạt 147.230 tỷ đồng, bằng 22,3% kế hoạch Thủ tướng giao (660.200 tỷ đồng). Cùng kỳ năm 2023, tỷ lệ này là 22,6%.

Trong các bộ, ngành, Bộ Giao thông vận tải có số vốn lớn nhất, giải ngân 21.640 tỷ đồng, đạt 27,1%. Một số cơ quan có tỷ lệ cao là Bộ Quốc phòng (41,2%), Ngân hàng Nhà nước (39,5%). Riêng 12 dự án thành phần cao tốc Bắc – Nam phía Đông giai đoạn 2021 – 2025 đã giải ngân gần 9.800 tỷ đồng, tương đương 31% số vốn bố trí trong năm nay.

Ở địa phương, 8 tỉnh, thành phố giải ngân trên 35%, dẫn đầu là Lạng Sơn (48,6%), Hà Nam (45,1%), Thái Bình (43,9%). Ngược lại, TP Hồ Chí Minh mới giải ngân 6,9%, xếp thứ 61/63 địa phương; Hà Nội đạt 13,4%.

Theo Bộ Kế hoạch và Đầu tư, vướng mắc giải phóng mặt bằng là nguyên nhân của khoảng 40% số dự án chậm tiến độ; giá vật liệu xây dựng tăng từ 15 đến 20% so với đầu năm. Tại Công điện số 51/CĐ-TTg, Thủ tướng yêu cầu năm 2024 giải ngân ít nhất 95% kế hoạch.

Anh Minh
"""

M5 = P("5 tháng", "2024-01-01", "2024-05-31")
R = "tỷ lệ giải ngân vốn đầu tư công"

FIGS = [
    F("5 tháng mới đạt 22,3%", "22,3", 22.3, "percent", "%", R, M5),
    F("hơn 147.000 tỷ", "147.000", 147000e9, "money", "đồng", "vốn đầu tư công giải ngân", M5, approx="over"),
    F("29 bộ, ngành", "29", 29, "count", "bộ, ngành", "bộ, ngành có tỷ lệ giải ngân dưới mức bình quân", M5),
    F("27 địa phương", "27", 27, "count", "địa phương", "địa phương có tỷ lệ giải ngân dưới mức bình quân", M5),
    F("147.230 tỷ", "147.230", 147230e9, "money", "đồng", "vốn đầu tư công giải ngân",
      P("từ đầu năm đến ngày 31/5", "2024-01-01", "2024-05-31"), percent=22.3,
      target=TG(660200e9, "đồng"), status="estimate"),
    F("là 22,6%", "22,6", 22.6, "percent", "%", R, P("Cùng kỳ năm 2023", "2023-01-01", "2023-05-31")),
    F("giải ngân 21.640 tỷ", "21.640", 21640e9, "money", "đồng", "vốn đầu tư công Bộ Giao thông vận tải giải ngân",
      INH(M5), percent=27.1),
    F("Bộ Quốc phòng (41,2%)", "41,2", 41.2, "percent", "%", R + " Bộ Quốc phòng", INH(M5)),
    F("Ngân hàng Nhà nước (39,5%)", "39,5", 39.5, "percent", "%", R + " Ngân hàng Nhà nước", INH(M5)),
    F("Riêng 12 dự án", "12", 12, "count", "dự án thành phần", "dự án thành phần cao tốc Bắc – Nam phía Đông"),
    F("gần 9.800 tỷ", "9.800", 9800e9, "money", "đồng", "vốn dự án cao tốc Bắc – Nam phía Đông giải ngân", INH(M5),
      approx="nearly", percent=31),
    F("8 tỉnh, thành phố", "8", 8, "count", "tỉnh, thành phố", "tỉnh, thành phố giải ngân trên 35%", INH(M5)),
    F("trên 35%", "35", 35, "percent", "%", R, approx="over", optional=True),
    F("Lạng Sơn (48,6%)", "48,6", 48.6, "percent", "%", R, INH(M5), location="Lạng Sơn"),
    F("Hà Nam (45,1%)", "45,1", 45.1, "percent", "%", R, INH(M5), location="Hà Nam"),
    F("Thái Bình (43,9%)", "43,9", 43.9, "percent", "%", R, INH(M5), location="Thái Bình"),
    F("giải ngân 6,9%", "6,9", 6.9, "percent", "%", R, INH(M5), location="Hồ Chí Minh"),
    F("thứ 61/63", "61", 61, "rank", "hạng", "xếp hạng tỷ lệ giải ngân vốn đầu tư công", INH(M5), total=63,
      location="Hồ Chí Minh"),
    F("đạt 13,4%", "13,4", 13.4, "percent", "%", R, INH(M5), location="Hà Nội"),
    F("khoảng 40%", "40", 40, "percent", "%", "dự án chậm tiến độ do vướng mắc giải phóng mặt bằng", approx="about"),
    F("từ 15 đến 20%", "15", 15, "percent", "%", "giá vật liệu xây dựng tăng so với đầu năm", value_max=20),
    F("ít nhất 95%", "95", 95, "percent", "%", "tỷ lệ giải ngân kế hoạch vốn đầu tư công",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="at_least", status="target"),
]

COMMENTS = [
    "National press (VnExpress style): giải ngân vốn đầu tư công 5 tháng năm 2024, ministries and provinces (invented probe article, set 518).",
    "The bracketed plan '(660.200 tỷ đồng)' after 'bằng 22,3% kế hoạch Thủ tướng giao' is the target of 147.230 tỷ, not a figure.",
    "'Cùng kỳ năm 2023' as the period of a figure = Jan–May 2023. Ministries are not places: subject names them, location Việt Nam.",
    "'giá vật liệu tăng từ 15 đến 20%' is a rate that is the claim (no change). Distractors: (GMT+7), Công điện số 51/CĐ-TTg, dateline.",
]

if __name__ == "__main__":
    emit("p518-6", TEXT, COMMENTS, FIGS, published="2024-06-13", location="Việt Nam")
