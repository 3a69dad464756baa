from lib import F, P, build

TEXT = """Xã hội
Nhân rộng mô hình câu lạc bộ liên thế hệ tự giúp nhau
08/05/2024 07:45

Sau gần 7 năm triển khai Đề án 1533 về nhân rộng mô hình câu lạc bộ (CLB) liên thế hệ tự giúp nhau, đến nay toàn tỉnh Quảng Ninh đã thành lập 265 CLB với hơn 11.400 hội viên. Trong đó, 7.810 hội viên là người cao tuổi, chiếm 68,5%; hội viên nữ chiếm 72,1%.

Giai đoạn 2021-2025, tỉnh đặt chỉ tiêu thành lập mới 120 CLB. Tính đến hết tháng 4/2024, các địa phương đã thành lập mới 97 CLB, đạt 80,8% kế hoạch giai đoạn. Các địa phương có nhiều CLB là TP Hạ Long (38 CLB), TP Cẩm Phả (31 CLB), thị xã Quảng Yên (28 CLB); huyện đảo Cô Tô hiện có 3 CLB.

Quỹ tín dụng xoay vòng của các CLB đạt trên 4,6 tỷ đồng; từ đầu năm đến nay đã cho 2.135 lượt hội viên vay với mức vay bình quân 3-5 triệu đồng/lượt để phát triển kinh tế hộ gia đình.

Năm 2023, hội viên CLB đã thăm hỏi, chăm sóc tại nhà 1.468 người cao tuổi ốm đau; 92% hội viên cao tuổi được kiểm tra sức khỏe định kỳ tại trạm y tế.

Bà Vũ Thị Hương, Chủ nhiệm CLB Liên thế hệ tự giúp nhau khu 5, phường Hồng Hải, chia sẻ: “CLB hiện có 45 hội viên, sinh hoạt đều đặn vào ngày 15 hằng tháng. Nhờ nguồn vốn xoay vòng, nhiều hội viên đã có thêm thu nhập, yên tâm tham gia các hoạt động văn nghệ, thể dục dưỡng sinh”.

Thời gian tới, Hội Người cao tuổi tỉnh tiếp tục phối hợp với các sở, ngành tập huấn kỹ năng cho ban chủ nhiệm, huy động thêm nguồn lực xã hội hóa để duy trì hoạt động bền vững của các CLB.

Nguyễn Hoa
"""

NOW = P("đến nay", None, "2024-05-08")
NOWi = P("đến nay", None, "2024-05-08", inherited=True)
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
APR = P("Tính đến hết tháng 4/2024", None, "2024-04-30")
APRi = P("Tính đến hết tháng 4/2024", None, "2024-04-30", inherited=True)

FIGS = [
    F("gần 7 năm", "7", 7, "measure", "năm", approx="nearly", optional=True),
    F("thành lập 265 CLB", "265", 265, "count", "CLB", "CLB liên thế hệ tự giúp nhau được thành lập", period=NOW),
    F("hơn 11.400 hội viên", "11.400", 11400, "count", "hội viên", "hội viên CLB liên thế hệ tự giúp nhau",
      approx="over", period=NOW),
    F("7.810 hội viên", "7.810", 7810, "count", "hội viên", "hội viên là người cao tuổi", total=11400, percent=68.5,
      period=NOWi),
    F("chiếm 72,1%", "72,1", 72.1, "percent", "%", "hội viên nữ", period=NOWi),
    F("mới 120 CLB", "120", 120, "count", "CLB", "CLB thành lập mới", status="target",
      period=P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
    F("mới 97 CLB", "97", 97, "count", "CLB", "CLB thành lập mới", percent=80.8, period=APR),
    F("(38 CLB)", "38", 38, "count", "CLB", "CLB", period=APRi, location="Hạ Long"),
    F("(31 CLB)", "31", 31, "count", "CLB", "CLB", period=APRi, location="Cẩm Phả"),
    F("(28 CLB)", "28", 28, "count", "CLB", "CLB", period=APRi, location="Quảng Yên"),
    F("có 3 CLB", "3", 3, "count", "CLB", "CLB", location="Cô Tô"),
    F("trên 4,6 tỷ", "4,6", 4.6e9, "money", "đồng", "quỹ tín dụng xoay vòng của các CLB", approx="over"),
    F("cho 2.135 lượt", "2.135", 2135, "count", "lượt hội viên", "lượt hội viên được vay",
      period=P("từ đầu năm đến nay", "2024-01-01", "2024-05-08")),
    F("3-5 triệu", "3", 3e6, "money", "đồng/lượt", "mức vay bình quân", value_max=5e6,
      period=P("từ đầu năm đến nay", "2024-01-01", "2024-05-08")),
    F("nhà 1.468 người", "1.468", 1468, "count", "người cao tuổi", "người cao tuổi ốm đau được thăm hỏi, chăm sóc tại nhà",
      period=Y23),
    F("92% hội viên", "92", 92, "percent", "%", "hội viên cao tuổi được kiểm tra sức khỏe định kỳ", period=Y23),
    F("có 45 hội viên", "45", 45, "count", "hội viên", "hội viên CLB Liên thế hệ tự giúp nhau khu 5, phường Hồng Hải"),
]

COMMENTS = [
    "Báo Quảng Ninh (Party newspaper): câu lạc bộ liên thế hệ tự giúp nhau. Bare dateline '08/05/2024 07:45' under the title; section tag above, byline at the end.",
    "Distractors: 'Đề án 1533', club name 'khu 5', 'ngày 15 hằng tháng', a person's name; 'gần 7 năm' (duration) optional.",
    "'đến nay' ends at the dateline. 7.810 (hội viên là người cao tuổi) is part of 'hơn 11.400 hội viên' ('Trong đó', next sentence): total 11400, percent 68,5.",
    "'hội viên nữ chiếm 72,1%' has no count: a percent figure of its own. The plan 'chỉ tiêu … 120 CLB' is a target figure in its own sentence;",
    "97 CLB carries 'đạt 80,8% kế hoạch' as percent (no target attribute: the plan is its own figure). District list: location from the item.",
    "'huyện đảo Cô Tô hiện có 3 CLB' is 'hiện' (no period). '3-5 triệu đồng/lượt' is a money range in đồng/lượt, in the 'từ đầu năm đến nay' clause.",
    "The club of 'khu 5, phường Hồng Hải' is not placed by the text beyond the ward (Hồng Hải is in Hạ Long, but the text does not say so): province default.",
]

if __name__ == "__main__":
    build("p375-5", TEXT, FIGS, COMMENTS, published="2024-05-08", location="Quảng Ninh")
