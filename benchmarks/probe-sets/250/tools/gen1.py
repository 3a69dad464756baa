from lib import F, P, I, C, T, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THANH HÓA
Trang chủ › Tin tức › Quốc phòng - An ninh
Cập nhật: 12/07/2024 09:15 | Lượt xem: 2.317

Công an tỉnh: Tỷ lệ điều tra làm rõ án về trật tự xã hội đạt 88,7%

Sáng 11/7, Công an tỉnh Thanh Hóa tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2024, triển khai nhiệm vụ 6 tháng cuối năm.

Theo báo cáo, 6 tháng đầu năm 2024, trên địa bàn tỉnh xảy ra 382 vụ phạm tội về trật tự xã hội, giảm 27 vụ (6,6%) so với cùng kỳ năm 2023. Lực lượng chức năng đã điều tra làm rõ 339 vụ, đạt tỷ lệ 88,7%, bắt giữ 612 đối tượng; riêng án rất nghiêm trọng, đặc biệt nghiêm trọng điều tra làm rõ 100% (chỉ tiêu Bộ Công an giao là trên 90%).

Lực lượng Cảnh sát kinh tế phát hiện 146 vụ vi phạm pháp luật về kinh tế, buôn lậu, gian lận thương mại, tăng 18,7% so với cùng kỳ; khởi tố 41 vụ, 67 bị can. Phòng Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu (PC03) khởi tố 9 vụ án tham nhũng, chức vụ với 23 bị can, trong đó 4 vụ xảy ra trong lĩnh vực đất đai. Tổng thiệt hại được xác định gần 46,8 tỷ đồng; cơ quan điều tra đã thu hồi, kê biên hơn 31,2 tỷ đồng, đạt 66,7%.

Về ma túy, lực lượng chức năng phát hiện, bắt giữ 287 vụ, 451 đối tượng, thu giữ 2,35 kg heroin và 18.640 viên ma túy tổng hợp. Đáng chú ý, Chuyên án 0424T do Phòng PC04 chủ trì đã triệt phá đường dây mua bán ma túy từ Sơn La về Thanh Hóa.

6 tháng cuối năm, Công an tỉnh phấn đấu kéo giảm ít nhất 5% số vụ phạm tội về trật tự xã hội; tỷ lệ điều tra khám phá án đạt trên 85%, riêng án rất nghiêm trọng và đặc biệt nghiêm trọng đạt trên 95%.

Người dân phát hiện hành vi vi phạm pháp luật có thể báo tin qua đường dây nóng 0237.3852.320 hoặc trực tiếp tại trụ sở Công an tỉnh, số 15 đường Trường Thi, TP Thanh Hóa.

Minh Hiếu
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")

FIGS = [
    F("trật tự xã hội đạt 88,7%", "88,7", 88.7, "percent", "%", "tỷ lệ điều tra làm rõ án về trật tự xã hội"),
    F("xảy ra 382 vụ", "382", 382, "count", "vụ", "vụ phạm tội về trật tự xã hội",
      change=C("decrease", 27, "vụ", "cùng kỳ năm 2023"), period=H1),
    F("(6,6%)", "6,6", 6.6, "percent", "%", "mức giảm số vụ phạm tội về trật tự xã hội", optional=True),
    F("làm rõ 339 vụ", "339", 339, "count", "vụ", "vụ phạm tội về trật tự xã hội điều tra làm rõ",
      percent=88.7, period=I(H1)),
    F("bắt giữ 612 đối tượng", "612", 612, "count", "đối tượng", "đối tượng bị bắt giữ", period=I(H1)),
    F("làm rõ 100%", "100", 100, "percent", "%",
      "tỷ lệ điều tra làm rõ án rất nghiêm trọng, đặc biệt nghiêm trọng", target=T(90, "%", True), period=I(H1)),
    F("phát hiện 146 vụ", "146", 146, "count", "vụ", "vụ vi phạm pháp luật về kinh tế, buôn lậu, gian lận thương mại",
      change=C("increase", 18.7, "%", "cùng kỳ"), period=I(H1)),
    F("khởi tố 41 vụ", "41", 41, "count", "vụ", "vụ khởi tố về kinh tế, buôn lậu, gian lận thương mại", period=I(H1)),
    F("67 bị can", "67", 67, "count", "bị can", "bị can khởi tố về kinh tế, buôn lậu, gian lận thương mại", period=I(H1)),
    F("khởi tố 9 vụ án", "9", 9, "count", "vụ án", "vụ án tham nhũng, chức vụ khởi tố", period=I(H1)),
    F("với 23 bị can", "23", 23, "count", "bị can", "bị can trong các vụ án tham nhũng, chức vụ", period=I(H1)),
    F("trong đó 4 vụ", "4", 4, "count", "vụ", "vụ án tham nhũng, chức vụ trong lĩnh vực đất đai", total=9, period=I(H1)),
    F("gần 46,8 tỷ", "46,8", 46.8e9, "money", "đồng", "tổng thiệt hại được xác định", approx="nearly", period=I(H1)),
    F("hơn 31,2 tỷ", "31,2", 31.2e9, "money", "đồng", "tài sản thu hồi, kê biên", approx="over", percent=66.7,
      period=I(H1)),
    F("bắt giữ 287 vụ", "287", 287, "count", "vụ", "vụ phạm tội về ma túy phát hiện, bắt giữ", period=I(H1)),
    F("451 đối tượng", "451", 451, "count", "đối tượng", "đối tượng phạm tội về ma túy bị bắt giữ", period=I(H1)),
    F("2,35 kg", "2,35", 2.35, "measure", "kg", "heroin thu giữ", period=I(H1)),
    F("18.640 viên", "18.640", 18640, "count", "viên", "ma túy tổng hợp thu giữ", period=I(H1)),
    F("ít nhất 5%", "5", 5, "percent", "%", "mức kéo giảm số vụ phạm tội về trật tự xã hội", approx="at_least",
      status="target", period=H2),
    F("trên 85%", "85", 85, "percent", "%", "tỷ lệ điều tra khám phá án", approx="over", status="target", period=H2),
    F("trên 95%", "95", 95, "percent", "%", "tỷ lệ điều tra khám phá án rất nghiêm trọng và đặc biệt nghiêm trọng",
      approx="over", status="target", period=H2),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thanh Hóa (province portal): Công an tỉnh, sơ kết 6 tháng đầu năm 2024. Dateline 'Cập nhật: 12/07/2024 09:15' + view counter.",
    "Distractors: 'Lượt xem: 2.317', 'Sáng 11/7', '(PC03)', 'Phòng PC04', 'Chuyên án 0424T', hotline 0237.3852.320, 'số 15 đường Trường Thi'.",
    "'giảm 27 vụ (6,6%)': the first change (27 vụ) is the attribute; the bracketed percent is a second change -> optional figure.",
    "'điều tra làm rõ 339 vụ, đạt tỷ lệ 88,7%' -> percent attribute of 339 (no total: no part-of cue). Headline 88,7% is its own figure (no period).",
    "'100% (chỉ tiêu ... trên 90%)' -> target 90 (met). 'trong đó 4 vụ' -> total 9. 'gần'/'hơn' approx.",
    "Later paragraphs take '6 tháng đầu năm 2024' from the second paragraph (inherited). Targets for '6 tháng cuối năm' (2024, same sentence): status target.",
]

if __name__ == "__main__":
    build("p250-1", TEXT, COMMENTS, FIGS, published="2024-07-12", location="Thanh Hóa")
