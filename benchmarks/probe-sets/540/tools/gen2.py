"""p540-2: quận Ninh Kiều (Cần Thơ) district portal — tidal flooding points, dredging, budget, 2025 targets."""
from lib import emit, fig, per, inh, chg

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN NINH KIỀU
Trang chủ / Tin tức / Đô thị - Môi trường

Ninh Kiều: Số điểm ngập do triều cường giảm còn 9 điểm

Thứ Năm, 12/12/2024 - 10:05

Năm 2024, UBND quận phối hợp Công ty Cổ phần Cấp thoát nước Cần Thơ nạo vét 46,7 km cống thoát nước, khơi thông 23 tuyến kênh, rạch với tổng chiều dài hơn 18 km. Nhờ đó, số điểm ngập khi triều cường trên địa bàn quận giảm từ 17 điểm năm 2022 xuống còn 9 điểm, gồm: phường Cái Khế 3 điểm, An Hòa 2 điểm, Xuân Khánh 2 điểm và Hưng Lợi 2 điểm.

Tổng kinh phí thực hiện các công trình chống ngập năm 2024 của quận là 38,65 tỷ đồng, trong đó ngân sách thành phố 25 tỷ đồng, ngân sách quận 13,65 tỷ đồng. Quận đã lắp đặt 12 van ngăn triều tại các cửa xả ra sông Cần Thơ và nâng cấp 2,3 km cống dọc tuyến đường 30 Tháng 4.

Trong đợt triều cường tháng 10/2024, đỉnh triều tại trạm thủy văn trên sông Hậu đạt 2,23 m, cao hơn mức báo động III 0,43 m; một số tuyến đường như Trần Văn Khéo, Lê Lợi ngập sâu từ 0,2 đến 0,35 m.

Hiện tỷ lệ hộ dân trên địa bàn quận đấu nối nước thải vào hệ thống thoát nước chung đạt 78,4%. Nhà máy xử lý nước thải trên địa bàn quận có công suất 30.000 m3/ngày đêm, đang tiếp nhận bình quân khoảng 21.500 m3/ngày đêm.

Quận phấn đấu đến năm 2025 xóa thêm 5 điểm ngập, nâng tỷ lệ hộ dân đấu nối nước thải lên 85%.

Mọi phản ánh về tình trạng ngập, người dân liên hệ đường dây nóng 0292.3820.115 hoặc trụ sở UBND quận, số 2 đường Hòa Bình, phường Tân An.
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T10 = per("tháng 10/2024", "2024-10-01", "2024-10-31")
Y25 = per("đến năm 2025", end="2025-12-31")
SUBJ_PT = "điểm ngập khi triều cường"

FIGS = [
    fig("giảm còn 9 điểm", "9", 9, "count", "điểm", "số điểm ngập do triều cường"),
    fig("vét 46,7 km", "46,7", 46.7, "measure", "km", "cống thoát nước được nạo vét", Y24),
    fig("thông 23 tuyến", "23", 23, "count", "tuyến kênh, rạch", "tuyến kênh, rạch được khơi thông", Y24),
    fig("hơn 18 km", "18", 18, "measure", "km", "tổng chiều dài kênh, rạch được khơi thông", Y24, approx="over"),
    fig("từ 17 điểm", "17", 17, "count", "điểm", SUBJ_PT, per("năm 2022", "2022-01-01", "2022-12-31")),
    fig("còn 9 điểm, gồm", "9", 9, "count", "điểm", SUBJ_PT, inh(Y24)),
    fig("Cái Khế 3 điểm", "3", 3, "count", "điểm", SUBJ_PT + " phường Cái Khế", inh(Y24), total=9),
    fig("An Hòa 2 điểm", "2", 2, "count", "điểm", SUBJ_PT + " phường An Hòa", inh(Y24), total=9),
    fig("Xuân Khánh 2 điểm", "2", 2, "count", "điểm", SUBJ_PT + " phường Xuân Khánh", inh(Y24), total=9),
    fig("Hưng Lợi 2 điểm", "2", 2, "count", "điểm", SUBJ_PT + " phường Hưng Lợi", inh(Y24), total=9),
    fig("là 38,65 tỷ đồng", "38,65", 38.65e9, "money", "đồng", "tổng kinh phí thực hiện các công trình chống ngập",
        per("năm 2024", "2024-01-01", "2024-12-31")),
    fig("thành phố 25 tỷ đồng", "25", 25e9, "money", "đồng", "kinh phí chống ngập từ ngân sách thành phố",
        per("năm 2024", "2024-01-01", "2024-12-31"), total=38.65e9),
    fig("quận 13,65 tỷ đồng", "13,65", 13.65e9, "money", "đồng", "kinh phí chống ngập từ ngân sách quận",
        per("năm 2024", "2024-01-01", "2024-12-31"), total=38.65e9),
    fig("đặt 12 van", "12", 12, "count", "van ngăn triều", "van ngăn triều được lắp đặt", inh(Y24)),
    fig("nâng cấp 2,3 km", "2,3", 2.3, "measure", "km", "cống được nâng cấp", inh(Y24)),
    fig("đạt 2,23 m", "2,23", 2.23, "measure", "m", "đỉnh triều tại trạm thủy văn trên sông Hậu", T10,
        change=chg("increase", 0.43, "m", baseline="mức báo động III")),
    fig("từ 0,2 đến 0,35 m", "0,2", 0.2, "measure", "m", "độ sâu ngập", T10, value_max=0.35),
    fig("đạt 78,4%", "78,4", 78.4, "percent", "%",
        "tỷ lệ hộ dân đấu nối nước thải vào hệ thống thoát nước chung"),
    fig("suất 30.000 m3", "30.000", 30000, "measure", "m3/ngày đêm", "công suất nhà máy xử lý nước thải"),
    fig("khoảng 21.500 m3", "21.500", 21500, "measure", "m3/ngày đêm",
        "lượng nước thải nhà máy tiếp nhận bình quân", approx="about"),
    fig("thêm 5 điểm ngập", "5", 5, "count", "điểm ngập", "điểm ngập được xóa thêm", Y25, status="target"),
    fig("lên 85%", "85", 85, "percent", "%", "tỷ lệ hộ dân đấu nối nước thải", Y25, status="target"),
]

COMMENTS = [
    "Cổng TTĐT quận Ninh Kiều (Cần Thơ): điểm ngập do triều cường năm 2024, nạo vét, kinh phí, đỉnh triều, mục tiêu 2025.",
    "'Thứ Năm, 12/12/2024 - 10:05' is the article's date. Not figures: 'đường 30 Tháng 4' (street name), 'báo động III'",
    "(alarm level), hotline 0292.3820.115, 'số 2 đường Hòa Bình' (address).",
    "'giảm từ 17 điểm năm 2022 xuống còn 9 điểm': two count figures (no change number is stated; not a range).",
    "Ward items after 'gồm:' add up to 9 (total 9).",
    "'cao hơn mức báo động III 0,43 m' is the change of 2,23 m (cue 'cao hơn'); 'ngập sâu từ 0,2 đến 0,35 m' is a range.",
    "'Hiện' sentences get no period. 'phấn đấu đến năm 2025' governs both targets.",
    "revised: the ward items first had the ward (Cái Khế, An Hòa, …) as location; FIGURES.md defines location as the",
    "province, city or district, so they keep the district Ninh Kiều and the ward goes into the subject (as a non-place",
    "list item does in shared h26: 'vốn đăng ký cấp mới của <country>').",
]

if __name__ == "__main__":
    emit("p540-2", TEXT, COMMENTS, FIGS, published="2024-12-12", location="Ninh Kiều")
