from lib import F, P, write

TEXT = """Móng Cái: Lượng xe hàng qua cửa khẩu tăng mạnh trong tháng 8

(BQN) - Theo Chi cục Hải quan cửa khẩu Móng Cái, trong tháng 8/2024 có 16.420 lượt phương tiện chở hàng xuất nhập khẩu qua cầu Bắc Luân II, tăng 14% so với tháng 7/2024; bình quân khoảng 530 lượt xe/ngày. Vào cao điểm thu hoạch nông sản, mỗi ngày có từ 300 đến 350 xe chở trái cây chờ làm thủ tục xuất khẩu tại bãi kiểm hóa Km 3+4 Hải Yên.

Lũy kế 8 tháng năm 2024, kim ngạch xuất nhập khẩu qua địa bàn thành phố Móng Cái đạt gần 2,7 tỷ USD, bằng 67% kế hoạch năm. Trong đó, xuất khẩu đạt 1,52 tỷ USD; nhập khẩu đạt 1,17 tỷ USD. Số thu ngân sách từ hoạt động xuất nhập khẩu ước đạt 1.240 tỷ đồng, tăng 6,5% so với cùng kỳ.

Từ ngày 1/1 đến 31/8/2024, Chi cục đã phát hiện, xử lý 26 vụ vi phạm, trong đó 11 vụ buôn lậu, vận chuyển trái phép hàng hóa qua biên giới; trị giá tang vật gần 2,4 tỷ đồng. Lượng người xuất nhập cảnh qua các cửa khẩu, lối mở trên địa bàn đạt hơn 1,03 triệu lượt, trong đó khách du lịch Trung Quốc khoảng 420.000 lượt.

Với những kết quả trên, cửa khẩu quốc tế Móng Cái xếp thứ 3 cả nước về lượng hàng nông sản xuất khẩu qua biên giới đất liền. Thành phố đặt mục tiêu năm 2024 kim ngạch xuất nhập khẩu đạt 4 tỷ USD; giai đoạn 2021-2025 tăng trưởng bình quân 10%/năm. Doanh nghiệp có vướng mắc liên hệ Chi cục theo số 0203.3881.217 hoặc trụ sở tại số 18 đường Hữu Nghị, phường Ka Long.

Phương Thảo (CTV)
"""

T8 = P("tháng 8/2024", "2024-08-01", "2024-08-31")
T8i = P("tháng 8/2024", "2024-08-01", "2024-08-31", True)
M8 = P("8 tháng năm 2024", "2024-01-01", "2024-08-31")
M8i = P("8 tháng năm 2024", "2024-01-01", "2024-08-31", True)
R = P("Từ ngày 1/1 đến 31/8/2024", "2024-01-01", "2024-08-31")
Ri = P("Từ ngày 1/1 đến 31/8/2024", "2024-01-01", "2024-08-31", True)

FIGS = [
    F("có 16.420 lượt", "16.420", 16420, "count", "lượt phương tiện",
      "lượt phương tiện chở hàng xuất nhập khẩu qua cầu Bắc Luân II", T8,
      change={"direction": "increase", "value": 14, "unit": "%", "baseline": "tháng 7/2024"}),
    F("khoảng 530 lượt xe/ngày", "530", 530, "measure", "lượt xe/ngày", "phương tiện chở hàng xuất nhập khẩu bình quân", T8,
      approx="about"),
    F("từ 300 đến 350 xe", "300", 300, "count", "xe", "xe chở trái cây chờ làm thủ tục xuất khẩu mỗi ngày vào cao điểm",
      T8i, value_max=350),
    F("gần 2,7 tỷ USD", "2,7", 2.7e9, "money", "USD", "kim ngạch xuất nhập khẩu qua địa bàn thành phố", M8,
      approx="nearly", percent=67),
    F("đạt 1,52 tỷ USD", "1,52", 1.52e9, "money", "USD", "kim ngạch xuất khẩu", M8i, total=2.7e9),
    F("đạt 1,17 tỷ USD", "1,17", 1.17e9, "money", "USD", "kim ngạch nhập khẩu", M8i, total=2.7e9),
    F("ước đạt 1.240 tỷ đồng", "1.240", 1240e9, "money", "đồng", "số thu ngân sách từ hoạt động xuất nhập khẩu", M8i,
      status="estimate", change={"direction": "increase", "value": 6.5, "unit": "%", "baseline": "cùng kỳ"}),
    F("xử lý 26 vụ", "26", 26, "count", "vụ", "vụ vi phạm phát hiện, xử lý", R),
    F("trong đó 11 vụ", "11", 11, "count", "vụ", "vụ buôn lậu, vận chuyển trái phép hàng hóa qua biên giới", R, total=26),
    F("gần 2,4 tỷ đồng", "2,4", 2.4e9, "money", "đồng", "trị giá tang vật", R, approx="nearly"),
    F("hơn 1,03 triệu lượt", "1,03", 1.03e6, "count", "lượt", "lượt người xuất nhập cảnh qua các cửa khẩu, lối mở", Ri,
      approx="over"),
    F("khoảng 420.000 lượt", "420.000", 420000, "count", "lượt", "lượt khách du lịch Trung Quốc", Ri, approx="about",
      total=1.03e6),
    F("xếp thứ 3 cả nước", "3", 3, "rank", "hạng", "lượng hàng nông sản xuất khẩu qua biên giới đất liền", M8i),
    F("đạt 4 tỷ USD", "4", 4e9, "money", "USD", "kim ngạch xuất nhập khẩu", P("năm 2024", "2024-01-01", "2024-12-31"),
      status="target"),
    F("bình quân 10%/năm", "10", 10, "percent", "%", "tăng trưởng bình quân kim ngạch xuất nhập khẩu",
      P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), status="target"),
]

COMMENTS = [
    "Báo Quảng Ninh (Party newspaper, tag '(BQN)'): Móng Cái border gate — truck traffic in August 2024, 8-month turnover and revenue, violations, passengers, rank, targets.",
    "No dateline and no date of its own (no `published`); byline at the end. Distractors: 'cầu Bắc Luân II', 'bãi kiểm hóa Km 3+4 Hải Yên' (names), 'Từ ngày 1/1 đến 31/8/2024' (a date range),",
    "phone 0203.3881.217, 'số 18 đường Hữu Nghị, phường Ka Long'. The title's 'tháng 8' carries no figure. Location: Móng Cái (city named) throughout; 'cả nước' is the scope of the rank.",
    "'tăng 14% so với tháng 7/2024' is the change of 16.420 lượt (it precedes the ';'). 'gần 2,7 tỷ USD, bằng 67% kế hoạch năm' → percent 67; exports/imports after 'Trong đó' → total 2,7 tỷ.",
    "'trong đó 11 vụ' → total 26; '420.000 lượt' after 'trong đó' → total 1,03 triệu. 'ước đạt 1.240 tỷ' estimate. 'đặt mục tiêu' governs both target clauses; '10%/năm' is a target growth rate (unit %).",
]

write(8, TEXT, COMMENTS, FIGS, published=None, location="Móng Cái")
