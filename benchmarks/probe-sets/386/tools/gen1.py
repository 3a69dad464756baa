from lib import F, P, CH, TG, emit

TEXT = """Cổng Thông tin điện tử tỉnh Điện Biên
Trang chủ » Tin tức » Văn hóa - Xã hội

Giáo dục mầm non Điện Biên: tỷ lệ huy động trẻ 5 tuổi ra lớp đạt 99,8%
Cập nhật: 12/08/2024 15:20 | Lượt xem: 1.846

Theo báo cáo tổng kết năm học 2023-2024 của Sở Giáo dục và Đào tạo, toàn tỉnh Điện Biên hiện có 198 trường mầm non, trong đó 191 trường công lập và 7 trường tư thục. Tổng số trẻ ra lớp là 58.214 trẻ, tăng 1.126 trẻ so với năm học 2022-2023.

Tỷ lệ huy động trẻ nhà trẻ ra lớp đạt 31,4%; trẻ mẫu giáo đạt 97,6%, tăng 0,8 điểm phần trăm so với năm học trước; riêng trẻ mẫu giáo 5 tuổi đạt 99,8%. Có 10/10 huyện, thị xã, thành phố duy trì đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi.

Về bán trú, 100% trường mầm non tổ chức cho trẻ ăn bán trú tại trường với 56.930 trẻ, chiếm 97,8% số trẻ ra lớp. Mức hỗ trợ tiền ăn trưa cho trẻ mẫu giáo theo Nghị định số 105/2020/NĐ-CP là 160.000 đồng/trẻ/tháng; năm 2023, ngân sách tỉnh chi trên 62,5 tỷ đồng cho chính sách này.

Cơ sở vật chất tiếp tục được đầu tư. Toàn tỉnh có 2.874 phòng học mầm non, trong đó 2.106 phòng học kiên cố, đạt tỷ lệ 73,3%, và 312 phòng học tạm, phòng học nhờ. Đội ngũ có 3.965 giáo viên mầm non; tỷ lệ giáo viên đạt chuẩn trình độ đào tạo theo Luật Giáo dục 2019 là 86,2%, vẫn thấp hơn mức bình quân cả nước khoảng 3 điểm phần trăm.

Năm học 2024-2025, ngành phấn đấu tỷ lệ huy động trẻ nhà trẻ đạt 33%, trẻ mẫu giáo đạt 98%; xây mới khoảng 150 phòng học để nâng tỷ lệ phòng học kiên cố lên trên 78%.

Mọi ý kiến góp ý xin gửi về Sở GD&ĐT tỉnh Điện Biên, số điện thoại 0215.3825.112.
"""

Y = P("năm học 2023-2024", "2023-09-01", "2024-05-31")
Yi = P("năm học 2023-2024", "2023-09-01", "2024-05-31", inh=True)
N = P("năm học 2024-2025", "2024-09-01", "2025-05-31")
Ni = P("năm học 2024-2025", "2024-09-01", "2025-05-31", inh=True)

FIGS = [
    F("trẻ 5 tuổi ra lớp", "5", 5, "measure", "tuổi", optional=True),
    F("ra lớp đạt 99,8%", "99,8", 99.8, "percent", "%", "tỷ lệ huy động trẻ 5 tuổi ra lớp", Yi),
    F("có 198 trường", "198", 198, "count", "trường", "trường mầm non", Y),
    F("đó 191 trường", "191", 191, "count", "trường", "trường mầm non công lập", Y, total=198),
    F("và 7 trường", "7", 7, "count", "trường", "trường mầm non tư thục", Y, total=198),
    F("là 58.214 trẻ", "58.214", 58214, "count", "trẻ", "trẻ ra lớp", Yi,
      change=CH("increase", 1126, "trẻ", "năm học 2022-2023")),
    F("ra lớp đạt 31,4%", "31,4", 31.4, "percent", "%", "tỷ lệ huy động trẻ nhà trẻ ra lớp", Yi),
    F("giáo đạt 97,6%", "97,6", 97.6, "percent", "%", "tỷ lệ huy động trẻ mẫu giáo ra lớp", Yi,
      change=CH("increase", 0.8, "điểm phần trăm", "năm học trước")),
    F("mẫu giáo 5 tuổi đạt", "5", 5, "measure", "tuổi", optional=True),
    F("5 tuổi đạt 99,8%", "99,8", 99.8, "percent", "%", "tỷ lệ huy động trẻ mẫu giáo 5 tuổi ra lớp", Yi),
    F("Có 10/10 huyện", "10", 10, "count", "huyện, thị xã, thành phố",
      "huyện, thị xã, thành phố duy trì đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi", Yi, total=10),
    F("trẻ em 5 tuổi.", "5", 5, "measure", "tuổi", optional=True),
    F("bán trú, 100% trường", "100", 100, "percent", "%", "trường mầm non tổ chức cho trẻ ăn bán trú tại trường", Yi),
    F("với 56.930 trẻ", "56.930", 56930, "count", "trẻ", "trẻ ăn bán trú tại trường", Yi, percent=97.8),
    F("là 160.000 đồng/trẻ/tháng", "160.000", 160000, "money", "đồng/trẻ/tháng",
      "mức hỗ trợ tiền ăn trưa cho trẻ mẫu giáo"),
    F("chi trên 62,5 tỷ đồng", "62,5", 62500000000, "money", "đồng", "ngân sách tỉnh chi cho chính sách hỗ trợ tiền ăn trưa",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("có 2.874 phòng học", "2.874", 2874, "count", "phòng học", "phòng học mầm non", Yi),
    F("đó 2.106 phòng học", "2.106", 2106, "count", "phòng học", "phòng học kiên cố", Yi, total=2874, percent=73.3),
    F("và 312 phòng học", "312", 312, "count", "phòng học", "phòng học tạm, phòng học nhờ", Yi, total=2874),
    F("có 3.965 giáo viên", "3.965", 3965, "count", "giáo viên", "giáo viên mầm non", Yi),
    F("là 86,2%", "86,2", 86.2, "percent", "%", "tỷ lệ giáo viên đạt chuẩn trình độ đào tạo", Yi,
      change=CH("decrease", 3, "điểm phần trăm", "mức bình quân cả nước", approx="about")),
    F("nhà trẻ đạt 33%", "33", 33, "percent", "%", "tỷ lệ huy động trẻ nhà trẻ", N, status="target"),
    F("giáo đạt 98%", "98", 98, "percent", "%", "tỷ lệ huy động trẻ mẫu giáo", N, status="target"),
    F("khoảng 150 phòng học", "150", 150, "count", "phòng học", "phòng học xây mới", N, approx="about", status="target"),
    F("trên 78%", "78", 78, "percent", "%", "tỷ lệ phòng học kiên cố", N, approx="over", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Điện Biên (provincial portal): tổng kết năm học 2023-2024 giáo dục mầm non. Dateline 'Cập nhật: 12/08/2024 15:20 | Lượt xem: 1.846'.",
    "Distractors: view counter 1.846, Nghị định số 105/2020/NĐ-CP, 'Luật Giáo dục 2019' (name with year), phone 0215.3825.112, breadcrumb.",
    "School year 'năm học 2023-2024' read as 2023-09-01 … 2024-05-31 (FIGURES.md has no row for it; same reading as earlier probe sets).",
    "Ages ('5 tuổi') are category labels: optional. 'tăng 1.126 trẻ so với năm học 2022-2023' is the change of 58.214 (unit trẻ).",
    "'thấp hơn mức bình quân cả nước khoảng 3 điểm phần trăm' is the change of 86,2% (decrease 3). 160.000 đồng/trẻ/tháng is a policy rate: no period.",
    "56.930 trẻ 'chiếm 97,8% số trẻ ra lớp': percent attribute; no number for the whole, so no total. 2.106 and 312 are parts after 'trong đó' of 2.874.",
    "Targets 'Năm học 2024-2025, ngành phấn đấu …' (same sentence: scored period).",
]

if __name__ == "__main__":
    emit("p386-1", TEXT, COMMENTS, FIGS, published="2024-08-12", location="Điện Biên")
