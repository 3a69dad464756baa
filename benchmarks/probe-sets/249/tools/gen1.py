from lib import F, P, C, T, build

TEXT = """Cổng Thông tin điện tử tỉnh Sóc Trăng
Trang chủ > Tin tức > Kinh tế

Sóc Trăng: Diện tích thả nuôi tôm nước lợ 6 tháng đầu năm 2024 đạt hơn 33.000 ha
Cập nhật: 12/07/2024 08:15 | Lượt xem: 1.236

(STO) - Theo Sở Nông nghiệp và Phát triển nông thôn tỉnh Sóc Trăng, 6 tháng đầu năm 2024, toàn tỉnh đã thả nuôi tôm nước lợ được 33.412 ha, tăng 4,6% so với cùng kỳ năm 2023, đạt 64,25% kế hoạch năm. Trong đó, tôm sú 4.120 ha, tôm thẻ chân trắng 29.292 ha.

Diện tích nuôi tôm thẻ chân trắng thâm canh, siêu thâm canh là 9.865 ha, chiếm 29,5% tổng diện tích thả nuôi; riêng mô hình nuôi siêu thâm canh trong ao lót bạt, nhà màng có 1.742 ha. Sản lượng tôm thu hoạch ước đạt 68.530 tấn, tăng 7,2% so với cùng kỳ. Năng suất tôm thẻ siêu thâm canh bình quân đạt từ 25 đến 35 tấn/ha/vụ, tôm sú quảng canh cải tiến khoảng 0,6 tấn/ha.

Các địa phương có diện tích nuôi lớn gồm thị xã Vĩnh Châu 17.350 ha, huyện Trần Đề 6.814 ha, huyện Mỹ Xuyên 5.920 ha và huyện Cù Lao Dung 1.460 ha.

Từ đầu năm đến nay, diện tích tôm nuôi bị thiệt hại là 1.185 ha (chiếm 3,55% diện tích thả nuôi), giảm 412 ha so với cùng kỳ, chủ yếu do bệnh hoại tử gan tụy cấp và đốm trắng, tập trung tại các xã Vĩnh Hải, Lạc Hòa, Vĩnh Tân.

Về con giống, toàn tỉnh có 42 cơ sở sản xuất, ương dưỡng tôm giống, đã cung ứng khoảng 4,6 tỷ con giống, đáp ứng gần 40% nhu cầu thả nuôi. Phần còn lại người nuôi mua từ các tỉnh Ninh Thuận, Bình Thuận, Bạc Liêu.

Năm 2024, tỉnh phấn đấu thả nuôi 52.000 ha tôm nước lợ, sản lượng đạt 185.000 tấn, kim ngạch xuất khẩu tôm chế biến đạt 1 tỷ USD, theo Kế hoạch số 38/KH-UBND ngày 15/3/2024 của UBND tỉnh.

Thanh Tâm

Cơ quan chủ quản: UBND tỉnh Sóc Trăng. Địa chỉ: số 01 Trần Hưng Đạo, Phường 3, TP Sóc Trăng. Điện thoại: 0299.3822.466
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-12")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
AREA = "diện tích thả nuôi tôm nước lợ"

FIGS = [
    F("đạt hơn 33.000 ha", "33.000", "measure", "ha", AREA, approx="over", period=H1),
    F("được 33.412 ha", "33.412", "measure", "ha", AREA, percent=64.25,
      change=C("increase", 4.6, "%", "cùng kỳ năm 2023"), period=H1),
    F("tôm sú 4.120 ha", "4.120", "measure", "ha", "diện tích thả nuôi tôm sú", total=33412, period=H1i),
    F("chân trắng 29.292 ha", "29.292", "measure", "ha", "diện tích thả nuôi tôm thẻ chân trắng", total=33412, period=H1i),
    F("siêu thâm canh là 9.865 ha", "9.865", "measure", "ha",
      "diện tích nuôi tôm thẻ chân trắng thâm canh, siêu thâm canh", percent=29.5, period=H1i),
    F("nhà màng có 1.742 ha", "1.742", "measure", "ha",
      "diện tích mô hình nuôi siêu thâm canh trong ao lót bạt, nhà màng", period=H1i),
    F("ước đạt 68.530 tấn", "68.530", "measure", "tấn", "sản lượng tôm thu hoạch", status="estimate",
      change=C("increase", 7.2, "%", "cùng kỳ"), period=H1i),
    F("từ 25 đến 35 tấn/ha/vụ", "25", "measure", "tấn/ha/vụ", "năng suất tôm thẻ siêu thâm canh bình quân",
      value_max=35, period=H1i),
    F("khoảng 0,6 tấn/ha", "0,6", "measure", "tấn/ha", "năng suất tôm sú quảng canh cải tiến", approx="about", period=H1i),
    F("Vĩnh Châu 17.350 ha", "17.350", "measure", "ha", "diện tích nuôi tôm nước lợ", location="Vĩnh Châu", period=H1i),
    F("Trần Đề 6.814 ha", "6.814", "measure", "ha", "diện tích nuôi tôm nước lợ", location="Trần Đề", period=H1i),
    F("Mỹ Xuyên 5.920 ha", "5.920", "measure", "ha", "diện tích nuôi tôm nước lợ", location="Mỹ Xuyên", period=H1i),
    F("Cù Lao Dung 1.460 ha", "1.460", "measure", "ha", "diện tích nuôi tôm nước lợ", location="Cù Lao Dung", period=H1i),
    F("thiệt hại là 1.185 ha", "1.185", "measure", "ha", "diện tích tôm nuôi bị thiệt hại", percent=3.55,
      change=C("decrease", 412, "ha", "cùng kỳ"), period=YTD),
    F("có 42 cơ sở", "42", "count", "cơ sở", "cơ sở sản xuất, ương dưỡng tôm giống", period=H1i),
    F("khoảng 4,6 tỷ con", "4,6", "count", "con", "con giống cung ứng", mult="tỷ", approx="about", period=H1i),
    F("gần 40% nhu cầu", "40", "percent", "%", "tỷ lệ đáp ứng nhu cầu con giống thả nuôi", approx="nearly", period=H1i),
    F("thả nuôi 52.000 ha", "52.000", "measure", "ha", AREA, status="target", period=Y24),
    F("đạt 185.000 tấn", "185.000", "measure", "tấn", "sản lượng tôm", status="target", period=Y24),
    F("đạt 1 tỷ USD", "1", "money", "USD", "kim ngạch xuất khẩu tôm chế biến", mult="tỷ", status="target", period=Y24),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Sóc Trăng: nuôi tôm nước lợ 6 tháng đầu năm 2024 (area, parts, yields, districts, damage, seed, 2024 targets).",
    "Dateline 'Cập nhật: 12/07/2024 08:15 | Lượt xem: 1.236' -> published; the counter is page furniture. Distractors: Kế hoạch số 38/KH-UBND,",
    "ngày 15/3/2024, address 'số 01 Trần Hưng Đạo, Phường 3', phone 0299.3822.466, commune names, seed-source provinces (not the location).",
    "'đạt 64,25% kế hoạch năm' is the share (percent) of 33.412 ha; 'Trong đó' parts take total 33412. 'chiếm 29,5%' is 9.865's percent.",
    "'đáp ứng gần 40% nhu cầu' is not one of the share verbs (đạt/chiếm/bằng/tương đương): a percent figure of its own.",
    "'Từ đầu năm đến nay' ends at the dateline. 'giảm 412 ha so với cùng kỳ' is the change of 1.185 ha (unit ha).",
    "Targets after 'phấn đấu' (status target, period Năm 2024). District list items: district is location, subject the list's indicator.",
]

build(1, TEXT, COMMENTS, FIGS, published="2024-07-12", location="Sóc Trăng")
