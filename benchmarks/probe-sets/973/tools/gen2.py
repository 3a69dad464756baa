from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CƯ M'GAR
Tin hoạt động > Kinh tế - Nông nghiệp
Cư M'gar: 6 tháng đầu năm tái canh trên 1.100 ha cà phê
Thứ Hai, 15/07/2024 - 09:40

Sáng 12/7, UBND huyện Cư M'gar tổ chức hội nghị sơ kết công tác tái canh cà phê. Theo báo cáo, toàn huyện hiện có 36.250 ha cà phê, chiếm 58,7% diện tích cây công nghiệp dài ngày. Theo kế hoạch giai đoạn 2021-2025, huyện phải tái canh 7.800 ha.

Trong 6 tháng đầu năm, toàn huyện đã tái canh 1.126 ha, đạt 72,6% kế hoạch năm (1.550 ha), gồm trồng mới 814 ha và ghép cải tạo 312 ha. Lũy kế từ năm 2021 đến nay, diện tích tái canh đạt 5.932 ha, bằng 76,1% kế hoạch giai đoạn.

Các xã có diện tích tái canh lớn là Ea Tar (186 ha), Ea Kiết (164 ha), Cư Dliê M'nông (142 ha) và Quảng Tiến (118 ha). Nhiều hộ sử dụng giống TR4, TR9 và TR11, mật độ trồng từ 1.100 đến 1.200 cây/ha, xen canh sầu riêng, bơ với khoảng 70 - 80 cây/ha. Công ty TNHH MTV Cà phê 719 cũng tái canh 96 ha trên địa bàn thị trấn Quảng Phú.

Từ đầu năm đến nay, Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh huyện đã giải ngân 86,5 tỷ đồng cho 1.240 lượt hộ vay tái canh, mức vay bình quân khoảng 70 triệu đồng/hộ. 6 tháng cuối năm, huyện phấn đấu tái canh thêm 424 ha, đảm bảo hoàn thành 100% kế hoạch năm.

Bản quyền thuộc UBND huyện Cư M'gar. Địa chỉ: 47 Hùng Vương, thị trấn Quảng Phú, huyện Cư M'gar, tỉnh Đắk Lắk. Điện thoại: 0262.3834.166
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
SUBJ_X = "diện tích tái canh cà phê"
FIGS = [
    F("tái canh trên 1.100 ha", "1.100", 1100, "measure", "ha", "diện tích cà phê tái canh", H1, approx="over"),
    F("hiện có 36.250 ha", "36.250", 36250, "measure", "ha", "diện tích cà phê toàn huyện", percent=58.7),
    F("phải tái canh 7.800 ha", "7.800", 7800, "measure", "ha", "diện tích cà phê phải tái canh",
      P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), status="target"),
    F("đã tái canh 1.126 ha", "1.126", 1126, "measure", "ha", "diện tích cà phê tái canh", P("Trong 6 tháng đầu năm", "2024-01-01", "2024-06-30"),
      percent=72.6, target=T(1550, "ha")),
    F("trồng mới 814 ha", "814", 814, "measure", "ha", "diện tích trồng mới", P("Trong 6 tháng đầu năm", "2024-01-01", "2024-06-30"), total=1126),
    F("ghép cải tạo 312 ha", "312", 312, "measure", "ha", "diện tích ghép cải tạo", P("Trong 6 tháng đầu năm", "2024-01-01", "2024-06-30"), total=1126),
    F("đạt 5.932 ha", "5.932", 5932, "measure", "ha", "diện tích tái canh lũy kế", P("từ năm 2021 đến nay", "2021-01-01", "2024-07-15"),
      percent=76.1),
    F("Ea Tar (186 ha)", "186", 186, "measure", "ha", SUBJ_X, I(H1)),
    F("Ea Kiết (164 ha)", "164", 164, "measure", "ha", SUBJ_X, I(H1)),
    F("M'nông (142 ha)", "142", 142, "measure", "ha", SUBJ_X, I(H1)),
    F("Quảng Tiến (118 ha)", "118", 118, "measure", "ha", SUBJ_X, I(H1)),
    F("từ 1.100 đến 1.200 cây/ha", "1.100", 1100, "measure", "cây/ha", "mật độ trồng cà phê", value_max=1200),
    F("khoảng 70 - 80 cây/ha", "70", 70, "measure", "cây/ha", "mật độ cây xen canh sầu riêng, bơ", value_max=80, approx="about"),
    F("tái canh 96 ha", "96", 96, "measure", "ha", "diện tích tái canh của Công ty TNHH MTV Cà phê 719", I(H1)),
    F("giải ngân 86,5 tỷ đồng", "86,5", 86.5e9, "money", "đồng", "vốn vay tái canh giải ngân",
      P("Từ đầu năm đến nay", "2024-01-01", "2024-07-15")),
    F("cho 1.240 lượt hộ", "1.240", 1240, "count", "lượt hộ", "lượt hộ vay tái canh", P("Từ đầu năm đến nay", "2024-01-01", "2024-07-15")),
    F("khoảng 70 triệu đồng/hộ", "70", 70e6, "money", "đồng/hộ", "mức vay bình quân", P("Từ đầu năm đến nay", "2024-01-01", "2024-07-15"),
      approx="about"),
    F("tái canh thêm 424 ha", "424", 424, "measure", "ha", "diện tích tái canh thêm", P("6 tháng cuối năm", "2024-07-01", "2024-12-31"),
      status="target"),
    F("hoàn thành 100% kế hoạch năm", "100", 100, "percent", "%", "tỷ lệ hoàn thành kế hoạch tái canh năm",
      P("năm 2024", "2024-01-01", "2024-12-31", inherited=True), status="target"),
]

NOTES = [
    "District portal of Cư M'gar (Đắk Lắk): coffee replanting in the first half of 2024, loans, planting density.",
    "Year-less '6 tháng đầu năm' (headline and body) takes 2024 from the dateline; 'đến nay' ends at the dateline 2024-07-15.",
    "'đạt 72,6% kế hoạch năm (1.550 ha)': 72,6 is the percent and the bracketed plan is the target of 1.126 ha (an attribute, not a figure).",
    "'gồm trồng mới … và ghép cải tạo …' add up to 1.126: total. Communes (Ea Tar, …) are below district level: location stays Cư M'gar.",
    "'100% kế hoạch năm' is a target for the whole year 2024 (period not written in its sentence: inherited).",
    "Distractors: 'Sáng 12/7', 'TR4, TR9 và TR11', 'Công ty TNHH MTV Cà phê 719', address '47 Hùng Vương', phone.",
]

write(2, TEXT, FIGS, NOTES, published="2024-07-15", location="Cư M'gar")
