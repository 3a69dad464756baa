from lib import build, F, P, C, T

text = """BÁO PHÚ YÊN ĐIỆN TỬ
Kinh tế › Nông nghiệp

Giá cá ngừ đại dương tăng, ngư dân phấn khởi
Cập nhật: 11:32 ngày 14/06/2024 | Lượt đọc: 1.204

(BPY) - Từ đầu năm đến nay, sản lượng cá ngừ đại dương khai thác của tỉnh đạt 2.860 tấn, tăng 11,2% so với cùng kỳ năm 2023, đạt 51% kế hoạch năm. Riêng trong tháng 5, sản lượng cá ngừ cập cảng đạt 645 tấn, trong đó cảng cá Đông Tác 410 tấn, cảng cá Dân Phước 178 tấn, còn lại là cảng cá Phú Lạc.

Hiện giá cá ngừ đại dương loại từ 30 kg/con trở lên được các doanh nghiệp thu mua 135.000-140.000 đồng/kg, tăng khoảng 15.000 đồng/kg so với đầu tháng 4; cá loại dưới 30 kg/con giá từ 95.000 đến 100.000 đồng/kg. Chuyến biển vừa qua, tàu cá PY-96179-TS do ông Nguyễn Văn Bảy làm chủ đánh bắt được 3,2 tấn cá ngừ, thu về gần 420 triệu đồng.

Toàn tỉnh hiện có 642 tàu câu cá ngừ đại dương, gồm thị xã Sông Cầu 287 tàu, huyện Tuy An 198 tàu và thành phố Tuy Hòa 157 tàu, thu hút hơn 4.500 lao động.

Trên địa bàn tỉnh có 3 doanh nghiệp chế biến cá ngừ xuất khẩu. 5 tháng đầu năm, các doanh nghiệp xuất khẩu 1.120 tấn sản phẩm, kim ngạch ước đạt 9,8 triệu USD, chủ yếu sang Nhật Bản, Hoa Kỳ và Israel. Cá ngừ phi lê đông lạnh chiếm 62% kim ngạch.

Năm 2024, tỉnh phấn đấu sản lượng khai thác cá ngừ đại dương đạt 5.600 tấn. Ngư dân cần thực hiện nghiêm Nghị định số 37/2024/NĐ-CP, duy trì kết nối thiết bị giám sát hành trình 24/24 giờ khi hoạt động trên biển.

NGỌC HÂN
"""

TD = P("Từ đầu năm đến nay", "2024-01-01", "2024-06-14")
T5 = P("trong tháng 5", "2024-05-01", "2024-05-31")
M5 = P("5 tháng đầu năm", "2024-01-01", "2024-05-31")
M5i = P("5 tháng đầu năm", "2024-01-01", "2024-05-31", inherited=True)

figs = [
    F("đạt 2.860 tấn", "2.860", 2860, "measure", "tấn", "sản lượng cá ngừ đại dương khai thác",
      percent=51, change=C("increase", 11.2, baseline="cùng kỳ năm 2023"), period=TD),
    F("cập cảng đạt 645 tấn", "645", 645, "measure", "tấn", "sản lượng cá ngừ cập cảng", period=T5),
    F("Đông Tác 410 tấn", "410", 410, "measure", "tấn", "sản lượng cá ngừ cập cảng cá Đông Tác", total=645, period=T5),
    F("Dân Phước 178 tấn", "178", 178, "measure", "tấn", "sản lượng cá ngừ cập cảng cá Dân Phước", total=645, period=T5),
    F("loại từ 30 kg/con", "30", 30, "measure", "kg/con", "cỡ cá ngừ đại dương", approx="at_least", optional=True),
    F("thu mua 135.000-140.000 đồng/kg", "135.000", 135000, "money", "đồng/kg",
      "giá cá ngừ đại dương loại từ 30 kg/con trở lên doanh nghiệp thu mua", value_max=140000,
      change=C("increase", 15000, "đồng/kg", "đầu tháng 4", "about")),
    F("dưới 30 kg/con", "30", 30, "measure", "kg/con", "cỡ cá ngừ đại dương", approx="under", optional=True),
    F("từ 95.000 đến 100.000 đồng/kg", "95.000", 95000, "money", "đồng/kg", "giá cá ngừ loại dưới 30 kg/con",
      value_max=100000),
    F("được 3,2 tấn", "3,2", 3.2, "measure", "tấn", "cá ngừ tàu cá PY-96179-TS đánh bắt"),
    F("gần 420 triệu đồng", "420", 420e6, "money", "đồng", "tiền thu về của chuyến biển", approx="nearly"),
    F("có 642 tàu", "642", 642, "count", "tàu", "tàu câu cá ngừ đại dương"),
    F("Sông Cầu 287 tàu", "287", 287, "count", "tàu", "tàu câu cá ngừ đại dương", total=642, location="Sông Cầu"),
    F("Tuy An 198 tàu", "198", 198, "count", "tàu", "tàu câu cá ngừ đại dương", total=642, location="Tuy An"),
    F("Tuy Hòa 157 tàu", "157", 157, "count", "tàu", "tàu câu cá ngừ đại dương", total=642, location="Tuy Hòa"),
    F("hơn 4.500 lao động", "4.500", 4500, "count", "lao động", "lao động tàu câu cá ngừ đại dương thu hút", approx="over"),
    F("có 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", "doanh nghiệp chế biến cá ngừ xuất khẩu"),
    F("xuất khẩu 1.120 tấn", "1.120", 1120, "measure", "tấn", "sản phẩm cá ngừ xuất khẩu", period=M5),
    F("ước đạt 9,8 triệu USD", "9,8", 9.8e6, "money", "USD", "kim ngạch xuất khẩu cá ngừ", status="estimate", period=M5),
    F("chiếm 62% kim ngạch", "62", 62, "percent", "%", "tỷ trọng cá ngừ phi lê đông lạnh trong kim ngạch xuất khẩu", period=M5i),
    F("đạt 5.600 tấn", "5.600", 5600, "measure", "tấn", "sản lượng khai thác cá ngừ đại dương", status="target",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
]

comments = """
Báo Phú Yên điện tử (provincial Party paper): ocean tuna catch from the start of the year, May landings by port, raw tuna prices by size,
one vessel's trip, the fleet by district, processing and exports in 5 months, 2024 target.
Dateline 'Cập nhật: 11:32 ngày 14/06/2024 | Lượt đọc: 1.204' (time before date; the read counter is furniture); byline at the end; '(BPY)' implies Phú Yên.
Distractors: vessel registration 'PY-96179-TS', Nghị định số 37/2024/NĐ-CP, '24/24 giờ', 'đầu tháng 4' (baseline only), person's name.
'Từ đầu năm đến nay' runs from 2024-01-01 to the dateline 2024-06-14. 'đạt 51% kế hoạch năm' is the share of the catch.
May landings: 'trong đó' ports are parts of 645 (a port is not a district: location stays Phú Yên).
Fleet: 'gồm thị xã Sông Cầu 287 tàu, ...' parts of 642 with the district as location. Size thresholds are optional.
'Cá ngừ phi lê đông lạnh chiếm 62% kim ngạch' is a percent of its own (own sentence: actual, period inherited).
"""

build("p426-8", text, comments, figs, published="2024-06-14", location="Phú Yên")
