from lib import F, P, build

TEXT = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Tin hoạt động

Cả nước có hơn 16 triệu người cao tuổi, tốc độ già hóa dân số thuộc nhóm nhanh nhất thế giới
Thứ Ba, 01/10/2024 08:15

(Molisa) - Sáng 30/9, tại Hà Nội, Bộ Lao động - Thương binh và Xã hội phối hợp với Trung ương Hội Người cao tuổi Việt Nam tổ chức lễ phát động Tháng hành động vì người cao tuổi Việt Nam năm 2024.

Theo báo cáo, tính đến hết năm 2023, cả nước có khoảng 16,1 triệu người cao tuổi, chiếm 16,2% dân số; trong đó người từ 80 tuổi trở lên khoảng 2,2 triệu người. Việt Nam là một trong 10 quốc gia có tốc độ già hóa dân số nhanh nhất thế giới; dự báo đến năm 2036, người cao tuổi sẽ chiếm khoảng 20% dân số.

Năm 2023, cả nước có 1.874.500 người cao tuổi đang hưởng trợ cấp xã hội hàng tháng với tổng kinh phí trên 9,4 nghìn tỷ đồng; hơn 3,1 triệu người cao tuổi được cấp thẻ bảo hiểm y tế miễn phí, tỷ lệ người cao tuổi có thẻ BHYT đạt 95,3%.

Các địa phương có tỷ lệ người cao tuổi cao nhất là Thái Bình (19,8%), Nam Định (19,1%) và Hà Nam (18,6%); thấp nhất là Bình Dương với 7,4%. Trên 50% người cao tuổi mắc ít nhất một bệnh mạn tính.

Hiện cả nước có 6.123 câu lạc bộ liên thế hệ tự giúp nhau tại 63/63 tỉnh, thành phố với hơn 350.000 thành viên.

Theo Chương trình quốc gia về người cao tuổi (Quyết định số 1579/QĐ-TTg), đến năm 2025 phấn đấu 95% người cao tuổi có thẻ BHYT và 80% người cao tuổi được khám sức khỏe định kỳ ít nhất 1 lần/năm.

Phát biểu tại lễ phát động, Thứ trưởng đề nghị các bộ, ngành, địa phương quan tâm chăm lo đời sống vật chất, tinh thần của người cao tuổi.

Cục Bảo trợ xã hội, số 12 Ngô Quyền, Hoàn Kiếm, Hà Nội; ĐT: 024.3826.9556
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inherited=True)
END23 = P("tính đến hết năm 2023", None, "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hơn 16 triệu", "16", 16e6, "count", "người cao tuổi", "người cao tuổi", approx="over"),
    F("khoảng 16,1 triệu", "16,1", 16.1e6, "count", "người cao tuổi", "người cao tuổi", approx="about", percent=16.2,
      period=END23),
    F("từ 80 tuổi", "80", 80, "measure", "tuổi", approx="at_least", optional=True),
    F("khoảng 2,2 triệu", "2,2", 2.2e6, "count", "người", "người từ 80 tuổi trở lên", approx="about", total=16.1e6,
      period=END23),
    F("một trong 10 quốc gia", "10", 10, "count", "quốc gia", "quốc gia có tốc độ già hóa dân số nhanh nhất thế giới",
      optional=True),
    F("khoảng 20%", "20", 20, "percent", "%", "tỷ lệ người cao tuổi trong dân số", approx="about", status="forecast",
      period=P("đến năm 2036", None, "2036-12-31")),
    F("có 1.874.500 người", "1.874.500", 1874500, "count", "người cao tuổi",
      "người cao tuổi đang hưởng trợ cấp xã hội hàng tháng", period=Y23),
    F("trên 9,4 nghìn tỷ", "9,4", 9.4e12, "money", "đồng", "tổng kinh phí trợ cấp xã hội hàng tháng", approx="over",
      period=Y23),
    F("hơn 3,1 triệu", "3,1", 3.1e6, "count", "người cao tuổi", "người cao tuổi được cấp thẻ bảo hiểm y tế miễn phí",
      approx="over", period=Y23),
    F("đạt 95,3%", "95,3", 95.3, "percent", "%", "tỷ lệ người cao tuổi có thẻ BHYT", period=Y23),
    F("Thái Bình (19,8%)", "19,8", 19.8, "percent", "%", "tỷ lệ người cao tuổi", period=Y23i, location="Thái Bình"),
    F("Nam Định (19,1%)", "19,1", 19.1, "percent", "%", "tỷ lệ người cao tuổi", period=Y23i, location="Nam Định"),
    F("Hà Nam (18,6%)", "18,6", 18.6, "percent", "%", "tỷ lệ người cao tuổi", period=Y23i, location="Hà Nam"),
    F("với 7,4%", "7,4", 7.4, "percent", "%", "tỷ lệ người cao tuổi", period=Y23i, location="Bình Dương"),
    F("Trên 50%", "50", 50, "percent", "%", "người cao tuổi mắc ít nhất một bệnh mạn tính", approx="over"),
    F("ít nhất một bệnh", "một", 1, "count", "bệnh mạn tính", approx="at_least", optional=True),
    F("có 6.123 câu lạc bộ", "6.123", 6123, "count", "câu lạc bộ", "câu lạc bộ liên thế hệ tự giúp nhau"),
    F("tại 63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố có câu lạc bộ liên thế hệ tự giúp nhau",
      total=63),
    F("hơn 350.000 thành viên", "350.000", 350000, "count", "thành viên", "thành viên câu lạc bộ liên thế hệ tự giúp nhau",
      approx="over"),
    F("phấn đấu 95%", "95", 95, "percent", "%", "người cao tuổi có thẻ BHYT", status="target", period=T25),
    F("và 80% người", "80", 80, "percent", "%", "người cao tuổi được khám sức khỏe định kỳ", status="target", period=T25),
    F("ít nhất 1 lần/năm", "1", 1, "measure", "lần/năm", approx="at_least", optional=True),
]

COMMENTS = [
    "Bộ LĐ-TB&XH (ministry site, national figures): Tháng hành động vì người cao tuổi 2024; population ageing, allowances, BHYT, CLB liên thế hệ, 2025 targets.",
    "Dateline 'Thứ Ba, 01/10/2024 08:15'. Distractors: 'Sáng 30/9', venue 'tại Hà Nội' and the office address in Hà Nội (not the figures' place),",
    "'Quyết định số 1579/QĐ-TTg', phone 024.3826.9556, 'số 12 Ngô Quyền'. Location Việt Nam by default; province list items take their province.",
    "'nghìn tỷ' multiplier (9,4 nghìn tỷ = 9.4e12). 'khoảng 20%' after 'dự báo đến năm 2036' is a forecast. Province list inherits 'Năm 2023'.",
    "Optional: ages, 'một trong 10 quốc gia' (ranking label), 'ít nhất một bệnh' and 'ít nhất 1 lần/năm' (thresholds in a defining clause).",
    "'Trên 50% người cao tuổi mắc …' has no period in its sentence and none clearly inherited (general statement): period left empty.",
]

if __name__ == "__main__":
    build("p375-4", TEXT, FIGS, COMMENTS, published="2024-10-01", location="Việt Nam")
