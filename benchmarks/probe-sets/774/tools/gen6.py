from lib import F, P, I, CH, emit

TEXT = """Sức khỏe > Tin tức
Thứ hai, 3/6/2024, 07:00 (GMT+7)

Hơn 4.600 người chờ ghép tạng, nguồn hiến chỉ đáp ứng 10%

Số người chờ ghép tạng tăng mỗi năm trong khi người hiến chết não còn ít, nhiều bệnh nhân suy thận phải lọc máu hàng chục năm.

Tính đến cuối tháng 5/2024, danh sách chờ ghép của Trung tâm Điều phối quốc gia về ghép bộ phận cơ thể người có 4.618 người, trong đó 3.902 người chờ ghép thận, 516 người chờ ghép gan và 200 người chờ ghép tim, phổi.

Trong 5 tháng đầu năm, cả nước ghi nhận 27 người hiến tạng sau chết não, tăng 8 người so với cùng kỳ năm 2023, giúp thực hiện 96 ca ghép. Theo giám đốc Trung tâm, nguồn tạng hiện chỉ đáp ứng khoảng 10% nhu cầu; tỷ lệ người hiến chết não khoảng 1,2 người/1 triệu dân, thuộc nhóm thấp nhất khu vực.

Tại Bệnh viện Chợ Rẫy (TP HCM), 9 tháng năm 2023 có 41% gia đình người bệnh chết não đồng ý hiến tạng khi được tư vấn, so với 28% năm 2021.

Chi phí một ca ghép thận hiện khoảng 300-400 triệu đồng, ghép gan từ 1,2 đến 1,5 tỷ đồng. Người có bảo hiểm y tế được quỹ chi trả 80-100% chi phí trong phạm vi quyền lợi.

Mỗi năm cả nước có khoảng 6.000 người tử vong do tai nạn giao thông, nhiều trường hợp trong số đó chết não và có thể hiến tạng. Bộ Y tế đặt mục tiêu đến năm 2030 số ca ghép thận đạt 2.000 ca.

Người dân có thể đăng ký hiến tạng trực tuyến trên ứng dụng VNeID hoặc tại 40 Tràng Thi, Hà Nội.

Lê Nga

12 bình luận
"""

P5 = P("5 tháng đầu năm", "2024-01-01", "2024-05-31")
ASOF = P("Tính đến cuối tháng 5/2024", None, "2024-05-31")

FIGS = [
    F("Hơn 4.600 người", "4.600", 4600, "count", "người", "người chờ ghép tạng", approx="over"),
    F("đáp ứng 10%", "10", 10, "percent", "%", "nguồn hiến đáp ứng nhu cầu"),
    F("hàng chục năm", "chục", 10, "measure", "năm", "thời gian lọc máu", approx="about", optional=True),
    F("có 4.618 người", "4.618", 4618, "count", "người", "người trong danh sách chờ ghép của Trung tâm Điều phối quốc gia về ghép bộ phận cơ thể người", ASOF),
    F("3.902 người", "3.902", 3902, "count", "người", "người chờ ghép thận", ASOF, total=4618),
    F("516 người", "516", 516, "count", "người", "người chờ ghép gan", ASOF, total=4618),
    F("200 người chờ", "200", 200, "count", "người", "người chờ ghép tim, phổi", ASOF, total=4618),
    F("ghi nhận 27 người", "27", 27, "count", "người", "người hiến tạng sau chết não", P5,
      change=CH("increase", 8, "người", "cùng kỳ năm 2023")),
    F("thực hiện 96 ca", "96", 96, "count", "ca", "ca ghép", P5),
    F("khoảng 10% nhu cầu", "10", 10, "percent", "%", "nguồn tạng đáp ứng nhu cầu", approx="about"),
    F("khoảng 1,2 người", "1,2", 1.2, "measure", "người/1 triệu dân", "tỷ lệ người hiến chết não", approx="about"),
    F("có 41% gia đình", "41", 41, "percent", "%", "gia đình người bệnh chết não đồng ý hiến tạng khi được tư vấn",
      P("9 tháng năm 2023", "2023-01-01", "2023-09-30"), location="TP Hồ Chí Minh"),
    F("với 28% năm", "28", 28, "percent", "%", "gia đình người bệnh chết não đồng ý hiến tạng khi được tư vấn",
      P("năm 2021", "2021-01-01", "2021-12-31"), location="TP Hồ Chí Minh"),
    F("khoảng 300-400 triệu", "300", 300e6, "money", "đồng", "chi phí một ca ghép thận", value_max=400e6,
      approx="about"),
    F("từ 1,2 đến 1,5 tỷ", "1,2", 1.2e9, "money", "đồng", "chi phí ghép gan", value_max=1.5e9),
    F("trả 80-100%", "80", 80, "percent", "%", "chi phí quỹ bảo hiểm y tế chi trả", value_max=100),
    F("khoảng 6.000 người", "6.000", 6000, "count", "người", "người tử vong do tai nạn giao thông mỗi năm",
      approx="about"),
    F("đạt 2.000 ca", "2.000", 2000, "count", "ca", "số ca ghép thận", P("đến năm 2030", None, "2030-12-31"),
      status="target"),
]

COMMENTS = [
    "National online paper (VnExpress-style dateline 'Thứ hai, 3/6/2024, 07:00 (GMT+7)'): danh sách chờ ghép tạng, người hiến chết não",
    "5 tháng đầu năm 2024, consent rate at Chợ Rẫy, costs, target 2030. Location Việt Nam except the Chợ Rẫy survey (TP Hồ Chí Minh; the text says 'TP HCM').",
    "Headline figures have no period phrase (unscored). 'tính đến cuối tháng 5/2024' is as-of 2024-05-31; the three waiting-list parts take 4.618.",
    "'tăng 8 người so với cùng kỳ năm 2023' is the change of 27 người; '5 tháng đầu năm' takes 2024 from the dateline.",
    "'41% ... so với 28% năm 2021': two percent figures (the second has its own year). 'hàng chục năm' (approx 10 years) optional.",
    "revised after the first run: the 4.618 subject now keeps 'của Trung tâm Điều phối quốc gia ...' (the list as the sentence names it;",
    "this gold keeps the actor elsewhere too, e.g. 'ca ghép tạng Bệnh viện Trung ương Huế thực hiện' in p774-1).",
    "Not figures: dateline, (GMT+7), '40 Tràng Thi', '12 bình luận', 'ứng dụng VNeID'.",
]

if __name__ == "__main__":
    emit("p774-6", TEXT, COMMENTS, FIGS, published="2024-06-03", location="Việt Nam")
