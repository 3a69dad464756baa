from lib import F, P, emit

TEXT = """
BÁO ĐÀ NẴNG
Xã hội > Đô thị

Mở rộng không gian xanh cho đô thị
HOÀNG HIỆP 06:30, 22/09/2024

Theo Sở Xây dựng thành phố Đà Nẵng, đến tháng 6/2024, toàn thành phố có 1.025 ha cây xanh đô thị, trong đó cây xanh sử dụng công cộng chiếm khoảng 312 ha. Diện tích cây xanh sử dụng công cộng bình quân khu vực nội thành đạt 2,8 m2/người (chỉ tiêu đối với đô thị loại I là 6 m2/người).

Giữa các quận có sự chênh lệch lớn. Quận Hải Châu có diện tích cây xanh công cộng bình quân cao nhất với 4,1 m2/người, tiếp đến là Sơn Trà (3,6 m2/người), Ngũ Hành Sơn (3,2 m2/người); thấp nhất là Thanh Khê với 0,9 m2/người.

Thành phố hiện có 24 công viên, vườn hoa với tổng diện tích gần 97 ha, phần lớn tập trung dọc hai bờ sông Hàn như Công viên 29/3, công viên APEC trên đường 2 Tháng 9. Riêng năm 2023, các đơn vị đã trồng mới 4.850 cây xanh đường phố, tăng 12% so với năm 2022; tỷ lệ cây sống đạt trên 95%.

Tính đến ngày 15/9/2024, Công viên Biển Đông giai đoạn 2 (tổng mức đầu tư 185 tỷ đồng) đã hoàn thành 65% khối lượng. Công trình dự kiến đưa vào sử dụng trong quý IV/2024, bổ sung khoảng 6,5 ha không gian công cộng ven biển.

Theo Quy hoạch chung thành phố đến năm 2045, Đà Nẵng phấn đấu đến năm 2030 đạt diện tích cây xanh công cộng bình quân từ 6 đến 7 m2/người, mỗi phường có ít nhất 1 vườn hoa hoặc sân chơi công cộng. Kinh phí trồng và chăm sóc cây xanh giai đoạn 2024-2026 dự kiến khoảng 320 tỷ đồng.

Ông Lê Văn Hai, trú tổ 35, phường Hòa Cường Bắc, chia sẻ: “Khu dân cư có thêm công viên nhỏ, người già và trẻ em có chỗ vui chơi”.
"""

T6 = P("đến tháng 6/2024", None, "2024-06-30")
T6i = P("đến tháng 6/2024", None, "2024-06-30", inh=True)
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
AS = P("Tính đến ngày 15/9/2024", None, "2024-09-15")
T30 = P("đến năm 2030", None, "2030-12-31")
SUBJ = "diện tích cây xanh công cộng bình quân"

FIGS = [
    F("có 1.025 ha", "1.025", "measure", "ha", "cây xanh đô thị", period=T6),
    F("khoảng 312 ha", "312", "measure", "ha", "cây xanh sử dụng công cộng", approx="about", total=1025, period=T6),
    F("đạt 2,8 m2/người", "2,8", "measure", "m2/người",
      "diện tích cây xanh sử dụng công cộng bình quân khu vực nội thành",
      target={"value": 6, "unit": "m2/người", "met": False}, period=T6i),
    F("với 4,1 m2/người", "4,1", "measure", "m2/người", SUBJ, period=T6i, location="Hải Châu"),
    F("(3,6 m2/người)", "3,6", "measure", "m2/người", SUBJ, period=T6i, location="Sơn Trà"),
    F("(3,2 m2/người)", "3,2", "measure", "m2/người", SUBJ, period=T6i, location="Ngũ Hành Sơn"),
    F("với 0,9 m2/người", "0,9", "measure", "m2/người", SUBJ, period=T6i, location="Thanh Khê"),
    F("có 24 công viên", "24", "count", "công viên, vườn hoa", "công viên, vườn hoa", period=T6i),
    F("gần 97 ha", "97", "measure", "ha", "tổng diện tích công viên, vườn hoa", approx="nearly", period=T6i),
    F("mới 4.850 cây", "4.850", "count", "cây xanh", "cây xanh đường phố trồng mới",
      change={"direction": "increase", "value": 12, "unit": "%", "baseline": "năm 2022"}, period=Y23),
    F("trên 95%", "95", "percent", "%", "tỷ lệ cây sống", approx="over", period=Y23),
    F("tư 185 tỷ đồng", "185", "money", "đồng", "tổng mức đầu tư Công viên Biển Đông giai đoạn 2", mult=1e9,
      period=AS),
    F("thành 65% khối lượng", "65", "percent", "%", "khối lượng hoàn thành Công viên Biển Đông giai đoạn 2",
      period=AS),
    F("khoảng 6,5 ha", "6,5", "measure", "ha", "không gian công cộng ven biển bổ sung", approx="about",
      status="forecast", period=P("quý IV/2024", "2024-10-01", "2024-12-31")),
    F("từ 6 đến 7 m2/người", "6", "measure", "m2/người", SUBJ, value_max=7, status="target", period=T30),
    F("ít nhất 1 vườn hoa", "1", "count", "vườn hoa", "vườn hoa hoặc sân chơi công cộng mỗi phường",
      approx="at_least", status="target", period=T30, optional=True),
    F("khoảng 320 tỷ đồng", "320", "money", "đồng", "kinh phí trồng và chăm sóc cây xanh", mult=1e9,
      approx="about", status="forecast", period=P("giai đoạn 2024-2026", "2024-01-01", "2026-12-31")),
]

COMMENTS = [
    "Báo Đà Nẵng (Party newspaper): green space, parks, street trees, a park project, 2030 target. Byline + time + date.",
    "312 ha follows 'trong đó' after 1.025 ha (same unit, same date): total 1025. '(chỉ tiêu đối với đô thị loại I là 6 m2/người)' is the target of 2,8.",
    "District list shares the indicator (m2/người): districts go to location. '24 công viên' and '97 ha' take 'đến tháng 6/2024' (inherited).",
    "'giai đoạn 2' (project phase), 'Công viên 29/3', 'đường 2 Tháng 9', 'tổ 35', 'quý IV/2024' (completion), 'Quy hoạch … đến năm 2045' are not figures.",
    "The completion clause 'dự kiến … bổ sung khoảng 6,5 ha' is a forecast. 'mỗi phường có ít nhất 1 vườn hoa' is a per-ward norm (optional).",
]

emit(3, TEXT, COMMENTS, FIGS, published="2024-09-22", location="Đà Nẵng")
