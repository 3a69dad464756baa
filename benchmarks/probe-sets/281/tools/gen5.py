from lib import F, P, Y, build

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN - CỤC CHĂN NUÔI
Tin hoạt động

Cải tạo đàn bò: nâng cao năng suất, chất lượng giống
Ngày đăng: 22/03/2024 | Người đăng: Ban biên tập

Ngày 20/3, tại TP Huế, Cục Chăn nuôi tổ chức Hội nghị đánh giá công tác giống bò giai đoạn 2021-2023 và định hướng đến năm 2030.

Theo báo cáo tại hội nghị, tính đến 31/12/2023, tổng đàn bò cả nước đạt 6,38 triệu con, giảm 0,9% so với năm 2022; trong đó bò sữa khoảng 335 nghìn con. Bò lai chiếm 63,2% tổng đàn, cao hơn 4,1 điểm phần trăm so với năm 2020.

Năm 2023, cả nước sử dụng khoảng 1,26 triệu liều tinh bò đông lạnh, tăng 5,7% so với năm trước; số bê lai sinh ra từ thụ tinh nhân tạo ước đạt 610 nghìn con. Các địa phương sử dụng nhiều tinh bò là Nghệ An (98.500 liều), Bình Định (91.200 liều), Gia Lai (76.300 liều) và Sơn La (52.800 liều). Năng suất sữa bình quân đạt 6.200 kg/chu kỳ, gấp 1,4 lần năm 2015.

Hiện cả nước có 12 cơ sở sản xuất tinh bò đông lạnh và trên 4.500 dẫn tinh viên đang hoạt động tại 58/63 tỉnh, thành phố. Tuy vậy, khối lượng bò thịt xuất chuồng bình quân mới đạt 250-280 kg/con, thấp hơn nhiều nước trong khu vực.

Theo Chiến lược phát triển chăn nuôi giai đoạn 2021-2030 (Quyết định số 1520/QĐ-TTg), đến năm 2030 tỷ lệ bò lai đạt 70%, khối lượng bò thịt xuất chuồng bình quân đạt từ 300 đến 350 kg/con. Giai đoạn 2021-2025, kinh phí hỗ trợ công tác giống bò từ ngân sách trung ương dự kiến khoảng 1,15 nghìn tỷ đồng.

Mọi chi tiết xin liên hệ: Phòng Giống vật nuôi, Cục Chăn nuôi, số 16 Thụy Khuê, Tây Hồ, Hà Nội; điện thoại 024.3734.5443.
"""

T23 = P("tính đến 31/12/2023", None, "2023-12-31")
T23i = dict(T23, inherited=True)
Y23 = Y(2023, "Năm 2023")
Y23i = dict(Y23, inherited=True)
T30 = P("đến năm 2030", None, "2030-12-31")
G25 = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
FIGS = [
    F("đạt 6,38 triệu con", "6,38", 6380000, "count", "con", "tổng đàn bò",
      change={"direction": "decrease", "value": 0.9, "unit": "%", "baseline": "năm 2022"}, period=T23),
    F("khoảng 335 nghìn con", "335", 335000, "count", "con", "bò sữa", approx="about", total=6380000, period=T23),
    F("chiếm 63,2%", "63,2", 63.2, "percent", "%", "Bò lai trong tổng đàn",
      change={"direction": "increase", "value": 4.1, "unit": "điểm phần trăm", "baseline": "năm 2020"}, period=T23i),
    F("khoảng 1,26 triệu liều", "1,26", 1260000, "count", "liều tinh bò đông lạnh", "liều tinh bò đông lạnh sử dụng",
      approx="about", change={"direction": "increase", "value": 5.7, "unit": "%", "baseline": "năm trước"}, period=Y23),
    F("ước đạt 610 nghìn con", "610", 610000, "count", "con", "bê lai sinh ra từ thụ tinh nhân tạo", status="estimate",
      period=Y23),
    F("Nghệ An (98.500 liều)", "98.500", 98500, "count", "liều", "tinh bò sử dụng", location="Nghệ An", period=Y23i),
    F("Bình Định (91.200 liều)", "91.200", 91200, "count", "liều", "tinh bò sử dụng", location="Bình Định", period=Y23i),
    F("Gia Lai (76.300 liều)", "76.300", 76300, "count", "liều", "tinh bò sử dụng", location="Gia Lai", period=Y23i),
    F("Sơn La (52.800 liều)", "52.800", 52800, "count", "liều", "tinh bò sử dụng", location="Sơn La", period=Y23i),
    F("đạt 6.200 kg/chu kỳ", "6.200", 6200, "measure", "kg/chu kỳ", "Năng suất sữa bình quân",
      change={"direction": "increase", "value": 1.4, "unit": "lần", "baseline": "năm 2015"}, period=Y23i),
    F("có 12 cơ sở", "12", 12, "count", "cơ sở", "cơ sở sản xuất tinh bò đông lạnh"),
    F("trên 4.500 dẫn tinh viên", "4.500", 4500, "count", "dẫn tinh viên", "dẫn tinh viên đang hoạt động", approx="over"),
    F("tại 58/63 tỉnh", "58", 58, "count", "tỉnh, thành phố", "tỉnh, thành phố có dẫn tinh viên hoạt động", total=63),
    F("đạt 250-280 kg/con", "250", 250, "measure", "kg/con", "khối lượng bò thịt xuất chuồng bình quân", value_max=280),
    F("bò lai đạt 70%", "70", 70, "percent", "%", "tỷ lệ bò lai", status="target", period=T30),
    F("từ 300 đến 350 kg/con", "300", 300, "measure", "kg/con", "khối lượng bò thịt xuất chuồng bình quân", value_max=350,
      status="target", period=T30),
    F("khoảng 1,15 nghìn tỷ đồng", "1,15", 1150000000000, "money", "đồng",
      "kinh phí hỗ trợ công tác giống bò từ ngân sách trung ương", approx="about", status="forecast", period=G25),
]

COMMENTS = [
    "Cục Chăn nuôi (ministry site): national cattle breeding and AI, figures to 31/12/2023 and for 2023, 2030 targets. 'Ngày đăng: 22/03/2024'.",
    "Distractors: 'Ngày 20/3, tại TP Huế' (venue of the conference: national figures stay 'Việt Nam'), 'giai đoạn 2021-2023', 'Quyết định số",
    "1520/QĐ-TTg', address 'số 16 Thụy Khuê, Tây Hồ, Hà Nội', phone 024.3734.5443, 'năm 2015' (baseline of 'gấp 1,4 lần').",
    "'trong đó bò sữa khoảng 335 nghìn con' is part of the 6,38 triệu. 'Bò lai chiếm 63,2% tổng đàn' stands in its own sentence (no base amount).",
    "'gấp 1,4 lần năm 2015' after the milk yield is that figure's change (as 'gấp 1,6 lần năm 2022' in probe 205). '58/63 tỉnh' total 63.",
    "Province list items take the province as location and the list indicator 'tinh bò sử dụng'. The 2030 and 2021-2025 sentences are target / forecast.",
    "The milk yield stands in the sentence after 'Năm 2023' in the same paragraph: period inherited.",
]
build("p281-5", TEXT, FIGS, COMMENTS, published="2024-03-22", location="Việt Nam")
